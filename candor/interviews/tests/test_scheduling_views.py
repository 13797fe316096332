"""The scheduling pages as the people using them see them: the list with its flags and
filters, booking (with the notice date, the rule's host and confirmations), the interview
page's actions by role, reschedule and cancel, the calendar file, rooms and rules."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from icalendar import Calendar

from candor.core.models import AuditEvent
from candor.core.testing import make_employee
from candor.interviews.models import Interview, InterviewPolicy, InterviewStatus, Room
from candor.interviews.services import scheduling
from candor.interviews.tests.factories import BOOKED_ON, book, make_room, released_sheet
from candor.org.models import HrRole

pytestmark = pytest.mark.django_db

LIST = reverse("interviews:list")
NEW = reverse("interviews:schedule")


def _page(response) -> str:
    return response.content.decode()


def _post(personas, sheet, room, **changes) -> dict:
    data = {"employee": personas.employee.pk, "kind": "regular", "sheet": sheet.pk,
            "date": "2026-10-19", "start": "10:00", "duration_minutes": "60",
            "room": room.pk, "location": ""}
    return data | changes


# The list --------------------------------------------------------------------------------

def test_each_person_lists_the_interviews_they_may_see(personas, client_for):
    book(personas)
    book(personas, employee=personas.outsider)
    for persona, names in (("employee", {"张伟"}), ("manager", {"张伟"}),
                           ("outsider", {"李娜"}), ("hr", {"张伟", "李娜"})):
        rows = client_for(persona).get(LIST).context["rows"]
        assert {r.interview.employee.name for r in rows} == names, persona


def test_only_people_who_can_book_see_the_button(personas, client_for):
    assert "data-testid=\"schedule\"" in _page(client_for("manager").get(LIST))
    assert "data-testid=\"schedule\"" in _page(client_for("hr").get(LIST))
    assert "data-testid=\"schedule\"" not in _page(client_for("employee").get(LIST))


def test_the_list_flags_an_overdue_draft_and_stored_warnings(personas, client_for):
    late = book(personas, room=make_room("总经理办公室", leader_office=True))
    Interview.objects.filter(pk=late.pk).update(status=InterviewStatus.HELD)
    late.record.__class__.objects.filter(pk=late.record.pk).update(
        due_at=timezone.now() - dt.timedelta(hours=1))
    page = _page(client_for("manager").get(LIST))
    assert "记录逾期" in page
    assert "领导办公室" in page
    late.record.__class__.objects.filter(pk=late.record.pk).update(status="with_employee")
    assert "记录逾期" not in _page(client_for("manager").get(LIST))


def test_the_list_filters_by_status_person_and_department(personas, client_for):
    mine = book(personas)
    other = book(personas, employee=personas.outsider)
    scheduling.cancel_interview(actor=personas.hr.user, interview=other, reason="调整")
    hr = client_for("hr")
    cancelled = hr.get(LIST, {"status": "cancelled"}).context["rows"]
    assert [r.interview for r in cancelled] == [other]
    tech = hr.get(LIST, {"department": personas.tech.pk}).context["rows"]
    assert [r.interview for r in tech] == [mine]
    hosting = hr.get(LIST, {"who": "hosting"}).context["rows"]
    assert {r.interview for r in hosting} == {mine, other}
    team = client_for("manager").get(LIST, {"who": "team"}).context["rows"]
    assert [r.interview for r in team] == [mine]
    assert client_for("employee").get(LIST, {"who": "team"}).context["rows"] == []


def _list_queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(LIST).status_code == 200
    return len(captured)


def test_the_list_does_not_query_per_row(personas, client_for):
    room = make_room()
    day = dt.datetime(2026, 10, 19, 8, 0, tzinfo=timezone.get_default_timezone())

    def add(n: int, offset: int) -> None:
        for i in range(n):
            person = make_employee(department=personas.tech, manager=personas.manager)
            book(personas, employee=person, room=room, actor=personas.hr.user,
                 starts_at=day + dt.timedelta(days=offset + i))

    add(2, 0)
    client = client_for("hr")
    few = _list_queries(client)
    add(10, 10)
    assert _list_queries(client) == few


# Booking ---------------------------------------------------------------------------------

@freeze_time(BOOKED_ON)
def test_the_form_shows_the_earliest_date_and_the_rules_host(personas, client_for):
    sheet = released_sheet(personas.employee)
    response = client_for("manager").get(NEW, {"employee": personas.employee.pk})
    page = _page(response)
    assert "最早可安排在 2026-10-15" in page
    assert "主导人：刘洋（绩效专员，按规则）" in page
    form = response.context["form"]
    assert form["sheet"].value() == sheet.pk
    assert list(form.fields["employee"].queryset) == [personas.employee]
    assert "host" not in form.fields
    assert "host" in client_for("hr").get(NEW).context["form"].fields


@freeze_time(BOOKED_ON)
def test_hr_starts_from_a_sheet_and_may_pick_another_host(personas, client_for):
    sheet = released_sheet(personas.employee)
    clerk = make_employee("吴芳", department=personas.service, hr_role=HrRole.CLERK)
    client = client_for("hr")
    response = client.get(NEW, {"sheet": sheet.pk})
    assert response.context["employee"] == personas.employee
    assert "按规则的主导人：刘洋（绩效专员）" in _page(response)
    client.post(NEW, _post(personas, sheet, make_room(), host=clerk.pk))
    assert Interview.objects.get().host == clerk


def test_a_manager_cannot_open_the_form_for_someone_outside_the_team(personas, client_for):
    assert client_for("manager").get(NEW, {"employee": personas.outsider.pk}).status_code == 404


def test_choosing_an_employee_re_renders_the_form_with_their_sheets(personas, client_for):
    sheet = released_sheet(personas.employee)
    response = client_for("manager").get(NEW, {"employee": personas.employee.pk,
                                               "location": "3 楼"},
                                         HTTP_HX_REQUEST="true")
    page = _page(response)
    assert page.startswith("<form") and "<html" not in page
    assert f'value="{sheet.pk}" selected' in page and 'value="3 楼"' in page


@freeze_time(BOOKED_ON)
def test_it_books_and_goes_to_the_interview(personas, client_for):
    sheet, room = released_sheet(personas.employee), make_room()
    client = client_for("manager")
    response = client.post(NEW, _post(personas, sheet, room), follow=True)
    interview = Interview.objects.get()
    assert response.redirect_chain[-1][0] == reverse("interviews:detail", args=[interview.pk])
    assert "已安排面谈" in _page(response)
    assert (interview.host, interview.duration_minutes) == (personas.hr, 60)
    assert timezone.localtime(interview.starts_at).strftime("%Y-%m-%d %H:%M") == (
        "2026-10-19 10:00")


@freeze_time(BOOKED_ON)
def test_a_refusal_keeps_what_was_typed(personas, client_for):
    sheet, room = released_sheet(personas.employee), make_room()
    response = client_for("manager").post(NEW, _post(personas, sheet, room, date="2026-10-14",
                                                     location="请带上笔记本"))
    page = _page(response)
    assert response.status_code == 200 and "通知时间不足" in page
    assert 'value="2026-10-14"' in page and "请带上笔记本" in page
    assert not Interview.objects.exists()


@freeze_time(BOOKED_ON)
def test_it_asks_to_confirm_warnings_and_books_once_confirmed(personas, client_for):
    sheet = released_sheet(personas.employee)
    office = make_room("总经理办公室", leader_office=True)
    client = client_for("manager")
    asked = client.post(NEW, _post(personas, sheet, office))
    assert "我已了解以上提示，仍然安排" in _page(asked) and "领导办公室" in _page(asked)
    assert not Interview.objects.exists()
    warned = asked.context["form"].data["warned"]
    booked = client.post(NEW, _post(personas, sheet, office, confirm="1", warned=warned))
    interview = Interview.objects.get()
    assert booked.status_code == 302
    assert [w["code"] for w in interview.warnings] == ["leader_office"]


@freeze_time(BOOKED_ON)
def test_a_tick_for_other_warnings_does_not_confirm_new_ones(personas, client_for):
    sheet = released_sheet(personas.employee)
    office = make_room("总经理办公室", leader_office=True)
    response = client_for("manager").post(
        NEW, _post(personas, sheet, office, confirm="1", warned="0123456789abcdef"))
    assert response.status_code == 200 and "领导办公室" in _page(response)
    assert not Interview.objects.exists()


# The interview page ----------------------------------------------------------------------

def test_the_employee_is_offered_the_self_assessment_but_not_the_changes(personas, client_for):
    interview = book(personas)
    page = _page(client_for("employee").get(interview.get_absolute_url()))
    assert reverse("interviews:self_assessment", args=[interview.pk]) in page
    assert reverse("interviews:reschedule", args=[interview.pk]) not in page
    assert reverse("interviews:prepare", args=[interview.pk]) not in page
    assert reverse("interviews:record", args=[interview.pk]) not in page  # draft


def test_the_manager_is_offered_preparation_record_and_changes(personas, client_for):
    interview = book(personas, room=make_room("总经理办公室", leader_office=True))
    page = _page(client_for("manager").get(interview.get_absolute_url()))
    for name in ("prepare", "conversation", "reschedule", "cancel", "ics"):
        assert reverse(f"interviews:{name}", args=[interview.pk]) in page, name
    # The record is written once the talk has started (see test_detail_actions).
    assert reverse("interviews:record_edit", args=[interview.pk]) not in page
    assert "领导办公室" in page and "2026-10-12" in page  # the warning and the notice date


# Reschedule and cancel -------------------------------------------------------------------

@freeze_time(BOOKED_ON)
def test_it_reschedules_from_the_prefilled_form(personas, client_for):
    interview = book(personas)
    client = client_for("manager")
    url = reverse("interviews:reschedule", args=[interview.pk])
    form = client.get(url).context["form"]
    assert (form["date"].value(), form["version"].value()) == (dt.date(2026, 10, 19), 1)
    response = client.post(url, {"date": "2026-10-20", "start": "14:30",
                                 "duration_minutes": "90", "room": interview.room_id,
                                 "version": 1})
    assert response.status_code == 302
    interview.refresh_from_db()
    assert (interview.sequence, interview.duration_minutes) == (1, 90)
    stale = client.post(url, {"date": "2026-10-21", "start": "10:00",
                              "duration_minutes": "60", "room": interview.room_id,
                              "version": 1})
    assert "已被他人修改" in _page(stale)
    assert 'value="2026-10-21"' in _page(stale)


def test_a_cancel_needs_a_reason(personas, client_for):
    interview = book(personas)
    client = client_for("manager")
    url = reverse("interviews:cancel", args=[interview.pk])
    assert client.post(url, {"reason": "  ", "version": 1}).status_code == 200
    interview.refresh_from_db()
    assert interview.status == InterviewStatus.SCHEDULED
    response = client.post(url, {"reason": "员工出差", "version": 1})
    assert response.status_code == 302
    interview.refresh_from_db()
    assert (interview.status, interview.cancel_reason) == (InterviewStatus.CANCELLED, "员工出差")
    after = client.get(reverse("interviews:reschedule", args=[interview.pk]), follow=True)
    assert "不能再更改安排" in _page(after)


def test_the_calendar_file_follows_the_interview(personas, client_for):
    interview = book(personas)
    client = client_for("employee")
    url = reverse("interviews:ics", args=[interview.pk])
    response = client.get(url)
    assert response["Content-Type"].startswith("text/calendar; method=REQUEST")
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["METHOD"]) == "REQUEST"
    assert str(next(iter(calendar.walk("VEVENT")))["UID"]) == f"{interview.uid}@candor"
    scheduling.cancel_interview(actor=personas.manager.user, interview=interview, reason="x")
    cancelled = Calendar.from_ical(client.get(url).content)
    assert str(cancelled["METHOD"]) == "CANCEL"
    assert next(iter(cancelled.walk("VEVENT")))["SEQUENCE"] == 1


# Rooms and rules -------------------------------------------------------------------------

def test_hr_adds_and_edits_rooms(personas, client_for):
    client = client_for("hr")
    response = client.post(reverse("interviews:room_new"), {
        "name": "小会议室", "location": "3 楼", "capacity": 4, "is_active": "on"})
    assert response.status_code == 302
    room = Room.objects.get()
    assert AuditEvent.objects.filter(event="interview.room_created",
                                     target_id=str(room.pk)).exists()
    duplicate = client.post(reverse("interviews:room_new"), {"name": "小会议室", "capacity": 4})
    assert "已有名为" in _page(duplicate) and Room.objects.count() == 1
    client.post(reverse("interviews:room_edit", args=[room.pk]), {
        "name": "小会议室", "capacity": 6, "is_leader_office": "on", "version": room.version})
    room.refresh_from_db()
    assert (room.capacity, room.is_leader_office, room.is_active) == (6, True, False)
    assert "小会议室" in _page(client.get(reverse("interviews:rooms")))


def test_hr_changes_the_rules_within_sensible_bounds(personas, client_for):
    client = client_for("hr")
    url = reverse("interviews:policy")
    values = {"notice_workdays": 5, "min_minutes": 30, "max_minutes": 120,
              "default_minutes": 60, "max_days_after_period": 30, "record_due_hours": 24,
              "appeal_window_workdays": 5, "reminder_workdays": 1, "version": 1}
    assert client.post(url, values).status_code == 302
    policy = InterviewPolicy.current()
    assert (policy.notice_workdays, policy.min_minutes, policy.max_minutes) == (5, 30, 120)
    assert AuditEvent.objects.filter(event="interview.policy_updated").count() == 1
    refused = client.post(url, values | {"default_minutes": 150, "version": policy.version})
    assert "默认时长应在 30–120 分钟之间" in _page(refused)
    assert InterviewPolicy.current().default_minutes == 60
