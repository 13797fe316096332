"""A plan's life: created when the record is sealed, closed by the next interview's record
(carry-over, R4.2), met plans recognised and missed ones followed up (R4.3)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from candor.core.audit import audit
from candor.interviews.services.messages import tell
from candor.plans import smart
from candor.plans.models import (
    Checkpoint,
    Commitment,
    FinalStatus,
    FollowUp,
    FollowUpKind,
    Measure,
    MeasureStatus,
    Plan,
    PlanStatus,
    Recognition,
)
from candor.plans.parsing import parse_date
from candor.plans.services.rows import agreed_on, measure_rows, resolve_owner

FINAL_FROM_STATUS = {MeasureStatus.DONE: FinalStatus.DONE,
                     MeasureStatus.DROPPED: FinalStatus.DROPPED}


def previous_plan(interview) -> Plan | None:
    """The employee's plan still open from an earlier sealed record (the one this interview
    must report on)."""
    return (Plan.objects.filter(employee_id=interview.employee_id, status=PlanStatus.ACTIVE)
            .exclude(record__interview_id=interview.pk)
            .filter(record__interview__starts_at__lt=interview.starts_at)
            .order_by("-record__sealed_at", "-pk").first())


def carryover_rows(plan: Plan) -> list[dict]:
    """The previous plan's measures as the new record's rows, pre-filled from their status."""
    return [{"measure_id": m.pk, "measure": m.text, "owner": m.owner_name,
             "deadline": m.deadline.isoformat(), "status": m.status,
             "final_status": FINAL_FROM_STATUS.get(m.status, ""), "comment": ""}
            for m in plan.measures.all()]


def carryover_problems(record, contents: dict) -> list[str]:
    """Every previous measure needs a final status and a comment in the new record."""
    plan = previous_plan(record.interview)
    if plan is None:
        return []
    given = {row.get("measure_id"): row
             for row in (contents.get("previous_plan") or {}).get("items") or []}
    open_measures = []
    for measure in plan.measures.all():
        row = given.get(measure.pk) or {}
        if row.get("final_status") not in FinalStatus.values or not row.get("comment"):
            open_measures.append(measure.text[:40])
    if not open_measures:
        return []
    return [_("上期改进计划还有 %(n)s 项措施未填写最终状态和说明：%(items)s。") % {
        "n": len(open_measures), "items": "；".join(f"“{t}”" for t in open_measures)}]


def _apply_carryover(record, contents: dict, actor) -> Plan | None:
    plan = previous_plan(record.interview)
    if plan is None:
        return None
    given = {row.get("measure_id"): row
             for row in (contents.get("previous_plan") or {}).get("items") or []}
    for measure in plan.measures.all():
        row = given.get(measure.pk) or {}
        measure.final_status = row.get("final_status", "")
        measure.final_comment = row.get("comment", "")
        if measure.final_status == FinalStatus.DONE:
            measure.status = MeasureStatus.DONE
        elif measure.final_status == FinalStatus.DROPPED:
            measure.status = MeasureStatus.DROPPED
        measure.version += 1
        measure.save()
    close_plan(plan=plan, actor=actor, by_record=record)
    return plan


def close_plan(*, plan: Plan, actor, by_record=None) -> Plan:
    """Met when every measure not dropped was done (and one at least); otherwise missed."""
    measures = list(plan.measures.all())
    kept = [m for m in measures if m.final_status != FinalStatus.DROPPED
            and m.status != MeasureStatus.DROPPED]
    met = bool(kept) and all(m.final_status == FinalStatus.DONE or
                             (not m.final_status and m.status == MeasureStatus.DONE)
                             for m in kept)
    plan.status = PlanStatus.MET if met else PlanStatus.MISSED
    plan.closed_at = timezone.now()
    plan.closed_by_record = by_record
    plan.version += 1
    plan.save()
    audit(actor=actor, event="plan.closed", target=plan,
          data={"status": plan.status, "measures": len(measures),
                "record": by_record.pk if by_record else None})
    from candor.notifications.services import cancel_reminders

    cancel_reminders(key_prefix=f"plan:{plan.pk}:")
    if met:
        Recognition.objects.create(
            employee=plan.employee, plan=plan,
            text=_("按期完成改进计划的全部 %(n)s 项措施。") % {"n": len(kept)})
        tell([plan.employee], kind="plan.met", url=plan.get_absolute_url(),
             subject=lambda: _("改进计划已达成"),
             body=lambda: _("您按期完成了改进计划的全部措施，已记入表彰记录。"))
    else:
        for kind in (FollowUpKind.INTERVIEW, FollowUpKind.REVISION):
            FollowUp.objects.create(plan=plan, kind=kind)
        tell([plan.manager], kind="plan.missed", url=plan.get_absolute_url(),
             subject=lambda: _("%(name)s 的改进计划未达成") % {"name": plan.employee.name},
             body=lambda: _("请决定是安排一次绩效改进面谈，还是修订改进计划。"))
    return plan


def create_plan(*, record, contents: dict, actor) -> Plan | None:
    """The sealed record's measures and commitments, as a plan to follow up."""
    today = agreed_on(record)
    interview = record.interview
    rows = [r for r in measure_rows(contents.get("measures") or {}, today=today) if r.text]
    support = [i for i in (contents.get("support") or {}).get("items") or []
               if i.get("commitment")]
    if not rows and not support:
        return None
    plan = Plan.objects.create(record=record, employee=interview.employee,
                               manager=interview.manager)
    for order, row in enumerate(rows):
        owner = resolve_owner(row.owner_name, interview)
        measure = Measure.objects.create(
            plan=plan, order=order, text=row.text, steps=row.steps, owner=owner,
            owner_name=row.owner_name or (owner.name if owner else ""),
            deadline=row.deadline or today, support_type=row.support_type,
            support=row.support,
            findings=[f.as_dict() for f in smart.check(
                row.text, owner=row.owner_name, deadline=row.deadline.isoformat()
                if row.deadline else "", today=today)])
        Checkpoint.objects.bulk_create(
            Checkpoint(measure=measure, date=d, text=text[:300]) for d, text in row.checkpoints)
    for item in support:
        owner = resolve_owner(item.get("owner", ""), interview)
        Commitment.objects.create(
            plan=plan, text=item["commitment"][:300], owner=owner,
            owner_name=item.get("owner", "") or (owner.name if owner else ""),
            due=parse_date(item.get("due", ""), today=today) or today)
    audit(actor=actor, event="plan.created", target=plan,
          data={"record": record.pk, "measures": len(rows), "commitments": len(support)})
    from candor.plans.reminders import schedule_plan_reminders

    schedule_plan_reminders(plan)
    return plan


@transaction.atomic
def on_record_sealed(*, record, contents: dict, actor) -> Plan | None:
    """Called by sealing in its transaction: close the previous plan, open the new one."""
    _apply_carryover(record, contents, actor)
    return create_plan(record=record, contents=contents, actor=actor)
