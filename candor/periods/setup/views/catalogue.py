"""HR's catalogue: goal templates per position or sequence, and grade bands."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from candor.core.errors import DomainError
from candor.periods.models import GoalTemplate, GradeScale, Period, PeriodStatus
from candor.periods.setup import services
from candor.periods.setup.display import normalized
from candor.periods.setup.forms import (
    BandFormSet,
    TemplateForm,
    TemplateItemFormSet,
    format_rating_scale,
    formset_rows,
)
from candor.periods.setup.services.rules import GOAL_FIELDS
from candor.periods.setup.views.common import require_period_manager, version_from


@login_required
def template_list(request: HttpRequest) -> HttpResponse:
    require_period_manager(request)
    templates = (GoalTemplate.objects.select_related("position", "sequence")
                 .annotate(item_count=Count("items"), weight_total=Sum("items__weight")))
    return render(request, "periods/setup_template_list.html", {"templates": templates})


def _item_initial(template: GoalTemplate | None) -> list[dict]:
    if template is None:
        return []
    rows = []
    for item in template.items.all():
        row = normalized({name: getattr(item, name) for name in GOAL_FIELDS})
        row["rating_scale"] = format_rating_scale(item.rating_scale)
        rows.append(row)
    return rows


@login_required
def template_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    """The template and its item table on one page, saved together."""
    require_period_manager(request)
    template = get_object_or_404(GoalTemplate, pk=pk) if pk else None
    if request.method == "POST":
        form = TemplateForm(request.POST)
        formset = TemplateItemFormSet(request.POST, prefix="items")
    else:
        form = TemplateForm.for_template(template) if template else TemplateForm()
        formset = TemplateItemFormSet(prefix="items", initial=_item_initial(template))
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        try:
            saved = services.save_template(template=template, fields=form.values(),
                                           items=formset_rows(formset), actor=request.user,
                                           expected_version=version_from(request))
        except DomainError as e:
            messages.error(request, e.message)
        else:
            messages.success(request, _("目标模板“%(name)s”已保存。") % {"name": saved.name})
            return redirect("periods:template_list")
    return render(request, "periods/setup_template_form.html",
                  {"form": form, "formset": formset, "template": template})


@login_required
@require_POST
def template_delete(request: HttpRequest, pk: int) -> HttpResponse:
    require_period_manager(request)
    template = get_object_or_404(GoalTemplate, pk=pk)
    services.delete_template(template=template, actor=request.user)
    messages.success(request, _("目标模板“%(name)s”已删除。") % {"name": template.name})
    return redirect("periods:template_list")


def _bands(request: HttpRequest, *, scale: GradeScale, period: Period | None) -> HttpResponse:
    initial = [normalized({"label": b.label, "multiplier": b.multiplier, "lower": b.lower,
                           "lower_inclusive": b.lower_inclusive, "upper": b.upper,
                           "upper_inclusive": b.upper_inclusive}) for b in scale.bands.all()]
    formset = BandFormSet(request.POST or None, prefix="bands", initial=initial)
    if request.method == "POST" and formset.is_valid():
        try:
            services.save_bands(scale=scale, bands=formset_rows(formset), actor=request.user,
                                expected_version=version_from(request, "scale_version"))
        except DomainError as e:
            messages.error(request, e.message)
        else:
            messages.success(request, _("等级标准已保存。"))
            return redirect(request.path)
    frozen = period is not None and period.status in {PeriodStatus.RELEASED,
                                                      PeriodStatus.CLOSED}
    return render(request, "periods/setup_bands.html",
                  {"formset": formset, "scale": scale, "period": period, "frozen": frozen})


@login_required
def company_bands(request: HttpRequest) -> HttpResponse:
    """The company default, copied into each new period (existing periods keep theirs)."""
    require_period_manager(request)
    return _bands(request, scale=services.company_grade_scale(actor=request.user), period=None)


@login_required
def period_bands(request: HttpRequest, pk: int) -> HttpResponse:
    require_period_manager(request)
    period = get_object_or_404(Period.objects.select_related("grade_scale"), pk=pk)
    return _bands(request, scale=period.grade_scale, period=period)
