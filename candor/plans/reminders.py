"""Plan reminders (R4.2, R5.4): before each checkpoint, each measure's deadline and each
promised support, to its owner, in their language, by e-mail and in the inbox.

Reminders are due at 09:00 on the working day before (InterviewPolicy.reminder_workdays,
counted on the statutory calendar). Keys name the event, so scheduling again — the
`schedule_plan_reminders` command, a revision, an edit — never makes a second reminder, and
delivery claims each one once (candor.notifications).
"""

from __future__ import annotations

from datetime import date, datetime, time

from django.utils import timezone
from django.utils.translation import gettext as _

from candor.interviews.models import InterviewPolicy
from candor.interviews.services.messages import tell
from candor.notifications.services import register_reminder, schedule_reminder
from candor.plans.models import (
    Checkpoint,
    Commitment,
    CommitmentStatus,
    Measure,
    MeasureStatus,
    Plan,
    PlanStatus,
)
from candor.workdays.calendar import add_workdays


def due_time(day: date, workdays_before: int | None = None) -> datetime:
    if workdays_before is None:
        workdays_before = max(InterviewPolicy.current().reminder_workdays, 1)
    remind_on = add_workdays(day, -workdays_before)
    return timezone.make_aware(datetime.combine(remind_on, time(9, 0)))


def schedule_plan_reminders(plan: Plan) -> int:
    """(Re)schedule every reminder the plan needs; returns how many it holds."""
    if plan.status != PlanStatus.ACTIVE:
        return 0
    before = max(InterviewPolicy.current().reminder_workdays, 1)
    count = 0
    for measure in plan.measures.exclude(status__in=[MeasureStatus.DONE, MeasureStatus.DROPPED]):
        schedule_reminder(key=f"plan:{plan.pk}:measure:{measure.pk}:deadline",
                          kind="plan.deadline", target=measure,
                          due_at=due_time(measure.deadline, before))
        count += 1
        for checkpoint in measure.checkpoints.filter(done_at__isnull=True):
            schedule_reminder(key=f"plan:{plan.pk}:checkpoint:{checkpoint.pk}:due",
                              kind="plan.checkpoint", target=checkpoint,
                              due_at=due_time(checkpoint.date, before))
            count += 1
    for commitment in plan.commitments.filter(status=CommitmentStatus.OPEN):
        schedule_reminder(key=f"plan:{plan.pk}:commitment:{commitment.pk}:due",
                          kind="plan.commitment", target=commitment,
                          due_at=due_time(commitment.due, before))
        count += 1
    return count


def _owner_or_manager(owner, plan: Plan):
    """Owners without an account (or from outside) are covered by the plan's manager."""
    return owner if owner is not None and owner.user_id else plan.manager


@register_reminder("plan.checkpoint")
def remind_checkpoint(reminder, checkpoint: Checkpoint):
    measure = checkpoint.measure
    plan = measure.plan
    if plan.status != PlanStatus.ACTIVE or checkpoint.done_at is not None:
        return _("检查点已完成或计划已结项。")
    if not measure.is_open:
        return _("措施已完成或已放弃。")
    tell([_owner_or_manager(measure.owner, plan)], kind="plan.checkpoint",
         url=plan.get_absolute_url(),
         subject=lambda: _("检查点提醒：%(date)s %(text)s") % {
             "date": checkpoint.date.isoformat(), "text": checkpoint.text[:40]},
         body=lambda: _("改进措施“%(measure)s”（%(employee)s）在 %(date)s 有一个检查点：%(text)s。"
                        "请届时记录进展。") % {
             "measure": measure.text[:80], "employee": plan.employee.name,
             "date": checkpoint.date.isoformat(), "text": checkpoint.text})
    return True


@register_reminder("plan.deadline")
def remind_deadline(reminder, measure: Measure):
    plan = measure.plan
    if plan.status != PlanStatus.ACTIVE or not measure.is_open:
        return _("措施已完成或计划已结项。")
    tell([_owner_or_manager(measure.owner, plan)], kind="plan.deadline",
         url=plan.get_absolute_url(),
         subject=lambda: _("改进措施即将到期：%(date)s") % {"date": measure.deadline.isoformat()},
         body=lambda: _("改进措施“%(measure)s”（%(employee)s）将于 %(date)s 到期，"
                        "当前状态：%(status)s。") % {
             "measure": measure.text[:80], "employee": plan.employee.name,
             "date": measure.deadline.isoformat(), "status": measure.get_status_display()})
    return True


@register_reminder("plan.commitment")
def remind_commitment(reminder, commitment: Commitment):
    plan = commitment.plan
    if commitment.status != CommitmentStatus.OPEN:
        return _("承诺已兑现或已取消。")
    tell([_owner_or_manager(commitment.owner, plan)], kind="plan.commitment_due",
         url=plan.get_absolute_url(),
         subject=lambda: _("支持承诺即将到期：%(date)s") % {"date": commitment.due.isoformat()},
         body=lambda: _("您在与 %(employee)s 的面谈中承诺：%(text)s，兑现期限 %(date)s。") % {
             "employee": plan.employee.name, "text": commitment.text,
             "date": commitment.due.isoformat()})
    return True
