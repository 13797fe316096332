"""What the interview sends: e-mails with calendar entries, and in-app notifications.

Each builder returns callables that notifications evaluates once per recipient inside the
recipient's language, so nothing here is translated at call time.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from candor.interviews.models import Interview
from candor.notifications.calendar import build_event
from candor.notifications.services import notify


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def participants(interview: Interview) -> list:
    return [p for p in (interview.employee, interview.manager, interview.host) if p is not None]


def _when(interview: Interview) -> str:
    start = timezone.localtime(interview.starts_at)
    end = timezone.localtime(interview.ends_at)
    from candor.interviews.services.rules import weekday_name

    return f"{start:%Y-%m-%d} {weekday_name(start.date())} {start:%H:%M}–{end:%H:%M}"


def _summary(interview: Interview) -> str:
    return _("绩效面谈：%(employee)s（%(kind)s）") % {
        "employee": interview.employee.name, "kind": interview.get_kind_display()}


def _preparation_list() -> str:
    items = (_("本期工作表现的描述"), _("对照绩效标准的完成情况"), _("自我评价"),
             _("下期目标设想"), _("需要的资源与支持"), _("3–5 个想提出的问题或要求"))
    return "\n".join(f"  {n}. {item}" for n, item in enumerate(items, start=1))


def calendar_for(interview: Interview, method: str) -> Callable[[], tuple[str, bytes]]:
    def build() -> tuple[str, bytes]:
        people = participants(interview)
        return method, build_event(
            uid=f"{interview.uid}@candor", sequence=interview.sequence, method=method,
            start=interview.starts_at, end=interview.ends_at, summary=_summary(interview),
            description=_("面谈详情：%(link)s") % {"link": absolute(interview.get_absolute_url())},
            location=interview.place,
            organizer=(interview.manager.name, interview.manager.email),
            attendees=[(p.name, p.email) for p in people if p.email],
            status="CANCELLED" if method == "CANCEL" else "CONFIRMED",
        )
    return build


def send_invitation(interview: Interview, *, rescheduled: bool = False) -> None:
    """The employee's invitation says what to prepare; manager and host get the entry."""
    link = absolute(interview.get_absolute_url())
    prepare = absolute(reverse("interviews:self_assessment", args=[interview.pk]))

    def employee_message() -> tuple[str, str]:
        subject = (_("面谈时间已变更：%(when)s") if rescheduled else
                   _("绩效面谈邀请：%(when)s")) % {"when": _when(interview)}
        body = _("%(name)s，您好：\n\n%(manager)s 邀请您参加%(kind)s。\n\n时间：%(when)s\n"
                 "地点：%(place)s\n主导人：%(host)s\n\n请在面谈前提交自我评估，内容包括：\n"
                 "%(items)s\n") % {
            "name": interview.employee.name, "manager": interview.manager.name,
            "kind": interview.get_kind_display(), "when": _when(interview),
            "place": interview.place or "—",
            "host": interview.host.name if interview.host else "—",
            "items": _preparation_list()}
        return subject, body

    def employee_links() -> str:
        return _("填写自我评估：%(prepare)s\n面谈详情：%(link)s") % {
            "prepare": prepare, "link": link}

    def others_message() -> tuple[str, str]:
        subject = (_("面谈时间已变更：%(summary)s") if rescheduled else "%(summary)s") % {
            "summary": _summary(interview)}
        body = _("时间：%(when)s\n地点：%(place)s\n员工：%(employee)s\n直属上级：%(manager)s\n"
                 "主导人：%(host)s\n") % {
            "when": _when(interview), "place": interview.place or "—",
            "employee": interview.employee.name, "manager": interview.manager.name,
            "host": interview.host.name if interview.host else "—"}
        return subject, body

    def others_links() -> str:
        return _("面谈准备：%(link)s") % {
            "link": absolute(reverse("interviews:prepare", args=[interview.pk]))}

    calendar = calendar_for(interview, "REQUEST")
    kind = "interview.rescheduled" if rescheduled else "interview.invited"
    notify(recipients=[interview.employee], kind=kind, url=interview.get_absolute_url(),
           message=employee_message, calendar=calendar, link=employee_links)
    others = [p for p in (interview.manager, interview.host) if p is not None]
    notify(recipients=others, kind=kind, url=interview.get_absolute_url(),
           message=others_message, calendar=calendar, link=others_links)


def send_cancellation(interview: Interview) -> None:
    def message() -> tuple[str, str]:
        subject = _("面谈已取消：%(summary)s") % {"summary": _summary(interview)}
        body = _("原定于 %(when)s 的面谈已取消。\n原因：%(reason)s\n") % {
            "when": _when(interview), "reason": interview.cancel_reason or "—"}
        return subject, body

    notify(recipients=participants(interview), kind="interview.cancelled",
           url=interview.get_absolute_url(), message=message,
           calendar=calendar_for(interview, "CANCEL"))


def tell(recipients, *, kind: str, url: str, subject: Callable[[], str],
         body: Callable[[], str]) -> None:
    """A plain notification (in-app and e-mail) with lazily built text; the e-mail ends with
    the page's address, the inbox entry opens it with its own button."""
    def message() -> tuple[str, str]:
        return subject(), body()

    notify(recipients=[r for r in recipients if r is not None], kind=kind, url=url,
           message=message, link=absolute(url))
