"""Scheduling rules (R3.2, R3.9): notice in working days, duration, the month after the
period, double bookings, leader's offices, and who hosts."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from candor.interviews.models import Interview, InterviewPolicy, InterviewStatus
from candor.org.models import Employee, HrRole, Level
from candor.workdays.calendar import add_workdays, is_workday

WEEKDAYS = (gettext_lazy("星期一"), gettext_lazy("星期二"), gettext_lazy("星期三"),
            gettext_lazy("星期四"), gettext_lazy("星期五"), gettext_lazy("星期六"),
            gettext_lazy("星期日"))


def weekday_name(d) -> str:
    return str(WEEKDAYS[d.weekday()])


def earliest_date(notice_date, policy: InterviewPolicy):
    """The first day an interview may fall on when the employee is told on notice_date."""
    return add_workdays(notice_date, policy.notice_workdays)


def default_host(employee: Employee) -> Employee | None:
    """Middle and senior managers: the HR performance specialist; others: the HR clerk of
    their department (nearest up the tree), else the specialist [s3]."""
    people = Employee.objects.filter(is_active=True).exclude(
        pk__in=[employee.pk, employee.manager_id or 0])
    specialist = people.filter(hr_role=HrRole.SPECIALIST).order_by("employee_no").first()
    if employee.level in (Level.MIDDLE, Level.SENIOR):
        return specialist
    department = employee.department
    seen: set[int] = set()
    while department is not None and department.pk not in seen:
        seen.add(department.pk)
        clerk = people.filter(hr_role=HrRole.CLERK, hr_departments=department).order_by(
            "employee_no").first()
        if clerk is not None:
            return clerk
        department = department.parent
    return specialist


def overlapping(*, starts_at: datetime, minutes: int, exclude_pk: int | None = None):
    """Open interviews that overlap the given slot."""
    end = starts_at + timedelta(minutes=minutes)
    candidates = Interview.objects.filter(
        starts_at__lt=end, starts_at__gt=starts_at - timedelta(hours=24),
    ).exclude(status=InterviewStatus.CANCELLED).select_related(
        "employee", "manager", "host", "room")
    if exclude_pk:
        candidates = candidates.exclude(pk=exclude_pk)
    return [i for i in candidates if i.ends_at > starts_at]


def warnings_for(*, employee: Employee, manager: Employee, host: Employee | None, room,
                 starts_at: datetime, minutes: int, period=None,
                 exclude_pk: int | None = None, policy: InterviewPolicy) -> list[dict]:
    """What the scheduler must confirm: stored with the interview as codes and values."""
    found: list[dict] = []
    local = timezone.localtime(starts_at)
    if period is not None:
        latest = period.end_date + timedelta(days=policy.max_days_after_period)
        if local.date() > latest:
            found.append({"code": "late", "period_end": period.end_date.isoformat(),
                          "days": (local.date() - period.end_date).days,
                          "limit": policy.max_days_after_period})
    if not is_workday(local.date()):
        found.append({"code": "rest_day", "date": local.date().isoformat()})
    people = {p.pk: p for p in (employee, manager, host) if p is not None}
    for other in overlapping(starts_at=starts_at, minutes=minutes, exclude_pk=exclude_pk):
        busy = set(people) & {other.employee_id, other.manager_id, other.host_id}
        for pk in sorted(busy):
            found.append({"code": "person_busy", "person": people[pk].name,
                          "at": timezone.localtime(other.starts_at).strftime("%H:%M"),
                          "interview": other.pk})
        if room is not None and other.room_id == room.pk:
            found.append({"code": "room_busy", "room": room.name,
                          "at": timezone.localtime(other.starts_at).strftime("%H:%M"),
                          "interview": other.pk})
    if room is not None and room.is_leader_office:
        found.append({"code": "leader_office", "room": room.name})
    return found


def warning_text(warning: dict) -> str:
    """A stored warning in the reader's language."""
    code = warning.get("code")
    if code == "late":
        return _("面谈日期在周期结束（%(end)s）%(days)s 天之后，超过了 %(limit)s 天的要求。") % {
            "end": warning.get("period_end"), "days": warning.get("days"),
            "limit": warning.get("limit", 30)}
    if code == "rest_day":
        return _("%(date)s 不是工作日。") % {"date": warning.get("date")}
    if code == "person_busy":
        return _("%(person)s 在该时段已有一场 %(at)s 开始的面谈。") % {
            "person": warning.get("person"), "at": warning.get("at")}
    if code == "room_busy":
        return _("面谈室“%(room)s”在该时段已被 %(at)s 开始的面谈占用。") % {
            "room": warning.get("room"), "at": warning.get("at")}
    if code == "leader_office":
        return _("“%(room)s”是领导办公室：正式的场合会让员工紧张，建议换一间安静的会议室。") % {
            "room": warning.get("room")}
    if code == "short":
        return _("实际面谈只有 %(minutes)s 分钟，少于 %(min)s 分钟的最低要求。") % {
            "minutes": warning.get("minutes"), "min": warning.get("min")}
    return str(code)


def reminder_time(interview: Interview, policy: InterviewPolicy) -> datetime:
    """09:00 on the working day the reminder is due (policy.reminder_workdays before)."""
    day = add_workdays(timezone.localtime(interview.starts_at).date(),
                       -max(policy.reminder_workdays, 1))
    return timezone.make_aware(datetime.combine(day, time(9, 0)))
