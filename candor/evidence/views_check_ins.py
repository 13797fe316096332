"""Check-ins (R2.8): logging one, and the period's list of people who lack them."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from candor import access
from candor.core.errors import DomainError
from candor.evidence import selectors, services
from candor.evidence.forms import CheckInForm
from candor.evidence.views import recordable_employee, require_reviewer
from candor.evidence.views_key_events import evidence_url
from candor.org.models import Employee
from candor.periods.models import Period

PAGE_SIZE = 50


@login_required
def check_in_create(request: HttpRequest, employee_id: int) -> HttpResponse:
    person = recordable_employee(request, employee_id, what="check_ins")
    form = CheckInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            check_in = services.log_check_in(employee=person, actor=request.user,
                                             **form.cleaned_data)
        except DomainError as e:
            messages.error(request, e.message)
        else:
            messages.success(request, _("沟通记录已保存。"))
            return redirect(evidence_url(person.pk, check_in.period_id))
    return render(request, "evidence/form.html", {
        "form": form, "person": person, "title": _("记录绩效沟通"),
        "back": evidence_url(person.pk, None),
        "note": _("关键岗位每周至少沟通一次；评分前每位员工至少进行两次绩效沟通。"),
    })


@login_required
def period_check_ins(request: HttpRequest, period_id: int) -> HttpResponse:
    """People in the viewer's scope who lack check-ins in the period, with the reasons."""
    require_reviewer(request)
    period = get_object_or_404(Period, pk=period_id)
    scope = access.scope_for(request.user)
    within = access.visible_employees(request.user).exclude(pk=scope.employee_id or 0)
    flags = selectors.checkin_flags(period, within=within)
    if request.htmx and request.GET.get("summary"):
        # Loaded lazily into the period overview, which stays cheap at any head count.
        return render(request, "evidence/partials/_checkin_flags.html",
                      {"period": period, "flags": flags})
    reason = request.GET.get("reason", "")
    ids = [pk for pk, reasons in flags.items()
           if reason not in selectors.FLAG_LABELS or reason in reasons]
    page = Paginator(ids, PAGE_SIZE).get_page(request.GET.get("page"))
    people = {e.pk: e for e in Employee.objects.filter(pk__in=list(page.object_list))
              .select_related("department", "position", "manager")}
    rows = [(people[pk], flags.labels(pk)) for pk in page.object_list if pk in people]
    return render(request, "evidence/period_check_ins.html", {
        "period": period, "flags": flags, "rows": rows, "page": page, "reason": reason,
        "reasons": list(selectors.FLAG_LABELS.items()),
    })
