"""A document's blocks laid out in Word: real tables with the form's shaded label cells,
never text dumps, so HR can still edit or copy a cell after downloading."""

from __future__ import annotations

import io

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from candor.documents.data.blocks import Document, Fields, Note, Section, Table, Text
from candor.documents.word import styles

MUTED = RGBColor(0x59, 0x59, 0x59)
NOTICE = RGBColor(0xA6, 0x1B, 0x1B)


def _paragraph(doc: DocxDocument, value: str, *, bold: bool = False, size: float | None = None,
               color: RGBColor | None = None, center: bool = False):
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(value)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _write(cell, value: str, *, bold: bool = False) -> None:
    """One cell's text; line breaks in the value stay line breaks."""
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(value)
    run.bold = bold


def _width(table, shares: list[float]) -> None:
    """Column widths in both places Word and LibreOffice read them from."""
    table.autofit = False
    widths = [int(styles.CONTENT_WIDTH * share / 100) for share in shares]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        column = 0
        for tc in row._tr.tc_lst:  # a merged cell is as wide as the columns it spans
            tc.width = sum(widths[column:column + tc.grid_span])
            column += tc.grid_span


def _fields(doc: DocxDocument, block: Fields, *, keep: bool) -> None:
    columns = 2 * block.per_row
    table = doc.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    for pairs in block.rows:
        row = table.add_row()
        for index, (label, value) in enumerate(pairs):
            label_cell, value_cell = row.cells[2 * index], row.cells[2 * index + 1]
            styles.shade(label_cell)
            _write(label_cell, label, bold=True)
            _write(value_cell, value)
        last_used = 2 * len(pairs) - 1
        if last_used < columns - 1:
            row.cells[last_used].merge(row.cells[columns - 1])
    _width(table, block.shares)
    if keep:
        for row in table.rows:
            styles.keep_row_whole(row)


def _table(doc: DocxDocument, block: Table, *, keep: bool) -> None:
    table = doc.add_table(rows=1, cols=len(block.columns))
    table.style = "Table Grid"
    header = table.rows[0]
    styles.repeat_as_header(header)
    for cell, label in zip(header.cells, block.columns, strict=True):
        styles.shade(cell)
        _write(cell, label, bold=True)
    rows = block.rows or ([[block.empty]] if block.empty else [])
    for values in rows:
        row = table.add_row()
        for cell, value in zip(row.cells, values, strict=False):
            _write(cell, value)
        if len(values) < len(block.columns):
            row.cells[len(values) - 1].merge(row.cells[-1])
    if block.footer:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        _write(merged, block.footer, bold=True)
    _width(table, block.shares)
    if keep:
        for row in table.rows:
            styles.keep_row_whole(row)


def _text(doc: DocxDocument, block: Text, *, keep: bool = False) -> None:
    if block.label:
        _paragraph(doc, block.label, bold=True, size=9.5, color=MUTED).paragraph_format \
            .keep_with_next = True
    _paragraph(doc, block.text).paragraph_format.keep_with_next = keep


def _section(doc: DocxDocument, section: Section, *, keep: bool = False) -> None:
    """`keep`: every paragraph and row stays with what follows, so Word moves the closing
    sections to a new page as a whole rather than splitting them."""
    heading = _paragraph(doc, section.title, bold=True, size=12)
    heading.paragraph_format.space_before = Pt(12)
    heading.paragraph_format.keep_with_next = True
    for block in section.blocks:
        if isinstance(block, Fields):
            _fields(doc, block, keep=keep)
        elif isinstance(block, Table):
            _table(doc, block, keep=keep)
        elif isinstance(block, Text):
            _text(doc, block, keep=keep)
        elif isinstance(block, Note):
            _paragraph(doc, block.text, size=9, color=MUTED).paragraph_format \
                .keep_with_next = keep


def render(document: Document) -> bytes:
    """The .docx file's bytes."""
    doc = new_docx()
    styles.apply(doc, title=document.title, language=document.language)
    _paragraph(doc, document.title, bold=True, size=16, center=True)
    if document.subtitle:
        _paragraph(doc, document.subtitle, size=10, color=MUTED, center=True)
    if document.notice:
        _paragraph(doc, document.notice, bold=True, size=10, color=NOTICE, center=True)
    for section in document.sections:
        _section(doc, section)
    for section in document.closing:
        _section(doc, section, keep=True)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
