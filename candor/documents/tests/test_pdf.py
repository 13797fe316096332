"""The PDFs: A4 pages with page numbers, Chinese text that is text (not boxes), the seal on
the last page, and nothing fetched from outside the project while printing.

Every test that prints keeps its pages as PNGs under test-output/screenshots/ (pdftoppm),
so a person can see what HR will print.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context, Template

from candor.documents import pdf
from candor.documents.data.pack import pack_document
from candor.documents.data.plan import plan_document
from candor.documents.data.record import record_document
from candor.documents.pdf.fetcher import ProjectOnlyFetcher
from candor.documents.pdf.render import html_to_pdf
from candor.documents.tests.print_factories import (
    fonts,
    media_boxes,
    pdf_pages,
    prepared,
    screenshots,
    squeezed,
    with_addendum,
)
from candor.interviews.models import RecordSection
from candor.interviews.tests.factories import COMPLETE_RECORD, sealed, submitted
from candor.plans.tests.factories import make_plan

PIXEL = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42m"
         "Nk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def test_it_prints_the_records_chinese_text_as_text_and_keeps_the_screenshots(personas):
    data = pdf.render(record_document(sealed(personas)))
    text = squeezed("".join(pdf_pages(data)))
    for expected in ("绩效面谈记录与改进措施表", "基本信息", "张伟", "王强",
                     "（一）绩效目标回顾与评估",
                     COMPLETE_RECORD["strengths"]["items"][0]["text"],
                     COMPLETE_RECORD["strengths"]["items"][0]["case"],
                     COMPLETE_RECORD["measures"]["items"][0]["measure"],
                     COMPLETE_RECORD["agreement"]["agreed"], "同意记录内容。"):
        assert squeezed(expected) in text, expected
    assert re.search(r"Noto-?Sans-?CJK-?SC\S*\s+CID.*\byes\b", fonts(data)), "embedded CJK font"
    shots = screenshots(data, "record-pdf")
    assert [p.name for p in shots][:1] == ["record-pdf-page-1.png"]
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in shots)


def test_it_prints_on_a4_with_page_x_of_y_on_every_page(personas):
    data = pdf.render(record_document(sealed(personas)))
    boxes = media_boxes(data)
    pages = pdf_pages(data)
    assert len(boxes) == len(pages) >= 2
    assert all(abs(w - 595) <= 1 and abs(h - 842) <= 1 for w, h in boxes), boxes
    for number, page in enumerate(pages, start=1):
        assert re.search(rf"第\s*{number}\s*页\s*/\s*共\s*{len(pages)}\s*页", page), page[-80:]


def test_it_puts_the_signatures_and_the_hash_on_the_last_page_without_wasting_one(personas):
    record = sealed(personas)
    pages = pdf_pages(pdf.render(record_document(record)))
    last = squeezed(pages[-1])
    assert record.content_hash in last and "签字确认" in last and "归档验证" in last
    assert "张伟" in last and "王强" in last
    assert all(record.content_hash not in squeezed(page) for page in pages[:-1])
    assert "同意记录内容。" in last, "a short record signs on the page it ends on"


@pytest.mark.parametrize("rows", [3, 5, 8])
def test_it_moves_the_signatures_and_the_seal_to_a_new_page_as_a_whole(personas, rows):
    record = sealed(personas)
    RecordSection.objects.filter(record=record, key="strengths").update(content={"items": [
        {"text": f"成绩 {n}", "case": "在项目中主动承担跨部门协调角色，推动对接效率提升。" * 2}
        for n in range(1, rows + 1)]})
    pages = [squeezed(page) for page in pdf_pages(pdf.render(record_document(record)))]
    for text in ("签字确认", "归档验证", record.content_hash):
        assert [i for i, page in enumerate(pages) if text in page] == [len(pages) - 1], text


def test_it_keeps_the_hash_on_the_last_page_after_an_addendum(personas):
    record = with_addendum(sealed(personas), personas.manager.user)
    data = pdf.render(record_document(record))
    last = squeezed(pdf_pages(data)[-1])
    assert record.content_hash in last and "11月补充：培训预算已批复。" in last
    screenshots(data, "record-addendum-pdf")


def test_it_repeats_a_long_tables_header_on_the_next_page(personas):
    record = submitted(personas)
    RecordSection.objects.filter(record=record, key="strengths").update(content={"items": [
        {"text": f"成绩 {n}", "case": "在项目中主动承担跨部门协调角色，推动对接效率提升。" * 6}
        for n in range(1, 21)]})
    data = pdf.render(record_document(record))
    pages = [squeezed(page) for page in pdf_pages(data)]
    with_rows = [page for page in pages if "成绩20" in page or "成绩10" in page]
    assert len(with_rows) >= 2
    assert all("成绩/优点" in page and "具体事例" in page for page in with_rows)
    screenshots(data, "record-long-pdf")


def test_it_prints_the_improvement_plan(personas):
    plan = make_plan(personas)
    data = pdf.render(plan_document(personas.employee.user, plan, today=dt.date(2026, 10, 20)))
    text = squeezed("".join(pdf_pages(data)))
    for expected in ("绩效改进计划表", "每月完成1门数据分析课程", "复核样本", "安排IT测试环境",
                     "待兑现", "未开始"):
        assert expected in text, expected
    screenshots(data, "plan-pdf")


def test_it_prints_the_preparation_pack(personas):
    data = pdf.render(pack_document(personas.manager.user, prepared(personas)))
    text = squeezed("".join(pdf_pages(data)))
    for expected in ("面谈准备资料", "内部资料", "任务完成数的统计口径", "晋升标准是什么？",
                     "容易辩解、情绪化", "先讲事实，再听员工解释。"):
        assert expected in text, expected
    screenshots(data, "pack-pdf")


def _spy_on_the_network(monkeypatch) -> list[str]:
    """Every URL urllib is asked to open, whatever the fetcher decided."""
    opened: list[str] = []
    real_open = urllib.request.OpenerDirector.open

    def spy(self, url, *args, **kwargs):
        opened.append(url if isinstance(url, str) else url.full_url)
        return real_open(self, url, *args, **kwargs)

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", spy)
    return opened


def test_it_never_fetches_an_outside_url_a_template_names(monkeypatch):
    opened = _spy_on_the_network(monkeypatch)
    html = Template(
        '<html><head><link rel="stylesheet" href="https://cdn.example.com/x.css"></head>'
        '<body><p>{{ name }}</p><img src="http://example.com/x.png">'
        '<img src="{{ pixel }}"></body></html>').render(Context({"name": "张伟",
                                                                  "pixel": PIXEL}))
    fetcher = ProjectOnlyFetcher()
    data = html_to_pdf(html, fetcher=fetcher)
    assert "张伟" in pdf_pages(data)[0]
    assert sorted(fetcher.refused) == ["http://example.com/x.png",
                                       "https://cdn.example.com/x.css"]
    assert opened == [PIXEL], "only the data: URL may be opened"


def test_it_prints_html_someone_typed_as_text_without_fetching_it(personas, monkeypatch):
    opened = _spy_on_the_network(monkeypatch)
    refused: list[str] = []
    real_fetch = ProjectOnlyFetcher.fetch

    def remember(self, url, headers=None):
        refused.append(url)
        return real_fetch(self, url, headers)

    monkeypatch.setattr(ProjectOnlyFetcher, "fetch", remember)
    record = submitted(personas)
    RecordSection.objects.filter(record=record, key="strengths").update(content={"items": [
        {"text": '<img src="http://example.com/y.png">', "case": "见附件"}]})
    text = "".join(pdf_pages(pdf.render(record_document(record))))
    assert '<img src="http://example.com/y.png">' in text
    assert refused == [] and opened == []


def test_it_allows_only_files_under_the_projects_static_directories():
    fetcher = ProjectOnlyFetcher()
    static = Path(settings.BASE_DIR) / "candor" / "core" / "static"
    inside = next(p for p in static.rglob("*") if p.is_file())
    assert fetcher.allows(inside.as_uri())
    assert not fetcher.allows((static / ".." / ".." / "settings.py").as_uri())
    assert not fetcher.allows("file:///etc/passwd")
    assert not fetcher.allows("ftp://example.com/x")
    assert fetcher.allows(PIXEL)
