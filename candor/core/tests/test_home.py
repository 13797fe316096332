"""The home page puts each role's own work first."""

from __future__ import annotations

from django.urls import reverse

from candor.periods.models import PeriodStatus
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
