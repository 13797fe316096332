"""Scopes for interviews, their records, preparation and appeals (R1.2).

- the employee sees their own interviews; the record once the draft is submitted; never
  the manager's preparation notes;
- the manager line and HR in scope see and schedule; the interview's manager and host
  write the record; the host always sees the interviews they host;
- a committee member sees only the cases referred to the committee (appeals), nothing else
  of other people's interviews.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest

from candor.access.logging import log_access
from candor.access.performance import can_record_evidence
from candor.access.scopes import scope_for, scope_queryset


def visible_interviews(user) -> QuerySet:
    from candor.interviews.models import Interview

    scope = scope_for(user)
    qs = scope_queryset(user, Interview.objects.all(), subject="employee")
    if scope.employee_id is not None and not scope.sees_everyone:
        extra = Q(host_id=scope.employee_id)
        if scope.is_committee:
            extra |= Q(record__appeals__isnull=False)
        qs = (qs | Interview.objects.filter(extra)).distinct()
    return qs


def get_interview_for(user, pk, *, request: HttpRequest | None = None,
                      what: str = "interview"):
    """The interview if in scope, else 404; reading someone else's is logged."""
    from candor.interviews.models import Interview

    try:
        interview = visible_interviews(user).select_related(
            "employee__department", "employee__position", "employee__user",
            "manager__position", "manager__user", "host__user", "room",
            "sheet__period").get(pk=pk)
    except (Interview.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    log_access(user=user, subject=interview.employee, what=what, request=request,
               obj=interview)
    return interview


def is_interviewee(user, interview) -> bool:
    return scope_for(user).employee_id == interview.employee_id


def can_schedule(user, employee) -> bool:
    """Schedule, reschedule, cancel: the manager line and HR in scope."""
    return can_record_evidence(user, employee)


def can_host_override(user) -> bool:
    """Choosing a host other than the rule's: HR."""
    scope = scope_for(user)
    return scope.sees_everyone or scope.is_clerk


def can_prepare(user, interview) -> bool:
    """The manager's preparation pack and notes: the manager line, the host, HR in scope."""
    scope = scope_for(user)
    if scope.employee_id == interview.employee_id:
        return False
    return scope.employee_id == interview.host_id or can_record_evidence(user,
                                                                        interview.employee)


def can_write_record(user, interview) -> bool:
    """The record is written by the interview's manager and its host."""
    scope = scope_for(user)
    return scope.employee_id is not None and scope.employee_id in (interview.manager_id,
                                                                   interview.host_id)


def can_read_record(user, record) -> bool:
    """The employee reads their record once submitted; everyone else who sees the interview
    reads it as it is (the committee reads only referred cases, which is all it sees)."""
    if is_interviewee(user, record.interview):
        return record.status != "draft"
    return True


def visible_appeals(user) -> QuerySet:
    from candor.interviews.models import Appeal

    scope = scope_for(user)
    if scope.is_committee or scope.sees_everyone:
        return Appeal.objects.all()
    return scope_queryset(user, Appeal.objects.all(), subject="employee")


def get_appeal_for(user, pk, *, request: HttpRequest | None = None):
    from candor.interviews.models import Appeal

    try:
        appeal = visible_appeals(user).select_related(
            "employee__department", "employee__position", "sheet__period", "record__interview",
        ).get(pk=pk)
    except (Appeal.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    log_access(user=user, subject=appeal.employee, what="appeal", request=request, obj=appeal)
    return appeal


def can_rule(user) -> bool:
    return scope_for(user).is_committee


def can_manage_interview_settings(user) -> bool:
    """Rooms and the interview rules: HR specialists and the admin."""
    return scope_for(user).sees_everyone
