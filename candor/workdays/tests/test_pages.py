"""HR's calendar page: the grid, the edit flow with its audit trail, and the counting helper."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from candor.core.models import AuditEvent
from candor.workdays.calendar import is_workday
from candor.workdays.models import CalendarDay, DayKind
from candor.workdays.services import save_calendar_day

pytestmark = pytest.mark.django_db


def test_it_shows_the_year_with_package_holiday_names(client_for):
    response = client_for("hr").get(reverse("workdays:index"), {"year": 2026})
    assert response.status_code == 200
    assert "国庆节" in response.content.decode()


def test_it_shows_2027_without_crashing(client_for):
    response = client_for("admin").get(reverse("workdays:index"), {"year": "2027"})
    assert response.status_code == 200


def test_it_saves_an_override_and_audits_it(client_for, personas):
    client = client_for("hr")
    response = client.post(reverse("workdays:day_save"),
                           {"date": "2027-10-01", "kind": "holiday", "name": "国庆节", "note": ""})
    assert response.status_code == 302
    assert not is_workday(date(2027, 10, 1))
    event = AuditEvent.objects.get(event="workdays.day_created")
    assert event.actor == personas.hr.user
    assert event.data["date"] == "2027-10-01"
    page = client.get(reverse("workdays:index"), {"year": 2027}).content.decode()
    assert "国庆节" in page


def test_it_updates_the_same_date_instead_of_duplicating(personas):
    save_calendar_day(date=date(2027, 10, 1), kind=DayKind.HOLIDAY, name="国庆节",
                      actor=personas.hr.user)
    save_calendar_day(date=date(2027, 10, 1), kind=DayKind.WORKDAY, name="值班",
                      actor=personas.hr.user)
    assert CalendarDay.objects.count() == 1
    assert is_workday(date(2027, 10, 1))
    updated = AuditEvent.objects.get(event="workdays.day_updated")
    assert updated.data["before"]["kind"] == "holiday"


def test_it_refuses_a_holiday_without_a_name(client_for):
    response = client_for("hr").post(reverse("workdays:day_save"),
                                     {"date": "2027-10-01", "kind": "holiday", "name": ""},
                                     follow=True)
    assert "节假日需要填写名称" in response.content.decode()
    assert not CalendarDay.objects.exists()


def test_it_deletes_an_override_and_audits_it(client_for):
    day = CalendarDay.objects.create(date=date(2027, 10, 1), kind=DayKind.HOLIDAY, name="国庆节")
    response = client_for("admin").post(reverse("workdays:day_delete", args=[day.pk]))
    assert response.status_code == 302
    assert not CalendarDay.objects.exists()
    assert AuditEvent.objects.filter(event="workdays.day_deleted").exists()
    assert is_workday(date(2027, 10, 1))


def test_it_hides_the_page_from_managers(client_for):
    assert client_for("manager").get(reverse("workdays:index")).status_code == 404
    response = client_for("manager").post(reverse("workdays:day_save"),
                                          {"date": "2027-10-01", "kind": "holiday", "name": "x"})
    assert response.status_code == 404
    assert not CalendarDay.objects.exists()


def test_it_counts_working_days_for_a_notice_period(client_for):
    response = client_for("hr").get(reverse("workdays:index"),
                                    {"year": 2026, "start": "2026-09-29", "n": 3})
    # The grid titles every date too, so look for the answer sentence itself.
    assert "2026-09-29 之后第 3 个工作日是 2026-10-09" in response.content.decode()
