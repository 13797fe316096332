"""Reminder handlers for interviews (R3.2, R3.7), delivered by candor.notifications' queue.

`interview.upcoming` is planned at 09:00 on the working day before the interview;
`record.overdue` at the draft's deadline. Each handler re-reads the state at delivery time
and answers a reason instead of reminding when the event is no longer relevant.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from candor.interviews.models import (
    Interview,
    InterviewStatus,
    Record,
    RecordStatus,
    SelfAssessment,
)
from candor.interviews.services.messages import participants, tell
from candor.interviews.services.rules import weekday_name
from candor.notifications.models import Reminder
from candor.notifications.services import register_reminder


def _when(interview: Interview) -> str:
    start = timezone.localtime(interview.starts_at)
    end = timezone.localtime(interview.ends_at)
    return f"{start:%Y-%m-%d} {weekday_name(start.date())} {start:%H:%M}–{end:%H:%M}"


@register_reminder("interview.upcoming")
def interview_upcoming(reminder: Reminder, interview: Interview) -> bool | str:
    """The day before: where and when, and for the employee the self-assessment if not in."""
    if interview.status != InterviewStatus.SCHEDULED:
        return (_("面谈当前为“%(status)s”状态，不再提醒。")
                % {"status": interview.get_status_display()})
    submitted = SelfAssessment.objects.filter(interview=interview,
                                              submitted_at__isnull=False).exists()

    def subject() -> str:
        return _("面谈提醒：%(when)s") % {"when": _when(interview)}

    def employee_body() -> str:
        text = _("%(name)s，您好：\n\n您与 %(manager)s 的%(kind)s将于 %(when)s 在 %(place)s 进行，"
                 "主导人：%(host)s。") % {
            "name": interview.employee.name, "manager": interview.manager.name,
            "kind": interview.get_kind_display(), "when": _when(interview),
            "place": interview.place or "—",
            "host": interview.host.name if interview.host else "—"}
        if not submitted:
            text += "\n\n" + _("您的自我评估尚未提交，请在面谈前完成。")
        return text

    def others_body() -> str:
        text = _("与 %(employee)s 的%(kind)s将于 %(when)s 在 %(place)s 进行。") % {
            "employee": interview.employee.name, "kind": interview.get_kind_display(),
            "when": _when(interview), "place": interview.place or "—"}
        state = _("员工已提交自我评估。") if submitted else _("员工尚未提交自我评估。")
        return text + "\n" + state + "\n" + _("请提前查看面谈准备材料。")

    employee_url = (interview.get_absolute_url() if submitted else
                    reverse("interviews:self_assessment", args=[interview.pk]))
    tell([interview.employee], kind="interview.upcoming", url=employee_url,
         subject=subject, body=employee_body)
    others = [p for p in participants(interview) if p.pk != interview.employee_id]
    tell(others, kind="interview.upcoming",
         url=reverse("interviews:prepare", args=[interview.pk]),
         subject=subject, body=others_body)
    return True


@register_reminder("record.overdue")
def record_overdue(reminder: Reminder, record: Record) -> bool | str:
    """The draft's deadline has passed and it is not in: tell the manager and the host."""
    interview = record.interview
    if interview.status == InterviewStatus.CANCELLED:
        return _("面谈已取消。")
    if record.submitted_at is not None or record.status not in (RecordStatus.DRAFT,
                                                                RecordStatus.CORRECTIONS):
        return _("面谈记录已提交。")

    def subject() -> str:
        return _("面谈记录逾期未完成：%(employee)s") % {"employee": interview.employee.name}

    def body() -> str:
        due = timezone.localtime(record.due_at)
        return _("与 %(employee)s 的%(kind)s（%(when)s）的面谈记录应于 %(due)s 前完成，"
                 "目前仍未提交。请尽快完成并提交给员工确认。") % {
            "employee": interview.employee.name, "kind": interview.get_kind_display(),
            "when": _when(interview), "due": f"{due:%Y-%m-%d %H:%M}"}

    tell([interview.manager, interview.host], kind="record.overdue",
         url=reverse("interviews:record_edit", args=[interview.pk]),
         subject=subject, body=body)
    return True
