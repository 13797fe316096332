"""Leading the manager line to the sheets that wait for their rating, and on to the next.

A sheet waits for rating while a judgement goal has no points or grade, or an active
ability item has no rating yet.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from candor.core.testing import make_employee
from candor.periods.models import (
    AbilityItem,
    AbilityKind,
    AbilityRating,
    Assessment,
    GoalSheet,
    PeriodStatus,
)
from candor.periods.results.selectors import needs_rating
from candor.periods.tests.results_factories import many_sheets, scoring_period, seed_sheet

pytestmark = pytest.mark.django_db


@pytest.fixture
def period(personas):
    return scoring_period(personas.tech)


def _report(personas, name: str, employee_no: str):
    return make_employee(name, department=personas.tech, position=personas.employee.position,
                         manager=personas.manager, employee_no=employee_no)


def _waiting(*sheets: GoalSheet) -> set[str]:
    return set(GoalSheet.objects.filter(pk__in=[s.pk for s in sheets]).filter(needs_rating())
               .values_list("employee__name", flat=True))


def test_a_sheet_waits_until_its_judgement_goals_and_abilities_are_rated(personas, period):
    unrated = seed_sheet(period, personas.employee, everyday=None)
    rated = seed_sheet(period, personas.manager)
    assert _waiting(unrated, rated) == {"张伟"}
    item = AbilityItem.objects.create(kind=AbilityKind.ABILITY, name="专业能力")
    assert _waiting(unrated, rated) == {"张伟", "王强"}
    AbilityRating.objects.create(sheet=rated, item=item, rating="B",
                                 assessment=Assessment.MEETS)
    assert _waiting(unrated, rated) == {"张伟"}
    item.is_active = False  # a retired item asks nothing of anyone
    item.save()
    assert _waiting(unrated, rated) == {"张伟"}


def test_the_rating_page_leads_to_the_next_report_waiting(personas, period, client_for):
    first = seed_sheet(period, personas.employee, everyday=None)
    second = seed_sheet(period, _report(personas, "赵六", "E90001"), everyday=None)
    seed_sheet(period, _report(personas, "钱七", "E90002"))  # rated already: skipped
    client = client_for("manager")

    page = client.get(reverse("periods:results_rate", args=[first.pk]))
    assert page.context["next_sheet"] == second
    html = page.content.decode()
    assert reverse("periods:results_rate", args=[second.pk]) in html and "下一位：赵六" in html
    assert first.period.get_absolute_url() in html and first.get_absolute_url() in html

    # from the last one it wraps round to the first still waiting
    assert client.get(reverse("periods:results_rate", args=[second.pk])) \
        .context["next_sheet"] == first
    first.goals.filter(name="日常表现").update(manager_points=Decimal(15))
    last = client.get(reverse("periods:results_rate", args=[second.pk]))
    assert last.context["next_sheet"] is None
    assert "没有其他待评分的考核表" in last.content.decode()


def test_the_next_link_never_offers_the_managers_own_sheet(personas, period, client_for):
    own = seed_sheet(period, personas.manager, everyday=None)
    report = seed_sheet(period, personas.employee, everyday=None)
    page = client_for("manager").get(reverse("periods:results_rate", args=[report.pk]))
    assert page.context["next_sheet"] is None
    second_line = client_for("second_line").get(
        reverse("periods:results_rate", args=[report.pk]))
    assert second_line.context["next_sheet"] == own


def test_it_refuses_to_save_an_ability_left_blank(personas, period, client_for):
    sheet = seed_sheet(period, personas.employee)
    item = AbilityItem.objects.create(kind=AbilityKind.ABILITY, name="专业能力")
    url = reverse("periods:results_rate", args=[sheet.pk])
    form = client_for("manager").get(url).content.decode()
    assert '<option value="" selected>—</option>' in form  # unrated is not shown as an A
    response = client_for("manager").post(
        reverse("periods:results_rate_ability", args=[sheet.pk, item.pk]),
        {"rating": "", "assessment": "meets", "case": ""}, HTTP_HX_REQUEST="true")
    assert "请先为“专业能力”选择评级（A/B/C/D）" in response.content.decode()
    assert not AbilityRating.objects.exists()


def test_hr_is_offered_to_rate_or_correct(personas, period, client_for):
    sheet = seed_sheet(period, personas.employee)
    url = reverse("periods:results_rate", args=[sheet.pk])
    assert "张伟 · 评分/更正" in client_for("hr").get(url).content.decode()
    assert "张伟 · 上级评分" in client_for("manager").get(url).content.decode()
    overview = client_for("hr").get(reverse("periods:results_overview", args=[period.pk]))
    assert "评分/更正" in overview.content.decode()


def test_the_period_rows_show_who_waits_for_the_viewers_rating(personas, period, client_for):
    waiting = seed_sheet(period, personas.employee, everyday=None)
    seed_sheet(period, personas.manager, everyday=None)  # his own: not his to rate
    page = client_for("manager").get(period.get_absolute_url())
    html = page.content.decode()
    assert html.count('data-testid="to-rate"') == 1
    assert reverse("periods:results_rate", args=[waiting.pk]) in html
    assert page.context["overview"].counts["to_rate"] == 1
    filtered = client_for("manager").get(period.get_absolute_url(), {"status": "to_rate"})
    assert [s.employee.name for s in filtered.context["overview"].page] == ["张伟"]


def test_the_rating_column_appears_only_while_scoring(personas, client_for):
    period = scoring_period(personas.tech, status=PeriodStatus.IN_PROGRESS)
    seed_sheet(period, personas.employee, everyday=None)
    html = client_for("manager").get(period.get_absolute_url()).content.decode()
    assert 'data-testid="to-rate"' not in html and "待评分（" not in html


@pytest.mark.parametrize("who", ["hr", "manager"])
def test_the_scoring_overview_query_count_does_not_grow(personas, client_for, period, who):
    AbilityItem.objects.create(kind=AbilityKind.ABILITY, name="专业能力")
    seed_sheet(period, personas.employee, everyday=None)
    client = client_for(who)
    client.get(period.get_absolute_url())  # warm the session and the language
    counts = []
    for size in (5, 40):
        many_sheets(period, size, department=personas.tech, position=personas.employee.position,
                    manager=personas.manager)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(period.get_absolute_url())
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
