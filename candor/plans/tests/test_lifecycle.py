"""A plan's life through the services: made from the sealed record's rows, closed met (a
recognition) or missed (two follow-up proposals), and a revision that carries the open
measures on with new deadlines (R4.1, R4.3)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from candor.core.errors import DomainError
from candor.notifications.models import Notification, Reminder, ReminderStatus
from candor.plans.models import (
    FollowUpKind,
    FollowUpStatus,
    MeasureStatus,
    PlanStatus,
    Recognition,
    SupportType,
)
from candor.plans.selectors.training import visible_recognitions
from candor.plans.services.lifecycle import close_plan
from candor.plans.services.tracking import decide_follow_up
from candor.plans.tests.factories import closed_plan, make_plan


def test_the_record_rows_become_measures_with_every_column(personas):
    plan = make_plan(personas)
    course, vague, report = plan.measures.order_by("order")
    assert (course.steps, course.owner, course.support_type, course.support) == (
        "报名公司数据分析课程；每周学习 3 小时", personas.employee, SupportType.TRAINING,
        "数据分析课程培训预算")
    assert course.deadline == dt.date(2026, 12, 31)
    assert list(course.checkpoints.values_list("date", "text")) == [
        (dt.date(2026, 11, 5), "复核样本"), (dt.date(2026, 11, 20), "提交初稿")]
    assert course.findings == [] and report.findings == []
    assert [f["code"] for f in vague.findings] == ["vague", "deadline", "owner"]
    assert all(f["reason"] for f in vague.findings)
    promise = plan.commitments.get()
    assert (promise.owner, promise.due) == (personas.manager, dt.date(2026, 11, 15))


def test_a_met_plan_earns_a_recognition_the_employee_sees(personas):
    plan = closed_plan(personas, met=True)
    assert plan.status == PlanStatus.MET
    recognition = Recognition.objects.get(plan=plan)
    assert recognition.employee == personas.employee
    assert list(visible_recognitions(personas.employee.user)) == [recognition]
    assert list(visible_recognitions(personas.hr.user)) == [recognition]
    assert list(visible_recognitions(personas.outsider.user)) == []
    assert Notification.objects.filter(recipient=personas.employee.user,
                                       kind="plan.met").exists()
    assert not plan.follow_ups.exists()


def test_dropped_measures_do_not_stop_a_plan_being_met(personas):
    plan = make_plan(personas)
    first, second, third = plan.measures.order_by("order")
    first.status = third.status = MeasureStatus.DONE
    second.status = MeasureStatus.DROPPED
    for m in (first, second, third):
        m.save()
    assert close_plan(plan=plan, actor=personas.manager.user).status == PlanStatus.MET


def test_closing_a_plan_cancels_its_pending_reminders(personas):
    plan = make_plan(personas)
    assert Reminder.objects.filter(key__startswith=f"plan:{plan.pk}:",
                                   status=ReminderStatus.PENDING).exists()
    close_plan(plan=plan, actor=personas.manager.user)
    assert not Reminder.objects.filter(key__startswith=f"plan:{plan.pk}:",
                                       status=ReminderStatus.PENDING).exists()


def test_a_missed_plan_proposes_an_interview_and_a_revision(personas):
    plan = closed_plan(personas, met=False)
    assert plan.status == PlanStatus.MISSED
    assert sorted(plan.follow_ups.values_list("kind", "status")) == [
        (FollowUpKind.INTERVIEW, FollowUpStatus.PROPOSED),
        (FollowUpKind.REVISION, FollowUpStatus.PROPOSED)]
    assert not Recognition.objects.filter(plan=plan).exists()
    assert Notification.objects.filter(recipient=personas.manager.user,
                                       kind="plan.missed").exists()


def test_accepting_one_proposal_declines_the_other(personas):
    plan = closed_plan(personas, met=False)
    interview = plan.follow_ups.get(kind=FollowUpKind.INTERVIEW)
    decide_follow_up(actor=personas.manager.user, follow_up=interview, accept=True)
    assert dict(plan.follow_ups.values_list("kind", "status")) == {
        FollowUpKind.INTERVIEW: FollowUpStatus.ACCEPTED,
        FollowUpKind.REVISION: FollowUpStatus.DECLINED}
    revision = plan.follow_ups.get(kind=FollowUpKind.REVISION)
    assert revision.reason and revision.decided_by == personas.manager.user
    with pytest.raises(DomainError):
        decide_follow_up(actor=personas.manager.user, follow_up=revision, accept=True)


def test_declining_needs_a_reason(personas):
    proposal = closed_plan(personas, met=False).follow_ups.get(kind=FollowUpKind.INTERVIEW)
    with pytest.raises(DomainError) as refused:
        decide_follow_up(actor=personas.manager.user, follow_up=proposal, accept=False)
    assert refused.value.code == "reason"
    decide_follow_up(actor=personas.manager.user, follow_up=proposal, accept=False,
                     reason="员工已调岗")
    proposal.refresh_from_db()
    assert (proposal.status, proposal.reason) == (FollowUpStatus.DECLINED, "员工已调岗")


def test_the_employee_cannot_decide_a_follow_up(personas):
    proposal = closed_plan(personas, met=False).follow_ups.get(kind=FollowUpKind.REVISION)
    with pytest.raises(DomainError):
        decide_follow_up(actor=personas.employee.user, follow_up=proposal, accept=True)


def test_a_revision_carries_the_open_measures_on_with_new_deadlines(personas):
    plan = make_plan(personas)
    done = plan.measures.get(order=0)
    done.status = MeasureStatus.DONE
    done.save()
    close_plan(plan=plan, actor=personas.manager.user)
    proposal = plan.follow_ups.get(kind=FollowUpKind.REVISION)
    decided = decide_follow_up(actor=personas.manager.user, follow_up=proposal, accept=True,
                               months=2)
    revised = decided.revision
    assert revised.revision_of == plan and revised.status == PlanStatus.ACTIVE
    assert revised.record == plan.record
    today = timezone.localdate()
    carried = {m.text: m.deadline for m in revised.measures.all()}
    originals = {m.text: m.deadline for m in plan.measures.exclude(pk=done.pk)}
    assert set(carried) == set(originals) == {
        "提升沟通能力", "季度末前独立完成 1 份客户流失分析报告"}
    for text, deadline in carried.items():
        assert deadline == max(originals[text], today) + dt.timedelta(days=60)
    assert Reminder.objects.filter(key__startswith=f"plan:{revised.pk}:measure:",
                                   status=ReminderStatus.PENDING).count() == 2
