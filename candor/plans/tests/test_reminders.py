"""Plan reminders: due on the working day before, to the owner in their language, sent once
by the real task worker however often scheduling runs, and not sent when nothing is due any
more."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.translation import gettext

from candor.interviews.models import InterviewPolicy
from candor.notifications import tasks
from candor.notifications.models import Notification, Reminder, ReminderStatus
from candor.plans.models import Checkpoint, Plan, PlanStatus
from candor.plans.reminders import due_time, schedule_plan_reminders
from candor.plans.services.tracking import deliver_commitment, record_progress
from candor.plans.tests.factories import make_plan

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _day(offset: int) -> str:
    """A date relative to the real clock, as typed in the record (reminders run on it)."""
    return (timezone.localdate() + dt.timedelta(days=offset)).isoformat()


def _due_plan(personas, *, support: list[dict] | None = None) -> Plan:
    """Two measures and three checkpoints whose reminders are due now; the measures' own
    deadlines (and their reminders) are weeks away."""
    measures = [
        {"measure": "每月完成 1 门数据分析课程", "owner": "张伟", "deadline": _day(60),
         "checkpoints": f"{_day(-10)} 复核样本；{_day(-3)} 提交初稿"},
        {"measure": "季度末前独立完成 1 份客户流失分析报告", "owner": "王强",
         "deadline": _day(60), "checkpoints": f"{_day(-5)} 评审初稿"},
    ]
    return make_plan(personas, measures=measures, support=support or [])


def _checkpoint_reminders(plan: Plan):
    return Reminder.objects.filter(key__startswith=f"plan:{plan.pk}:checkpoint:")


def _run_worker() -> None:
    call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay", "--interval=0",
                 verbosity=0)


def _subject(checkpoint: Checkpoint, language: str) -> str:
    with translation.override(language):
        return gettext("检查点提醒：%(date)s %(text)s") % {
            "date": checkpoint.date.isoformat(), "text": checkpoint.text[:40]}


@pytest.mark.django_db(transaction=True)
def test_the_real_worker_sends_each_checkpoint_reminder_once_even_when_scheduling_runs_twice(
        personas, smtp_server):
    employee = personas.employee.user
    employee.language = "en"
    employee.save(update_fields=["language"])
    plan = _due_plan(personas)
    checkpoints = list(Checkpoint.objects.filter(measure__plan=plan).select_related("measure"))
    assert len(checkpoints) == 3
    mail_before = len(smtp_server)  # the interview's own invitations and notices

    call_command("schedule_plan_reminders", verbosity=0)
    call_command("schedule_plan_reminders", verbosity=0)
    _run_worker()
    _run_worker()
    call_command("schedule_plan_reminders", verbosity=0)  # again, after delivery
    _run_worker()

    sent = smtp_server[mail_before:]
    by_owner = {}
    for message in sent:
        by_owner.setdefault(message["X-Envelope-To"], []).append(str(message["Subject"]).strip())
    zhang, wang = personas.employee, personas.manager
    expected = {
        zhang.email: sorted(_subject(c, "en") for c in checkpoints
                            if c.measure.owner_id == zhang.pk),
        wang.email: sorted(_subject(c, "zh-hans") for c in checkpoints
                           if c.measure.owner_id == wang.pk),
    }
    assert {to: sorted(subjects) for to, subjects in by_owner.items()} == expected
    assert len(expected[zhang.email]) == 2 and len(expected[wang.email]) == 1
    inbox = Notification.objects.filter(kind="plan.checkpoint")
    assert sorted(inbox.values_list("recipient__username", flat=True)) == sorted(
        [zhang.user.username] * 2 + [wang.user.username])
    assert set(_checkpoint_reminders(plan).values_list("status", flat=True)) == {
        ReminderStatus.SENT}
    deadlines = Reminder.objects.filter(key__startswith=f"plan:{plan.pk}:measure:")
    assert set(deadlines.values_list("status", flat=True)) == {ReminderStatus.PENDING}


def test_a_checkpoint_is_reminded_at_nine_on_the_working_day_before(personas):
    """The 2026 National Day holiday: Saturday 10 October is a make-up working day, so a
    checkpoint on Monday the 12th is reminded then; one on Thursday the 8th (the first
    working day after the holiday) is reminded on 30 September."""
    plan = make_plan(personas, support=[], measures=[
        {"measure": "完成 2 份复盘报告", "owner": "张伟", "deadline": "2026-12-31",
         "checkpoints": "2026-10-08 节后复盘；2026-10-12 提交初稿"}])
    due = {c.text: r.due_at for c in Checkpoint.objects.filter(measure__plan=plan)
           for r in Reminder.objects.filter(key=f"plan:{plan.pk}:checkpoint:{c.pk}:due")}
    assert due == {"节后复盘": dt.datetime(2026, 9, 30, 9, 0, tzinfo=SHANGHAI),
                   "提交初稿": dt.datetime(2026, 10, 10, 9, 0, tzinfo=SHANGHAI)}
    deadline = Reminder.objects.get(key__endswith=":deadline")
    assert deadline.due_at == dt.datetime(2026, 12, 30, 9, 0, tzinfo=SHANGHAI)


def test_hr_can_ask_for_reminders_more_working_days_ahead(personas):
    policy = InterviewPolicy.current()
    policy.reminder_workdays = 2
    policy.save()
    assert due_time(dt.date(2026, 10, 12)) == dt.datetime(2026, 10, 9, 9, 0, tzinfo=SHANGHAI)


def test_scheduling_again_keeps_one_reminder_per_event(personas):
    plan = _due_plan(personas, support=[
        {"commitment": "安排 IT 测试环境", "owner": "王强", "due": _day(30)}])
    mine = Reminder.objects.filter(key__startswith=f"plan:{plan.pk}:")
    keys = sorted(mine.values_list("key", "due_at"))
    assert schedule_plan_reminders(plan) == 6  # 2 deadlines, 3 checkpoints, 1 commitment
    call_command("schedule_plan_reminders", verbosity=0)
    assert sorted(mine.values_list("key", "due_at")) == keys
    assert len(keys) == 6


def _deliver(reminder: Reminder, capture) -> str:
    with capture(execute=True):
        return tasks.deliver(reminder.pk)


def test_a_checkpoint_done_before_its_reminder_runs_is_skipped_with_a_reason(
        personas, smtp_server, django_capture_on_commit_callbacks):
    plan = _due_plan(personas)
    reminder = _checkpoint_reminders(plan).first()
    Checkpoint.objects.filter(pk=reminder.target_id).update(done_at=timezone.now())
    assert _deliver(reminder, django_capture_on_commit_callbacks) == ReminderStatus.SKIPPED
    reminder.refresh_from_db()
    assert reminder.note and reminder.sent_at is None
    assert smtp_server == [] and not Notification.objects.filter(kind="plan.checkpoint")


def test_a_closed_plan_is_not_reminded(personas, smtp_server,
                                       django_capture_on_commit_callbacks):
    plan = _due_plan(personas)
    Plan.objects.filter(pk=plan.pk).update(status=PlanStatus.MET)
    outcomes = {_deliver(r, django_capture_on_commit_callbacks)
                for r in _checkpoint_reminders(plan)}
    assert outcomes == {ReminderStatus.SKIPPED}
    assert all(r.note for r in _checkpoint_reminders(plan))
    assert smtp_server == []
    plan.refresh_from_db()
    assert schedule_plan_reminders(plan) == 0


def test_recording_progress_at_a_checkpoint_cancels_its_reminder(personas, smtp_server):
    plan = _due_plan(personas)
    checkpoint = Checkpoint.objects.filter(measure__plan=plan, measure__owner=personas.employee
                                           ).order_by("date").first()
    record_progress(actor=personas.employee.user, measure=checkpoint.measure,
                    status="on_track", text="样本已复核，共 120 条。", checkpoint=checkpoint)
    statuses = {r.target_id: r.status for r in _checkpoint_reminders(plan)}
    assert statuses.pop(checkpoint.pk) == ReminderStatus.CANCELLED
    assert set(statuses.values()) == {ReminderStatus.PENDING}
    tasks.enqueue_due_reminders()  # the sweep does not bring it back
    assert Reminder.objects.get(key=f"plan:{plan.pk}:checkpoint:{checkpoint.pk}:due"
                                ).status == ReminderStatus.CANCELLED


def test_delivering_a_commitment_cancels_its_reminder(personas, smtp_server,
                                                      django_capture_on_commit_callbacks):
    plan = _due_plan(personas, support=[
        {"commitment": "安排 IT 测试环境", "owner": "王强", "due": _day(-1)},
        {"commitment": "报名数据分析课程", "owner": "王强", "due": _day(-1)}])
    delivered, other = plan.commitments.order_by("pk")
    deliver_commitment(actor=personas.manager.user, commitment=delivered, note="已开通账号")
    reminders = {r.target_id: r for r in Reminder.objects.filter(kind="plan.commitment")}
    assert reminders[delivered.pk].status == ReminderStatus.CANCELLED
    assert reminders[other.pk].status == ReminderStatus.PENDING
    assert _deliver(reminders[delivered.pk], django_capture_on_commit_callbacks) == ""
    assert _deliver(reminders[other.pk], django_capture_on_commit_callbacks) == (
        ReminderStatus.SENT)
    assert [m["X-Envelope-To"] for m in smtp_server] == [personas.manager.email]
    assert "报名数据分析课程" in smtp_server[0].get_body(("plain",)).get_content()
