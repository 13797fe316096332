"""Interview reminders: the day-before reminder at 09:00 of the previous working day, once;
cancelled with the interview; and the overdue-record reminder to the manager and the host
only while the draft is still not in (R3.2, R3.7)."""

from __future__ import annotations

import datetime as dt

import pytest
from freezegun import freeze_time

from candor.interviews.models import InterviewType, SelfAssessment
from candor.interviews.services import scheduling
from candor.interviews.tests.factories import SHANGHAI, book, hold, submitted
from candor.notifications import tasks
from candor.notifications.models import Notification, Reminder, ReminderStatus

pytestmark = pytest.mark.django_db


def _reminder(interview, what: str) -> Reminder:
    return Reminder.objects.get(key=f"interview:{interview.pk}:{what}")


def _deliver(reminder: Reminder, capture, *, at: dt.datetime | None = None) -> str:
    with freeze_time(at or reminder.due_at + dt.timedelta(minutes=1)), capture(execute=True):
        return tasks.deliver(reminder.pk)


def _recipients(smtp_server) -> list[str]:
    return sorted(m["X-Envelope-To"] for m in smtp_server)


def test_the_reminder_is_due_at_nine_on_the_previous_working_day(personas):
    # Monday 12 Oct 2026: the working day before is Saturday 10 Oct (made up for National Day).
    interview = book(personas, kind=InterviewType.DEVELOPMENT,
                     now=dt.datetime(2026, 10, 8, 9, 0, tzinfo=SHANGHAI),
                     starts_at=dt.datetime(2026, 10, 12, 14, 0, tzinfo=SHANGHAI))
    reminder = _reminder(interview, "upcoming")
    assert reminder.due_at == dt.datetime(2026, 10, 10, 9, 0, tzinfo=SHANGHAI)
    assert (reminder.kind, reminder.status) == ("interview.upcoming", ReminderStatus.PENDING)
    overdue = _reminder(interview, "record_overdue")
    assert overdue.due_at == interview.ends_at + dt.timedelta(hours=24)


def test_a_reschedule_moves_the_reminder(personas):
    interview = book(personas)  # Monday 19 Oct → Friday 16 Oct
    assert _reminder(interview, "upcoming").due_at == dt.datetime(2026, 10, 16, 9, 0,
                                                                   tzinfo=SHANGHAI)
    scheduling.reschedule_interview(
        actor=personas.manager.user, interview=interview, room=interview.room,
        starts_at=dt.datetime(2026, 10, 21, 10, 0, tzinfo=SHANGHAI), duration_minutes=60,
        now=dt.datetime(2026, 10, 12, 9, 0, tzinfo=SHANGHAI))
    assert _reminder(interview, "upcoming").due_at == dt.datetime(2026, 10, 20, 9, 0,
                                                                   tzinfo=SHANGHAI)


def test_it_reminds_all_three_once_however_often_it_runs(
        personas, smtp_server, django_capture_on_commit_callbacks):
    interview = book(personas)
    reminder = _reminder(interview, "upcoming")
    capture = django_capture_on_commit_callbacks
    assert _deliver(reminder, capture) == ReminderStatus.SENT
    assert _deliver(reminder, capture) == ""
    assert _recipients(smtp_server) == ["employee@example.com", "hr@example.com",
                                        "manager@example.com"]
    to_employee = next(m for m in smtp_server if m["X-Envelope-To"] == "employee@example.com")
    body = to_employee.get_body(preferencelist=("plain",)).get_content()
    assert "自我评估尚未提交" in body
    assert f"/interviews/{interview.pk}/self-assessment/" in body
    assert Notification.objects.filter(recipient=personas.employee.user,
                                       kind="interview.upcoming").count() == 1


def test_it_does_not_ask_for_a_self_assessment_already_submitted(
        personas, smtp_server, django_capture_on_commit_callbacks):
    interview = book(personas)
    SelfAssessment.objects.create(interview=interview, performance="…",
                                  submitted_at=interview.starts_at - dt.timedelta(days=2))
    _deliver(_reminder(interview, "upcoming"), django_capture_on_commit_callbacks)
    to_employee = next(m for m in smtp_server if m["X-Envelope-To"] == "employee@example.com")
    body = to_employee.get_body(preferencelist=("plain",)).get_content()
    assert "自我评估尚未提交" not in body
    to_manager = next(m for m in smtp_server if m["X-Envelope-To"] == "manager@example.com")
    assert "员工已提交自我评估" in to_manager.get_body(preferencelist=("plain",)).get_content()


def test_cancelling_the_interview_cancels_its_reminders(
        personas, smtp_server, django_capture_on_commit_callbacks):
    interview = book(personas)
    scheduling.cancel_interview(actor=personas.manager.user, interview=interview,
                                reason="员工请假")
    reminder = _reminder(interview, "upcoming")
    assert reminder.status == ReminderStatus.CANCELLED
    assert _reminder(interview, "record_overdue").status == ReminderStatus.CANCELLED
    assert _deliver(reminder, django_capture_on_commit_callbacks) == ""
    assert smtp_server == []


def test_it_skips_the_reminder_once_the_interview_has_started(
        personas, smtp_server, django_capture_on_commit_callbacks):
    interview = book(personas)
    scheduling.start_conversation(actor=personas.manager.user, interview=interview,
                                  now=interview.starts_at - dt.timedelta(days=3))
    reminder = _reminder(interview, "upcoming")
    assert _deliver(reminder, django_capture_on_commit_callbacks) == ReminderStatus.SKIPPED
    assert smtp_server == []


def test_a_late_draft_is_flagged_to_the_manager_and_the_host(
        personas, smtp_server, django_capture_on_commit_callbacks):
    interview = hold(book(personas))
    reminder = _reminder(interview, "record_overdue")
    assert reminder.due_at == interview.ended_at + dt.timedelta(hours=24)
    assert _deliver(reminder, django_capture_on_commit_callbacks) == ReminderStatus.SENT
    assert _recipients(smtp_server) == ["hr@example.com", "manager@example.com"]
    assert all("面谈记录逾期未完成" in str(m["Subject"]) for m in smtp_server)
    body = smtp_server[0].get_body(preferencelist=("plain",)).get_content()
    due = reminder.due_at.astimezone(SHANGHAI)
    assert f"{due:%Y-%m-%d %H:%M}" in body
    assert f"/interviews/{interview.pk}/record/edit/" in body


def test_a_submitted_record_is_not_flagged(
        personas, smtp_server, django_capture_on_commit_callbacks):
    record = submitted(personas)
    reminder = _reminder(record.interview, "record_overdue")
    assert reminder.status == ReminderStatus.CANCELLED
    assert _deliver(reminder, django_capture_on_commit_callbacks) == ""
    # A worker that claimed it just before the submission still finds nothing to say.
    Reminder.objects.filter(pk=reminder.pk).update(status=ReminderStatus.PENDING)
    assert _deliver(reminder, django_capture_on_commit_callbacks) == ReminderStatus.SKIPPED
    assert smtp_server == []
    reminder.refresh_from_db()
    assert reminder.note
