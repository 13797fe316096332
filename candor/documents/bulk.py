"""A period's sealed records as one zip of PDFs or Word files, built by the task worker.

HR asks for it on the period's export page (`request_bulk_export`); the worker runs
`run_bulk_export`, which renders each record with the same code as the single download and
writes it straight into a zip on disk, a chunk of records at a time, so memory and queries
stay bounded whatever the period's size. Progress is a conditional UPDATE of the export's
row (only while it is still running), which the page polls; if the row was marked failed
meanwhile (a stale export replaced), the worker stops and removes its partial file.

The file is written as "<name>.part" and renamed when complete: a download never sees half
a zip, and a failure leaves nothing behind.
"""

from __future__ import annotations

import logging
import time
import zipfile
from collections.abc import Callable, Iterator
from datetime import timedelta
from functools import partial
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Prefetch, QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from candor import access
from candor.core.audit import audit
from candor.core.errors import DomainError
from candor.documents import pdf, word
from candor.documents.data.blocks import Document, file_name
from candor.documents.data.record import record_document
from candor.documents.models import BulkExport, ExportFormat, ExportStatus
from candor.interviews.models import Record, RecordStatus, Signature

logger = logging.getLogger(__name__)

EXPORT_DIR = "exports"
CHUNK = 100  # records loaded (with their sections, signatures, addenda) per round of queries
PROGRESS_EVERY = 10  # records between progress updates…
PROGRESS_SECONDS = 1.0  # …or sooner, when rendering is slow (PDF)
# An export whose row has not moved for this long lost its worker (killed, restarted): a
# new request for the same period and format replaces it instead of waiting forever.
STALE_AFTER = timedelta(minutes=10)

RENDERERS: dict[str, Callable[[Document], bytes]] = {
    ExportFormat.PDF: pdf.render, ExportFormat.DOCX: word.render}


class Abandoned(Exception):
    """The export's row is no longer running: someone else marked it failed."""


def sealed_records(period) -> QuerySet[Record]:
    """The period's signed and sealed records: drafts and records awaiting the employee are
    not part of the archive."""
    return Record.objects.filter(interview__sheet__period=period, status=RecordStatus.SEALED)


def export_path(export: BulkExport) -> Path:
    return Path(settings.MEDIA_ROOT) / EXPORT_DIR / (
        f"period-{export.period_id}-{export.pk}-{export.format}.zip")


def _partial_path(export: BulkExport) -> Path:
    path = export_path(export)
    return path.with_name(path.name + ".part")


def _remove_files(export: BulkExport) -> None:
    for path in (_partial_path(export), export_path(export)):
        path.unlink(missing_ok=True)


def download_name(export: BulkExport) -> str:
    """2026年第三季度-面谈记录-PDF.zip"""
    return f"{file_name(export.period.name, _('面谈记录'), export.get_format_display())}.zip"


# --- requesting ------------------------------------------------------------------------------

def _enqueue(export_id: int) -> None:
    try:
        run_bulk_export.enqueue(export_id)
    except Exception as error:  # the row must not wait for a task that was never queued
        logger.exception("Could not enqueue bulk export %s", export_id)
        BulkExport.objects.filter(pk=export_id, status=ExportStatus.QUEUED).update(
            status=ExportStatus.FAILED, error=f"{type(error).__name__}: {error}"[:500],
            finished_at=timezone.now(), updated_at=timezone.now())


def _replace_stale(active: list[BulkExport], *, actor, now) -> list[BulkExport]:
    """Mark exports that stopped moving as failed; answer those still alive."""
    alive = []
    for export in active:
        if now - export.updated_at < STALE_AFTER:
            alive.append(export)
            continue
        claimed = BulkExport.objects.filter(pk=export.pk, status=export.status,
                                            updated_at=export.updated_at).update(
            status=ExportStatus.FAILED, error=_("导出中断：后台任务长时间没有进展。"),
            finished_at=now, updated_at=now)
        if claimed:
            _remove_files(export)
            audit(actor=actor, event="documents.bulk_export_abandoned", target=export,
                  data={"done": export.done, "total": export.total})
    return alive


@transaction.atomic
def request_bulk_export(*, actor, period, fmt: str) -> BulkExport:
    """Queue an export of the period's sealed records. Refused while the same export is
    still being made, and when there is nothing to export."""
    if not access.can_manage_periods(actor):
        raise DomainError(_("只有人力资源可以导出整个周期的面谈记录。"), code="forbidden")
    if fmt not in RENDERERS:
        raise DomainError(_("不支持的导出格式。"), code="format")
    now = timezone.now()
    active = list(BulkExport.objects.select_for_update(of=("self",)).filter(
        period=period, format=fmt, status__in=(ExportStatus.QUEUED, ExportStatus.RUNNING)))
    if _replace_stale(active, actor=actor, now=now):
        raise DomainError(_("该周期的归档记录正在导出，请等待完成后再下载。"), code="running")
    total = sealed_records(period).count()
    if not total:
        raise DomainError(_("本周期还没有已签字归档的面谈记录。"), code="empty")
    export = BulkExport.objects.create(period=period, format=fmt, total=total,
                                       requested_by=actor)
    audit(actor=actor, event="documents.bulk_export_requested", target=export,
          data={"format": fmt, "total": total})
    transaction.on_commit(partial(_enqueue, export.pk))
    return export


