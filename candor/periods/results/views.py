"""Results pages: the period overview with its two actions, and the score explanation."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from candor import access
from candor.core.errors import DomainError
from candor.documents.excel_export import ExportColumn, export_response, log_export
from candor.org.models import Department
from candor.periods.models import Period, PeriodStatus, SheetStatus
from candor.periods.results import selectors, services
from candor.periods.results.explain import explain_sheet


def _period(pk: int) -> Period:
    return get_object_or_404(Period.objects.select_related("grade_scale"), pk=pk)


@login_required
def overview(request: HttpRequest, pk: int) -> HttpResponse:
    """Scores, grades and ranks of the people in the user's scope, with the grade counts."""
    if not selectors.can_view_overview(request.user):
        raise Http404
    period = _period(pk)
    q = request.GET.get("q", "").strip()
    department = request.GET.get("department", "")
    only_problems = request.GET.get("problems") == "1"
    data = selectors.overview(request.user, period, q=q, department=department,
                              only_problems=only_problems, page=request.GET.get("page"))
    for sheet in data.page:
        sheet.can_rate = access.can_rate(request.user, sheet)
        sheet.rate_label = selectors.rate_label(request.user, sheet) if sheet.can_rate else ""
    can_manage = access.can_manage_periods(request.user)
    return render(request, "periods/results_overview.html", {
        "period": period, "data": data, "q": q, "department": department,
        "only_problems": only_problems, "can_manage": can_manage,
        "can_score": can_manage and period.status == PeriodStatus.SCORING,
        # release_results refuses while any sheet lacks a score; say so before the click
        "unscored": data.sheets - data.scored,
    })


def _in_sheet(label, value) -> ExportColumn:
    """A column of the result: blank on a sheet that has no score yet."""
    return ExportColumn(label, lambda s: value(s) if s.status == SheetStatus.SCORED else None)


RESULT_COLUMNS = (
    ExportColumn(_l("工号"), lambda s: s.employee.employee_no, 12),
    ExportColumn(_l("姓名"), lambda s: s.employee.name, 12),
    ExportColumn(_l("部门"), lambda s: s.employee.department.name, 16),
    ExportColumn(_l("岗位序列"), lambda s: s.employee.position.sequence.name, 12),
    _in_sheet(_l("总分"), lambda s: s.total),
    _in_sheet(_l("等级"), lambda s: s.grade),
    _in_sheet(_l("奖金系数"), lambda s: s.multiplier),
    _in_sheet(_l("部门排名"), lambda s: s.rank_department),
    _in_sheet(_l("部门参与排名人数"), lambda s: s.rank_department_size),
    _in_sheet(_l("序列排名"), lambda s: s.rank_sequence),
    _in_sheet(_l("序列参与排名人数"), lambda s: s.rank_sequence_size),
    ExportColumn(_l("问题"), lambda s: None if s.status == SheetStatus.SCORED
                 else (s.score_problem or _("尚未计算得分")), 30),
)


@login_required
def export(request: HttpRequest, pk: int) -> HttpResponse:
    """The overview's table as a workbook: every sheet its filters select, no paging."""
    if not selectors.can_view_overview(request.user):
        raise Http404
    period = _period(pk)
    q = request.GET.get("q", "").strip()
    department = request.GET.get("department", "").strip()
    only_problems = request.GET.get("problems") == "1"
    sheets = selectors.overview_rows(request.user, period, q=q, department=department,
                                     only_problems=only_problems)
    named = (Department.objects.filter(pk=int(department)).values_list("name", flat=True)
             .first() if department.isdigit() else department)
    response = export_response(
        request, columns=RESULT_COLUMNS, rows=sheets.iterator(chunk_size=2000),
        title=_("%(name)s · 绩效结果") % {"name": period.name}, sheet_name=_("绩效结果"),
        filters=[(_("姓名或工号"), q), (_("部门"), named),
                 (_("只看未评分"), _("是") if only_problems else "")])
    log_export(request, what="export:results",
               subject_ids=sheets.values_list("employee_id", flat=True))
    return response


def _require_manager(request: HttpRequest) -> None:
    if not access.can_manage_periods(request.user):
        raise Http404


@login_required
@require_POST
def score(request: HttpRequest, pk: int) -> HttpResponse:
    _require_manager(request)
    period = _period(pk)
    try:
        summary = services.score_period(period=period, actor=request.user)
    except DomainError as e:
        messages.error(request, e.message)
    else:
        text = ngettext("已计算 %(scored)s 份考核表的得分。", "已计算 %(scored)s 份考核表的得分。",
                        summary.scored) % {"scored": summary.scored}
        if summary.problems:
            messages.warning(request, text + ngettext(
                "%(count)s 份因数据不全无法评分，原因见“问题”列。",
                "%(count)s 份因数据不全无法评分，原因见“问题”列。",
                summary.problems) % {"count": summary.problems})
        else:
            messages.success(request, text)
    return redirect("periods:results_overview", pk=period.pk)


@login_required
@require_POST
def release(request: HttpRequest, pk: int) -> HttpResponse:
    _require_manager(request)
    period = _period(pk)
    try:
        services.release_results(period=period, actor=request.user)
    except DomainError as e:
        messages.error(request, e.message)
    else:
        messages.success(request, _("结果已发布，员工现在可以查看自己的得分和等级。"))
    return redirect("periods:results_overview", pk=period.pk)


@login_required
def explain(request: HttpRequest, pk: int) -> HttpResponse:
    """Line-by-line score explanation: the employee after release, managers and HR always."""
    sheet = access.get_sheet_for(request.user, pk, request=request, what="score_explanation")
    if not access.can_see_result(request.user, sheet):
        raise Http404
    can_rate = access.can_rate(request.user, sheet)
    return render(request, "periods/results_explain.html", {
        "sheet": sheet, "x": explain_sheet(sheet), "can_rate": can_rate,
        "rate_label": selectors.rate_label(request.user, sheet) if can_rate else "",
    })
