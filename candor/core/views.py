"""Home page, the access-event browser, and the error pages."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static

from candor import access
from candor.core.models import AccessEvent
from candor.core.selectors import home_work
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


@login_required
def access_log(request: HttpRequest) -> HttpResponse:
    """HR browses who read whose data, filterable by reader and by the person read."""
    if not access.can_browse_access_log(request.user):
        raise Http404
    events = AccessEvent.objects.select_related("actor", "subject").order_by("-at", "-id")
    subject = request.GET.get("subject", "").strip()
    actor = request.GET.get("actor", "").strip()
    if subject:
        events = events.filter(subject__name__icontains=subject) | events.filter(
            subject__employee_no=subject
        )
    if actor:
        events = events.filter(actor__username__icontains=actor) | events.filter(
            actor__employee__name__icontains=actor
        )
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    return render(request, "core/access_log.html",
                  {"page": page, "subject": subject, "actor": actor})


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
