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
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django.views.decorators.http import require_POST

from candor import access
from candor.core.errors import DomainError
from candor.documents.excel_export import ExportColumn, export_response, log_export
from candor.interviews.models import InterviewType
from candor.org.models import Department
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


def _while_active(value):
    """The overdue counts, which the list shows only on a plan still running."""
    return lambda plan: value(plan) if plan.status == PlanStatus.ACTIVE else None


PLAN_COLUMNS = (
    ExportColumn(_l("工号"), lambda p: p.employee.employee_no, 12),
    ExportColumn(_l("员工"), lambda p: p.employee.name, 12),
    ExportColumn(_l("部门"), lambda p: p.employee.department.name, 16),
    ExportColumn(_l("直属上级"), lambda p: p.manager.name, 12),
    ExportColumn(_l("来源面谈"), lambda p: p.record.interview.get_kind_display(), 14),
    ExportColumn(_l("面谈日期"), lambda p: timezone.localdate(p.record.interview.starts_at),
                 12),
    ExportColumn(_l("修订版"), lambda p: p.revision_of_id is not None, 8),
    ExportColumn(_l("状态"), lambda p: p.get_status_display(), 10),
    ExportColumn(_l("已完成措施"), lambda p: p.measures_done, 10),
    ExportColumn(_l("措施总数"), lambda p: p.measures_total, 10),
    ExportColumn(_l("下一个检查点"), _while_active(lambda p: p.next_checkpoint_date), 12),
    ExportColumn(_l("检查点内容"), _while_active(lambda p: p.next_checkpoint_text), 30),
    ExportColumn(_l("逾期检查点"), _while_active(lambda p: p.overdue_checkpoints), 10),
    ExportColumn(_l("逾期措施"), _while_active(lambda p: p.overdue_measures), 10),
    ExportColumn(_l("逾期承诺"), _while_active(lambda p: p.overdue_commitments), 10),
)


@login_required
def plan_list_export(request: HttpRequest) -> HttpResponse:
    """The plan list as a workbook: every plan its filters select, no paging."""
    filters = selectors.parse_filters(request.GET)
    plans = selectors.plans_for(request.user, filters)
    who = {selectors.WHO_MINE: _("我的计划"), selectors.WHO_TEAM: _("我的团队")}
    department = (Department.objects.filter(pk=filters.department).first()
                  if filters.department else None)
    response = export_response(
        request, columns=PLAN_COLUMNS, rows=plans.iterator(chunk_size=1000),
        title=_("改进计划"), filters=[
            (_("范围"), who.get(filters.who, "")),
            (_("计划状态"), dict(PlanStatus.choices).get(filters.status, "")),
            (_("部门"), department and department.name)])
    log_export(request, what="export:plans",
               subject_ids=plans.values_list("employee_id", flat=True))
    return response


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
