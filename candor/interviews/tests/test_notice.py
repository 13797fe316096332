"""Scheduling rules (R3.2, R3.9): notice in working days on the Chinese statutory calendar
(make-up workdays count, holidays do not, HR's table covers 2027), duration bounds, the
month after the period, double bookings, leader's offices, and who hosts."""

from __future__ import annotations

import datetime as dt

import pytest

from candor.core.errors import DomainError
from candor.core.testing import make_department, make_employee
from candor.interviews.models import Interview, InterviewPolicy, InterviewType
from candor.interviews.services import rules, scheduling
from candor.interviews.tests.factories import SHANGHAI, make_room, released_sheet
from candor.org.models import HrRole
from candor.workdays.models import CalendarDay, DayKind

pytestmark = pytest.mark.django_db


def _at(day: str, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), tzinfo=SHANGHAI)


def _book(personas, *, told: str, on: str, kind: str = InterviewType.DEVELOPMENT,
          employee=None, sheet=None, minutes: int = 60, room=None, confirm: bool = False,
          actor=None, hour: int = 10) -> Interview:
    employee = employee or personas.employee
    return scheduling.schedule_interview(
        actor=actor or personas.hr.user, employee=employee, kind=kind, sheet=sheet,
        starts_at=_at(on, hour), duration_minutes=minutes, room=room or make_room(),
        confirm=confirm, now=_at(told, 9))


def _earliest(told: str) -> dt.date:
    return rules.earliest_date(dt.date.fromisoformat(told), InterviewPolicy.current())


