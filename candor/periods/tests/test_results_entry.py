"""Typing in actuals and the manager line's ratings: checks, versions, audit, HTMX rows."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from candor.core.errors import ConcurrentEdit, DomainError
from candor.core.models import AuditEvent
from candor.periods.models import (
    AbilityItem,
    AbilityKind,
    AbilityRating,
    Assessment,
    Goal,
    PeriodStatus,
    Rule,
    SheetStatus,
)
from candor.periods.results.entry import rate_ability, rate_goal, set_actual
from candor.periods.results.services import score_period
from candor.periods.tests.factories import make_goal, make_sheet
from candor.periods.tests.results_factories import scoring_period, seed_sheet

pytestmark = pytest.mark.django_db


@pytest.fixture
def sheet(personas):
    return seed_sheet(scoring_period(personas.tech), personas.employee, profit=None,
                      everyday=None)


def _goal(sheet, name: str) -> Goal:
    return sheet.goals.get(name=name)


def test_it_records_an_actual_and_audits_it(sheet, personas):
    goal = _goal(sheet, "利润")
    goal = set_actual(goal=goal, actual=Decimal(3500), actor=personas.hr.user,
                      expected_version=goal.version)
    assert goal.actual == Decimal(3500) and goal.version == 2
    event = AuditEvent.objects.get(event="goal.actual_set")
    assert event.data == {"old": "", "new": "3500"}


def test_it_refuses_an_actual_saved_over_someone_elses(sheet, personas):
    goal = _goal(sheet, "利润")
    set_actual(goal=goal, actual=Decimal(3400), actor=personas.hr.user,
               expected_version=goal.version)
    with pytest.raises(ConcurrentEdit, match="已被他人修改"):
        set_actual(goal=goal, actual=Decimal(3500), actor=personas.hr.user,
                   expected_version=goal.version)
    assert _goal(sheet, "利润").actual == Decimal(3400)


def test_it_refuses_an_actual_for_a_goal_the_manager_rates(sheet, personas):
    with pytest.raises(DomainError, match="不需要实际值"):
        set_actual(goal=_goal(sheet, "日常表现"), actual=Decimal(1), actor=personas.hr.user)


def test_it_refuses_entries_once_results_are_released(sheet, personas):
    sheet.period.status = PeriodStatus.RELEASED
    sheet.period.save()
    with pytest.raises(DomainError, match="不能录入"):
        set_actual(goal=_goal(sheet, "利润"), actual=Decimal(1), actor=personas.hr.user)
    with pytest.raises(DomainError, match="不能录入"):
        rate_goal(goal=_goal(sheet, "日常表现"), manager_points=Decimal(1),
                  actor=personas.manager.user)


def test_it_takes_back_the_score_when_an_actual_changes_after_scoring(sheet, personas):
    Goal.objects.filter(sheet=sheet, name="利润").update(actual=Decimal(3500))
    Goal.objects.filter(sheet=sheet, name="日常表现").update(manager_points=Decimal(18))
    score_period(period=sheet.period, actor=personas.hr.user)

    set_actual(goal=_goal(sheet, "利润"), actual=Decimal(3600), actor=personas.hr.user)

    sheet.refresh_from_db()
    assert sheet.status == SheetStatus.CONFIRMED and sheet.total is None
    assert "重新计算" in sheet.score_problem


def test_it_keeps_manager_points_between_zero_and_the_weight(sheet, personas):
    goal = _goal(sheet, "日常表现")
    with pytest.raises(DomainError, match="0 到 20 分之间"):
        rate_goal(goal=goal, manager_points=Decimal(21), actor=personas.manager.user)
    goal = rate_goal(goal=goal, manager_points=Decimal(18), actor=personas.manager.user)
    assert goal.manager_points == Decimal(18)
    assert AuditEvent.objects.filter(event="goal.rated").count() == 1


def test_it_rates_a_rating_goal_with_a_grade_from_its_scale(personas):
    sheet = make_sheet(scoring_period(personas.tech), personas.employee, goals=[])
    goal = make_goal(sheet, name="团队协作", rule=Rule.RATING, weight=Decimal(100))
    with pytest.raises(DomainError, match="A/B/C/D"):
        rate_goal(goal=goal, rating="E", actor=personas.manager.user)
    assert rate_goal(goal=goal, rating="B", actor=personas.manager.user).rating == "B"


def test_it_refuses_rating_a_goal_that_is_scored_from_its_actual(sheet, personas):
    with pytest.raises(DomainError, match="不由上级评分"):
        rate_goal(goal=_goal(sheet, "利润"), manager_points=Decimal(1),
                  actor=personas.manager.user)


@pytest.mark.parametrize("assessment", [Assessment.STRENGTH, Assessment.WEAKNESS])
def test_it_refuses_a_strength_or_weakness_without_a_case(sheet, personas, assessment):
    item = AbilityItem.objects.create(kind=AbilityKind.ABILITY, name="沟通能力")
    with pytest.raises(DomainError, match="“沟通能力”评为.*请写明具体事例"):
        rate_ability(sheet=sheet, item=item, rating="A", assessment=assessment, case="  ",
                     actor=personas.manager.user)
    assert not AbilityRating.objects.exists()


def test_it_rates_an_ability_and_updates_it_later(sheet, personas):
    item = AbilityItem.objects.create(kind=AbilityKind.ATTITUDE, name="责任心")
    first = rate_ability(sheet=sheet, item=item, rating="B", assessment=Assessment.MEETS,
                         case="", actor=personas.manager.user)
    second = rate_ability(sheet=sheet, item=item, rating="A", assessment=Assessment.STRENGTH,
                          case="10月连续两周加班完成客户上线", actor=personas.manager.user,
                          expected_version=first.version)
    assert (second.pk, second.rating, second.version) == (first.pk, "A", 2)
    with pytest.raises(ConcurrentEdit):
        rate_ability(sheet=sheet, item=item, rating="C", assessment=Assessment.MEETS, case="",
                     actor=personas.manager.user, expected_version=first.version)


def test_it_saves_an_actual_from_the_htmx_row(sheet, client_for):
    goal = _goal(sheet, "利润")
    response = client_for("hr").post(
        reverse("periods:results_actual_save", args=[goal.pk]),
        {"actual": "3500", "version": goal.version}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "已保存" in response.content.decode() and 'value="3500"' in response.content.decode()
    assert _goal(sheet, "利润").actual == Decimal(3500)


def test_it_shows_a_conflict_in_the_htmx_row(sheet, client_for):
    goal = _goal(sheet, "利润")
    Goal.objects.filter(pk=goal.pk).update(version=5)
    response = client_for("hr").post(
        reverse("periods:results_actual_save", args=[goal.pk]),
        {"actual": "3500", "version": 1}, HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert "已被他人修改" in body and 'value="3500"' in body
    assert _goal(sheet, "利润").actual is None


def test_it_lets_the_manager_rate_from_the_rating_page(sheet, client_for):
    item = AbilityItem.objects.create(kind=AbilityKind.ABILITY, name="专业能力")
    client = client_for("manager")
    page = client.get(reverse("periods:results_rate", args=[sheet.pk]))
    assert "日常表现" in page.content.decode() and "专业能力" in page.content.decode()
    goal = _goal(sheet, "日常表现")
    client.post(reverse("periods:results_rate_goal", args=[goal.pk]),
                {"manager_points": "18", "version": goal.version})
    response = client.post(reverse("periods:results_rate_ability", args=[sheet.pk, item.pk]),
                           {"rating": "D", "assessment": "weakness", "case": ""},
                           HTTP_HX_REQUEST="true")
    assert "“专业能力”评为“不足”，请写明具体事例" in response.content.decode()
    assert _goal(sheet, "日常表现").manager_points == Decimal(18)
    assert not AbilityRating.objects.exists()


def test_it_keeps_the_employee_off_their_own_rating_page(sheet, client_for):
    response = client_for("employee").get(reverse("periods:results_rate", args=[sheet.pk]))
    assert response.status_code == 404
