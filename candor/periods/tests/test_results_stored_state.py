"""What the scoring pass and the rating services store on a sheet for the list pages to
read: the group sizes behind "rank x of n", and whether the sheet still awaits a rating."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from candor.core.testing import make_employee, make_position
from candor.periods.models import AbilityKind, Assessment, GoalSheet, PeriodStatus, Rule
from candor.periods.results.entry import rate_ability, rate_goal, set_actual
from candor.periods.results.services import score_period
from candor.periods.setup.services.abilities import save_ability_item, set_ability_item_active
from candor.periods.setup.services.periods import advance_period
from candor.periods.tests.factories import make_sheet
from candor.periods.tests.results_factories import scoring_period, seed_sheet

pytestmark = pytest.mark.django_db


def _pending(sheet: GoalSheet) -> bool:
    return GoalSheet.objects.values_list("rating_pending", flat=True).get(pk=sheet.pk)


def test_it_stores_the_group_sizes_with_the_ranks(personas, client_for):
    period = scoring_period(personas.tech)
    position = personas.employee.position
    people = [personas.employee] + [
        make_employee(f"同事{i}", department=personas.tech, position=position,
                      manager=personas.manager) for i in range(3)]
    sheets = [seed_sheet(period, person, profit=Decimal(profit))
              for person, profit in zip(people, [3500, 3500, 3400, 3600], strict=True)]
    other = make_employee("其他序列", department=personas.tech, position=make_position(),
                          manager=personas.manager)
    seed_sheet(period, other, profit=Decimal(3700))

    score_period(period=period, actor=personas.hr.user)

    sizes = {s.employee.name: (s.rank_department_size, s.rank_sequence_size)
             for s in period.sheets.select_related("employee")}
    assert sizes == {"其他序列": (5, 1), "同事2": (5, 4), "张伟": (5, 4), "同事0": (5, 4),
                     "同事1": (5, 4)}
    html = client_for("hr").get(reverse("periods:results_explain", args=[sheets[0].pk])) \
        .content.decode()
    assert "部门内第 3 / 5 名" in html


def test_a_withdrawn_score_takes_its_rank_and_size_along(personas):
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.employee)
    score_period(period=period, actor=personas.hr.user)
    goal = sheet.goals.get(name="利润")

    set_actual(goal=goal, actual=Decimal(3000), actor=personas.hr.user)

    sheet.refresh_from_db()
    assert (sheet.rank_department, sheet.rank_department_size) == (None, None)
    assert (sheet.rank_sequence, sheet.rank_sequence_size) == (None, None)


def test_a_sheet_stops_waiting_once_its_judgement_goal_is_rated(personas):
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.employee, everyday=None)
    assert _pending(sheet)

    rate_goal(goal=sheet.goals.get(rule=Rule.MANAGER), manager_points=Decimal(15),
              actor=personas.manager.user)

    assert not _pending(sheet)


def test_a_new_ability_item_waits_on_every_open_sheet_until_rated(personas):
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.employee)
    assert not _pending(sheet)

    item = save_ability_item(item=None, fields={"kind": AbilityKind.ABILITY, "name": "专业能力"},
                             actor=personas.hr.user)
    assert _pending(sheet)

    rate_ability(sheet=sheet, item=item, rating="B", assessment=Assessment.MEETS, case="",
                 actor=personas.manager.user)
    assert not _pending(sheet)

    other = save_ability_item(item=None, fields={"kind": AbilityKind.ATTITUDE, "name": "责任心"},
                              actor=personas.hr.user)
    assert _pending(sheet)
    set_ability_item_active(item=other, active=False, actor=personas.hr.user)
    assert not _pending(sheet)


def test_entering_scoring_works_the_flag_out_afresh(personas, client_for):
    period = scoring_period(personas.tech, status=PeriodStatus.IN_PROGRESS)
    sheet = make_sheet(period, personas.employee, status="confirmed")
    GoalSheet.objects.filter(pk=sheet.pk).update(rating_pending=False)  # written elsewhere

    advance_period(period=period, to=PeriodStatus.SCORING, actor=personas.hr.user)

    assert _pending(sheet)  # the seed's everyday goal has no points yet
    page = client_for("manager").get(period.get_absolute_url())
    assert page.context["overview"].counts["to_rate"] == 1


@pytest.mark.parametrize("department", ["客服", "svc"])
def test_the_results_overview_narrows_to_a_department_by_name_or_code(
        personas, client_for, department):
    period = scoring_period(personas.tech, personas.service)
    seed_sheet(period, personas.employee)
    seed_sheet(period, personas.outsider)
    score_period(period=period, actor=personas.hr.user)
    url = reverse("periods:results_overview", args=[period.pk])

    everyone = client_for("hr").get(url).context["data"].page
    narrowed = client_for("hr").get(url, {"department": department}).context["data"].page

    assert {s.employee.name for s in everyone} == {"张伟", "李娜"}
    assert [s.employee.name for s in narrowed] == ["李娜"]
