"""Following a measure up: progress at a checkpoint, the manager's rework of a measure, and
the live SMART check that both this editor and the record's measures editor ask (R4.1, R4.2).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from candor import access
from candor.core.errors import ConcurrentEdit, DomainError
from candor.plans import smart
from candor.plans.forms import MeasureForm, ProgressForm
from candor.plans.models import Measure, PlanStatus
from candor.plans.selectors import plans as selectors
from candor.plans.services import tracking


def _after(request: HttpRequest, measure: Measure) -> HttpResponse:
    if selectors.can_see_plan(request.user, measure.plan):
        return redirect(measure.plan)
    return redirect("core:home")


def _rebase(request: HttpRequest, form, measure: Measure) -> None:
    """After a concurrent change, keep what the user typed and take the current version:
    the page now shows the other change, so sending again is a deliberate choice."""
    measure.refresh_from_db()
    form.data = form.data.copy()
    form.data["version"] = measure.version
    messages.info(request, _("页面已显示最新内容，您填写的内容已保留，确认后可再次提交。"))


def _measure_context(request: HttpRequest, measure: Measure, form, **extra) -> dict:
    return {"measure": measure, "plan": measure.plan, "form": form,
            "active": measure.plan.status == PlanStatus.ACTIVE, "today": timezone.localdate(),
            "can_see_plan": selectors.can_see_plan(request.user, measure.plan), **extra}


@login_required
def progress(request: HttpRequest, pk: int) -> HttpResponse:
    measure = selectors.get_measure_for(request.user, pk, request=request)
    if not access.can_report_progress(request.user, measure):
        raise PermissionDenied
    if request.method == "POST":
        form = ProgressForm(request.POST, measure=measure)
        if form.is_valid():
            data = form.cleaned_data
            try:
                tracking.record_progress(
                    actor=request.user, measure=measure, status=data["status"],
                    text=data["text"], checkpoint=data["checkpoint"],
                    version=data["version"])
            except ConcurrentEdit as error:
                messages.error(request, error.message)
                _rebase(request, form, measure)
            except DomainError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("进展已记录。"))
                return _after(request, measure)
    else:
        form = ProgressForm(measure=measure)
    notes = measure.notes.select_related("checkpoint").order_by("-created_at", "-pk")[:20]
    return render(request, "plans/progress.html", _measure_context(
        request, measure, form, notes=notes,
        findings=measure.findings, checkpoints=measure.checkpoints.order_by("date", "pk")))


@login_required
def measure_edit(request: HttpRequest, pk: int) -> HttpResponse:
    measure = selectors.get_measure_for(request.user, pk, request=request)
    if not access.can_steer_plan(request.user, measure.plan):
        raise PermissionDenied
    if request.method == "POST":
        form = MeasureForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                tracking.edit_measure(
                    actor=request.user, measure=measure, text=data["text"],
                    owner_name=data["owner"], deadline=data["deadline"],
                    checkpoints=data["checkpoints"], version=data["version"])
            except ConcurrentEdit as error:
                messages.error(request, error.message)
                _rebase(request, form, measure)
            except DomainError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("措施已更新，提醒已按新的日期安排。"))
                return _after(request, measure)
    else:
        form = MeasureForm.for_measure(measure)
    source = form.data if form.is_bound else form.initial
    findings = [f.as_dict() for f in smart.check(
        str(source.get("text", "")), owner=str(source.get("owner", "")),
        deadline=str(source.get("deadline", "")), today=timezone.localdate())]
    return render(request, "plans/measure_edit.html",
                  _measure_context(request, measure, form, findings=findings))


@login_required
def smart_check(request: HttpRequest) -> HttpResponse:
    """The SMART findings for what is being typed, as a self-contained fragment.

    Reads `text` (or `measure`, the record's column name), `owner` and `deadline`; reveals
    nothing but the checker's verdict, so any signed-in user may ask.
    """
    params = request.GET
    text = params.get("text") or params.get("measure") or ""
    findings = [f.as_dict() for f in smart.check(
        text[:2000], owner=params.get("owner", "")[:60],
        deadline=params.get("deadline", "")[:60], today=timezone.localdate())]
    return render(request, "plans/partials/_smart_findings.html",
                  {"findings": findings, "checked": bool(text.strip()), "live": True})
