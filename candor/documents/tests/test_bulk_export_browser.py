"""In a real browser: HR starts the export of a period's sealed records, watches the progress
bar move while the real task worker renders, and downloads the zip when it is ready.

The worker runs in the test's own thread (db_worker installs signal handlers, which only
the main thread may); the browser keeps polling the live server meanwhile, and the check
in the middle of the run waits for the page to show the count the worker just wrote.
Screenshots land in test-output/screenshots/bulk-export-*.png.
"""

from __future__ import annotations

import zipfile

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from candor.core.tests.browser_support import PageWatcher, log_in, screenshot
from candor.core.tests.conftest import browser, page  # noqa: F401 (fixtures)
from candor.documents import bulk
from candor.documents.tests.test_bulk_export import _media, _run_worker, archive  # noqa: F401

pytestmark = pytest.mark.browser


def test_hr_watches_the_export_progress_and_downloads_the_zip(
        page, archive, monkeypatch, tmp_path):  # noqa: F811
    watcher = PageWatcher().attach(page)
    period, names = archive
    log_in(page, "hr")
    page.goto(reverse("documents:bulk_exports", args=[period.pk]))
    page.get_by_role("button", name="导出全部归档记录（Word）").click()
    expect(page.get_by_text("已开始导出 12 份归档记录")).to_be_visible()
    expect(page.get_by_test_id("bulk-export-count")).to_have_text("已完成 0 / 12")

    render = bulk.RENDERERS["docx"]
    rendered: list[int] = []

    def watched(document):
        rendered.append(1)
        if len(rendered) == 6:  # five records are in the zip: the page must say so
            expect(page.get_by_test_id("bulk-export-count")).to_have_text(
                "已完成 5 / 12", timeout=10_000)
            screenshot(page, "bulk-export-progress")
        return render(document)

    monkeypatch.setitem(bulk.RENDERERS, "docx", watched)
    monkeypatch.setattr(bulk, "PROGRESS_EVERY", 1)
    _run_worker()

    expect(page.get_by_test_id("bulk-export-count")).to_have_text("已完成 12 / 12")
    link = page.get_by_test_id("bulk-export-download")
    expect(link).to_be_visible()
    screenshot(page, "bulk-export-done")
    with page.expect_download() as download:
        link.click()
    assert download.value.suggested_filename == "2026年第三季度-面谈记录-Word.zip"
    saved = tmp_path / "export.zip"
    download.value.save_as(saved)
    with zipfile.ZipFile(saved) as archive_file:
        assert set(archive_file.namelist()) == {f"{name}.docx" for name in names}
    # a download ends its navigation as ERR_ABORTED: not a page error
    assert [e for e in watcher.errors if "ERR_ABORTED" not in e] == []
    assert watcher.outside_requests() == []
