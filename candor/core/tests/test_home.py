"""The home page puts each role's own work first."""

from __future__ import annotations

from decimal import Decimal

from django.urls import reverse

from candor.core.selectors import TO_RATE_SHOWN
from candor.core.testing import make_employee
from candor.periods.models import PeriodStatus, SheetStatus
from candor.periods.tests.factories import make_period, make_sheet


def test_it_shows_an_employee_their_sheet_waiting_for_confirmation(personas, client_for):
    period = make_period(departments=[personas.tech], status=PeriodStatus.PLANNING)
    sheet = make_sheet(period, personas.employee)
    html = client_for("employee").get(reverse("core:home")).content.decode()
    assert sheet.get_absolute_url() in html
    assert "待我确认目标" in html


def test_it_tells_a_manager_how_many_reports_still_have_to_confirm(personas, client_for):
    period = make_period(departments=[personas.tech], status=PeriodStatus.PLANNING)
    make_sheet(period, personas.employee)
    response = client_for("manager").get(reverse("core:home"))
    assert response.context["team_work"]["unconfirmed"] == 1
    assert "1 名下属尚未确认目标" in response.content.decode()


def test_it_shows_the_grade_only_once_results_are_released(personas, client_for):
    period = make_period(departments=[personas.tech], status=PeriodStatus.SCORING)
    sheet = make_sheet(period, personas.employee)
    sheet.grade = "优-"
    sheet.save()
    assert "优-" not in client_for("employee").get(reverse("core:home")).content.decode()
    period.status = PeriodStatus.RELEASED
    period.save()
    assert "优-" in client_for("employee").get(reverse("core:home")).content.decode()


def _scoring_sheet(period, employee, *, rated: bool = False):
    sheet = make_sheet(period, employee, status=SheetStatus.CONFIRMED)
    if rated:
        sheet.goals.filter(name="日常表现").update(manager_points=Decimal(18))
    return sheet


def test_it_lists_the_reports_waiting_for_the_managers_rating(personas, client_for):
    period = make_period(departments=[personas.tech], status=PeriodStatus.SCORING)
    waiting = _scoring_sheet(period, personas.employee)
    _scoring_sheet(period, personas.manager)  # his own sheet is not his to rate
    response = client_for("manager").get(reverse("core:home"))
    assert response.context["to_rate"] == [waiting]
    html = response.content.decode()
    assert reverse("periods:results_rate", args=[waiting.pk]) in html
    assert "1 张下属考核表等待评分" in html


def test_a_rated_sheet_no_longer_waits(personas, client_for):
    period = make_period(departments=[personas.tech], status=PeriodStatus.SCORING)
    _scoring_sheet(period, personas.employee, rated=True)
    response = client_for("manager").get(reverse("core:home"))
    assert response.context["to_rate"] == []
    assert "等待评分" not in response.content.decode()


def test_it_caps_the_list_and_links_to_the_rest(personas, client_for):
    period = make_period(departments=[personas.tech], status=PeriodStatus.SCORING)
    for i in range(TO_RATE_SHOWN + 2):
        _scoring_sheet(period, make_employee(f"下属{i}", department=personas.tech,
                                             manager=personas.manager))
    response = client_for("manager").get(reverse("core:home"))
    assert len(response.context["to_rate"]) == TO_RATE_SHOWN
    html = response.content.decode()
    assert f"查看全部 {TO_RATE_SHOWN + 2} 张待评分考核表" in html
    assert f"{reverse('periods:period', args=[period.pk])}?status=to_rate" in html


def test_it_shows_the_released_total_without_trailing_zeros(personas, client_for):
    period = make_period(departments=[personas.tech], status=PeriodStatus.RELEASED)
    sheet = make_sheet(period, personas.employee)
    sheet.grade, sheet.total = "优-", Decimal("109.00")
    sheet.save()
    html = client_for("employee").get(reverse("core:home")).content.decode()
    assert "109 分" in html and "109.00" not in html
