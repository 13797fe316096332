"""Entering results: actual values (typed or imported) and the manager line's ratings."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from candor import access
from candor.core.errors import DomainError
from candor.documents.imports.kinds.actuals import ActualsKind
from candor.documents.imports.web import template_download, upload_page
from candor.periods.models import (
    AbilityItem,
    AbilityRating,
    Assessment,
    Goal,
    GoalSheet,
    Period,
    Rule,
)
from candor.periods.results import entry, selectors
from candor.periods.results.forms import (
    AbilityForm,
    ActualForm,
    ActualsUploadForm,
    GoalRatingForm,
    ManagerPointsForm,
    first_error,
)


def _hr_period(request: HttpRequest, pk: int) -> Period:
    """Actual values are HR's: entered for everyone in the period, or imported."""
    if not access.can_manage_periods(request.user):
        raise Http404
    return get_object_or_404(Period, pk=pk)


def _goal_in_scope(request: HttpRequest, pk: int) -> Goal:
    """A goal whose sheet the user may see (no access log: the write itself is audited)."""
    sheets = access.visible_sheets(request.user)
    return get_object_or_404(Goal.objects.select_related("sheet__period", "sheet__employee")
                             .filter(sheet__in=sheets), pk=pk)


@login_required
def actuals(request: HttpRequest, pk: int) -> HttpResponse:
    period = _hr_period(request, pk)
    q = request.GET.get("q", "").strip()
    missing = request.GET.get("missing") == "1"
    page = selectors.actual_goals(request.user, period, q=q, missing_only=missing,
                                  page=request.GET.get("page"))
    for goal in page:
        selectors.with_texts(goal)
    return render(request, "periods/results_actuals.html", {
        "period": period, "page": page, "q": q, "missing": missing,
        "open": period.status in entry.ENTRY_STATUSES,
    })


@login_required
@require_POST
def actual_save(request: HttpRequest, pk: int) -> HttpResponse:
    if not access.can_manage_periods(request.user):
        raise Http404
    goal = _goal_in_scope(request, pk)
    form = ActualForm(request.POST)
    error = saved = ""
    if not form.is_valid():
        error = first_error(form)
    else:
        try:
            goal = entry.set_actual(goal=goal, actual=form.cleaned_data["actual"],
                                    actor=request.user,
                                    expected_version=form.cleaned_data["version"])
            saved = _("已保存")
        except DomainError as e:
            error = e.message
    if not request.htmx:
        return redirect("periods:results_actuals", pk=goal.sheet.period_id)
    goal.refresh_from_db()
    selectors.with_texts(goal)
    if error:
        goal.actual_text = request.POST.get("actual", "")
    return render(request, "periods/results_actual_row.html",
                  {"goal": goal, "error": error, "saved": saved, "open": True})


@login_required
def actuals_template(request: HttpRequest, pk: int) -> HttpResponse:
    period = _hr_period(request, pk)
    filename = _("%(period)s 实际值导入模板") % {"period": period.name} + ".xlsx"
    return template_download(ActualsKind(period=period, actor=request.user), filename=filename)


@login_required
def actuals_import(request: HttpRequest, pk: int) -> HttpResponse:
    """Upload the filled template; the answer is the problem list or what was imported."""
    period = _hr_period(request, pk)
    return upload_page(
        request, ActualsKind(period=period, actor=request.user),
        form_class=ActualsUploadForm, context={"period": period},
        template="periods/results_import.html",
        panel_template="periods/results_import_panel.html")


def _ratable_sheet(request: HttpRequest, pk: int, *, log: bool) -> GoalSheet:
    if log:
        sheet = access.get_sheet_for(request.user, pk, request=request, what="ratings")
    else:
        sheet = get_object_or_404(access.visible_sheets(request.user)
                                  .select_related("period", "employee"), pk=pk)
    if not access.can_rate(request.user, sheet):
        raise Http404
    return sheet


@login_required
def rate(request: HttpRequest, pk: int) -> HttpResponse:
    """The manager line rates judgement goals and the ability and attitude items."""
    sheet = _ratable_sheet(request, pk, log=True)
    goals, abilities = selectors.rating_rows(sheet)
    return render(request, "periods/results_rate.html", {
        "sheet": sheet, "goals": goals, "abilities": abilities,
        "open": sheet.period.status in entry.ENTRY_STATUSES, "assessments": Assessment.choices,
        "rate_label": selectors.rate_label(request.user, sheet),
        "next_sheet": selectors.next_to_rate(request.user, sheet),
        "can_manage": access.can_manage_periods(request.user),
    })


@login_required
@require_POST
def rate_goal(request: HttpRequest, pk: int) -> HttpResponse:
    goal = _goal_in_scope(request, pk)
    if not access.can_rate(request.user, goal.sheet):
        raise Http404
    if goal.rule == Rule.RATING:
        form = GoalRatingForm(request.POST, grades=sorted(goal.rating_scale or {}))
    else:
        form = ManagerPointsForm(request.POST)
    error = saved = ""
    if not form.is_valid():
        error = first_error(form)
    else:
        try:
            goal = entry.rate_goal(goal=goal, actor=request.user,
                                   manager_points=form.cleaned_data.get("manager_points"),
                                   rating=form.cleaned_data.get("rating", ""),
                                   expected_version=form.cleaned_data["version"])
            saved = _("已保存")
        except DomainError as e:
            error = e.message
    if not request.htmx:
        return redirect("periods:results_rate", pk=goal.sheet_id)
    goal.refresh_from_db()
    selectors.with_texts(goal)
    if error:
        goal.points_text = request.POST.get("manager_points", "")
    return render(request, "periods/results_rate_goal_row.html",
                  {"goal": goal, "error": error, "saved": saved, "open": True})


@login_required
@require_POST
def rate_ability(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    sheet = _ratable_sheet(request, pk, log=False)
    item = get_object_or_404(AbilityItem, pk=item_pk)
    form = AbilityForm(request.POST)
    error = saved = ""
    if not request.POST.get("rating"):
        # the blank first option: not rated yet, which must not be saved as a grade
        error = _("请先为“%(item)s”选择评级（A/B/C/D）。") % {"item": item.name}
    elif not form.is_valid():
        error = first_error(form)
    else:
        try:
            entry.rate_ability(sheet=sheet, item=item, actor=request.user,
                               rating=form.cleaned_data["rating"],
                               assessment=form.cleaned_data["assessment"],
                               case=form.cleaned_data["case"],
                               expected_version=form.cleaned_data["version"])
            saved = _("已保存")
        except DomainError as e:
            error = e.message
    if not request.htmx:
        return redirect("periods:results_rate", pk=sheet.pk)
    rating = AbilityRating.objects.filter(sheet=sheet, item=item).first()
    row = selectors.AbilityRow(item, rating)
    return render(request, "periods/results_rate_ability_row.html", {
        "sheet": sheet, "row": row, "error": error, "saved": saved, "open": True,
        "posted": form.data if error else None, "assessments": Assessment.choices,
    })
