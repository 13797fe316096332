"""Roster import pages: the template download and the upload with its row-by-row report."""

from __future__ import annotations

import io

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from candor import access
from candor.core.errors import DomainError
from candor.org.roster.columns import MAX_ROWS, MAX_UPLOAD_BYTES
from candor.org.roster.forms import RosterUploadForm
from candor.org.roster.parse import parse_workbook
from candor.org.roster.report import RosterInvalid
from candor.org.roster.service import import_roster
from candor.org.roster.template import build_template

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _require_org_manager(request: HttpRequest) -> None:
    if not access.can_manage_org(request.user):
        raise Http404


@login_required
def roster_import(request: HttpRequest) -> HttpResponse:
    """Upload a filled template; the answer is the error table or what changed per row."""
    _require_org_manager(request)
    form = RosterUploadForm(request.POST or None, request.FILES or None)
    context: dict = {"form": form, "max_rows": MAX_ROWS,
                     "max_mb": MAX_UPLOAD_BYTES // 1024 // 1024}
    if request.method == "POST" and form.is_valid():
        try:
            roster = parse_workbook(form.cleaned_data["file"])
            context["result"] = import_roster(rows=roster, actor=request.user)
        except RosterInvalid as e:
            context["invalid"] = e
        except DomainError as e:
            context["refusal"] = e.message
    template = ("org/partials/_roster_panel.html" if request.htmx
                else "org/roster_import.html")
    return render(request, template, context)


@login_required
def roster_template(request: HttpRequest) -> HttpResponse:
    _require_org_manager(request)
    data = build_template(user=request.user)
    return FileResponse(io.BytesIO(data), as_attachment=True,
                        filename=_("花名册导入模板") + ".xlsx", content_type=XLSX)
