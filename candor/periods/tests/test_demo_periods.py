"""The demo periods: 王强's worked example, 李娜's complaint rate, a released 2026年第三季度
for the whole company, a running 2026年第四季度, and a second load that changes nothing.

The demo is loaded once for the module (it runs every real service for ~85 people, a few
seconds) inside a transaction that is rolled back at the end; each test runs in a savepoint
inside it, as pytest-django's `db` fixture nests.
"""

from __future__ import annotations

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count, Sum
from django.test import Client, override_settings
from django.urls import reverse

from candor.core.models import AuditEvent
from candor.evidence.models import CheckIn, FeedbackRequest, KeyEvent, PersonnelFact
from candor.evidence.selectors import checkin_flags, feedback_summary
from candor.org.models import Employee
from candor.periods.demo import Q3, Q4
from candor.periods.models import (
    AbilityRating,
    Assessment,
    Goal,
    GoalSheet,
    GoalTemplate,
    Period,
    PeriodStatus,
    SheetStatus,
)
from candor.periods.setup.services.rules import goals_digest

FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with (django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=FAST_HASHERS),
          transaction.atomic()):
        out = StringIO()
        call_command("load_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def loaded(demo, db):
    return demo


def sheet(period_name: str, username: str) -> GoalSheet:
    return GoalSheet.objects.get(period__name=period_name, employee__user__username=username)


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in (
        Period, GoalSheet, Goal, GoalTemplate, AbilityRating, KeyEvent, CheckIn,
        FeedbackRequest, PersonnelFact, AuditEvent, Employee)}


def test_it_scores_wang_qiang_exactly_as_the_seed(loaded):
    wang = sheet(Q3.name, "manager")
    lines = [(g.name, g.target, g.actual, g.manager_points, g.weight, g.points)
             for g in wang.goals.order_by("order")]
    assert lines == [
        ("公司利润", Decimal(3200), Decimal(3500), None, Decimal(60), Decimal(69)),
        ("完成任务数", Decimal(100), Decimal(120), None, Decimal(20), Decimal(22)),
        ("日常表现/工作分配", None, None, Decimal(18), Decimal(20), Decimal(18)),
    ]
    assert (wang.total, wang.grade, wang.multiplier) == (Decimal(109), "优-", Decimal("1.1"))
    assert "公司利润 3,500 万元" in wang.goals.get(name="公司利润").notes


def test_it_shows_li_na_her_complaint_rate_as_160_percent(loaded):
    li = sheet(Q3.name, "outsider")
    complaints = li.goals.get(name="客户投诉率")
    assert (complaints.target, complaints.actual, complaints.direction,
            complaints.rate_pct) == (Decimal(5), Decimal(8), "lower", Decimal(160))
    client = Client()
    client.force_login(li.employee.user)
    page = client.get(reverse("periods:results_explain", args=[li.pk]))
    assert page.status_code == 200
    assert "160%" in page.content.decode()


def test_it_releases_and_closes_q3_for_every_active_employee(loaded):
    q3 = Period.objects.get(name=Q3.name)
    assert (q3.status, q3.start_date, q3.end_date) == (PeriodStatus.CLOSED, Q3.start, Q3.end)
    active = Employee.objects.filter(is_active=True).count()
    assert q3.sheets.filter(status=SheetStatus.SCORED).exclude(grade="").count() == active
    assert len(set(q3.sheets.values_list("grade", flat=True))) >= 4
    ratings = AbilityRating.objects.filter(sheet__period=q3)
    assert ratings.values("sheet").distinct().count() == active
    judged = ratings.exclude(assessment=Assessment.MEETS)
    assert judged.filter(assessment=Assessment.STRENGTH).exists()
    assert judged.filter(assessment=Assessment.WEAKNESS).exists()
    assert not judged.filter(case="").exists()


def test_it_gives_everyone_template_goals_weighing_100(loaded):
    weights = (Goal.objects.filter(sheet__period__name=Q3.name).values("sheet")
               .annotate(total=Sum("weight"), n=Count("pk")))
    assert {row["total"] for row in weights} == {Decimal(100)}
    assert {row["n"] for row in weights} <= {3, 6, 7}
    assert GoalTemplate.objects.filter(position__code="QA").exists()
    assert set(GoalTemplate.objects.exclude(sequence=None)
               .values_list("sequence__code", flat=True)) == {
        "tech", "sales", "service", "functional", "mgmt"}


def test_it_runs_q4_with_every_sheet_confirmed(loaded):
    q4 = Period.objects.get(name=Q4.name)
    assert q4.status == PeriodStatus.IN_PROGRESS
    sheets = list(q4.sheets.prefetch_related("goals"))
    assert len(sheets) == Employee.objects.filter(is_active=True).count()
    for one in sheets:
        assert one.status == SheetStatus.CONFIRMED
        assert one.confirmed_digest == goals_digest(one.goals.all())
        assert one.total is None
    assert [g.name for g in sheet(Q4.name, "manager").goals.order_by("order")] == [
        "公司利润", "完成任务数", "日常表现/工作分配"]


def test_it_gathers_evidence_for_the_periods(loaded):
    q3, q4 = Period.objects.get(name=Q3.name), Period.objects.get(name=Q4.name)
    zhang = Employee.objects.get(user__username="employee")
    summary = feedback_summary(zhang, q3, for_subject=True)
    assert summary.answered >= 3 and summary.enough
    assert all(q.count >= 3 for q in summary.questions)
    assert FeedbackRequest.objects.filter(period=q4).exists()
    assert KeyEvent.objects.filter(period=q3, employee=zhang).count() == 2
    assert KeyEvent.objects.filter(period=q3, polarity="negative").exists()
    assert checkin_flags(q3).fewer_than_two_count > 0
    assert CheckIn.objects.filter(period=q3).count() > q3.sheets.count()
    assert PersonnelFact.objects.filter(employee__user__username="outsider").exists()


def test_it_changes_nothing_when_loaded_twice(loaded):
    before = counts()
    stamps = dict(GoalSheet.objects.values_list("pk", "updated_at"))
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert counts() == before
    assert dict(GoalSheet.objects.values_list("pk", "updated_at")) == stamps
    assert "未做任何修改" in out.getvalue()
    assert "2026年第三季度" in loaded and "2026年第三季度" not in out.getvalue()


@override_settings(PASSWORD_HASHERS=FAST_HASHERS)
def test_it_rebuilds_the_periods_on_reset(loaded):
    old = set(Period.objects.values_list("pk", flat=True))
    call_command("load_demo", reset=True, stdout=StringIO())
    assert not old & set(Period.objects.values_list("pk", flat=True))
    assert Period.objects.count() == 2
    wang = sheet(Q3.name, "manager")
    assert (wang.total, wang.grade) == (Decimal(109), "优-")
