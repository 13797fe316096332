"""HR loads a period's goals from Excel: the template download and the upload page.

One URL: GET ?download=template answers the template (prefilled with the period's current
goals, so download, edit and upload changes only what was edited); otherwise the page,
whose POST checks the whole file and imports it or lists every problem.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from candor.documents.imports.kinds.goals import GoalsKind
from candor.documents.imports.web import template_download, upload_page
from candor.periods.models import Period
from candor.periods.setup.services import GOALS_EDITABLE
from candor.periods.setup.views.common import require_period_manager


@login_required
def goals_import(request: HttpRequest, pk: int) -> HttpResponse:
    require_period_manager(request)
    period = get_object_or_404(Period, pk=pk)
    kind = GoalsKind(period=period, actor=request.user)
    if request.method == "GET" and request.GET.get("download") == "template":
        filename = _("%(period)s 目标导入模板") % {"period": period.name} + ".xlsx"
        return template_download(kind, filename=filename)
    return upload_page(
        request, kind, context={"period": period, "open": period.status in GOALS_EDITABLE},
        template="periods/setup_goals_import.html",
        panel_template="periods/partials/_goals_import_panel.html")
