"""The synthetic company behind `make bench`, at a size a test can afford (60 people)."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count, Q, Sum

from candor.accounts.models import User
from candor.core.errors import DomainError
from candor.evidence.models import CheckIn, KeyEvent
from candor.org.models import Department, Employee
from candor.periods.models import (
    AbilityRating,
    Goal,
    GoalSheet,
    Period,
    PeriodStatus,
    Rule,
    SheetStatus,
)
from candor.periods.results.services import score_period
from candor.periods.setup.services.rules import goals_digest
from candor.periods.synthetic import build_company, quarters

pytestmark = pytest.mark.django_db

SIZE = 60


@pytest.fixture
def company():
    return build_company(employees=SIZE, periods=2)


def depth(department: Department) -> int:
    return 0 if department.parent is None else 1 + depth(department.parent)


def test_it_builds_a_company_of_the_size_asked(company):
    assert (company.employees, company.periods) == (SIZE, 2)
    assert Employee.objects.filter(is_active=True).count() == SIZE
    assert set(Employee.objects.values_list("position__sequence__code", flat=True)) == {
        "tech", "sales", "service", "functional", "mgmt"}
    assert User.objects.filter(username="hr", employee__hr_role="specialist").exists()


def test_it_shapes_a_department_tree_where_heads_manage_their_people(company):
    departments = list(Department.objects.select_related("parent__parent", "head"))
    assert len(departments) == company.departments
    assert {depth(d) for d in departments} >= {0, 1, 2}
    assert all(d.head is not None and d.head.department_id == d.pk for d in departments)
    top = Employee.objects.filter(manager__isnull=True)
    assert top.count() == 1 and top.get().department.parent is None
    for employee in Employee.objects.exclude(manager=None).select_related(
            "manager", "department"):
        boss_department = employee.manager.department_id
        if employee.department.head_id == employee.pk:
            assert boss_department == employee.department.parent_id
        else:
            assert boss_department == employee.department_id


def test_it_gives_everyone_6_to_8_goals_from_the_templates(company):
    sheets = (GoalSheet.objects.values("pk").annotate(n=Count("goals"),
                                                      weights=Sum("goals__weight")))
    assert sheets.count() == SIZE * 2
    assert {row["n"] for row in sheets} <= {6, 7, 8}
    assert {row["weights"] for row in sheets} == {Decimal(100)}
    assert not Goal.objects.filter(source_template=None).exists()
    one = GoalSheet.objects.filter(status=SheetStatus.CONFIRMED).first()
    assert one.confirmed_digest == goals_digest(one.goals.all())


def test_it_closes_older_periods_and_leaves_the_latest_ready_to_score(company):
    older, latest = Period.objects.order_by("start_date")
    assert [p.name for p in (older, latest)] == [name for name, *_d in quarters(2)]
    assert older.status == PeriodStatus.CLOSED
    assert not older.sheets.exclude(status=SheetStatus.SCORED).exists()
    assert len(Counter(older.sheets.values_list("grade", flat=True))) >= 2
    assert latest.status == PeriodStatus.SCORING
    missing = Goal.objects.filter(sheet__period=latest).filter(
        Q(rule=Rule.LINEAR, actual=None) | Q(rule=Rule.MANAGER, manager_points=None)
        | Q(rule=Rule.RATING, rating=""))
    assert not missing.exists()
    hr = User.objects.get(username="hr")
    assert score_period(period=latest, actor=hr).scored == SIZE


def test_it_adds_key_events_check_ins_and_ratings(company):
    for period in Period.objects.all():
        assert KeyEvent.objects.filter(period=period).count() == SIZE // 5
    latest = Period.objects.get(status=PeriodStatus.SCORING)
    assert CheckIn.objects.filter(period=latest).count() > SIZE
    ratings = AbilityRating.objects.filter(sheet__period=latest)
    assert ratings.values("sheet").distinct().count() == SIZE
    assert not ratings.filter(assessment="strength", case="").exists()


def test_it_refuses_a_database_that_already_has_people(company):
    with pytest.raises(DomainError):
        build_company(employees=SIZE, periods=1)
    again = build_company(employees=SIZE, periods=1, reset=True)
    assert again.employees == SIZE
    assert Employee.objects.count() == SIZE and Period.objects.count() == 1


def test_it_is_built_by_the_load_demo_command(db):
    out = StringIO()
    call_command("load_demo", employees=SIZE, periods=1, stdout=out)
    assert f"{SIZE} 名员工" in out.getvalue()
    assert Employee.objects.count() == SIZE
    with pytest.raises(CommandError):
        call_command("load_demo", periods=2, stdout=StringIO())
