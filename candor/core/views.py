"""Home page, the access-event browser, and the error pages."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from candor import access
from candor.core import access_log as access_log_rows
from candor.core.selectors import home_work
from candor.documents.excel_export import ExportColumn, export_response
from candor.org.models import Department, Employee


@login_required
def home(request: HttpRequest) -> HttpResponse:
    scope = access.scope_for(request.user)
    me = None
    if scope.employee_id:
        me = Employee.objects.select_related("department", "position", "manager").get(
            pk=scope.employee_id
        )
    direct_reports = (
        Employee.objects.filter(pk__in=scope.direct_report_ids, is_active=True)
        .select_related("department", "position")
        .order_by("employee_no")
    )
    context = {
        "me": me,
        "direct_reports": direct_reports,
        "indirect_count": len(scope.report_ids - scope.direct_report_ids),
        **home_work(request.user),
    }
    if scope.sees_everyone or scope.is_clerk:
        visible = access.visible_employees(request.user)
        context["org_counts"] = {
            "employees": visible.filter(is_active=True).count(),
            "departments": Department.objects.filter(is_active=True).count(),
            "inactive": visible.filter(is_active=False).count(),
        }
    return render(request, "core/home.html", context)


def _require_access_log(request: HttpRequest) -> None:
    if not access.can_browse_access_log(request.user):
        raise Http404


@login_required
def access_log(request: HttpRequest) -> HttpResponse:
    """HR browses who read whose data, filterable by reader and by the person read."""
    _require_access_log(request)
    filters = access_log_rows.parse_filters(request.GET)
    page = Paginator(access_log_rows.access_events(filters), 50).get_page(
        request.GET.get("page"))
    return render(request, "core/access_log.html",
                  {"page": page, "subject": filters.subject, "actor": filters.actor})


ACCESS_LOG_COLUMNS = (
    ExportColumn(_l("时间"), lambda e: e.at, 17),
    ExportColumn(_l("查看人"), lambda e: e.actor.display_name() if e.actor else None, 12),
    ExportColumn(_l("被查看人"), lambda e: e.subject.name, 12),
    ExportColumn(_l("工号"), lambda e: e.subject.employee_no, 12),
    ExportColumn(_l("查看内容"), lambda e: e.what, 18),
    ExportColumn(_l("对象类型"), lambda e: e.object_type, 18),
    ExportColumn(_l("对象编号"), lambda e: e.object_id, 10),
    ExportColumn(_l("IP 地址"), lambda e: e.ip_address, 15),
    ExportColumn(_l("地址"), lambda e: e.path, 40),
    ExportColumn(_l("客户端"), lambda e: e.user_agent, 30),
)


@login_required
def access_log_export(request: HttpRequest) -> HttpResponse:
    """The access log as a workbook, HR's filters applied. Not itself logged as a read of
    each person: it holds who read whom, not anyone's personnel or performance data."""
    _require_access_log(request)
    filters = access_log_rows.parse_filters(request.GET)
    events = access_log_rows.access_events(filters)
    return export_response(
        request, columns=ACCESS_LOG_COLUMNS, rows=events.iterator(chunk_size=2000),
        title=_("访问记录"),
        filters=[(_("查看人"), filters.actor), (_("被查看人"), filters.subject)])


def error_404(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/404.html", status=404)


def error_403(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/403.html", status=403)


def error_500(request: HttpRequest) -> HttpResponse:
    return render(request, "errors/500.html", status=500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "errors/403.html", {"csrf": True}, status=403)


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico on their own; resolved lazily so collectstatic can run."""
    return redirect(static("candor/favicon.svg"), permanent=True)
