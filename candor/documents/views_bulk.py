"""HR's bulk export of a period's sealed records: the page, its progress, the download.

HR only (access.can_manage_periods): the archive holds everyone's records, so a department
clerk, a manager or the committee get 404 like any object out of their scope. The file is
served only here, never from a public media URL, and each download writes the access log
for every person whose record is in it.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from candor import access
from candor.access.logging import client_ip
from candor.core.errors import DomainError
from candor.core.models import AccessEvent
from candor.documents import bulk
from candor.documents.models import BulkExport, ExportFormat, ExportStatus
from candor.documents.views import content_disposition
from candor.periods.models import Period

LOG_BATCH = 1000
SHOWN = 20  # exports listed on the page, newest first


def _require_hr(request: HttpRequest) -> None:
    if not access.can_manage_periods(request.user):
        raise Http404


def _export_for(request: HttpRequest, pk: int) -> BulkExport:
    _require_hr(request)
    return get_object_or_404(BulkExport.objects.select_related("period", "requested_by"),
                             pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def bulk_exports(request: HttpRequest, period_pk: int) -> HttpResponse:
    """The period's exports with their progress, and the two buttons that start one."""
    _require_hr(request)
    period = get_object_or_404(Period, pk=period_pk)
    if request.method == "POST":
        try:
            export = bulk.request_bulk_export(actor=request.user, period=period,
                                              fmt=request.POST.get("format", ""))
        except DomainError as e:
            messages.error(request, e.message)
        else:
            messages.success(request, _("已开始导出 %(total)s 份归档记录，完成后可在下方下载。")
                             % {"total": export.total})
        return redirect("documents:bulk_exports", period_pk=period.pk)
    exports = list(period.bulk_exports.select_related("period", "requested_by")[:SHOWN])
    return render(request, "documents/bulk/exports.html", {
        "period": period, "exports": exports, "formats": ExportFormat.choices,
        "sealed": bulk.sealed_records(period).count()})


@login_required
@require_GET
def bulk_export_status(request: HttpRequest, pk: int) -> HttpResponse:
    """One export's row: the page swaps it in every 2 s while the export is still moving."""
    export = _export_for(request, pk)
    return render(request, "documents/bulk/_export_row.html", {"export": export})


def _log_download(request: HttpRequest, export: BulkExport) -> None:
    """R1.2: the file holds these people's records, so the download is written down under
    each of them (one batch of rows), tagged with the export it came from."""
    own = access.scope_for(request.user).employee_id
    path = request.get_full_path()[:300]
    ip, agent = client_ip(request), request.META.get("HTTP_USER_AGENT", "")[:300]
    AccessEvent.objects.bulk_create(
        (AccessEvent(actor=request.user, subject_id=subject, what="bulk_export",
                     object_type=export._meta.label_lower, object_id=str(export.pk),
                     path=path, ip_address=ip, user_agent=agent)
         for subject in export.subjects if subject != own), batch_size=LOG_BATCH)


@login_required
@require_GET
def bulk_export_download(request: HttpRequest, pk: int) -> FileResponse:
    export = _export_for(request, pk)
    if export.status != ExportStatus.DONE or not export.file:
        raise Http404
    path = bulk.export_path(export)
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    _log_download(request, export)
    response = FileResponse(handle, content_type="application/zip")
    response["Content-Disposition"] = content_disposition(
        bulk.download_name(export), f"records-{export.period_id}-{export.format}.zip")
    response["Cache-Control"] = "private, no-store"  # personnel data stays off shared caches
    return response
