"""Many sealed records, cheaply, for the bulk export's tests and `make bench`.

Driving a thousand interviews through the scheduling, record and signing services takes
minutes; the bulk export only needs sealed rows that look real. `sealed_copies` writes, for
each goal sheet given, an interview, a record (the template's sections; the header with that
employee's name, department and period), the two signatures and a seal that continues the
hash chain, all with bulk inserts, so verify_records() still passes over them. The template
is a record sealed through the real services (tests), or `sealed_directly` (the benchmark,
whose synthetic company has no interviews).
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterable, Sequence

from django.db import transaction
from django.utils import timezone

from candor.documents import bulk
from candor.documents.models import BulkExport, ExportFormat, ExportStatus
from candor.interviews.models import (
    Interview,
    InterviewStatus,
    Record,
    RecordChainHead,
    RecordSection,
    RecordStatus,
    Signature,
    SignerRole,
)
from candor.interviews.services.record import _snapshot
from candor.interviews.services.sealing import compute_hash, link_hash
from candor.interviews.tests.factories import COMPLETE_RECORD, STARTS_AT
from candor.periods.models import GoalSheet, PeriodStatus
from candor.periods.tests.factories import make_period

BATCH = 500
COMMENTS = {"employee_comments": {"text": "同意记录内容。"}}


def _person(employee) -> dict:
    return {"name": employee.name, "no": employee.employee_no,
            "position": employee.position.name, "department": employee.department.name}


def _sheets(sheets: Iterable[GoalSheet]) -> list[GoalSheet]:
    given = [sheet.pk for sheet in sheets]
    by_pk = GoalSheet.objects.select_related(
        "period", "employee__position", "employee__department", "employee__manager",
    ).in_bulk(given)
    return [by_pk[pk] for pk in given]


@transaction.atomic
def sealed_directly(sheet: GoalSheet, *, signer, starts_at: dt.datetime = STARTS_AT,
                    content: dict | None = None) -> Record:
    """One sealed record for the sheet's employee, written without the services: the
    complete test record, the header snapshot the services would take (with the sheet's
    goals and result), both signatures by `signer`."""
    (sheet,) = _sheets([sheet])
    employee = sheet.employee
    interview = Interview.objects.create(
        sheet=sheet, employee=employee, manager=employee.manager or employee,
        starts_at=starts_at, duration_minutes=60, started_at=starts_at,
        ended_at=starts_at + dt.timedelta(minutes=60), location="会议室",
        notice_given_on=(starts_at - dt.timedelta(days=7)).date(),
        status=InterviewStatus.HELD)
    record = Record.objects.create(interview=interview, status=RecordStatus.SEALED,
                                   submitted_at=interview.ended_at,
                                   sealed_at=interview.ended_at + dt.timedelta(days=1))
    record.header = _snapshot(record)
    record.save(update_fields=["header"])
    RecordSection.objects.bulk_create(
        RecordSection(record=record, key=key, content=data)
        for key, data in {**(content or COMPLETE_RECORD), **COMMENTS}.items())
    signed_at = record.sealed_at or timezone.now()
    signatures = [Signature(role=SignerRole.EMPLOYEE, signer=signer, signer_name=employee.name,
                            signed_at=signed_at),
                  Signature(role=SignerRole.MANAGER, signer=signer,
                            signer_name=interview.manager.name, signed_at=signed_at)]
    _seal([record], signatures, [sheet])
    return record


@transaction.atomic
def sealed_copies(template: Record, sheets: Iterable[GoalSheet], *,
                  starts_at: dt.datetime | None = None) -> list[Record]:
    """One sealed record per sheet, in the sheets' order, chained after the last seal."""
    sheets = _sheets(sheets)
    template = (Record.objects.select_related("interview")
                .prefetch_related("sections", "signatures").get(pk=template.pk))
    source = template.interview
    starts_at = starts_at or source.starts_at
    interviews = Interview.objects.bulk_create([Interview(
        kind=source.kind, sheet=sheet, employee=sheet.employee,
        manager_id=sheet.employee.manager_id or source.manager_id, host_id=source.host_id,
        starts_at=starts_at, duration_minutes=source.duration_minutes,
        started_at=starts_at, ended_at=starts_at + dt.timedelta(minutes=60),
        room_id=source.room_id, location=source.location,
        notice_given_on=source.notice_given_on, status=InterviewStatus.HELD)
        for sheet in sheets], batch_size=BATCH)
    records = Record.objects.bulk_create([Record(
        interview=interview, status=RecordStatus.SEALED, due_at=template.due_at,
        submitted_at=template.submitted_at, sealed_at=template.sealed_at,
        header={**template.header, "employee": _person(sheet.employee),
                "manager": (_person(sheet.employee.manager) if sheet.employee.manager
                            else template.header.get("manager")),
                "period": {"name": sheet.period.name,
                           "start": sheet.period.start_date.isoformat(),
                           "end": sheet.period.end_date.isoformat()}})
        for interview, sheet in zip(interviews, sheets, strict=True)], batch_size=BATCH)
    RecordSection.objects.bulk_create([
        RecordSection(record=record, key=section.key, content=section.content)
        for record in records for section in template.sections.all()], batch_size=BATCH)
    _seal(records, list(template.signatures.all()), sheets)
    return records


def _seal(records: list[Record], signatures: Sequence[Signature],
          sheets: list[GoalSheet]) -> None:
    """Hash each record as sealing does, continue the chain, and sign with copies of
    `signatures` under the names of each sheet's employee and manager."""
    fetched = {r.pk: r for r in Record.objects.filter(pk__in=[r.pk for r in records])
               .prefetch_related("sections")}
    head, _created = RecordChainHead.objects.get_or_create(pk=1)
    head = RecordChainHead.objects.select_for_update().get(pk=head.pk)
    index, previous = head.last_index, head.last_hash
    signed = []
    for record, sheet in zip(records, sheets, strict=True):
        digest = compute_hash(fetched[record.pk])
        index += 1
        record.content_hash, record.chain_index, record.chain_prev = digest, index, previous
        record.chain_hash = previous = link_hash(previous, digest)
        employee = sheet.employee
        for signature in signatures:
            if signature.role == SignerRole.EMPLOYEE:
                name = employee.name
            else:
                name = employee.manager.name if employee.manager else signature.signer_name
            signed.append(Signature(record=record, role=signature.role,
                                    signer_id=signature.signer_id, signer_name=name,
                                    signed_at=signature.signed_at, content_hash=digest))
    Record.objects.bulk_update(records, ["content_hash", "chain_index", "chain_prev",
                                         "chain_hash"], batch_size=BATCH)
    Signature.objects.bulk_create(signed, batch_size=BATCH)
    head.last_index, head.last_hash = index, previous
    head.save()


# --- export rows for the permission matrix ---------------------------------------------------

def queued_export(personas) -> BulkExport:
    """An export of a released period, waiting for the worker (no worker runs here)."""
    period = make_period(status=PeriodStatus.RELEASED, departments=[personas.tech])
    return BulkExport.objects.create(period=period, format=ExportFormat.PDF,
                                     requested_by=personas.hr.user, total=1)


def finished_export(personas) -> BulkExport:
    """A finished export with a small zip on disk under MEDIA_ROOT/exports/."""
    export = queued_export(personas)
    path = bulk.export_path(export)
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("empty.txt", "")
    BulkExport.objects.filter(pk=export.pk).update(
        status=ExportStatus.DONE, done=1, file=f"{bulk.EXPORT_DIR}/{path.name}",
        size=path.stat().st_size, subjects=[personas.employee.pk])
    export.refresh_from_db()
    return export
