"""Reads for the scheduling pages: who a user may book, the interview list with its filters,
and the flags shown next to an interview (record overdue, stored warnings)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

from candor import access
from candor.interviews.models import Interview, InterviewStatus, RecordStatus
from candor.interviews.services import rules
from candor.org.models import Department, Employee
from candor.periods.models import GoalSheet, Period, PeriodStatus

RELEASED = (PeriodStatus.RELEASED, PeriodStatus.CLOSED)
WHO_MINE, WHO_TEAM, WHO_HOSTING = "mine", "team", "hosting"


def schedulable_employees(user) -> QuerySet[Employee]:
    """The people `access.can_schedule` allows this user to book, as one query.

    Mirrors the rule there (manager line and HR in scope, never oneself) so that a chooser
    never offers someone the service would refuse.
    """
    scope = access.scope_for(user)
    if scope.user_id is None:
        return Employee.objects.none()
    people = Employee.objects.filter(is_active=True, manager__isnull=False)
    if not scope.sees_everyone:
        condition = Q(pk__in=scope.report_ids)
        if scope.is_clerk:
            condition |= Q(department_id__in=scope.clerk_department_ids)
        people = people.filter(condition)
    if scope.employee_id is not None:
        people = people.exclude(pk=scope.employee_id)
    return people.select_related("department").order_by("department__code", "employee_no")


def can_schedule_anyone(user) -> bool:
    return schedulable_employees(user).exists()


def released_sheets(employee: Employee | None) -> QuerySet[GoalSheet]:
    """The employee's sheets whose results are out: only those can be talked through."""
    if employee is None:
        return GoalSheet.objects.none()
    return (GoalSheet.objects.filter(employee=employee, period__status__in=RELEASED)
            .select_related("period").order_by("-period__end_date"))


@dataclass
class Filters:
    period: int | None = None
    status: str = ""
    kind: str = ""
    department: int | None = None
    who: str = ""
    query: dict = field(default_factory=dict)


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def parse_filters(params) -> Filters:
    return Filters(
        period=_int(params.get("period")),
        status=params.get("status", "") if params.get("status") in InterviewStatus.values
        else "",
        kind=params.get("kind", ""),
        department=_int(params.get("department")),
        who=params.get("who", "") if params.get("who") in (WHO_MINE, WHO_TEAM, WHO_HOSTING)
        else "",
    )


def department_choices(user) -> list[Department]:
    """HR filters by department: everyone's for the specialist, their own for a clerk."""
    scope = access.scope_for(user)
    if scope.sees_everyone:
        return list(Department.objects.filter(is_active=True).order_by("code"))
    if scope.is_clerk:
        return list(Department.objects.filter(pk__in=scope.clerk_department_ids)
                    .order_by("code"))
    return []


def period_choices() -> list[Period]:
    return list(Period.objects.filter(status__in=RELEASED).order_by("-end_date")[:24])


def interviews_for(user, filters: Filters) -> QuerySet[Interview]:
    scope = access.scope_for(user)
    qs = access.visible_interviews(user)
    if filters.period:
        qs = qs.filter(sheet__period_id=filters.period)
    if filters.status:
        qs = qs.filter(status=filters.status)
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    if filters.department and (scope.sees_everyone or scope.is_clerk):
        qs = qs.filter(employee__department_id__in=access.department_subtree_ids(
            [filters.department]))
    me = scope.employee_id or 0
    if filters.who == WHO_MINE:
        qs = qs.filter(employee_id=me)
    elif filters.who == WHO_TEAM:
        qs = qs.filter(Q(manager_id=me) | Q(employee_id__in=scope.report_ids))
    elif filters.who == WHO_HOSTING:
        qs = qs.filter(host_id=me)
    return qs.select_related(
        "employee__department", "manager", "host", "room", "record", "sheet__period",
    ).order_by("-starts_at", "-pk")


def record_overdue(interview: Interview, now: datetime | None = None) -> bool:
    """The draft is not in and its deadline has passed (R3.7)."""
    if interview.status == InterviewStatus.CANCELLED:
        return False
    record = getattr(interview, "record", None)
    if record is None or record.status != RecordStatus.DRAFT or record.due_at is None:
        return False
    return (now or timezone.now()) > record.due_at


def conversation_day(interview: Interview, now: datetime | None = None) -> bool:
    """From the interview's own day (or once it has started), conversation mode is the
    manager's next step; before that it is only a preview."""
    if interview.started_at is not None:
        return True
    today = timezone.localtime(now or timezone.now()).date()
    return today >= timezone.localtime(interview.starts_at).date()


def warning_texts(interview: Interview) -> list[str]:
    return [rules.warning_text(w) for w in interview.warnings or []]


@dataclass
class Row:
    interview: Interview
    overdue: bool
    warnings: list[str]


def rows(interviews) -> list[Row]:
    now = timezone.now()
    return [Row(i, record_overdue(i, now), warning_texts(i)) for i in interviews]
