"""Booking, moving and cancelling through the services (R3.2), and HR's settings services:
who may do it, what is kept in step (record deadline, calendar sequence), what is audited."""

from __future__ import annotations

import datetime as dt

import pytest

from candor.core.errors import ConcurrentEdit, DomainError, InvalidTransition
from candor.core.models import AuditEvent
from candor.interviews.models import InterviewPolicy, InterviewStatus, InterviewType
from candor.interviews.services import scheduling
from candor.interviews.services import settings as interview_settings
from candor.interviews.tests.factories import BOOKED_ON, SHANGHAI, STARTS_AT, book, make_room

pytestmark = pytest.mark.django_db

LATER = dt.datetime(2026, 10, 21, 15, 0, tzinfo=SHANGHAI)


def _move(personas, interview, **kwargs):
    values = {"actor": personas.manager.user, "interview": interview, "starts_at": LATER,
              "duration_minutes": 60, "room": interview.room, "now": BOOKED_ON} | kwargs
    return scheduling.reschedule_interview(**values)


def test_booking_sets_the_record_deadline_and_audits(personas):
    interview = book(personas)
    assert interview.record.due_at == STARTS_AT + dt.timedelta(minutes=60, hours=24)
    event = AuditEvent.objects.get(event="interview.scheduled")
    assert event.data["host"] == "刘洋" and event.data["minutes"] == 60


def test_nobody_books_their_own_interview_or_someone_out_of_reach(personas):
    for actor, employee in ((personas.employee.user, personas.employee),
                            (personas.manager.user, personas.outsider),
                            (personas.committee.user, personas.employee)):
        with pytest.raises(DomainError) as refused:
            scheduling.schedule_interview(
                actor=actor, employee=employee, kind=InterviewType.DEVELOPMENT,
                starts_at=STARTS_AT, duration_minutes=60, room=make_room(), now=BOOKED_ON)
        assert refused.value.code == "forbidden"


def test_it_needs_a_room_or_a_place(personas):
    with pytest.raises(DomainError) as refused:
        scheduling.schedule_interview(
            actor=personas.manager.user, employee=personas.employee,
            kind=InterviewType.DEVELOPMENT, starts_at=STARTS_AT, duration_minutes=60,
            location="  ", now=BOOKED_ON)
    assert refused.value.code == "place"
    interview = scheduling.schedule_interview(
        actor=personas.manager.user, employee=personas.employee,
        kind=InterviewType.DEVELOPMENT, starts_at=STARTS_AT, duration_minutes=60,
        location="3 楼小会议室", now=BOOKED_ON)
    assert interview.place == "3 楼小会议室"


def test_a_reschedule_moves_the_deadline_and_raises_the_sequence(personas):
    interview = _move(personas, book(personas), duration_minutes=90)
    assert (interview.sequence, interview.version) == (1, 2)
    interview.record.refresh_from_db()
    assert interview.record.due_at == LATER + dt.timedelta(minutes=90, hours=24)
    event = AuditEvent.objects.get(event="interview.rescheduled")
    assert dt.datetime.fromisoformat(event.data["before"]["starts_at"]) == STARTS_AT


def test_a_reschedule_from_a_stale_page_is_refused(personas):
    interview = book(personas)
    _move(personas, interview, version=1)
    with pytest.raises(ConcurrentEdit):
        _move(personas, interview, version=1, starts_at=LATER + dt.timedelta(days=1))


def test_a_reschedule_keeps_the_notice_rule(personas):
    interview = book(personas)
    with pytest.raises(DomainError) as refused:
        _move(personas, interview, starts_at=dt.datetime(2026, 10, 13, 10, 0, tzinfo=SHANGHAI))
    assert refused.value.code == "notice"


def test_a_reschedule_into_a_closed_room_is_refused(personas):
    interview = book(personas)
    closed = make_room("旧会议室")
    closed.is_active = False
    closed.save()
    with pytest.raises(DomainError):
        _move(personas, interview, room=closed)
    assert _move(personas, interview).room == interview.room  # its own room stays usable


def test_a_cancelled_interview_can_be_neither_moved_nor_cancelled_again(personas):
    interview = book(personas)
    with pytest.raises(DomainError) as refused:
        scheduling.cancel_interview(actor=personas.manager.user, interview=interview,
                                    reason=" ")
    assert refused.value.code == "reason"
    scheduling.cancel_interview(actor=personas.manager.user, interview=interview,
                                reason="员工请假")
    interview.refresh_from_db()
    assert (interview.status, interview.sequence) == (InterviewStatus.CANCELLED, 1)
    with pytest.raises(InvalidTransition):
        _move(personas, interview)
    with pytest.raises(InvalidTransition):
        scheduling.cancel_interview(actor=personas.manager.user, interview=interview,
                                    reason="再次取消")


def test_only_hr_changes_rooms_and_rules(personas):
    with pytest.raises(DomainError):
        interview_settings.save_room(actor=personas.manager.user, data={"name": "A"})
    with pytest.raises(DomainError):
        interview_settings.save_policy(actor=personas.manager.user,
                                       data={"notice_workdays": 1})
    room = interview_settings.save_room(actor=personas.hr.user, data={"name": " A ",
                                                                       "capacity": 3})
    assert (room.name, room.capacity, room.is_active) == ("A", 3, True)


def test_a_rule_change_applies_to_the_next_booking(personas):
    interview_settings.save_policy(actor=personas.hr.user, data={
        "min_minutes": 30, "default_minutes": 40, "max_minutes": 60})
    assert InterviewPolicy.current().min_minutes == 30
    assert book(personas, minutes=30).duration_minutes == 30
    with pytest.raises(DomainError) as refused:
        book(personas, minutes=75)
    assert refused.value.code == "duration"


def test_the_rules_refuse_a_default_outside_the_range(personas):
    with pytest.raises(DomainError):
        interview_settings.save_policy(actor=personas.hr.user, data={"default_minutes": 120})
    with pytest.raises(DomainError):
        interview_settings.save_policy(actor=personas.hr.user,
                                       data={"min_minutes": 100, "max_minutes": 90})
    assert InterviewPolicy.current().default_minutes == 60
