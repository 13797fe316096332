"""HR exports a period's sealed records as one zip, built by the real task worker.

The period "2026年第三季度" holds 12 sealed records: 张伟's, signed through the real services,
and 11 colleagues' (8 in 技术部, 3 in 客服部) copied from it with a valid hash chain. A
submitted record and a draft of the same period, and a sealed record of another period, must
stay out of the zip.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
import pytest
from django.core.management import call_command
from django.urls import reverse

from candor.core.models import AccessEvent, AuditEvent
from candor.core.testing import make_employee
from candor.documents import bulk
from candor.documents.models import BulkExport, ExportStatus
from candor.documents.tests.bulk_factories import sealed_copies, sealed_directly
from candor.interviews.services.sealing import verify_records
from candor.interviews.tests.factories import book, released_sheet, sealed, submitted
from candor.periods.models import PeriodKind, PeriodStatus
from candor.periods.tests.factories import make_period

PERIOD = "2026年第三季度"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def archive(personas):
    """The period, its 12 sealed records' expected names in the zip, and the excluded ones."""
    period = make_period(PERIOD, kind=PeriodKind.QUARTERLY, start_date=dt.date(2026, 7, 1),
                         end_date=dt.date(2026, 9, 30), status=PeriodStatus.RELEASED,
                         departments=[personas.tech, personas.service])
    # everyone exists before the first service call: a user's scope is cached on it
    colleagues = [make_employee(f"技术员{n}", department=personas.tech,
                                manager=personas.manager, employee_no=f"XH01{n:02d}")
                  for n in range(1, 9)]
    colleagues += [make_employee(f"客服{n}", department=personas.service,
                                 manager=personas.outsider_manager, employee_no=f"KF02{n:02d}")
                   for n in range(1, 4)]
    waiting, draft, elsewhere = (make_employee(name, department=personas.tech,
                                               manager=personas.manager)
                                 for name in ("待签", "草稿", "别期"))
    first = sealed(personas, sheet=released_sheet(personas.employee, period=period))
    sealed_copies(first, [released_sheet(e, period=period) for e in colleagues])
    # not in the archive: a record still with the employee, a draft, another period's seal
    submitted(personas, employee=waiting, sheet=released_sheet(waiting, period=period))
    book(personas, employee=draft, sheet=released_sheet(draft, period=period))
    sealed_copies(first, [released_sheet(elsewhere)])
    names = {f"{PERIOD}/技术部/张伟-{personas.employee.employee_no}"}
    names |= {f"{PERIOD}/{e.department.name}/{e.name}-{e.employee_no}" for e in colleagues}
    return period, names


def _run_worker() -> None:
    call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay", "--interval=0",
                 verbosity=0)


def _request(client, period, fmt: str):
    return client.post(reverse("documents:bulk_exports", args=[period.pk]), {"format": fmt},
                       follow=True)


def _zip(export: BulkExport) -> zipfile.ZipFile:
    return zipfile.ZipFile(bulk.export_path(export))


def _status_text(client, export: BulkExport) -> str:
    response = client.get(reverse("documents:bulk_export_status", args=[export.pk]))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_it_exports_every_sealed_record_of_the_period_as_a_pdf_in_a_zip(
        archive, personas, client_for):
    period, names = archive
    hr = client_for("hr")
    page = _request(hr, period, "pdf")
    assert "已开始导出 12 份归档记录" in page.content.decode()
    export = BulkExport.objects.get()
    assert (export.status, export.total) == (ExportStatus.QUEUED, 12)
    assert 'hx-trigger="every 2s"' in _status_text(hr, export)  # the page polls
    _run_worker()
    export.refresh_from_db()
    assert (export.status, export.done, export.total) == (ExportStatus.DONE, 12, 12)
    with _zip(export) as archive_file:
        assert set(archive_file.namelist()) == {f"{name}.pdf" for name in names}
        for info in archive_file.infolist():
            assert info.compress_type == zipfile.ZIP_DEFLATED
            assert archive_file.read(info).startswith(b"%PDF-")
    status = _status_text(hr, export)
    assert "已完成 12 / 12" in status
    assert "hx-trigger" not in status  # finished: the page stops polling
    assert reverse("documents:bulk_export_download", args=[export.pk]) in status


@pytest.mark.django_db(transaction=True)
def test_it_exports_the_same_records_as_word_files(archive, personas, client_for):
    period, names = archive
    _request(client_for("hr"), period, "docx")
    _run_worker()
    export = BulkExport.objects.get()
    assert export.status == ExportStatus.DONE
    with _zip(export) as archive_file:
        assert set(archive_file.namelist()) == {f"{name}.docx" for name in names}
        name = f"{PERIOD}/客服部/客服2-KF0202.docx"
        document = docx.Document(io.BytesIO(archive_file.read(name)))
    texts = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert any("客服2" in text for text in texts)  # the form's header names the employee
    assert any("客户沟通主动" in text for text in texts)  # the strengths table


@pytest.mark.django_db(transaction=True)
def test_the_page_shows_progress_while_the_worker_renders(
        archive, personas, client_for, monkeypatch):
    period, _names = archive
    hr = client_for("hr")
    _request(hr, period, "docx")
    export = BulkExport.objects.get()
    seen: list[int] = []
    texts: list[str] = []
    render = bulk.RENDERERS["docx"]

    def watching(document):
        seen.append(BulkExport.objects.get(pk=export.pk).done)
        if len(seen) == 6:
            texts.append(_status_text(hr, export))
        return render(document)

    monkeypatch.setitem(bulk.RENDERERS, "docx", watching)
    monkeypatch.setattr(bulk, "PROGRESS_EVERY", 1)
    _run_worker()
    assert seen == list(range(12))  # each record's progress was written before the next
    assert "已完成 5 / 12" in texts[0]
    assert 'hx-trigger="every 2s"' in texts[0]
    assert 'aria-valuenow="5"' in texts[0]
    export.refresh_from_db()
    assert (export.done, export.total, export.status) == (12, 12, ExportStatus.DONE)


