"""Personnel facts: HR's Excel import and the list per employee."""

from __future__ import annotations

import io

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from candor import access
from candor.core.errors import DomainError
from candor.evidence.facts_import import (
    MAX_ROWS,
    MAX_UPLOAD_BYTES,
    build_template,
    import_facts,
    parse_facts,
)
from candor.evidence.forms import FactsUploadForm
from candor.evidence.models import FactKind, PersonnelFact
from candor.org.roster.report import RosterInvalid

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _require_importer(request: HttpRequest) -> None:
    if not access.can_manage_org(request.user):
        raise Http404


@login_required
def facts_import(request: HttpRequest) -> HttpResponse:
    """Upload a filled template; the answer is the error table or the per-row outcome."""
    _require_importer(request)
    form = FactsUploadForm(request.POST or None, request.FILES or None)
    context: dict = {"form": form, "max_rows": MAX_ROWS,
                     "max_mb": MAX_UPLOAD_BYTES // 1024 // 1024}
    if request.method == "POST" and form.is_valid():
        try:
            parsed = parse_facts(form.cleaned_data["file"])
            context["result"] = import_facts(parsed=parsed, actor=request.user)
        except RosterInvalid as e:
            context["invalid"] = e
        except DomainError as e:
            context["refusal"] = e.message
    template = ("evidence/partials/_facts_panel.html" if request.htmx
                else "evidence/facts_import.html")
    return render(request, template, context)


@login_required
def facts_template(request: HttpRequest) -> HttpResponse:
    _require_importer(request)
    return FileResponse(io.BytesIO(build_template()), as_attachment=True,
                        filename=_("人事记录导入模板") + ".xlsx", content_type=XLSX)


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