def _refused(personas, code: str, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as refused:
        _book(personas, **kwargs)
    assert refused.value.code == code
    return refused.value


# Notice around the 2026 National Day holiday (1–7 Oct; Sat 10 Oct and Sun 20 Sep worked).

def test_it_skips_the_national_day_holiday_when_counting_notice(personas):
    assert _earliest("2026-09-29") == dt.date(2026, 10, 9)
    refusal = _refused(personas, "notice", told="2026-09-29", on="2026-10-08")
    assert "2026-10-09" in str(refusal.message)
    assert _book(personas, told="2026-09-29", on="2026-10-09").starts_at == _at("2026-10-09")


def test_it_counts_the_make_up_saturday_after_national_day(personas):
    # Told Thu 8 Oct: Fri 9, Sat 10 (worked), Mon 12; Mon–Fri counting would give Tue 13.
    assert _earliest("2026-10-08") == dt.date(2026, 10, 12)
    _refused(personas, "notice", told="2026-10-08", on="2026-10-10")
    interview = _book(personas, told="2026-10-08", on="2026-10-12")
    assert interview.notice_given_on == dt.date(2026, 10, 8)


def test_it_counts_the_make_up_sunday_before_national_day(personas):
    # Told Thu 17 Sep: Fri 18, Sun 20 (worked), Mon 21.
    assert _earliest("2026-09-17") == dt.date(2026, 9, 21)
    _refused(personas, "notice", told="2026-09-17", on="2026-09-20")
    _book(personas, told="2026-09-17", on="2026-09-21")


# Spring Festival 2026: 15–23 Feb off, Sat 14 Feb and Sat 28 Feb worked.

def test_it_skips_the_spring_festival_holiday(personas):
    # Told Thu 12 Feb: Fri 13, Sat 14 (worked), then nine days off, Tue 24.
    assert _earliest("2026-02-12") == dt.date(2026, 2, 24)
    _refused(personas, "notice", told="2026-02-12", on="2026-02-23")
    _book(personas, told="2026-02-12", on="2026-02-24")


def test_it_books_on_a_make_up_saturday_without_a_rest_day_warning(personas):
    # Told Wed 11 Feb: Thu 12, Fri 13, Sat 14 (a working day before the festival).
    assert _earliest("2026-02-11") == dt.date(2026, 2, 14)
    _refused(personas, "notice", told="2026-02-11", on="2026-02-13")
    interview = _book(personas, told="2026-02-11", on="2026-02-14")
    assert interview.warnings == []


def test_it_warns_about_a_plain_weekend_day(personas):
    with pytest.raises(scheduling.NeedsConfirmation) as asked:
        _book(personas, told="2026-10-12", on="2026-10-17")
    assert [w["code"] for w in asked.value.warnings] == ["rest_day"]


# 2027: chinesecalendar stops at 2026, HR's table takes over.

def test_it_counts_2027_by_weekdays_when_the_table_is_empty(personas):
    assert _earliest("2027-02-04") == dt.date(2027, 2, 9)
    interview = _book(personas, told="2027-02-04", on="2027-02-09")
    assert interview.record.due_at > interview.ends_at


def test_it_follows_the_table_for_2027(personas):
    CalendarDay.objects.create(date=dt.date(2027, 2, 6), kind=DayKind.WORKDAY, name="春节调休")
    for day in range(8, 13):
        CalendarDay.objects.create(date=dt.date(2027, 2, day), kind=DayKind.HOLIDAY,
                                   name="春节")
    assert _earliest("2027-02-03") == dt.date(2027, 2, 6)  # the worked Saturday
    assert _earliest("2027-02-04") == dt.date(2027, 2, 15)  # Fri 5, Sat 6, Mon 15
    _refused(personas, "notice", told="2027-02-04", on="2027-02-09")
    interview = _book(personas, told="2027-02-04", on="2027-02-15")
    assert interview.warnings == []


def test_a_longer_notice_in_the_rules_moves_the_earliest_date(personas):
    policy = InterviewPolicy.current()
    policy.notice_workdays = 5
    policy.save()
    assert _earliest("2026-10-12") == dt.date(2026, 10, 19)
    _refused(personas, "notice", told="2026-10-12", on="2026-10-16")


# Duration.

@pytest.mark.parametrize(("minutes", "allowed"), [(44, False), (45, True), (90, True),
                                                   (91, False)])
def test_it_keeps_the_duration_within_the_rules(personas, minutes, allowed):
    if allowed:
        assert _book(personas, told="2026-10-12", on="2026-10-19",
                     minutes=minutes).duration_minutes == minutes
    else:
        refusal = _refused(personas, "duration", told="2026-10-12", on="2026-10-19",
                           minutes=minutes)
        assert "45–90" in str(refusal.message)


# The month after the period (Q3 2026 ends 30 Sep).

def test_it_asks_to_confirm_an_interview_more_than_a_month_after_the_period(personas):
    sheet = released_sheet(personas.employee)
    with pytest.raises(scheduling.NeedsConfirmation) as asked:
        _book(personas, told="2026-10-26", on="2026-11-02", kind=InterviewType.REGULAR,
              sheet=sheet)
    assert asked.value.warnings == [{"code": "late", "period_end": "2026-09-30", "days": 33,
                                     "limit": 30}]
    interview = _book(personas, told="2026-10-26", on="2026-11-02",
                      kind=InterviewType.REGULAR, sheet=sheet, confirm=True)
    assert [w["code"] for w in interview.warnings] == ["late"]
    assert "33" in rules.warning_text(interview.warnings[0])


def test_it_does_not_warn_within_the_month(personas):
    sheet = released_sheet(personas.employee)
    interview = _book(personas, told="2026-10-26", on="2026-10-30",
                      kind=InterviewType.REGULAR, sheet=sheet)
    assert interview.warnings == []


def test_it_requires_a_released_sheet_for_a_regular_review(personas):
    _refused(personas, "sheet", told="2026-10-12", on="2026-10-19", kind=InterviewType.REGULAR)


# Conflicts and the room.

def test_it_flags_a_double_booked_manager(personas):
    colleague = make_employee("周杰", department=personas.tech, manager=personas.manager)
    _book(personas, told="2026-10-12", on="2026-10-19")
    with pytest.raises(scheduling.NeedsConfirmation) as asked:
        _book(personas, told="2026-10-12", on="2026-10-19", employee=colleague)
    busy = {w["person"] for w in asked.value.warnings if w["code"] == "person_busy"}
    assert busy == {"王强", "刘洋"}  # the same manager, and the same host by the rule


def test_it_flags_a_double_booked_room(personas):
    room = make_room("小会议室")
    first = _book(personas, told="2026-10-12", on="2026-10-19", room=room)
    with pytest.raises(scheduling.NeedsConfirmation) as asked:
        _book(personas, told="2026-10-12", on="2026-10-19", employee=personas.outsider,
              room=room, hour=10)
    rooms = [w for w in asked.value.warnings if w["code"] == "room_busy"]
    assert rooms == [{"code": "room_busy", "room": "小会议室", "at": "10:00",
                      "interview": first.pk}]


def test_back_to_back_interviews_do_not_conflict(personas):
    room = make_room("小会议室")
    _book(personas, told="2026-10-12", on="2026-10-19", room=room, hour=10)
    second = _book(personas, told="2026-10-12", on="2026-10-19", room=room, hour=11,
                   employee=personas.outsider)
    assert second.warnings == []


def test_it_does_not_count_a_cancelled_interview_as_a_conflict(personas):
    room = make_room("小会议室")
    first = _book(personas, told="2026-10-12", on="2026-10-19", room=room)
    scheduling.cancel_interview(actor=personas.hr.user, interview=first, reason="改期")
    second = _book(personas, told="2026-10-12", on="2026-10-19", room=room,
                   employee=personas.outsider)
    assert second.warnings == []


def test_it_flags_a_leaders_office(personas):
    office = make_room("总经理办公室", leader_office=True)
    with pytest.raises(scheduling.NeedsConfirmation) as asked:
        _book(personas, told="2026-10-12", on="2026-10-19", room=office)
    assert asked.value.warnings == [{"code": "leader_office", "room": "总经理办公室"}]
    assert "领导办公室" in rules.warning_text(asked.value.warnings[0])


# Who hosts.

def test_the_specialist_hosts_a_middle_manager(personas):
    interview = _book(personas, told="2026-10-12", on="2026-10-19",
                      employee=personas.manager, actor=personas.second_line.user)
    assert interview.host == personas.hr


def test_the_departments_clerk_hosts_staff(personas):
    clerk = make_employee("吴芳", department=personas.tech, manager=personas.manager,
                          hr_role=HrRole.CLERK)
    clerk.hr_departments.set([personas.tech])
    assert rules.default_host(personas.employee) == clerk
    interview = _book(personas, told="2026-10-12", on="2026-10-19")
    assert interview.host == clerk


def test_a_clerk_of_the_parent_department_hosts_staff_below_it(personas):
    clerk = make_employee("吴芳", department=personas.tech, hr_role=HrRole.CLERK)
    clerk.hr_departments.set([personas.tech])
    team = make_department("测试组", parent=personas.tech)
    tester = make_employee("郑爽", department=team, manager=personas.manager)
    assert rules.default_host(tester) == clerk
    # A middle manager in that department is still hosted by the specialist.
    assert rules.default_host(personas.manager) == personas.hr


def test_the_specialist_hosts_staff_where_no_clerk_is_assigned(personas):
    assert rules.default_host(personas.outsider) == personas.hr
    interview = _book(personas, told="2026-10-12", on="2026-10-19",
                      employee=personas.outsider)
    assert interview.host == personas.hr


def test_hr_may_choose_another_host_but_a_manager_may_not(personas):
    clerk = make_employee("吴芳", department=personas.service, hr_role=HrRole.CLERK)
    by_hr = scheduling.schedule_interview(
        actor=personas.hr.user, employee=personas.employee, kind=InterviewType.DEVELOPMENT,
        starts_at=_at("2026-10-19"), duration_minutes=60, room=make_room(), host=clerk,
        now=_at("2026-10-12", 9))
    assert by_hr.host == clerk
    by_manager = scheduling.schedule_interview(
        actor=personas.manager.user, employee=personas.employee,
        kind=InterviewType.DEVELOPMENT, starts_at=_at("2026-10-20"), duration_minutes=60,
        room=make_room(), host=clerk, now=_at("2026-10-12", 9))
    assert by_manager.host == personas.hr
