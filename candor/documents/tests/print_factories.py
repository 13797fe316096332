"""Test data for the printed documents: a prepared interview, a record with addenda, and
reading the produced files back (python-docx for Word, poppler's tools for PDF)."""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
from pathlib import Path

import docx
from django.conf import settings
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from candor.interviews.services import preparation, sealing
from candor.interviews.tests.factories import book

SCREENSHOTS = Path(settings.BASE_DIR) / "test-output" / "screenshots"

SELF_ASSESSMENT = {
    "performance": "完成了利润目标，按时上线两个版本。",
    "against_standards": "利润 109%，任务完成数 96%。",
    "self_evaluation": "客户沟通有进步，测试还需加强。",
    "next_goals": "下季度利润 3500 万元。",
    "support_needed": "希望参加数据分析培训。",
    "questions": ["晋升标准是什么？", "培训预算何时批？", "测试环境何时到位？"],
}
PREPARATION = {
    "questions": ["你认为本期最大的收获是什么？", "测试覆盖不足的原因是什么？",
                  "下期需要哪些支持？"],
    "goal_analysis": "任务数目标偏高，需与部门对齐。",
    "disagreements": [{"point": "任务完成数的统计口径", "evidence": "系统导出的任务清单"}],
    "temperament": "defensive",
    "approach": "先讲事实，再听员工解释。",
    "checklist": {"room": True, "time": True},
}


def prepared(personas):
    """张伟's interview with his self-assessment submitted and 王强's notes written."""
    interview = book(personas)
    preparation.save_self_assessment(actor=personas.employee.user, interview=interview,
                                     data=SELF_ASSESSMENT, submit=True)
    preparation.save_preparation(actor=personas.manager.user, interview=interview,
                                 data=PREPARATION)
    return interview


def with_addendum(record, actor, text: str = "11 月补充：培训预算已批复。"):
    sealing.add_addendum(actor=actor, record=record, text=text)
    record.refresh_from_db()
    return record


# --- reading Word files back ----------------------------------------------------------------

def open_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def table_with(doc, header: str):
    """The first table whose first row holds `header`."""
    for table in doc.tables:
        if header in [cell.text for cell in table.rows[0].cells]:
            return table
    raise AssertionError(f"no table headed {header!r}")


def cells(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def body_texts(doc) -> list[str]:
    """Paragraphs and table cells in document order, each once (line breaks kept)."""
    texts: list[str] = []
    for element in doc.element.body.iterchildren():
        if element.tag == qn("w:p"):
            texts.append(Paragraph(element, doc).text)
        elif element.tag == qn("w:tbl"):
            for cell in element.iter(qn("w:tc")):
                texts.append("\n".join(Paragraph(p, doc).text
                                       for p in cell.iterchildren(qn("w:p"))))
    return texts


# --- reading PDF files back -----------------------------------------------------------------

def _poppler(tool: str, data: bytes, *args: str) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(data)
        file.flush()
        return subprocess.run([tool, *args, file.name, *(["-"] if tool == "pdftotext" else [])],
                              check=True, capture_output=True, text=True).stdout


def pdf_pages(data: bytes) -> list[str]:
    """The text layer of each page (pdftotext separates pages with a form feed)."""
    pages = _poppler("pdftotext", data, "-enc", "UTF-8").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def squeezed(text: str) -> str:
    """Without whitespace: a table cell's text wraps wherever the column ends."""
    return re.sub(r"\s+", "", text)


def media_boxes(data: bytes) -> list[tuple[float, float]]:
    info = _poppler("pdfinfo", data, "-f", "1", "-l", "999", "-box")
    return [(float(w), float(h)) for w, h in re.findall(
        r"Page\s+\d+\s+MediaBox:\s+[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)", info)]


def fonts(data: bytes) -> str:
    return _poppler("pdffonts", data)


def screenshots(data: bytes, name: str) -> list[Path]:
    """Each page as a PNG under test-output/screenshots/<name>-page-N.png, for people to
    look at (the Chinese must show as characters, not boxes)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOTS.glob(f"{name}-page-*.png"):
        old.unlink()
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(data)
        file.flush()
        subprocess.run(["pdftoppm", "-png", "-r", "60", file.name,
                        str(SCREENSHOTS / f"{name}-page")], check=True)
    return sorted(SCREENSHOTS.glob(f"{name}-page-*.png"))
