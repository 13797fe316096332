"""Personnel facts: HR's Excel import and the list per employee."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from candor import access
from candor.documents.imports.kinds.facts import FactsKind
from candor.documents.imports.web import template_download, upload_page
from candor.evidence.forms import FactsUploadForm
from candor.evidence.models import FactKind, PersonnelFact


def _require_importer(request: HttpRequest) -> None:
    if not access.can_manage_org(request.user):
        raise Http404


@login_required
def facts_import(request: HttpRequest) -> HttpResponse:
    """Upload a filled template; the answer is the error table or the per-row outcome."""
    _require_importer(request)
    return upload_page(
        request, FactsKind(actor=request.user), form_class=FactsUploadForm,
        template="evidence/facts_import.html",
        panel_template="evidence/partials/_facts_panel.html")


@login_required
def facts_template(request: HttpRequest) -> HttpResponse:
    _require_importer(request)
    return template_download(FactsKind(actor=request.user),
                             filename=_("人事记录导入模板") + ".xlsx")


@login_required
def facts(request: HttpRequest, employee_id: int) -> HttpResponse:
    """Attendance, rewards/penalties and training of one employee, newest first."""
    person = access.get_employee_for(request.user, employee_id, request=request,
                                     what="personnel_facts")
    rows = access.scope_queryset(request.user, PersonnelFact.objects.filter(employee=person),
                                 subject="employee")
    kind = request.GET.get("kind", "")
    if kind in FactKind.values:
        rows = rows.filter(kind=kind)
    return render(request, "evidence/facts.html", {
        "person": person, "kind": kind, "kinds": FactKind.choices,
        "page": Paginator(rows, 50).get_page(request.GET.get("page")),
    })
