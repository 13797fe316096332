"""Reminders: scheduled per event, delivered exactly once, even by a worker that runs twice."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone
from django.utils.translation import gettext
from django_tasks_db.models import DBTaskResult

from candor.notifications import services, tasks
from candor.notifications.models import Notification, Reminder, ReminderStatus
from candor.org.models import Employee


@services.register_reminder("tests.nudge")
def _nudge(reminder: Reminder, target: Employee) -> bool | str:
    if target.name == "已完成":
        return "record already submitted"
    services.notify(recipients=[target], kind="tests.nudge", url="/interviews/",
                    message=lambda: (gettext("首页"), reminder.key))
    return True


@services.register_reminder("tests.broken")
def _broken(reminder: Reminder, target: Employee) -> bool:
    raise RuntimeError("handler failed")


def _ago(minutes: int) -> dt.datetime:
    return timezone.now() - dt.timedelta(minutes=minutes)


def _in(minutes: int) -> dt.datetime:
    return timezone.now() + dt.timedelta(minutes=minutes)


def _schedule(target, *, due_at, key="interview:12:upcoming", kind="tests.nudge"):
    return services.schedule_reminder(key=key, kind=kind, target=target, due_at=due_at)


def _deliver(reminder: Reminder, capture) -> str:
    with capture(execute=True):
        return tasks.deliver(reminder.pk)


def test_it_delivers_a_due_reminder_once_however_often_it_runs(
        personas, smtp_server, django_capture_on_commit_callbacks):
    reminder = _schedule(personas.employee, due_at=_ago(1))
    assert _deliver(reminder, django_capture_on_commit_callbacks) == ReminderStatus.SENT
    assert _deliver(reminder, django_capture_on_commit_callbacks) == ""
    assert [m["Subject"] for m in smtp_server] == ["首页"]
    assert Notification.objects.filter(recipient=personas.employee.user).count() == 1
    reminder.refresh_from_db()
    assert (reminder.status, reminder.attempts) == (ReminderStatus.SENT, 1)
    assert reminder.sent_at is not None


def test_it_does_not_deliver_before_the_due_time(
        personas, smtp_server, django_capture_on_commit_callbacks):
    reminder = _schedule(personas.employee, due_at=_in(60))
    assert _deliver(reminder, django_capture_on_commit_callbacks) == ""
    assert smtp_server == []


def test_a_reschedule_to_later_makes_the_early_run_a_no_op(
        personas, smtp_server, django_capture_on_commit_callbacks):
    reminder = _schedule(personas.employee, due_at=_ago(1))
    _schedule(personas.employee, due_at=_in(60))
    assert _deliver(reminder, django_capture_on_commit_callbacks) == ""
    assert smtp_server == []
    assert Reminder.objects.get().status == ReminderStatus.PENDING


def test_scheduling_the_same_event_again_changes_nothing(
        personas, django_capture_on_commit_callbacks):
    due = _ago(1)
    with django_capture_on_commit_callbacks(execute=True):
        first = _schedule(personas.employee, due_at=due)
    Reminder.objects.filter(pk=first.pk).update(status=ReminderStatus.SENT)
    with django_capture_on_commit_callbacks(execute=True):
        again = _schedule(personas.employee, due_at=due)
    assert again.pk == first.pk and again.status == ReminderStatus.SENT
    assert DBTaskResult.objects.count() == 1  # queued once, for its due time
    assert DBTaskResult.objects.get().run_after == due


def test_a_rescheduled_event_is_a_new_reminder(personas, django_capture_on_commit_callbacks):
    first = _schedule(personas.employee, due_at=_ago(10))
    Reminder.objects.filter(pk=first.pk).update(status=ReminderStatus.SENT,
                                                sent_at=timezone.now())
    later = _in(30)
    with django_capture_on_commit_callbacks(execute=True):
        moved = _schedule(personas.employee, due_at=later)
    assert (moved.pk, moved.status, moved.due_at, moved.sent_at) == (
        first.pk, ReminderStatus.PENDING, later, None)
    assert DBTaskResult.objects.get().run_after == later


def test_cancelling_an_event_cancels_only_its_pending_reminders(
        personas, smtp_server, django_capture_on_commit_callbacks):
    upcoming = _schedule(personas.employee, due_at=_ago(1), key="interview:1:upcoming")
    sent = _schedule(personas.employee, due_at=_ago(5), key="interview:1:record")
    Reminder.objects.filter(pk=sent.pk).update(status=ReminderStatus.SENT)
    other = _schedule(personas.employee, due_at=_ago(1), key="interview:12:upcoming")
    assert services.cancel_reminders(key_prefix="interview:1:") == 1
    statuses = dict(Reminder.objects.values_list("key", "status"))
    assert statuses == {"interview:1:upcoming": ReminderStatus.CANCELLED,
                        "interview:1:record": ReminderStatus.SENT,
                        "interview:12:upcoming": ReminderStatus.PENDING}
    assert _deliver(upcoming, django_capture_on_commit_callbacks) == ""
    assert _deliver(other, django_capture_on_commit_callbacks) == ReminderStatus.SENT
    assert len(smtp_server) == 1


def test_the_handler_may_skip_a_reminder_with_a_reason(
        personas, smtp_server, django_capture_on_commit_callbacks):
    personas.employee.name = "已完成"
    personas.employee.save()
    reminder = _schedule(personas.employee, due_at=_ago(1))
    assert _deliver(reminder, django_capture_on_commit_callbacks) == ReminderStatus.SKIPPED
    reminder.refresh_from_db()
    assert (reminder.note, reminder.sent_at) == ("record already submitted", None)
    assert smtp_server == []


def test_a_reminder_about_a_deleted_object_is_skipped(
        personas, smtp_server, django_capture_on_commit_callbacks):
    reminder = _schedule(personas.employee, due_at=_ago(1))
    Reminder.objects.filter(pk=reminder.pk).update(target_id=10**9)
    assert _deliver(reminder, django_capture_on_commit_callbacks) == ReminderStatus.SKIPPED
    assert Reminder.objects.get().note
    assert smtp_server == []


def test_a_failing_handler_leaves_the_reminder_pending_for_the_sweep(personas):
    reminder = _schedule(personas.employee, due_at=_ago(1), kind="tests.broken")
    with pytest.raises(RuntimeError):
        tasks.deliver(reminder.pk)
    reminder.refresh_from_db()
    assert (reminder.status, reminder.attempts) == (ReminderStatus.PENDING, 1)
    assert "handler failed" in reminder.note
    assert tasks.enqueue_due_reminders() == 1
    Reminder.objects.filter(pk=reminder.pk).update(attempts=tasks.MAX_ATTEMPTS)
    assert tasks.enqueue_due_reminders() == 0  # left to an operator


def test_the_sweep_queues_only_due_pending_reminders(personas):
    _schedule(personas.employee, due_at=_ago(1), key="a:due")
    _schedule(personas.employee, due_at=_in(60), key="a:later")
    _schedule(personas.employee, due_at=_ago(1), key="b:due")
    services.cancel_reminders(key_prefix="b:")
    call_command("send_reminders", verbosity=0)
    assert [t.task_result.args for t in DBTaskResult.objects.all()] == [
        [Reminder.objects.get(key="a:due").pk]]


def _run_worker() -> None:
    call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay", "--interval=0",
                 verbosity=0)


@pytest.mark.django_db(transaction=True)
def test_the_real_worker_sends_each_reminder_once_even_when_everything_runs_twice(
        personas, smtp_server):
    upcoming, record = _ago(2), _ago(1)  # derived from the interview's time: stable
    for _ in range(2):  # the scheduling job runs twice
        _schedule(personas.employee, due_at=upcoming, key="interview:12:upcoming")
        _schedule(personas.employee, due_at=record, key="interview:12:record")
    call_command("send_reminders", verbosity=0)  # the sweep queues duplicates
    assert DBTaskResult.objects.count() == 4
    _run_worker()
    _run_worker()
    assert sorted(m.get_body(("plain",)).get_content().strip() for m in smtp_server) == [
        "interview:12:record", "interview:12:upcoming"]
    assert set(Reminder.objects.values_list("status", flat=True)) == {ReminderStatus.SENT}
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}


@pytest.mark.django_db(transaction=True)
def test_the_real_worker_waits_for_a_rescheduled_reminder(personas, smtp_server):
    _schedule(personas.employee, due_at=_ago(1))
    _schedule(personas.employee, due_at=_in(60))  # moved before the worker got to it
    _run_worker()
    assert smtp_server == []
    assert Reminder.objects.get().status == ReminderStatus.PENDING
    assert DBTaskResult.objects.filter(status="READY").count() == 1  # the one for later
