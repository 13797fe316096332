"""The evidence start page and one employee's evidence page.

Key events, check-ins, 360° feedback and facts have their own view modules (views_*.py).
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from candor import access
from candor.evidence import rules, selectors
from candor.org.models import Employee
from candor.periods.models import Period


def recordable_employee(request: HttpRequest, pk: int, *, what: str) -> Employee:
    """The employee, if the user may write evidence about them; else 404 like any other
    object out of reach (the employee themself included)."""
    person = access.get_employee_for(request.user, pk, request=request, what=what)
    if not access.can_record_evidence(request.user, person):
        raise Http404
    return person


def require_reviewer(request: HttpRequest) -> None:
    if not rules.reviews_others(request.user):
        raise Http404


@login_required
def index(request: HttpRequest) -> HttpResponse:
    """Where to start: one's own evidence, and for managers and HR the people in scope."""
    scope = access.scope_for(request.user)
    context: dict = {"me_id": scope.employee_id,
                     "pending_feedback": selectors.pending_feedback_count(request.user)}
    if rules.reviews_others(request.user):
        people = (access.visible_employees(request.user).filter(is_active=True)
                  .exclude(pk=scope.employee_id or 0)
                  .select_related("department", "position"))
        q = request.GET.get("q", "").strip()
        if q:
            people = people.filter(Q(name__icontains=q) | Q(employee_no__icontains=q))
        context |= {
            "q": q,
            "page": Paginator(people.order_by("employee_no"), 50).get_page(request.GET.get("page")),
            "periods": Period.objects.order_by("-start_date")[:12],
            "can_import": access.can_manage_org(request.user),
        }
    return render(request, "evidence/index.html", context)


@login_required
def employee(request: HttpRequest, employee_id: int) -> HttpResponse:
    """Key events, check-ins, facts and 360° status of one period (the current by default).

    The employee on their own page sees cited key events only and feedback only as
    aggregates from three answers up; reading someone else's page is logged.
    """
    person = access.get_employee_for(request.user, employee_id, request=request,
                                     what="evidence")
    periods = list(selectors.periods_for(person))
    period = selectors.pick_period(periods, request.GET.get("period"))
    is_self = rules.is_self(request.user, person)
    evidence = selectors.employee_evidence(request.user, person, period, for_subject=is_self)
    return render(request, "evidence/employee.html", {
        "person": person, "periods": periods, "period": period, "evidence": evidence,
        "is_self": is_self, "can_record": access.can_record_evidence(request.user, person),
        "locked": period is not None and period.status in selectors.LOCKED_STATUSES,
    })
