"""Roster import pages: the template download and the upload with its row-by-row report."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from candor import access
from candor.documents.excel_upload import import_page
from candor.documents.excel_write import xlsx_download
from candor.org.roster.columns import MAX_ROWS
from candor.org.roster.forms import RosterUploadForm
from candor.org.roster.parse import parse_workbook
from candor.org.roster.service import import_roster
from candor.org.roster.template import build_template


def _require_org_manager(request: HttpRequest) -> None:
    if not access.can_manage_org(request.user):
        raise Http404


@login_required
def roster_import(request: HttpRequest) -> HttpResponse:
    """Upload a filled template; the answer is the error table or what changed per row."""
    _require_org_manager(request)
    return import_page(
        request, form_class=RosterUploadForm, max_rows=MAX_ROWS,
        template="org/roster_import.html", panel_template="org/partials/_roster_panel.html",
        run=lambda file: import_roster(rows=parse_workbook(file), actor=request.user))


@login_required
def roster_template(request: HttpRequest) -> HttpResponse:
    _require_org_manager(request)
    return xlsx_download(build_template(user=request.user),
                         filename=_("花名册导入模板") + ".xlsx")
