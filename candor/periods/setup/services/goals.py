"""Goals on a person's sheet: handed out from templates, adjusted, confirmed (考前确认).

A sheet's confirmation signs a digest of its goals. Any later change that alters the digest
puts the sheet back to draft and records that a new confirmation is needed (R2.2).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import Count, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from candor import access
from candor.core.audit import audit
from candor.core.errors import ConcurrentEdit, DomainError
from candor.org.models import Employee
from candor.periods.models import (
    Goal,
    GoalSheet,
    GoalTemplate,
    Period,
    PeriodStatus,
    SheetStatus,
    default_rating_scale,
)
from candor.periods.results import awaiting
from candor.periods.setup.services.rules import (
    GOAL_FIELDS,
    goal_defaults,
    goal_set_problems,
    goals_digest,
    validate_goal,
)

# Goals may change (with a new confirmation) until scoring starts.
GOALS_EDITABLE = {PeriodStatus.PLANNING, PeriodStatus.GOALS_CONFIRMED,
                  PeriodStatus.IN_PROGRESS}
EDITABLE_FIELDS = (*GOAL_FIELDS, "notes", "order")


@dataclass
class AssignResult:
    created: int = 0  # new sheets
    filled: int = 0  # sheets that received goals from a template
    kept: int = 0  # sheets that already had goals and were left alone
    without_template: list[str] = field(default_factory=list)  # names, by employee number


def _template_maps(templates: Iterable[GoalTemplate]) -> tuple[dict, dict]:
    by_position: dict[int, GoalTemplate] = {}
    by_sequence: dict[int, GoalTemplate] = {}
    for template in templates:
        if template.position_id:
            by_position.setdefault(template.position_id, template)
        elif template.sequence_id:
            by_sequence.setdefault(template.sequence_id, template)
    return by_position, by_sequence


def _goals_from(template: GoalTemplate, sheet_id: int) -> list[Goal]:
    return [Goal(sheet_id=sheet_id, source_template=template,
                 **{name: getattr(item, name) for name in (*GOAL_FIELDS, "order")})
            for item in template.items.all()]


@transaction.atomic
def assign_goals_from_templates(*, period: Period, actor: Any) -> AssignResult:
    """Give everyone active in the period's departments a sheet with their template's goals.

    The position's template wins over the sequence's. Re-running is safe: people who already
    have a sheet with goals are left alone, empty sheets are filled if a template now exists.
    A fixed number of queries whatever the head count (plus the insert batches the database
    needs), so 2,000 people take as many round trips as 60.
    """
    period = Period.objects.select_for_update().get(pk=period.pk)
    if period.status not in GOALS_EDITABLE:
        raise DomainError(_("周期已进入“%(status)s”阶段，不能再分配目标。")
                          % {"status": period.get_status_display()})
    dept_ids = access.department_subtree_ids(period.departments.values_list("pk", flat=True))
    people = list(Employee.objects.filter(is_active=True, department_id__in=dept_ids)
                  .order_by("employee_no")
                  .values_list("pk", "name", "position_id", "position__sequence_id"))
    by_position, by_sequence = _template_maps(
        GoalTemplate.objects.filter(is_active=True).prefetch_related("items").order_by("pk"))
    existing = {row["employee_id"]: row for row in period.sheets.annotate(
        goal_count=Count("goals")).values("pk", "employee_id", "goal_count")}
    result = AssignResult()
    new_sheets = [GoalSheet(period=period, employee_id=pk)
                  for pk, *_rest in people if pk not in existing]
    GoalSheet.objects.bulk_create(new_sheets)
    sheet_ids = {row["employee_id"]: row["pk"] for row in existing.values()}
    sheet_ids |= {s.employee_id: s.pk for s in new_sheets}
    result.created = len(new_sheets)
    goals: list[Goal] = []
    for pk, name, position_id, sequence_id in people:
        if existing.get(pk, {}).get("goal_count"):
            result.kept += 1
            continue
        template = by_position.get(position_id) or by_sequence.get(sequence_id)
        if template is None:
            result.without_template.append(name)
            continue
        goals.extend(_goals_from(template, sheet_ids[pk]))
        result.filled += 1
    Goal.objects.bulk_create(goals)
    awaiting.refresh_period(period)
    audit(actor=actor, event="period.goals_assigned", target=period, data={
        "sheets_created": result.created, "sheets_filled": result.filled,
        "sheets_kept": result.kept, "goals_created": len(goals),
        "without_template": result.without_template,
    })
    return result


def _lock_sheet(sheet: GoalSheet) -> GoalSheet:
    return (GoalSheet.objects.select_for_update(of=("self",))
            .select_related("period", "employee").get(pk=sheet.pk))


def _ensure_editable(sheet: GoalSheet, actor: Any) -> None:
    if not access.can_edit_goals(actor, sheet):
        raise DomainError(_("你不能修改%(name)s的目标。") % {"name": sheet.employee.name})
    if sheet.period.status not in GOALS_EDITABLE:
        raise DomainError(_("周期已进入“%(status)s”阶段，目标不能再修改。")
                          % {"status": sheet.period.get_status_display()})


def _reconfirm_if_changed(sheet: GoalSheet, *, actor: Any, goal_name: str) -> None:
    """A confirmed sheet whose goals no longer match what was signed goes back to draft."""
    if sheet.status != SheetStatus.CONFIRMED:
        return
    if goals_digest(sheet.goals.all()) == sheet.confirmed_digest:
        return
    sheet.status = SheetStatus.DRAFT
    sheet.version += 1
    sheet.save(update_fields=["status", "version", "updated_at"])
    audit(actor=actor, event="goal_sheet.reconfirmation_needed", target=sheet, data={
        "goal": goal_name,
        "confirmed_at": sheet.confirmed_at.isoformat() if sheet.confirmed_at else None,
    })


def _clean_values(fields: dict[str, Any]) -> dict[str, Any]:
    """Only the fields given (a partial update stays partial), with blanks normalised."""
    values = {k: v for k, v in fields.items() if k in EDITABLE_FIELDS}
    if "name" in values:
        values["name"] = (values["name"] or "").strip()
    for name in ("unit", "notes"):
        if name in values:
            values[name] = values[name] or ""
    if "rating_scale" in values and not values["rating_scale"]:
        values["rating_scale"] = default_rating_scale()
    return values


@transaction.atomic
def save_goal(*, sheet: GoalSheet, goal: Goal | None, fields: dict[str, Any], actor: Any,
              expected_version: int | None = None) -> Goal:
    """Add (goal=None) or change one goal; weights are checked at confirmation, not here."""
    sheet = _lock_sheet(sheet)
    _ensure_editable(sheet, actor)
    values = _clean_values(fields)
    if goal is not None:
        try:
            goal = sheet.goals.select_for_update().get(pk=goal.pk)
        except Goal.DoesNotExist:
            raise DomainError(_("该指标已被删除。")) from None
        if expected_version is not None and goal.version != expected_version:
            raise ConcurrentEdit(_("指标“%(name)s”已被他人修改，请刷新页面后重新编辑。")
                                 % {"name": goal.name})
        merged = {name: getattr(goal, name) for name in EDITABLE_FIELDS} | values
    else:
        values = goal_defaults() | {"notes": ""} | values
        merged = values
    validate_goal(merged)
    same_name = sheet.goals.filter(name=merged["name"])
    if goal is not None:
        same_name = same_name.exclude(pk=goal.pk)
    if same_name.exists():
        raise DomainError(_("本表已有名为“%(name)s”的指标。") % {"name": merged["name"]})
    if goal is None:
        if "order" not in values:
            values["order"] = (sheet.goals.aggregate(m=Max("order"))["m"] or 0) + 1
        goal = Goal.objects.create(sheet=sheet, **values)
        audit(actor=actor, event="goal.created", target=goal,
              data={"sheet": sheet.pk, "weight": str(goal.weight)})
    else:
        changes = {k: [str(getattr(goal, k)), str(v)] for k, v in values.items()
                   if getattr(goal, k) != v}
        for name, value in values.items():
            setattr(goal, name, value)
        goal.version += 1
        goal.save()
        audit(actor=actor, event="goal.updated", target=goal,
              data={"sheet": sheet.pk, "changes": changes})
    awaiting.refresh_sheets([sheet.pk])
    _reconfirm_if_changed(sheet, actor=actor, goal_name=goal.name)
    return goal


@transaction.atomic
def delete_goal(*, goal: Goal, actor: Any, expected_version: int | None = None) -> None:
    sheet = _lock_sheet(goal.sheet)
    _ensure_editable(sheet, actor)
    try:
        goal = sheet.goals.select_for_update().get(pk=goal.pk)
    except Goal.DoesNotExist:
        raise DomainError(_("该指标已被删除。")) from None
    if expected_version is not None and goal.version != expected_version:
        raise ConcurrentEdit(_("指标“%(name)s”已被他人修改，请刷新页面后重新编辑。")
                             % {"name": goal.name})
    name = goal.name
    goal.delete()
    awaiting.refresh_sheets([sheet.pk])
    audit(actor=actor, event="goal.deleted", target=sheet, data={"goal": name})
    _reconfirm_if_changed(sheet, actor=actor, goal_name=name)


@transaction.atomic
def confirm_goals(*, sheet: GoalSheet, actor: Any, expected_digest: str = "") -> GoalSheet:
    """The employee signs their goals as shown to them (`expected_digest`, when given)."""
    sheet = _lock_sheet(sheet)
    if sheet.employee.user_id is None or sheet.employee.user_id != getattr(actor, "pk", None):
        raise DomainError(_("只有员工本人可以确认自己的目标。"))
    if sheet.period.status not in GOALS_EDITABLE:
        raise DomainError(_("周期已进入“%(status)s”阶段，不能再确认目标。")
                          % {"status": sheet.period.get_status_display()})
    goals = list(sheet.goals.all())
    digest = goals_digest(goals)
    if expected_digest and expected_digest != digest:
        raise ConcurrentEdit(_("目标在你查看之后已被修改，请查看最新的目标后再确认。"))
    if sheet.status == SheetStatus.CONFIRMED and sheet.confirmed_digest == digest:
        raise DomainError(_("你已经确认过这些目标。"))
    if not goals:
        raise DomainError(_("考核表还没有任何指标，无法确认。"))
    problems = goal_set_problems(goals)
    if problems:
        raise DomainError(" ".join(problems))
    sheet.status = SheetStatus.CONFIRMED
    sheet.confirmed_at = timezone.now()
    sheet.confirmed_digest = digest
    sheet.version += 1
    sheet.save(update_fields=["status", "confirmed_at", "confirmed_digest", "version",
                              "updated_at"])
    audit(actor=actor, event="goal_sheet.confirmed", target=sheet,
          data={"digest": digest, "goals": len(goals)})
    return sheet
