"""Following a plan up through the services: progress at checkpoints, a dropped measure's
reason, promises delivered, and a manager's rework of a measure (R4.1, R4.2)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from candor.core.errors import ConcurrentEdit, DomainError
from candor.notifications.models import Notification, Reminder, ReminderStatus
from candor.plans.models import CommitmentStatus, MeasureStatus
from candor.plans.services.tracking import deliver_commitment, edit_measure, record_progress
from candor.plans.tests.factories import closed_plan, first_measure, make_plan


def _reminder(key_part: str) -> Reminder:
    return Reminder.objects.get(key__contains=key_part)


# --- progress --------------------------------------------------------------------------------

def test_it_records_progress_and_the_measure_takes_the_new_status(personas):
    measure = first_measure(make_plan(personas))
    note = record_progress(actor=personas.employee.user, measure=measure,
                           status=MeasureStatus.ON_TRACK, text="已完成 10 月课程",
                           version=measure.version)
    measure.refresh_from_db()
    assert measure.status == MeasureStatus.ON_TRACK
    assert (note.author_name, note.text, note.checkpoint) == ("张伟", "已完成 10 月课程", None)


def test_it_closes_the_checkpoint_reported_on_and_cancels_its_reminder(personas):
    measure = first_measure(make_plan(personas))
    checkpoint, later = measure.checkpoints.order_by("date")
    record_progress(actor=personas.employee.user, measure=measure,
                    status=MeasureStatus.ON_TRACK, text="样本已复核", checkpoint=checkpoint)
    checkpoint.refresh_from_db()
    later.refresh_from_db()
    assert checkpoint.done_at is not None and checkpoint.done_by == personas.employee.user
    assert checkpoint.note == "样本已复核"
    assert later.done_at is None
    assert _reminder(f"checkpoint:{checkpoint.pk}:").status == ReminderStatus.CANCELLED
    assert _reminder(f"checkpoint:{later.pk}:").status == ReminderStatus.PENDING


def test_a_measure_done_stops_all_its_reminders(personas):
    measure = first_measure(make_plan(personas))
    record_progress(actor=personas.manager.user, measure=measure, status=MeasureStatus.DONE,
                    text="课程全部完成")
    keys = Reminder.objects.filter(key__contains=f"measure:{measure.pk}:") | \
        Reminder.objects.filter(target_type="plans.checkpoint",
                                target_id__in=measure.checkpoints.values("pk"))
    assert {r.status for r in keys} == {ReminderStatus.CANCELLED}


def test_a_stale_version_is_refused_as_a_concurrent_edit(personas):
    measure = first_measure(make_plan(personas))
    record_progress(actor=personas.manager.user, measure=measure,
                    status=MeasureStatus.ON_TRACK, text="第一次", version=measure.version)
    with pytest.raises(ConcurrentEdit):
        record_progress(actor=personas.employee.user, measure=measure,
                        status=MeasureStatus.AT_RISK, text="第二次", version=measure.version)
    assert measure.notes.count() == 1


def test_a_dropped_measure_needs_a_reason(personas):
    measure = first_measure(make_plan(personas))
    with pytest.raises(DomainError) as refused:
        record_progress(actor=personas.manager.user, measure=measure,
                        status=MeasureStatus.DROPPED, text="  ")
    assert refused.value.code == "text"
    record_progress(actor=personas.manager.user, measure=measure,
                    status=MeasureStatus.DROPPED, text="岗位调整，不再需要")
    measure.refresh_from_db()
    assert (measure.status, measure.status_reason) == (MeasureStatus.DROPPED,
                                                       "岗位调整，不再需要")


def test_at_risk_tells_the_manager(personas):
    measure = first_measure(make_plan(personas))
    record_progress(actor=personas.employee.user, measure=measure,
                    status=MeasureStatus.AT_RISK, text="课程排期冲突")
    assert Notification.objects.filter(recipient=personas.manager.user,
                                       kind="plan.at_risk").exists()


@pytest.mark.parametrize("who", ["outsider", "committee"])
def test_people_outside_the_plan_cannot_report_progress(personas, who):
    measure = first_measure(make_plan(personas))
    with pytest.raises(DomainError):
        record_progress(actor=personas.user(who), measure=measure,
                        status=MeasureStatus.ON_TRACK, text="x")


def test_an_owner_from_elsewhere_reports_on_the_measure_they_own(personas):
    plan = make_plan(personas, measures=[{
        "measure": "11 月底前为张伟讲解 2 次客户流失模型", "steps": "", "owner": "李娜",
        "deadline": "2026-11-30", "support_type": "people", "support": "", "checkpoints": ""}])
    measure = first_measure(plan)
    assert measure.owner == personas.outsider
    record_progress(actor=personas.outsider.user, measure=measure,
                    status=MeasureStatus.ON_TRACK, text="已讲解 1 次")
    assert measure.notes.get().author_name == "李娜"


def test_a_closed_plan_takes_no_more_progress(personas):
    plan = closed_plan(personas, met=False)
    with pytest.raises(DomainError):
        record_progress(actor=personas.manager.user, measure=first_measure(plan),
                        status=MeasureStatus.DONE, text="补记")


def test_a_checkpoint_of_another_measure_is_refused(personas):
    plan = make_plan(personas)
    first, _second, third = plan.measures.order_by("order")
    with pytest.raises(DomainError):
        record_progress(actor=personas.manager.user, measure=first,
                        status=MeasureStatus.ON_TRACK, text="x",
                        checkpoint=third.checkpoints.get())


# --- commitments ----------------------------------------------------------------------------

def test_the_owner_delivers_a_commitment_and_the_employee_hears_of_it(personas):
    commitment = make_plan(personas).commitments.get()
    deliver_commitment(actor=personas.manager.user, commitment=commitment,
                       note="测试环境已开通")
    commitment.refresh_from_db()
    assert commitment.status == CommitmentStatus.DELIVERED
    assert commitment.delivered_at is not None and commitment.note == "测试环境已开通"
    assert _reminder(f"commitment:{commitment.pk}:").status == ReminderStatus.CANCELLED
    assert Notification.objects.filter(recipient=personas.employee.user,
                                       kind="plan.commitment").exists()
    with pytest.raises(DomainError):
        deliver_commitment(actor=personas.manager.user, commitment=commitment)


def test_cancelling_a_commitment_needs_a_note(personas):
    commitment = make_plan(personas).commitments.get()
    with pytest.raises(DomainError):
        deliver_commitment(actor=personas.manager.user, commitment=commitment, cancel=True)
    deliver_commitment(actor=personas.manager.user, commitment=commitment, cancel=True,
                       note="改用云端测试环境")
    commitment.refresh_from_db()
    assert (commitment.status, commitment.delivered_at) == (CommitmentStatus.CANCELLED, None)


def test_the_employee_cannot_mark_the_managers_promise_delivered(personas):
    commitment = make_plan(personas).commitments.get()
    with pytest.raises(DomainError):
        deliver_commitment(actor=personas.employee.user, commitment=commitment)


# --- reworking a measure --------------------------------------------------------------------

def _deadline(days: int = 40) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=days)


def test_editing_a_measure_runs_the_smart_check_again(personas):
    plan = make_plan(personas)
    vague = plan.measures.get(text="提升沟通能力")
    assert {f["code"] for f in vague.findings} == {"vague", "deadline", "owner"}
    edited = edit_measure(actor=personas.manager.user, measure=vague,
                          text="每周主持 1 次需求评审会", owner_name="张伟",
                          deadline=_deadline(), version=vague.version)
    assert edited.findings == []
    assert edited.owner == personas.employee
    worse = edit_measure(actor=personas.manager.user, measure=edited, text="加强沟通",
                         owner_name="", deadline=_deadline())
    assert [f["code"] for f in worse.findings] == ["vague", "owner"]


def test_editing_replaces_the_open_checkpoints_and_their_reminders(personas):
    measure = first_measure(make_plan(personas))
    old = set(measure.checkpoints.values_list("pk", flat=True))
    first, second = _deadline(10), _deadline(20)
    edit_measure(actor=personas.manager.user, measure=measure, text=measure.text,
                 owner_name="张伟", deadline=_deadline(),
                 checkpoints=f"{first:%Y-%m-%d} 复核样本；{second:%Y-%m-%d} 提交初稿")
    assert list(measure.checkpoints.values_list("date", "text")) == [
        (first, "复核样本"), (second, "提交初稿")]
    assert not measure.checkpoints.filter(pk__in=old).exists()
    pending = Reminder.objects.filter(target_type="plans.checkpoint",
                                      status=ReminderStatus.PENDING)
    assert set(pending.values_list("target_id", flat=True)) >= set(
        measure.checkpoints.values_list("pk", flat=True))


def test_editing_refuses_checkpoints_without_a_date_and_changes_nothing(personas):
    measure = first_measure(make_plan(personas))
    before = list(measure.checkpoints.values_list("date", "text"))
    with pytest.raises(DomainError) as refused:
        edit_measure(actor=personas.manager.user, measure=measure, text="换一个说法",
                     owner_name="张伟", deadline=_deadline(), checkpoints="尽快复核样本")
    assert "尽快复核样本" in str(refused.value.message)
    measure.refresh_from_db()
    assert measure.text == "每月完成 1 门数据分析课程"
    assert list(measure.checkpoints.values_list("date", "text")) == before


def test_editing_refuses_a_checkpoint_after_the_deadline(personas):
    measure = first_measure(make_plan(personas))
    late = _deadline(60)
    with pytest.raises(DomainError):
        edit_measure(actor=personas.manager.user, measure=measure, text=measure.text,
                     owner_name="张伟", deadline=_deadline(30),
                     checkpoints=f"{late:%Y-%m-%d} 复核")


def test_the_employee_cannot_rework_their_own_measures(personas):
    measure = first_measure(make_plan(personas))
    with pytest.raises(DomainError):
        edit_measure(actor=personas.employee.user, measure=measure, text="少做一点",
                     owner_name="张伟", deadline=_deadline())


def test_a_stale_edit_is_refused(personas):
    measure = first_measure(make_plan(personas))
    stale = measure.version
    edit_measure(actor=personas.manager.user, measure=measure, text=measure.text,
                 owner_name="张伟", deadline=_deadline(), version=stale)
    with pytest.raises(ConcurrentEdit):
        edit_measure(actor=personas.hr.user, measure=measure, text="另一个版本",
                     owner_name="张伟", deadline=_deadline(), version=stale)