# --- the task --------------------------------------------------------------------------------

def _chunks(ids: list[int]) -> Iterator[list[Record]]:
    """The records in `ids` order, CHUNK at a time, each chunk in a fixed number of queries."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        loaded = Record.objects.filter(pk__in=chunk).select_related(
            "interview__employee__department").prefetch_related(
            "sections", "addenda",
            Prefetch("signatures", queryset=Signature.objects.order_by("signed_at", "pk")))
        by_pk = {record.pk: record for record in loaded}
        yield [by_pk[pk] for pk in chunk if pk in by_pk]


def entry_name(period_name: str, record: Record, fmt: str, taken: set[str]) -> str:
    """2026年第三季度/技术部/张伟-XH0102.pdf: the department and name as signed (the header
    snapshot), so a later transfer does not move the record; a second record of the same
    person in the period gets -2, -3."""
    employee = record.interview.employee
    signed = (record.header or {}).get("employee") or {}
    department = signed.get("department") or employee.department.name
    stem = "/".join([file_name(period_name), file_name(department),
                     file_name(signed.get("name") or employee.name,
                               signed.get("no") or employee.employee_no)])
    name, number = f"{stem}.{fmt}", 1
    while name in taken:
        number += 1
        name = f"{stem}-{number}.{fmt}"
    taken.add(name)
    return name


class _Progress:
    """Writes done/total to the row now and then; raises Abandoned when the row left
    "running" (the UPDATE is conditional on it)."""

    def __init__(self, export_id: int) -> None:
        self.export_id, self.reported, self.at = export_id, 0, time.monotonic()
        self.done = 0  # records in the zip so far, reported or not

    def __call__(self, done: int, *, force: bool = False) -> None:
        self.done = done
        if not force and done - self.reported < PROGRESS_EVERY and (
                time.monotonic() - self.at < PROGRESS_SECONDS):
            return
        moved = BulkExport.objects.filter(pk=self.export_id,
                                          status=ExportStatus.RUNNING).update(
            done=done, updated_at=timezone.now())
        if not moved:
            raise Abandoned
        self.reported, self.at = done, time.monotonic()


def _write(export: BulkExport, ids: list[int], target: Path, progress: _Progress) -> list[int]:
    """Render every record into the zip at `target`; answers the employees it holds."""
    render = RENDERERS[export.format]
    subjects: set[int] = set()
    taken: set[str] = set()
    done = 0
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for records in _chunks(ids):
            for record in records:
                archive.writestr(entry_name(export.period.name, record, export.format, taken),
                                 render(record_document(record)))
                subjects.add(record.interview.employee_id)
                done += 1
                progress(done)
    progress(done, force=True)
    return sorted(subjects)


def build_export(export_id: int) -> str:
    """Claim a queued export and build its zip; answers the final status, or "" when there
    was nothing to claim (already built, or replaced)."""
    now = timezone.now()
    claimed = BulkExport.objects.filter(pk=export_id, status=ExportStatus.QUEUED).update(
        status=ExportStatus.RUNNING, started_at=now, updated_at=now)
    if not claimed:
        return ""
    export = BulkExport.objects.select_related("period", "requested_by").get(pk=export_id)
    # Fixed at the start: a record sealed while the export runs waits for the next one.
    ids = list(sealed_records(export.period).order_by(
        "interview__employee__department__name", "interview__employee__employee_no",
        "interview__starts_at", "pk").values_list("pk", flat=True))
    BulkExport.objects.filter(pk=export_id).update(total=len(ids), done=0)
    final, partial_file = export_path(export), _partial_path(export)
    language = getattr(export.requested_by, "language", "") or settings.LANGUAGE_CODE
    progress = _Progress(export_id)
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        with translation.override(language):
            subjects = _write(export, ids, partial_file, progress)
        partial_file.replace(final)
    except Exception as error:
        _remove_files(export)
        if isinstance(error, Abandoned):
            return ExportStatus.FAILED
        logger.exception("Bulk export %s failed", export_id)
        return _fail(export, f"{type(error).__name__}: {error}", done=progress.done)
    with transaction.atomic():
        finished = BulkExport.objects.filter(pk=export_id, status=ExportStatus.RUNNING).update(
            status=ExportStatus.DONE, done=len(ids), total=len(ids),
            file=final.relative_to(Path(settings.MEDIA_ROOT)).as_posix(),
            size=final.stat().st_size, subjects=subjects, finished_at=timezone.now(),
            updated_at=timezone.now())
        if not finished:  # replaced while renaming: keep nothing
            transaction.on_commit(partial(_remove_files, export))
            return ExportStatus.FAILED
        audit(actor=None, event="documents.bulk_export_done", target=export,
              data={"records": len(ids), "bytes": final.stat().st_size})
    return ExportStatus.DONE


def _fail(export: BulkExport, reason: str, *, done: int) -> str:
    with transaction.atomic():
        BulkExport.objects.filter(pk=export.pk, status=ExportStatus.RUNNING).update(
            status=ExportStatus.FAILED, error=reason[:2000], done=done,
            finished_at=timezone.now(), updated_at=timezone.now())
        audit(actor=None, event="documents.bulk_export_failed", target=export,
              data={"error": reason[:200]})
    return ExportStatus.FAILED


@task()
def run_bulk_export(export_id: int) -> str:
    return build_export(export_id)
