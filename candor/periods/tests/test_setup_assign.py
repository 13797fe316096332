"""HR hands out goals from templates: 60 engineers get their 6 goals in one action."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from django.db import connection
from django.db.models import AutoField
from django.urls import reverse

from candor.core.models import AuditEvent
from candor.core.testing import make_department, make_employee, make_position, make_sequence
from candor.periods.models import Goal, GoalSheet
from candor.periods.setup import services
from candor.periods.tests.factories import make_period, make_sheet, make_template

# Queries that do not depend on the head count: the savepoint pair of the atomic block (2),
# lock the period (1), its departments and the tree below them, one per level (1 + 2 here),
# the people (1), the templates and their items (2), the existing sheets (1), marking the
# sheets that await a rating (1), the audit event (1). Only the insert batches the
# database driver needs come on top.
FIXED_QUERIES = 12


def _insert_batches(model, rows: int) -> int:
    """Round trips the database needs to insert `rows` rows in one bulk_create."""
    fields = [f for f in model._meta.concrete_fields if not isinstance(f, AutoField)]
    size = max(connection.ops.bulk_batch_size(fields, [None] * rows), 1)
    return math.ceil(rows / size)


def _engineers(personas, n: int, *, department=None):
    department = department or make_department("研发一组", parent=personas.tech)
    position = make_position("软件工程师", sequence=make_sequence("tech", "技术"))
    people = [make_employee(f"工程师{i}", department=department, position=position,
                            manager=personas.manager) for i in range(n)]
    return position, people


@pytest.mark.parametrize("n", [60, 120])
def test_it_gives_every_engineer_six_goals_in_a_bounded_number_of_queries(
        personas, django_assert_max_num_queries, n):
    position, people = _engineers(personas, n)
    make_template("工程师模板", position=position)
    period = make_period(departments=[personas.tech])
    in_scope = n + 2  # the engineers, 王强 and 张伟 (no template: empty sheets)
    budget = (FIXED_QUERIES + _insert_batches(GoalSheet, in_scope)
              + _insert_batches(Goal, 6 * n))
    with django_assert_max_num_queries(budget):
        result = services.assign_goals_from_templates(period=period, actor=personas.hr.user)
    assert (result.created, result.filled) == (in_scope, n)
    assert sorted(result.without_template) == ["张伟", "王强"]
    sheet = GoalSheet.objects.get(period=period, employee=people[-1])
    assert [g.weight for g in sheet.goals.all()] == [25, 20, 15, 15, 15, 10]
    assert Goal.objects.filter(sheet__period=period).count() == 6 * n


def test_it_prefers_the_position_template_over_the_sequence_template(personas):
    sequence = make_sequence("sales", "销售")
    lead = make_position("销售主管", sequence=sequence)
    rep = make_position("销售代表", sequence=sequence)
    dept = make_department("华东销售", parent=personas.tech)
    boss = make_employee("周主管", department=dept, position=lead)
    seller = make_employee("吴代表", department=dept, position=rep)
    make_template("销售序列", sequence=sequence,
                  items=[{"name": "回款", "target": Decimal(500), "weight": Decimal(100)}])
    make_template("销售主管", position=lead,
                  items=[{"name": "团队业绩", "target": Decimal(2000), "weight": Decimal(100)}])
    period = make_period(departments=[dept])
    services.assign_goals_from_templates(period=period, actor=personas.hr.user)
    goal_of = {s.employee_id: s.goals.get().name for s in period.sheets.all()}
    assert goal_of == {boss.pk: "团队业绩", seller.pk: "回款"}


def test_it_can_run_again_without_duplicating_or_touching_adjusted_sheets(personas):
    position, people = _engineers(personas, 3)
    make_template(position=position)
    period = make_period(departments=[personas.tech])
    adjusted = make_sheet(period, people[0], goals=[{"name": "专项", "weight": Decimal(100)}])
    first = services.assign_goals_from_templates(period=period, actor=personas.hr.user)
    second = services.assign_goals_from_templates(period=period, actor=personas.hr.user)
    assert (first.kept, first.filled) == (1, 2)
    assert (second.created, second.filled, second.kept) == (0, 0, 3)
    assert [g.name for g in adjusted.goals.all()] == ["专项"]
    assert period.sheets.count() == 5
    assert Goal.objects.filter(sheet__period=period).count() == 1 + 2 * 6


def test_it_fills_an_empty_sheet_once_a_template_exists(personas):
    period = make_period(departments=[personas.tech])
    services.assign_goals_from_templates(period=period, actor=personas.hr.user)
    assert not Goal.objects.filter(sheet__period=period).exists()
    make_template(position=personas.employee.position)
    result = services.assign_goals_from_templates(period=period, actor=personas.hr.user)
    assert (result.created, result.filled) == (0, 1)
    assert GoalSheet.objects.get(period=period, employee=personas.employee).goals.count() == 6


def test_it_leaves_out_people_who_left_and_other_departments(personas):
    personas.employee.is_active = False
    personas.employee.save()
    period = make_period(departments=[personas.tech])
    services.assign_goals_from_templates(period=period, actor=personas.hr.user)
    assert list(period.sheets.values_list("employee__name", flat=True)) == ["王强"]


def test_it_reports_the_outcome_and_who_has_no_template_on_the_period_page(personas,
                                                                           client_for):
    make_template(position=personas.employee.position)
    period = make_period(departments=[personas.tech])
    response = client_for("hr").post(reverse("periods:period_assign", args=[period.pk]),
                                     follow=True)
    html = response.content.decode()
    assert "为 1 人分配了模板目标" in html
    assert "没有启用的目标模板" in html and "王强" in html
    event = AuditEvent.objects.get(event="period.goals_assigned")
    assert event.data["goals_created"] == 6
