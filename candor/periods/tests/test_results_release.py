"""Releasing results, and who sees a result before and after."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from candor.core.errors import DomainError
from candor.core.models import AuditEvent
from candor.periods.models import PeriodStatus
from candor.periods.results.selectors import sheet_result
from candor.periods.results.services import release_results, score_period
from candor.periods.tests.results_factories import scoring_period, seed_sheet

pytestmark = pytest.mark.django_db


@pytest.fixture
def scored(personas):
    """The seed example for 张伟, scored, in a period still being scored."""
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.employee)
    score_period(period=period, actor=personas.hr.user)
    sheet.refresh_from_db()
    return sheet


def test_it_refuses_release_while_a_sheet_has_no_score_and_says_who(personas):
    period = scoring_period(personas.tech)
    seed_sheet(period, personas.employee)
    seed_sheet(period, personas.manager, profit=None)
    score_period(period=period, actor=personas.hr.user)

    with pytest.raises(DomainError) as refused:
        release_results(period=period, actor=personas.hr.user)

    assert "还有 1 份考核表没有得分" in refused.value.message
    assert "王强" in refused.value.message and "张伟" not in refused.value.message
    period.refresh_from_db()
    assert period.status == PeriodStatus.SCORING


def test_it_releases_a_fully_scored_period_and_audits_it(scored, personas):
    period = release_results(period=scored.period, actor=personas.hr.user)
    assert period.status == PeriodStatus.RELEASED
    event = AuditEvent.objects.get(event="period.released")
    assert event.data == {"sheets": 1} and event.actor == personas.hr.user


def test_it_releases_only_from_scoring(scored, personas):
    release_results(period=scored.period, actor=personas.hr.user)
    with pytest.raises(DomainError, match="评分中"):
        release_results(period=scored.period, actor=personas.hr.user)


def test_the_employee_cannot_see_their_result_before_release(scored, personas, client_for):
    url = reverse("periods:results_explain", args=[scored.pk])
    assert client_for("employee").get(url).status_code == 404
    assert sheet_result(personas.employee.user, scored) is None
    html = render_to_string("periods/partials/_sheet_results.html",
                            {"sheet_result": sheet_result(personas.employee.user, scored)})
    assert "109" not in html and "优-" not in html
    assert client_for("manager").get(url).status_code == 200


def test_the_employee_sees_their_result_after_release(scored, personas, client_for):
    release_results(period=scored.period, actor=personas.hr.user)
    scored.period.refresh_from_db()

    response = client_for("employee").get(reverse("periods:results_explain", args=[scored.pk]))

    assert response.status_code == 200
    assert "109" in response.content.decode()
    result = sheet_result(personas.employee.user, scored)
    assert (result.total, result.grade, result.multiplier) == (Decimal(109), "优-",
                                                               Decimal("1.1"))
    html = render_to_string("periods/partials/_sheet_results.html", {"sheet_result": result})
    assert "109" in html and "优-" in html and result.explain_url in html


def test_a_managers_own_result_stays_out_of_their_overview_until_release(personas,
                                                                        client_for):
    period = scoring_period(personas.tech)
    seed_sheet(period, personas.employee)
    seed_sheet(period, personas.manager, profit=Decimal(4000))
    score_period(period=period, actor=personas.hr.user)
    url = reverse("periods:results_overview", args=[period.pk])

    before = client_for("manager").get(url).content.decode()
    assert personas.employee.employee_no in before
    assert personas.manager.employee_no not in before

    release_results(period=period, actor=personas.hr.user)
    after = client_for("manager").get(url).content.decode()
    assert personas.manager.employee_no in after


def test_release_through_the_page_shows_the_refusal(personas, client_for):
    period = scoring_period(personas.tech)
    seed_sheet(period, personas.employee, profit=None)
    response = client_for("hr").post(reverse("periods:results_release", args=[period.pk]),
                                     follow=True)
    assert "还有 1 份考核表没有得分" in response.content.decode()
