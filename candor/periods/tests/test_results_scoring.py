"""score_period: the worked example through the database, problems, ranks, query bounds."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from candor.core.errors import DomainError
from candor.core.models import AuditEvent
from candor.core.testing import make_employee, make_position
from candor.periods.models import Goal, PeriodStatus, SheetStatus
from candor.periods.results.services import competition_ranks, score_period
from candor.periods.tests.factories import make_sheet
from candor.periods.tests.results_factories import (
    COMPLAINT_GOALS,
    many_sheets,
    scoring_period,
    seed_sheet,
)

pytestmark = pytest.mark.django_db


def test_it_scores_the_seed_example_exactly(personas):
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.manager)

    summary = score_period(period=period, actor=personas.hr.user)

    sheet.refresh_from_db()
    points = dict(sheet.goals.values_list("name", "points"))
    assert points == {"利润": Decimal(69), "任务完成数": Decimal(22), "日常表现": Decimal(18)}
    assert dict(sheet.goals.values_list("name", "rate_pct"))["利润"] == Decimal(109)
    assert (sheet.total, sheet.grade, sheet.multiplier) == (Decimal(109), "优-", Decimal("1.1"))
    assert sheet.status == SheetStatus.SCORED and sheet.scored_at is not None
    assert (sheet.rank_department, sheet.rank_sequence) == (1, 1)
    assert summary.scored == 1 and summary.problems == 0


def test_it_scores_the_complaint_rate_as_worse_not_better(personas):
    period = scoring_period(personas.service)
    sheet = make_sheet(period, personas.outsider, goals=COMPLAINT_GOALS,
                       status=SheetStatus.CONFIRMED)

    score_period(period=period, actor=personas.hr.user)

    complaint = sheet.goals.get(name="客户投诉率")
    assert complaint.rate_pct == Decimal(160)
    # 30 + (100 − 160) × 0.5 = 0: sixty percent over the limit costs thirty points.
    assert complaint.points == Decimal(0)
    sheet.refresh_from_db()
    assert sheet.total == Decimal(70) and sheet.grade == "极差"


@pytest.mark.parametrize(("change", "expected"), [
    ({"profit": None}, "指标“利润”缺少实际值"),
    ({"everyday": None}, "指标“日常表现”尚未由上级评分"),
])
def test_it_names_the_goal_that_keeps_a_sheet_from_a_score(personas, change, expected):
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.manager, **change)

    summary = score_period(period=period, actor=personas.hr.user)

    sheet.refresh_from_db()
    assert sheet.score_problem == expected
    assert sheet.total is None and sheet.grade == "" and sheet.rank_department is None
    assert summary.problems == 1 and summary.scored == 0


def test_it_refuses_weights_that_do_not_total_100(personas):
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.manager)
    Goal.objects.filter(sheet=sheet, name="利润").update(weight=Decimal(50))

    score_period(period=period, actor=personas.hr.user)

    sheet.refresh_from_db()
    assert sheet.score_problem == "各指标权重合计为 90，应为 100"
    assert sheet.total is None


def test_it_does_not_score_goals_the_employee_has_not_confirmed(personas):
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.manager)
    sheet.status = SheetStatus.DRAFT
    sheet.save()

    score_period(period=period, actor=personas.hr.user)

    sheet.refresh_from_db()
    assert sheet.total is None and "确认" in sheet.score_problem


def test_it_clears_an_old_score_and_problem_when_scored_again(personas):
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.manager, profit=None)
    score_period(period=period, actor=personas.hr.user)
    Goal.objects.filter(sheet=sheet, name="利润").update(actual=Decimal(3500))

    score_period(period=period, actor=personas.hr.user)

    sheet.refresh_from_db()
    assert sheet.score_problem == "" and sheet.total == Decimal(109)
    Goal.objects.filter(sheet=sheet, name="日常表现").update(manager_points=None)
    score_period(period=period, actor=personas.hr.user)
    sheet.refresh_from_db()
    assert sheet.total is None and sheet.status == SheetStatus.CONFIRMED
    assert sheet.goals.get(name="利润").points is None


def test_it_ranks_ties_together_and_skips_the_next_rank(personas):
    period = scoring_period(personas.tech)
    position = personas.employee.position
    people = [personas.employee] + [
        make_employee(f"同事{i}", department=personas.tech, position=position,
                      manager=personas.manager) for i in range(3)]
    for person, profit in zip(people, [3500, 3500, 3400, 3600], strict=True):
        seed_sheet(period, person, profit=Decimal(profit))
    other_sequence = make_employee("其他序列", department=personas.tech,
                                   position=make_position(), manager=personas.manager)
    seed_sheet(period, other_sequence, profit=Decimal(3700))

    score_period(period=period, actor=personas.hr.user)

    ranks = {s.employee.name: (s.rank_department, s.rank_sequence)
             for s in period.sheets.select_related("employee")}
    assert ranks == {"其他序列": (1, 1), "同事2": (2, 1), "张伟": (3, 2), "同事0": (3, 2),
                     "同事1": (5, 4)}


def test_it_ranks_with_standard_competition_ranking():
    ranks = competition_ranks([("a", 1, Decimal(90)), ("a", 2, Decimal(95)),
                               ("a", 3, Decimal(95)), ("a", 4, Decimal(80)),
                               ("b", 5, Decimal(10)), (None, 6, Decimal(99))])
    assert ranks == {2: 1, 3: 1, 1: 3, 4: 4, 5: 1}


def test_it_scores_only_while_the_period_is_being_scored(personas):
    period = scoring_period(personas.tech, status=PeriodStatus.IN_PROGRESS)
    seed_sheet(period, personas.manager)

    with pytest.raises(DomainError, match="评分中"):
        score_period(period=period, actor=personas.hr.user)
    assert not period.sheets.filter(total__isnull=False).exists()


def test_it_records_the_scoring_in_the_audit_trail(personas):
    period = scoring_period(personas.tech)
    seed_sheet(period, personas.manager)
    seed_sheet(period, personas.employee, profit=None)

    score_period(period=period, actor=personas.hr.user)

    event = AuditEvent.objects.get(event="period.scored")
    assert event.actor == personas.hr.user and event.target_id == str(period.pk)
    assert event.data["sheets"] == 2 and event.data["scored"] == 1
    assert event.data["problems"] == 1 and event.data["grades"] == {"优-": 1}


@pytest.mark.parametrize("size", [30, 120])
def test_it_scores_in_a_fixed_number_of_queries(personas, size):
    period = scoring_period(personas.tech)
    many_sheets(period, size, department=personas.tech, position=personas.employee.position,
                departments=4)

    with CaptureQueriesContext(connection) as queries:
        summary = score_period(period=period, actor=personas.hr.user)

    assert summary.scored == size
    assert len(queries) <= 12, [q["sql"][:80] for q in queries]


def test_it_scores_a_2000_person_period_in_a_bounded_number_of_queries(personas):
    """Speed is measured by `make bench`; here the query count, which is deterministic."""
    period = scoring_period(personas.tech)
    many_sheets(period, 2000, department=personas.tech, position=personas.employee.position,
                departments=20)

    with CaptureQueriesContext(connection) as queries:
        summary = score_period(period=period, actor=personas.hr.user)

    assert summary.scored == 2000
    assert len(queries) <= 12
    assert Goal.objects.filter(sheet__period=period, points__isnull=True).count() == 0
