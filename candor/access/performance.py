"""Scopes for performance data: goal sheets, results, key events, feedback, check-ins.

Built on the employee scope in `scopes.py`. The extra rules:
- an employee sees their own sheet and goals, but the score, grade and ranking only once
  the period's results are released;
- key events are for the manager line and HR; the employee sees one only after it has
  been cited in an interview record;
- 360° answers reach the employee only as aggregates, and only from 3 answers up.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest

from candor.access.logging import log_access
from candor.access.scopes import scope_for, scope_queryset

MIN_FEEDBACK_ANSWERS = 3


def can_manage_periods(user) -> bool:
    """Open, advance and release periods; keep templates and grade scales: HR and admin."""
    scope = scope_for(user)
    return scope.sees_everyone


def visible_sheets(user) -> QuerySet:
    from candor.periods.models import GoalSheet

    return scope_queryset(user, GoalSheet.objects.all(), subject="employee")


def get_sheet_for(user, pk, *, request: HttpRequest | None = None, what: str = "goal_sheet"):
    """The sheet if in scope, else 404; reading someone else's sheet is logged."""
    from candor.periods.models import GoalSheet

    try:
        sheet = visible_sheets(user).select_related(
            "period", "employee__department", "employee__position__sequence",
            "employee__manager").get(pk=pk)
    except (GoalSheet.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    log_access(user=user, subject=sheet.employee, what=what, request=request, obj=sheet)
    return sheet


def is_in_manager_line(user, employee) -> bool:
    return employee.pk in scope_for(user).report_ids


def can_record_evidence(user, employee) -> bool:
    """Write about a person (goals, ratings, key events, check-ins, 360° requests): the
    manager line and HR in scope; never the person themself."""
    scope = scope_for(user)
    if scope.user_id is None or scope.employee_id == employee.pk:
        return False
    if scope.sees_everyone:
        return True
    if scope.is_clerk and employee.department_id in scope.clerk_department_ids:
        return True
    return employee.pk in scope.report_ids


def can_edit_goals(user, sheet) -> bool:
    """The manager line and HR in scope set goals; never the employee on their own sheet."""
    return can_record_evidence(user, sheet.employee)


def can_rate(user, sheet) -> bool:
    """Ratings of judgement goals and abilities: the manager line (and HR, to correct)."""
    return can_edit_goals(user, sheet)


def can_see_result(user, sheet) -> bool:
    scope = scope_for(user)
    if scope.employee_id == sheet.employee_id:
        return sheet.period.results_released
    return visible_sheets(user).filter(pk=sheet.pk).exists()


def visible_key_events(user) -> QuerySet:
    from candor.evidence.models import KeyEvent

    scope = scope_for(user)
    qs = scope_queryset(user, KeyEvent.objects.all(), subject="employee")
    if scope.employee_id is not None:
        qs = qs.exclude(Q(employee_id=scope.employee_id) & Q(cited_at__isnull=True))
    return qs


def visible_check_ins(user) -> QuerySet:
    from candor.evidence.models import CheckIn

    return scope_queryset(user, CheckIn.objects.all(), subject="employee")


def visible_feedback_requests(user) -> QuerySet:
    """Requests about people in scope (the subject sees none of the individual requests)."""
    from candor.evidence.models import FeedbackRequest

    scope = scope_for(user)
    qs = scope_queryset(user, FeedbackRequest.objects.all(), subject="subject")
    if scope.employee_id is not None:
        qs = qs.exclude(subject_id=scope.employee_id)
    return qs


def feedback_to_answer(user) -> QuerySet:
    """Requests the user is asked to answer as a rater."""
    from candor.evidence.models import FeedbackRequest

    scope = scope_for(user)
    if scope.employee_id is None:
        return FeedbackRequest.objects.none()
    return FeedbackRequest.objects.filter(rater_id=scope.employee_id)
