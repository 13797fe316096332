"""Following a plan up: progress at checkpoints, promises delivered, follow-ups decided,
and revised plans edited (R4.2, R4.3)."""

from __future__ import annotations

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from candor import access
from candor.core.audit import audit
from candor.core.errors import ConcurrentEdit, DomainError, InvalidTransition
from candor.interviews.services.messages import tell
from candor.plans import smart
from candor.plans.models import (
    Checkpoint,
    Commitment,
    CommitmentStatus,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    Measure,
    MeasureStatus,
    Plan,
    PlanStatus,
    ProgressNote,
)
from candor.plans.parsing import parse_checkpoints


def _check_version(obj, version: int | None) -> None:
    if version is not None and obj.version != version:
        raise ConcurrentEdit(_("内容已被他人更新，请刷新后再提交。"))


@transaction.atomic
def record_progress(*, actor, measure: Measure, status: str, text: str,
                    checkpoint: Checkpoint | None = None, version: int | None = None
                    ) -> ProgressNote:
    """A progress note, optionally closing a checkpoint; the measure takes the new status."""
    measure = Measure.objects.select_for_update(of=("self",)).select_related(
        "plan__employee", "plan__manager").get(pk=measure.pk)
    if not access.can_report_progress(actor, measure):
        raise DomainError(_("您不能更新这项措施的进展。"), code="forbidden")
    _check_version(measure, version)
    if measure.plan.status != PlanStatus.ACTIVE:
        raise InvalidTransition(_("改进计划已结项，不能再更新进展。"))
    if status not in MeasureStatus.values:
        raise DomainError(_("请选择状态。"), code="status")
    text = (text or "").strip()
    if not text:
        raise DomainError(_("请写明进展情况。"), code="text")
    if status == MeasureStatus.DROPPED:
        measure.status_reason = text[:300]
    if checkpoint is not None:
        if checkpoint.measure_id != measure.pk:
            raise DomainError(_("检查点不属于这项措施。"), code="checkpoint")
        checkpoint = Checkpoint.objects.select_for_update(of=("self",)).get(pk=checkpoint.pk)
        if checkpoint.done_at is None:
            checkpoint.done_at, checkpoint.done_by = timezone.now(), actor
            checkpoint.note = text[:2000]
            checkpoint.version += 1
            checkpoint.save()
    note = ProgressNote.objects.create(measure=measure, checkpoint=checkpoint, author=actor,
                                       author_name=actor.display_name(), status=status,
                                       text=text[:4000])
    before = measure.status
    measure.status = status
    measure.version += 1
    measure.save()
    audit(actor=actor, event="plan.progress", target=measure.plan, data={
        "measure": measure.pk, "from": before, "to": status,
        "checkpoint": checkpoint.pk if checkpoint else None})
    if status in (MeasureStatus.DONE, MeasureStatus.DROPPED) or checkpoint is not None:
        from candor.notifications.services import cancel_reminders

        prefix = f"plan:{measure.plan_id}:"
        if checkpoint is not None:
            cancel_reminders(key_prefix=f"{prefix}checkpoint:{checkpoint.pk}:")
        if status in (MeasureStatus.DONE, MeasureStatus.DROPPED):
            cancel_reminders(key_prefix=f"{prefix}measure:{measure.pk}:")
            for cp in measure.checkpoints.filter(done_at__isnull=True):
                cancel_reminders(key_prefix=f"{prefix}checkpoint:{cp.pk}:")
    if status == MeasureStatus.AT_RISK and before != status:
        plan = measure.plan
        tell([plan.manager], kind="plan.at_risk", url=plan.get_absolute_url(),
             subject=lambda: _("改进措施有风险：%(name)s") % {"name": plan.employee.name},
             body=lambda: _("措施“%(text)s”被标记为有风险：%(note)s") % {
                 "text": measure.text[:60], "note": text[:200]})
    return note


@transaction.atomic
def deliver_commitment(*, actor, commitment: Commitment, note: str = "",
                       cancel: bool = False) -> Commitment:
    commitment = Commitment.objects.select_for_update(of=("self",)).select_related(
        "plan__employee").get(pk=commitment.pk)
    if not access.can_deliver(actor, commitment):
        raise DomainError(_("您不能更新这项承诺。"), code="forbidden")
    if commitment.status != CommitmentStatus.OPEN:
        raise InvalidTransition(_("这项承诺已处理。"))
    if cancel and not note.strip():
        raise DomainError(_("取消承诺时请说明原因。"), code="note")
    commitment.status = CommitmentStatus.CANCELLED if cancel else CommitmentStatus.DELIVERED
    commitment.delivered_at = None if cancel else timezone.now()
    commitment.note = note.strip()[:300]
    commitment.version += 1
    commitment.save()
    audit(actor=actor, event="plan.commitment_cancelled" if cancel else
          "plan.commitment_delivered", target=commitment.plan,
          data={"commitment": commitment.pk, "note": commitment.note})
    from candor.notifications.services import cancel_reminders

    cancel_reminders(key_prefix=f"plan:{commitment.plan_id}:commitment:{commitment.pk}:")
    plan = commitment.plan
    tell([plan.employee], kind="plan.commitment", url=plan.get_absolute_url(),
         subject=lambda: (_("支持承诺已取消") if cancel else _("支持承诺已兑现")),
         body=lambda: f"{commitment.text}\n{commitment.note}".strip())
    return commitment


