"""Store the n of "rank x of n" with the ranks and whether a sheet awaits its rating,
index the goals awaiting a rating, and drop three foreign-key indexes: two that composite
indexes already cover, and the goals' template link, which only deleting a template reads.

Sheets scored before this migration get their sizes counted here, the way the
explanation page used to count them on every request, and every sheet its flag.
"""

from __future__ import annotations

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import BooleanField, Count, Exists, ExpressionWrapper, OuterRef, Q

GROUPS = (("rank_department_size", "employee__department_id"),
          ("rank_sequence_size", "employee__position__sequence_id"))


def store_sizes(apps, schema_editor) -> None:
    GoalSheet = apps.get_model("periods", "GoalSheet")
    scored = GoalSheet.objects.filter(status="scored")
    for field, group in GROUPS:
        counts = scored.order_by().values_list("period_id", group).annotate(n=Count("pk"))
        for period_id, key, n in counts:
            if key is not None:
                scored.filter(period_id=period_id, **{group: key}).update(**{field: n})


def store_rating_pending(apps, schema_editor) -> None:
    """The same rule as periods.results.selectors.needs_rating, on the historical models."""
    GoalSheet = apps.get_model("periods", "GoalSheet")
    Goal = apps.get_model("periods", "Goal")
    AbilityItem = apps.get_model("periods", "AbilityItem")
    AbilityRating = apps.get_model("periods", "AbilityRating")
    unrated_goal = Goal.objects.filter(sheet_id=OuterRef("pk")).filter(
        Q(rule="manager", manager_points__isnull=True) | Q(rule="rating", rating=""))
    rated = AbilityRating.objects.filter(sheet_id=OuterRef(OuterRef("pk")))
    unrated_item = AbilityItem.objects.filter(is_active=True).exclude(
        pk__in=rated.values("item_id"))
    GoalSheet.objects.update(rating_pending=ExpressionWrapper(
        Q(Exists(unrated_goal)) | Q(Exists(unrated_item)), output_field=BooleanField()))


class Migration(migrations.Migration):

    dependencies = [
        ("periods", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="goalsheet",
            name="rank_department_size",
            field=models.PositiveIntegerField(blank=True, null=True,
                                              verbose_name="部门参与排名人数"),
        ),
        migrations.AddField(
            model_name="goalsheet",
            name="rank_sequence_size",
            field=models.PositiveIntegerField(blank=True, null=True,
                                              verbose_name="序列参与排名人数"),
        ),
        migrations.AddIndex(
            model_name="goal",
            index=models.Index(
                condition=models.Q(("manager_points__isnull", True), ("rule", "manager"))
                | models.Q(("rating", ""), ("rule", "rating")),
                fields=["sheet"], name="periods_goal_unrated"),
        ),
        migrations.AlterField(
            model_name="goal",
            name="sheet",
            field=models.ForeignKey(db_index=False,
                                    on_delete=django.db.models.deletion.CASCADE,
                                    related_name="goals", to="periods.goalsheet"),
        ),
        migrations.AlterField(
            model_name="goal",
            name="source_template",
            field=models.ForeignKey(blank=True, db_index=False, null=True,
                                    on_delete=django.db.models.deletion.SET_NULL,
                                    related_name="+", to="periods.goaltemplate"),
        ),
        migrations.AlterField(
            model_name="goalsheet",
            name="period",
            field=models.ForeignKey(db_index=False,
                                    on_delete=django.db.models.deletion.CASCADE,
                                    related_name="sheets", to="periods.period"),
        ),
        migrations.AddField(
            model_name="goalsheet",
            name="rating_pending",
            field=models.BooleanField(db_default=False, default=False, verbose_name="待评分"),
        ),
        migrations.RunPython(store_sizes, migrations.RunPython.noop),
        migrations.RunPython(store_rating_pending, migrations.RunPython.noop),
    ]