@pytest.mark.django_db(transaction=True)
def test_a_failing_renderer_marks_the_export_failed_and_keeps_no_file(
        archive, personas, client_for, monkeypatch, settings):
    period, _names = archive
    hr = client_for("hr")
    _request(hr, period, "pdf")
    calls: list[int] = []
    render = bulk.RENDERERS["pdf"]

    def breaking(document):
        calls.append(1)
        if len(calls) == 4:
            raise RuntimeError("字体缺失")
        return render(document)

    monkeypatch.setitem(bulk.RENDERERS, "pdf", breaking)
    _run_worker()
    export = BulkExport.objects.get()
    assert export.status == ExportStatus.FAILED
    assert "字体缺失" in export.error
    assert export.file == "" and export.finished_at is not None
    assert list((Path(settings.MEDIA_ROOT) / "exports").iterdir()) == []
    assert "导出失败（已完成 3 / 12）" in _status_text(hr, export)
    assert hr.get(reverse("documents:bulk_export_download", args=[export.pk])).status_code == 404
    assert AuditEvent.objects.filter(event="documents.bulk_export_failed").count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_download_is_the_zip_and_is_logged_under_each_person_in_it(
        archive, personas, client_for):
    period, _names = archive
    hr = client_for("hr")
    _request(hr, period, "docx")
    _run_worker()
    export = BulkExport.objects.get()
    response = hr.get(reverse("documents:bulk_export_download", args=[export.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "filename*=UTF-8''2026%E5%B9%B4" in response["Content-Disposition"]  # 2026年…
    assert response["Cache-Control"] == "private, no-store"
    body = b"".join(response.streaming_content)
    assert len(zipfile.ZipFile(io.BytesIO(body)).namelist()) == 12
    logged = AccessEvent.objects.filter(what="bulk_export", actor=personas.hr.user)
    assert logged.count() == 12  # one per person in the file, in one download
    assert set(logged.values_list("object_id", flat=True)) == {str(export.pk)}
    assert logged.filter(subject=personas.employee).exists()


def test_the_copied_records_keep_a_valid_hash_chain(archive, personas):
    template = sealed_directly(released_sheet(personas.outsider), signer=personas.hr.user)
    assert template.header["employee"]["name"] == "李娜"
    assert template.header["goals"]  # the sheet's goals, as the services snapshot them
    checked, problems = verify_records()
    assert (checked, problems) == (14, [])  # 12 in the period, 1 in another, the template


@pytest.mark.parametrize("persona", ["employee", "manager", "second_line", "committee"])
def test_only_hr_may_start_an_export(archive, client_for, persona):
    period, _names = archive
    response = client_for(persona).post(reverse("documents:bulk_exports", args=[period.pk]),
                                        {"format": "pdf"})
    assert response.status_code == 404
    assert not BulkExport.objects.exists()


def test_a_second_export_waits_for_the_first_unless_it_stalled(archive, client_for):
    period, _names = archive
    hr = client_for("hr")
    _request(hr, period, "pdf")
    page = _request(hr, period, "pdf")
    assert "该周期的归档记录正在导出" in page.content.decode()
    assert BulkExport.objects.count() == 1
    _request(hr, period, "docx")  # another format is another file
    assert BulkExport.objects.count() == 2
    stalled = BulkExport.objects.filter(format="pdf")
    stalled.update(updated_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    _request(hr, period, "pdf")
    assert list(BulkExport.objects.filter(format="pdf").values_list("status", flat=True)) == [
        ExportStatus.QUEUED, ExportStatus.FAILED]
    assert bulk.build_export(stalled.filter(status=ExportStatus.FAILED).get().pk) == ""


def test_a_period_without_sealed_records_has_nothing_to_export(personas, client_for):
    period = make_period(status=PeriodStatus.RELEASED, departments=[personas.tech])
    page = client_for("hr").get(reverse("documents:bulk_exports", args=[period.pk]))
    assert "disabled" in page.content.decode()
    refused = _request(client_for("hr"), period, "pdf")
    assert "本周期还没有已签字归档的面谈记录" in refused.content.decode()
    assert not BulkExport.objects.exists()


def test_a_second_record_of_the_same_person_gets_a_numbered_name(archive, personas):
    period, _names = archive
    again = released_sheet(personas.outsider)
    first, second = sealed_copies(bulk.sealed_records(period).first(), [again, again])
    taken: set[str] = set()
    names = [bulk.entry_name(PERIOD, record, "pdf", taken) for record in (first, second)]
    number = personas.outsider.employee_no
    assert names == [f"{PERIOD}/客服部/李娜-{number}.pdf", f"{PERIOD}/客服部/李娜-{number}-2.pdf"]


def test_the_export_loads_records_in_a_fixed_number_of_queries(
        archive, django_assert_max_num_queries):
    period, _names = archive
    ids = list(bulk.sealed_records(period).values_list("pk", flat=True))
    with django_assert_max_num_queries(4):  # records, sections, addenda, signatures
        documents = [bulk.record_document(r) for chunk in bulk._chunks(ids) for r in chunk]
    assert len(documents) == 12