@transaction.atomic
def decide_follow_up(*, actor, follow_up: FollowUp, accept: bool, reason: str = "",
                     months: int = 1) -> FollowUp:
    """Accept one proposal (the other is then declined) or decline with a reason. A revision
    opens a new plan with the measures not done, their deadlines moved on."""
    follow_up = FollowUp.objects.select_for_update(of=("self",)).select_related(
        "plan__employee", "plan__manager", "plan__record").get(pk=follow_up.pk)
    plan = follow_up.plan
    if not access.can_steer_plan(actor, plan):
        raise DomainError(_("您不能决定这项后续安排。"), code="forbidden")
    if follow_up.status != FollowUpStatus.PROPOSED:
        raise InvalidTransition(_("这项建议已经决定过了。"))
    reason = (reason or "").strip()
    if not accept and not reason:
        raise DomainError(_("拒绝建议时请说明理由。"), code="reason")
    now = timezone.now()
    follow_up.status = FollowUpStatus.ACCEPTED if accept else FollowUpStatus.DECLINED
    follow_up.reason, follow_up.decided_by, follow_up.decided_at = reason[:300], actor, now
    if accept and follow_up.kind == FollowUpKind.REVISION:
        follow_up.revision = _revise(plan, actor=actor, days=max(months, 1) * 30)
    follow_up.version += 1
    follow_up.save()
    if accept:
        FollowUp.objects.filter(plan=plan, status=FollowUpStatus.PROPOSED).exclude(
            pk=follow_up.pk).update(status=FollowUpStatus.DECLINED, decided_by=actor,
                                    decided_at=now, reason=_("已选择另一项后续安排。"))
    audit(actor=actor, event="plan.follow_up_decided", target=plan, data={
        "follow_up": follow_up.pk, "kind": follow_up.kind, "accepted": accept,
        "reason": follow_up.reason})
    return follow_up


def _revise(plan: Plan, *, actor, days: int) -> Plan:
    today = timezone.localdate()
    revised = Plan.objects.create(record=plan.record, employee=plan.employee,
                                  manager=plan.manager, revision_of=plan)
    carried = 0
    for measure in plan.measures.exclude(final_status__in=["done", "dropped"]).exclude(
            status__in=[MeasureStatus.DONE, MeasureStatus.DROPPED]):
        Measure.objects.create(
            plan=revised, order=measure.order, text=measure.text, steps=measure.steps,
            owner=measure.owner, owner_name=measure.owner_name,
            deadline=max(measure.deadline, today) + timedelta(days=days),
            support_type=measure.support_type, support=measure.support,
            findings=measure.findings)
        carried += 1
    audit(actor=actor, event="plan.revised", target=revised,
          data={"from": plan.pk, "measures": carried})
    from candor.plans.reminders import schedule_plan_reminders

    schedule_plan_reminders(revised)
    return revised


@transaction.atomic
def edit_measure(*, actor, measure: Measure, text: str, owner_name: str, deadline: date,
                 checkpoints: str = "", version: int | None = None) -> Measure:
    """Rework a measure of an active plan (a revision, or after the talk): the SMART check
    runs again and the reminders follow the new dates."""
    measure = Measure.objects.select_for_update(of=("self",)).select_related(
        "plan__employee", "plan__record__interview").get(pk=measure.pk)
    plan = measure.plan
    if not access.can_steer_plan(actor, plan):
        raise DomainError(_("您不能修改这项措施。"), code="forbidden")
    if plan.status != PlanStatus.ACTIVE:
        raise InvalidTransition(_("改进计划已结项，不能再修改。"))
    _check_version(measure, version)
    if not text.strip():
        raise DomainError(_("请填写措施内容。"), code="text")
    today = timezone.localdate()
    points, unreadable = parse_checkpoints(checkpoints, today=today)
    if unreadable:
        raise DomainError(_("检查点“%(text)s”缺少日期（例如“11-05 复核样本收集”）。")
                          % {"text": unreadable[0]}, code="checkpoints")
    if any(d > deadline for d, _t in points):
        raise DomainError(_("检查点不能晚于完成期限。"), code="checkpoints")
    from candor.plans.services.rows import resolve_owner

    owner = resolve_owner(owner_name, plan.record.interview)
    measure.text, measure.owner_name, measure.owner = text.strip(), owner_name.strip(), owner
    measure.deadline = deadline
    measure.findings = [f.as_dict() for f in smart.check(
        measure.text, owner=measure.owner_name, deadline=deadline.isoformat(), today=today)]
    measure.version += 1
    measure.save()
    if checkpoints.strip():
        measure.checkpoints.filter(done_at__isnull=True).delete()
        Checkpoint.objects.bulk_create(
            Checkpoint(measure=measure, date=d, text=t[:300]) for d, t in points)
    audit(actor=actor, event="plan.measure_edited", target=plan,
          data={"measure": measure.pk, "findings": [f["code"] for f in measure.findings]})
    from candor.notifications.services import cancel_reminders
    from candor.plans.reminders import schedule_plan_reminders

    cancel_reminders(key_prefix=f"plan:{plan.pk}:")
    schedule_plan_reminders(plan)
    return measure
