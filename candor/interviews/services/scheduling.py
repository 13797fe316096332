"""Schedule, reschedule, cancel; start and end the conversation (R3.2)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from candor import access
from candor.core.audit import audit
from candor.core.errors import ConcurrentEdit, DomainError, InvalidTransition
from candor.interviews.models import (
    Interview,
    InterviewPolicy,
    InterviewStatus,
    InterviewType,
    Record,
    RecordStatus,
)
from candor.interviews.services import messages, rules
from candor.notifications.services import cancel_reminders, schedule_reminder


class NeedsConfirmation(DomainError):
    """The slot is allowed but has warnings the scheduler must confirm."""

    def __init__(self, warnings: list[dict]) -> None:
        super().__init__(_("请确认以下提示后再安排面谈。"), code="confirm")
        self.warnings = warnings


def _check_slot(*, starts_at: datetime, minutes: int, policy: InterviewPolicy,
                now: datetime) -> None:
    if timezone.is_naive(starts_at):
        starts_at = timezone.make_aware(starts_at)
    if starts_at <= now:
        raise DomainError(_("面谈时间必须晚于现在。"), code="past")
    notice_date = timezone.localtime(now).date()
    earliest = rules.earliest_date(notice_date, policy)
    day = timezone.localtime(starts_at).date()
    if day < earliest:
        raise DomainError(
            _("通知时间不足：员工须至少提前 %(n)s 个工作日收到通知（按法定节假日和调休计算），"
              "今天通知最早可安排在 %(date)s（%(weekday)s）。") % {
                "n": policy.notice_workdays, "date": earliest.isoformat(),
                "weekday": rules.weekday_name(earliest)}, code="notice")
    if not policy.min_minutes <= minutes <= policy.max_minutes:
        raise DomainError(_("面谈时长应在 %(min)s–%(max)s 分钟之间。") % {
            "min": policy.min_minutes, "max": policy.max_minutes}, code="duration")


def _check_sheet(kind: str, sheet, employee) -> None:
    if sheet is None:
        if kind in (InterviewType.REGULAR, InterviewType.IMPROVEMENT, InterviewType.WARNING):
            raise DomainError(_("该类型的面谈需要关联一张绩效考核表。"), code="sheet")
        return
    if sheet.employee_id != employee.pk:
        raise DomainError(_("绩效考核表不属于该员工。"), code="sheet")
    if not sheet.period.results_released:
        raise DomainError(_("“%(period)s”的绩效结果尚未发布，发布后才能安排面谈。")
                          % {"period": sheet.period.name}, code="not_released")


def _plan_reminders(interview: Interview, policy: InterviewPolicy) -> None:
    schedule_reminder(key=f"interview:{interview.pk}:upcoming", kind="interview.upcoming",
                      target=interview, due_at=rules.reminder_time(interview, policy))
    record = interview.record
    schedule_reminder(key=f"interview:{interview.pk}:record_overdue", kind="record.overdue",
                      target=record, due_at=record.due_at)


@transaction.atomic
def schedule_interview(*, actor, employee, kind: str, starts_at: datetime,
                       duration_minutes: int, room=None, location: str = "", sheet=None,
                       host=None, confirm: bool = False, now: datetime | None = None
                       ) -> Interview:
    """Book the interview, send the invitations on commit, plan reminders."""
    now = now or timezone.now()
    policy = InterviewPolicy.current()
    if not access.can_schedule(actor, employee):
        raise DomainError(_("您不能为该员工安排面谈。"), code="forbidden")
    if employee.manager is None:
        raise DomainError(_("%(name)s 没有直属上级，无法安排面谈。") % {"name": employee.name})
    if not employee.is_active:
        raise DomainError(_("%(name)s 已离职。") % {"name": employee.name})
    _check_sheet(kind, sheet, employee)
    _check_slot(starts_at=starts_at, minutes=duration_minutes, policy=policy, now=now)
    if host is not None and not access.can_host_override(actor):
        host = None
    host = host or rules.default_host(employee)
    if room is not None and not room.is_active:
        raise DomainError(_("面谈室“%(room)s”已停用。") % {"room": room.name})
    if room is None and not location.strip():
        raise DomainError(_("请选择面谈室或填写地点。"), code="place")
    warnings = rules.warnings_for(
        employee=employee, manager=employee.manager, host=host, room=room,
        starts_at=starts_at, minutes=duration_minutes,
        period=sheet.period if sheet else None, policy=policy)
    if warnings and not confirm:
        raise NeedsConfirmation(warnings)
    interview = Interview.objects.create(
        kind=kind, sheet=sheet, employee=employee, manager=employee.manager, host=host,
        starts_at=starts_at, duration_minutes=duration_minutes, room=room,
        location=location.strip(), notice_given_on=timezone.localtime(now).date(),
        warnings=warnings, created_by=actor)
    Record.objects.create(
        interview=interview,
        due_at=interview.ends_at + timedelta(hours=policy.record_due_hours))
    audit(actor=actor, event="interview.scheduled", target=interview, data={
        "kind": kind, "starts_at": starts_at.isoformat(), "minutes": duration_minutes,
        "room": room.name if room else "", "host": host.name if host else "",
        "warnings": [w["code"] for w in warnings]})
    _plan_reminders(interview, policy)
    messages.send_invitation(interview)
    return interview


def _locked_open(interview: Interview, version: int | None) -> Interview:
    locked = Interview.objects.select_for_update(of=("self",)).select_related(
        "employee__manager", "employee__department", "manager", "host", "room",
        "sheet__period").get(pk=interview.pk)
    if version is not None and locked.version != version:
        raise ConcurrentEdit(_("该面谈已被他人修改，请刷新后重试。"))
    if locked.status != InterviewStatus.SCHEDULED:
        raise InvalidTransition(_("面谈当前为“%(status)s”状态，不能再更改安排。")
                                % {"status": locked.get_status_display()})
    return locked


@transaction.atomic
def reschedule_interview(*, actor, interview: Interview, starts_at: datetime,
                         duration_minutes: int, room=None, location: str = "",
                         host=None, confirm: bool = False, version: int | None = None,
                         now: datetime | None = None) -> Interview:
    now = now or timezone.now()
    policy = InterviewPolicy.current()
    interview = _locked_open(interview, version)
    if not access.can_schedule(actor, interview.employee):
        raise DomainError(_("您不能为该员工安排面谈。"), code="forbidden")
    _check_slot(starts_at=starts_at, minutes=duration_minutes, policy=policy, now=now)
    if host is not None and access.can_host_override(actor):
        interview.host = host
    if room is not None and not room.is_active and room.pk != interview.room_id:
        raise DomainError(_("面谈室“%(room)s”已停用。") % {"room": room.name})
    if room is None and not location.strip():
        raise DomainError(_("请选择面谈室或填写地点。"), code="place")
    warnings = rules.warnings_for(
        employee=interview.employee, manager=interview.manager, host=interview.host,
        room=room, starts_at=starts_at, minutes=duration_minutes,
        period=interview.sheet.period if interview.sheet else None, policy=policy,
        exclude_pk=interview.pk)
    if warnings and not confirm:
        raise NeedsConfirmation(warnings)
    before = {"starts_at": interview.starts_at.isoformat(),
              "minutes": interview.duration_minutes,
              "room": interview.room.name if interview.room else ""}
    interview.starts_at, interview.duration_minutes = starts_at, duration_minutes
    interview.room, interview.location = room, location.strip()
    interview.notice_given_on = timezone.localtime(now).date()
    interview.warnings = warnings
    interview.sequence += 1
    interview.version += 1
    interview.save()
    record = interview.record
    record.due_at = interview.ends_at + timedelta(hours=policy.record_due_hours)
    record.save(update_fields=["due_at", "updated_at"])
    audit(actor=actor, event="interview.rescheduled", target=interview, data={
        "before": before, "starts_at": starts_at.isoformat(), "minutes": duration_minutes,
        "room": room.name if room else "", "sequence": interview.sequence,
        "warnings": [w["code"] for w in warnings]})
    _plan_reminders(interview, policy)
    messages.send_invitation(interview, rescheduled=True)
    return interview


@transaction.atomic
def cancel_interview(*, actor, interview: Interview, reason: str,
                     version: int | None = None) -> Interview:
    interview = _locked_open(interview, version)
    if not access.can_schedule(actor, interview.employee):
        raise DomainError(_("您不能为该员工安排面谈。"), code="forbidden")
    if not reason.strip():
        raise DomainError(_("请填写取消原因。"), code="reason")
    interview.status = InterviewStatus.CANCELLED
    interview.cancel_reason = reason.strip()[:200]
    interview.sequence += 1
    interview.version += 1
    interview.save()
    audit(actor=actor, event="interview.cancelled", target=interview,
          data={"reason": interview.cancel_reason, "sequence": interview.sequence})
    cancel_reminders(key_prefix=f"interview:{interview.pk}:")
    messages.send_cancellation(interview)
    return interview


@transaction.atomic
def start_conversation(*, actor, interview: Interview, now: datetime | None = None
                       ) -> Interview:
    """The manager opens conversation mode: the clock starts (once)."""
    now = now or timezone.now()
    interview = Interview.objects.select_for_update(of=("self",)).get(pk=interview.pk)
    if not access.can_write_record(actor, interview):
        raise DomainError(_("只有直属上级和面谈主导人可以进行面谈。"), code="forbidden")
    if interview.status == InterviewStatus.CANCELLED:
        raise InvalidTransition(_("面谈已取消。"))
    if interview.started_at is None:
        interview.started_at = now
        interview.status = InterviewStatus.IN_PROGRESS
        interview.save(update_fields=["started_at", "status", "updated_at"])
        audit(actor=actor, event="interview.started", target=interview,
              data={"at": now.isoformat()})
    return interview


@transaction.atomic
def end_conversation(*, actor, interview: Interview, now: datetime | None = None
                     ) -> Interview:
    """The talk is over: the 24-hour clock for the draft starts from here."""
    now = now or timezone.now()
    policy = InterviewPolicy.current()
    interview = Interview.objects.select_for_update(of=("self",)).get(pk=interview.pk)
    if not access.can_write_record(actor, interview):
        raise DomainError(_("只有直属上级和面谈主导人可以进行面谈。"), code="forbidden")
    if interview.status != InterviewStatus.IN_PROGRESS:
        if interview.status == InterviewStatus.HELD:
            raise InvalidTransition(_("面谈已经结束。"))
        raise InvalidTransition(_("面谈尚未开始，不能结束。"))
    interview.ended_at = now
    interview.status = InterviewStatus.HELD
    minutes = interview.actual_minutes or 0
    if minutes < policy.min_minutes:
        interview.warnings = [*interview.warnings, {"code": "short", "minutes": minutes,
                                                    "min": policy.min_minutes}]
    interview.save(update_fields=["ended_at", "status", "warnings", "updated_at"])
    record = interview.record
    if record.status == RecordStatus.DRAFT:
        record.due_at = now + timedelta(hours=policy.record_due_hours)
        record.save(update_fields=["due_at", "updated_at"])
        schedule_reminder(key=f"interview:{interview.pk}:record_overdue",
                          kind="record.overdue", target=record, due_at=record.due_at)
    cancel_reminders(key_prefix=f"interview:{interview.pk}:upcoming")
    audit(actor=actor, event="interview.ended", target=interview,
          data={"minutes": minutes})
    return interview
