"""The plan list and the plan page, with the page's two decisions: a promise delivered (or
cancelled) and a missed plan's follow-up accepted or declined (R4.2, R4.3).

Plans come through `access`; the services decide who may act. A refusal re-renders the plan
page with the message and what the user typed.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from candor import access
from candor.core.errors import DomainError
from candor.interviews.models import InterviewType
from candor.plans.forms import CommitmentForm, FollowUpForm
from candor.plans.models import FollowUpKind, Plan, PlanStatus
from candor.plans.selectors import plans as selectors
from candor.plans.services import tracking

PAGE_SIZE = 25


@login_required
def plan_list(request: HttpRequest) -> HttpResponse:
    filters = selectors.parse_filters(request.GET)
    page = Paginator(selectors.plans_for(request.user, filters), PAGE_SIZE).get_page(
        request.GET.get("page"))
    scope = access.scope_for(request.user)
    return render(request, "plans/list.html", {
        "page": page, "filters": filters, "statuses": PlanStatus.choices,
        "departments": selectors.department_choices(request.user),
        "is_manager": scope.is_manager,
        "foreign_measures": list(selectors.foreign_measures(request.user)[:50]),
        "can_see_training": access.can_see_training_requests(request.user),
    })


def _render_plan(request: HttpRequest, plan: Plan, **kept) -> HttpResponse:
    page = selectors.plan_page(request.user, plan)
    return render(request, "plans/detail.html", {
        "page": page, "plan": plan, "interview": plan.record.interview,
        "follow_up_months": FollowUpForm.MONTHS, **kept,
    })


@login_required
def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    plan = access.get_plan_for(request.user, pk, request=request)
    return _render_plan(request, plan)


def _back_to(request: HttpRequest, plan: Plan) -> HttpResponse:
    """To the plan when the user sees it; an owner from elsewhere goes back where they
    came from."""
    if selectors.can_see_plan(request.user, plan):
        return redirect(plan)
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()},
                                                   require_https=request.is_secure()):
        return redirect(target)
    return redirect("core:home")


@login_required
@require_POST
def commitment(request: HttpRequest, pk: int) -> HttpResponse:
    item = selectors.get_commitment_for(request.user, pk, request=request)
    if not access.can_deliver(request.user, item):
        raise PermissionDenied
    form = CommitmentForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("请选择要执行的操作。"))
        return _back_to(request, item.plan)
    cancel = form.cleaned_data["action"] == "cancel"
    note = form.cleaned_data["note"]
    try:
        tracking.deliver_commitment(actor=request.user, commitment=item, note=note,
                                    cancel=cancel)
    except DomainError as error:
        messages.error(request, error.message)
        if selectors.can_see_plan(request.user, item.plan):
            plan = access.get_plan_for(request.user, item.plan_id)
            return _render_plan(request, plan, kept_commitment=item.pk, kept_note=note)
        return _back_to(request, item.plan)
    messages.success(request, _("承诺已取消。") if cancel else _("承诺已标记为兑现。"))
    return _back_to(request, item.plan)


@login_required
@require_POST
def follow_up(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = selectors.get_follow_up_for(request.user, pk, request=request)
    plan = proposal.plan
    if not access.can_steer_plan(request.user, plan):
        raise PermissionDenied
    form = FollowUpForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("请选择接受或拒绝。"))
        return redirect(plan)
    accept = form.cleaned_data["action"] == "accept"
    reason = form.cleaned_data["reason"]
    try:
        decided = tracking.decide_follow_up(actor=request.user, follow_up=proposal,
                                            accept=accept, reason=reason,
                                            months=form.cleaned_data["months"] or 1)
    except DomainError as error:
        messages.error(request, error.message)
        plan = access.get_plan_for(request.user, plan.pk)
        return _render_plan(request, plan, kept_follow_up=proposal.pk, kept_reason=reason)
    if not accept:
        messages.success(request, _("已拒绝该建议。"))
        return redirect(plan)
    if decided.kind == FollowUpKind.REVISION and decided.revision is not None:
        messages.success(request, _("已生成修订后的改进计划，请检查措施和期限。"))
        return redirect(decided.revision)
    messages.success(request, _("请安排绩效改进面谈。"))
    query = urlencode({"employee": plan.employee_id, "kind": InterviewType.IMPROVEMENT})
    return redirect(f"{reverse('interviews:schedule')}?{query}")
