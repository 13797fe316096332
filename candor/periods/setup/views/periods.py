"""The period list, opening and editing a period, its overview, and its status flow."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from candor import access
from candor.core.errors import DomainError
from candor.core.text import join_names
from candor.documents.excel_export import ExportColumn, export_response, log_export
from candor.periods import selectors
from candor.periods.models import Goal, GoalSheet, Period, PeriodStatus, SheetStatus
from candor.periods.setup import services
from candor.periods.setup.forms import PeriodForm
from candor.periods.setup.views.common import require_period_manager, version_from
from candor.periods.setup.views.sheets import RESULT_COLUMNS_FROM

NAMES_SHOWN = 20


@login_required
def period_list(request: HttpRequest) -> HttpResponse:
    """HR: every period. Managers: periods covering their people. Employees: their own."""
    return render(request, "periods/setup_period_list.html", {
        "periods": selectors.period_list(request.user),
        "can_manage": access.can_manage_periods(request.user),
    })


@login_required
def period_create(request: HttpRequest) -> HttpResponse:
    require_period_manager(request)
    form = PeriodForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            period = services.open_period(**form.values(), actor=request.user)
        except DomainError as e:
            messages.error(request, e.message)
        else:
            messages.success(request, _("已创建周期“%(name)s”。") % {"name": period.name})
            return redirect(period)
    return render(request, "periods/setup_period_form.html", {"form": form, "period": None})


@login_required
def period_edit(request: HttpRequest, pk: int) -> HttpResponse:
    require_period_manager(request)
    period = get_object_or_404(Period, pk=pk)
    initial = {name: getattr(period, name) for name in (
        "name", "kind", "start_date", "end_date", "confirm_due", "scoring_due", "release_due")}
    initial |= {"departments": list(period.departments.all()),
                "loaded_version": period.version}
    form = PeriodForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_period(period=period, fields=form.values(), actor=request.user,
                                   expected_version=version_from(request))
        except DomainError as e:
            messages.error(request, e.message)
        else:
            messages.success(request, _("已保存。"))
            return redirect(period)
    return render(request, "periods/setup_period_form.html", {"form": form, "period": period})


RESULT_STATUSES = {PeriodStatus.SCORING, PeriodStatus.RELEASED, PeriodStatus.CLOSED}
# Check-ins only count once the period runs; before that every person would be flagged.
CHECK_IN_STATUSES = {PeriodStatus.IN_PROGRESS, *RESULT_STATUSES}


def advance_note(to: str | None) -> str:
    """One line under the advance button: what the next step requires and locks."""
    notes = {
        PeriodStatus.GOALS_CONFIRMED: _("进入“目标已确认”需要每位员工都已确认目标；"
                                        "之后不能再更改覆盖部门，目标如有改动须员工重新确认。"),
        PeriodStatus.IN_PROGRESS: _("进入“执行中”后开始记录关键事件和绩效沟通；"
                                    "目标仍可调整，但须员工重新确认。"),
        PeriodStatus.SCORING: _("进入“评分中”后目标锁定，不能再修改或分配；"
                                "可录入实际值、由上级评分并计算得分。"),
        PeriodStatus.CLOSED: _("关闭后周期只读，任何数据都不能再修改。"),
    }
    return notes.get(to, "")


@login_required
def period_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The overview: every sheet in the user's scope, whatever the head count, one page."""
    period = selectors.get_period_for(request.user, pk)
    overview = selectors.period_overview(
        request.user, period, status_filter=request.GET.get("status", ""),
        q=request.GET.get("q", "").strip(), page=request.GET.get("page"))
    context = {"period": period, "overview": overview, "q": request.GET.get("q", "").strip()}
    if request.htmx and request.htmx.target == "sheet-rows":
        return render(request, "periods/partials/_setup_sheet_rows.html", context)
    next_status = services.next_status(period)
    context |= {
        "can_manage": access.can_manage_periods(request.user),
        "departments": period.departments.order_by("code"),
        "next_status": next_status and PeriodStatus(next_status),
        "can_assign": period.status in services.GOALS_EDITABLE,
        "flow": [(s, s.value == period.status) for s in PeriodStatus],
        "advance_note": advance_note(next_status),
        "show_flags": period.status in CHECK_IN_STATUSES and (
            access.scope_for(request.user).is_manager or access.scope_for(request.user).is_hr
            or access.can_manage_periods(request.user)),
        "shows_results": period.status in RESULT_STATUSES,
    }
    return render(request, "periods/setup_period.html", context)


def _confirmation(sheet: GoalSheet) -> str:
    """The sheet's confirmation state, worded as the overview's badge."""
    if sheet.status == SheetStatus.CONFIRMED:
        return _("已确认")
    if sheet.status == SheetStatus.SCORED:
        return _("已评分")
    return _("需要重新确认") if sheet.confirmed_at else _("待确认")


def _goal(value):
    return lambda row: value(row[1]) if row[1] is not None else None


def _result(value):
    """A result column: blank where the user may not see the result yet (their own sheet
    before release, as access.can_see_result decides for the sheet page)."""
    return lambda row: value(row[1]) if row[1] is not None and row[2] else None


