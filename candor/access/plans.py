"""Scopes for improvement plans (R1.2, R4): the employee sees their own plans, the manager
line and HR in scope see and steer them; an owner from elsewhere in the company sees the
measures and commitments they own, nothing else of the plan."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404, HttpRequest

from candor.access.logging import log_access
from candor.access.performance import can_record_evidence
from candor.access.scopes import scope_for, scope_queryset


def visible_plans(user) -> QuerySet:
    from candor.plans.models import Plan

    return scope_queryset(user, Plan.objects.all(), subject="employee")


def get_plan_for(user, pk, *, request: HttpRequest | None = None, what: str = "plan"):
    from candor.plans.models import Plan

    try:
        plan = visible_plans(user).select_related(
            "employee__department", "employee__position", "manager", "record__interview",
        ).get(pk=pk)
    except (Plan.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    log_access(user=user, subject=plan.employee, what=what, request=request, obj=plan)
    return plan


def can_steer_plan(user, plan) -> bool:
    """Revise measures, decide follow-ups: the manager line and HR in scope."""
    return can_record_evidence(user, plan.employee)


def can_report_progress(user, measure) -> bool:
    """Progress and checkpoints: the owner, the employee, the manager line and HR."""
    scope = scope_for(user)
    if scope.employee_id is None and not scope.sees_everyone:
        return False
    if scope.employee_id in (measure.owner_id, measure.plan.employee_id):
        return True
    return can_record_evidence(user, measure.plan.employee)


def can_deliver(user, commitment) -> bool:
    """Mark a promise delivered: its owner, the manager line and HR."""
    scope = scope_for(user)
    if scope.employee_id is not None and scope.employee_id == commitment.owner_id:
        return True
    return can_record_evidence(user, commitment.plan.employee)


def owned_measures(user) -> QuerySet:
    """Measures the user owns, whoever's plan they belong to."""
    from candor.plans.models import Measure

    scope = scope_for(user)
    if scope.employee_id is None:
        return Measure.objects.none()
    return Measure.objects.filter(owner_id=scope.employee_id)


def owned_commitments(user) -> QuerySet:
    from candor.plans.models import Commitment

    scope = scope_for(user)
    if scope.employee_id is None:
        return Commitment.objects.none()
    return Commitment.objects.filter(owner_id=scope.employee_id)


def can_see_training_requests(user) -> bool:
    scope = scope_for(user)
    return scope.sees_everyone or scope.is_clerk
