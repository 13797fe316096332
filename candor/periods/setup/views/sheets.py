"""A person's sheet: the goal table, managers' edits, the employee's confirmation."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_htmx.http import HttpResponseClientRedirect

from candor import access
from candor.core.errors import DomainError
from candor.periods.models import Goal, GoalSheet, PeriodStatus, SheetStatus
from candor.periods.results.selectors import rate_label, sheet_result
from candor.periods.setup import services
from candor.periods.setup.display import decorate_goal, num
from candor.periods.setup.forms import GoalForm
from candor.periods.setup.views.common import version_from

RESULT_COLUMNS_FROM = {PeriodStatus.IN_PROGRESS, PeriodStatus.SCORING, PeriodStatus.RELEASED,
                       PeriodStatus.CLOSED}


def _sheet_context(user, sheet: GoalSheet) -> dict:
    goals = [decorate_goal(g) for g in sheet.goals.all()]
    digest = services.goals_digest(goals)
    is_own = sheet.employee.user_id is not None and sheet.employee.user_id == user.pk
    period_open = sheet.period.status in services.GOALS_EDITABLE
    needs_reconfirmation = bool(sheet.confirmed_digest) and digest != sheet.confirmed_digest
    can_rate = sheet.period.status == PeriodStatus.SCORING and access.can_rate(user, sheet)
    return {
        "sheet": sheet, "period": sheet.period, "goals": goals, "digest": digest,
        "is_own": is_own,
        "can_edit": period_open and access.can_edit_goals(user, sheet),
        "can_confirm": is_own and period_open and (
            sheet.status == SheetStatus.DRAFT or needs_reconfirmation),
        "needs_reconfirmation": needs_reconfirmation,
        "is_confirmed": sheet.status != SheetStatus.DRAFT and not needs_reconfirmation,
        "problems": services.goal_set_problems(goals) if goals else [],
        "weight_total": num(services.weight_total(goals)),
        "weight_ok": services.weight_total(goals) == 100,
        # actuals, ratings and points: for whoever may see the result, once there can be any
        "show_actuals": sheet.period.status in RESULT_COLUMNS_FROM
        and access.can_see_result(user, sheet),
        "is_scored": sheet.status == SheetStatus.SCORED,
        "sheet_result": sheet_result(user, sheet),
        "can_rate": can_rate,
        "rate_label": rate_label(user, sheet) if can_rate else "",
    }


@login_required
def sheet_detail(request: HttpRequest, pk: int) -> HttpResponse:
    sheet = access.get_sheet_for(request.user, pk, request=request)
    return render(request, "periods/setup_sheet.html", _sheet_context(request.user, sheet))


def _editable_sheet(request: HttpRequest, pk: int) -> GoalSheet:
    """The sheet, if the user may set its goals; 404 otherwise (the employee included)."""
    sheet = access.get_sheet_for(request.user, pk, request=request)
    if not access.can_edit_goals(request.user, sheet):
        raise Http404
    return sheet


def _goal_form(request: HttpRequest, *, sheet: GoalSheet, goal: Goal | None) -> HttpResponse:
    form = GoalForm(request.POST or None, instance=goal)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_goal(sheet=sheet, goal=goal, fields=form.values(), actor=request.user,
                               expected_version=version_from(request))
        except DomainError as e:
            form.add_error(None, e.message)
        else:
            messages.success(request, _("指标“%(name)s”已保存。")
                             % {"name": form.cleaned_data["name"]})
            url = sheet.get_absolute_url()
            return HttpResponseClientRedirect(url) if request.htmx else redirect(url)
    template = ("periods/partials/_setup_goal_form.html" if request.htmx
                else "periods/setup_goal_form.html")
    return render(request, template, {"form": form, "sheet": sheet, "goal": goal})


@login_required
def goal_create(request: HttpRequest, pk: int) -> HttpResponse:
    return _goal_form(request, sheet=_editable_sheet(request, pk), goal=None)


def _editable_goal(request: HttpRequest, pk: int) -> Goal:
    sheet_id = Goal.objects.filter(pk=pk).values_list("sheet_id", flat=True).first()
    if sheet_id is None:
        raise Http404
    sheet = _editable_sheet(request, sheet_id)
    goal = get_object_or_404(Goal, pk=pk)
    goal.sheet = sheet
    return goal


@login_required
def goal_edit(request: HttpRequest, pk: int) -> HttpResponse:
    goal = _editable_goal(request, pk)
    return _goal_form(request, sheet=goal.sheet, goal=goal)


@login_required
@require_POST
def goal_delete(request: HttpRequest, pk: int) -> HttpResponse:
    goal = _editable_goal(request, pk)
    try:
        services.delete_goal(goal=goal, actor=request.user,
                             expected_version=version_from(request))
    except DomainError as e:
        messages.error(request, e.message)
    else:
        messages.success(request, _("指标“%(name)s”已删除。") % {"name": goal.name})
    return redirect(goal.sheet)


@login_required
@require_POST
def sheet_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    """Only the employee confirms their own sheet; for anyone else the action does not exist."""
    sheet = access.get_sheet_for(request.user, pk, request=request)
    if sheet.employee.user_id != request.user.pk:
        raise Http404
    try:
        services.confirm_goals(sheet=sheet, actor=request.user,
                               expected_digest=request.POST.get("digest", ""))
    except DomainError as e:
        messages.error(request, e.message)
    else:
        messages.success(request, _("你已确认本期目标。"))
    return redirect(sheet)