def goal_columns(period: Period) -> list[ExportColumn]:
    """One row per goal; actuals and points once there can be any (as on the sheet page)."""
    columns = [
        ExportColumn(_l("工号"), lambda row: row[0].employee.employee_no, 12),
        ExportColumn(_l("姓名"), lambda row: row[0].employee.name, 12),
        ExportColumn(_l("部门"), lambda row: row[0].employee.department.name, 16),
        ExportColumn(_l("岗位"), lambda row: row[0].employee.position.name, 16),
        ExportColumn(_l("确认状态"), lambda row: _confirmation(row[0]), 12),
        ExportColumn(_l("指标名称"), _goal(lambda g: g.name), 24),
        ExportColumn(_l("单位"), _goal(lambda g: g.unit), 8),
        ExportColumn(_l("目标值"), _goal(lambda g: g.target), 10),
        ExportColumn(_l("方向"), _goal(lambda g: g.get_direction_display()), 10),
        ExportColumn(_l("权重"), _goal(lambda g: g.weight), 8),
        ExportColumn(_l("计分规则"), _goal(lambda g: g.get_rule_display()), 12),
    ]
    if period.status in RESULT_COLUMNS_FROM:
        columns += [
            ExportColumn(_l("实际值"), _result(lambda g: g.actual), 10),
            ExportColumn(_l("达成率（%）"), _result(lambda g: g.rate_pct), 10),
            ExportColumn(_l("评定等级"), _result(lambda g: g.rating), 10),
            ExportColumn(_l("上级评分"), _result(lambda g: g.manager_points), 10),
            ExportColumn(_l("得分"), _result(lambda g: g.points), 10),
        ]
    columns.append(ExportColumn(_l("备注（关键事件 / 数据）"), _goal(lambda g: g.notes), 30))
    return columns


@login_required
def period_goals_export(request: HttpRequest, pk: int) -> HttpResponse:
    """Every goal of the sheets the overview's filters select, one row each (a sheet
    without goals still gets its row, so HR sees who has none)."""
    period = selectors.get_period_for(request.user, pk)
    status_filter, q = request.GET.get("status", ""), request.GET.get("q", "").strip()
    sheets = selectors.overview_sheets(request.user, period, status_filter=status_filter,
                                       q=q)
    own = access.scope_for(request.user).employee_id

    def rows():
        goals = Prefetch("goals", queryset=Goal.objects.order_by("order", "pk"))
        for sheet in sheets.prefetch_related(goals).iterator(chunk_size=500):
            result_visible = sheet.employee_id != own or period.results_released
            for goal in sheet.goals.all() or [None]:
                yield sheet, goal, result_visible

    labels = {"pending": _("待确认"), "reconfirm": _("需要重新确认"),
              "confirmed": _("已确认"), "scored": _("已评分"), "empty": _("没有指标"),
              "to_rate": _("待评分")}
    response = export_response(
        request, columns=goal_columns(period), rows=rows(),
        title=_("%(name)s · 绩效指标") % {"name": period.name}, sheet_name=_("绩效指标"),
        filters=[(_("姓名或工号"), q), (_("确认状态"), labels.get(status_filter, ""))])
    log_export(request, what="export:goals",
               subject_ids=sheets.values_list("employee_id", flat=True))
    return response


@login_required
@require_POST
def period_assign(request: HttpRequest, pk: int) -> HttpResponse:
    require_period_manager(request)
    period = get_object_or_404(Period, pk=pk)
    try:
        result = services.assign_goals_from_templates(period=period, actor=request.user)
    except DomainError as e:
        messages.error(request, e.message)
        return redirect(period)
    messages.success(request, _("%(created)s，%(filled)s；%(kept)s。") % {
        "created": ngettext("已新建 %(count)s 张考核表", "已新建 %(count)s 张考核表",
                            result.created) % {"count": result.created},
        "filled": ngettext("为 %(count)s 人分配了模板目标", "为 %(count)s 人分配了模板目标",
                           result.filled) % {"count": result.filled},
        "kept": ngettext("%(count)s 人已有目标，未改动", "%(count)s 人已有目标，未改动",
                         result.kept) % {"count": result.kept}})
    if result.without_template:
        names = join_names(result.without_template, NAMES_SHOWN)
        messages.warning(request, _("以下员工的岗位和岗位序列都没有启用的目标模板，"
                                    "已建立空的考核表，请为他们逐一设定目标：%(names)s")
                         % {"names": names})
    return redirect(period)


@login_required
@require_POST
def period_advance(request: HttpRequest, pk: int) -> HttpResponse:
    require_period_manager(request)
    period = get_object_or_404(Period, pk=pk)
    try:
        period = services.advance_period(period=period, to=request.POST.get("to", ""),
                                         actor=request.user)
    except DomainError as e:
        messages.error(request, e.message)
    else:
        messages.success(request, _("周期已进入“%(status)s”阶段。")
                         % {"status": period.get_status_display()})
    return redirect(period)
