"""Workbooks HR downloads: the house style of a template, and the download response.

Every import offers its template; they look alike (a dark header row that stays in view,
pre-formatted cells, drop-downs for choices) and download alike, so a change of either is
made once.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from django.http import FileResponse
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from candor.documents.excel_read import Column

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
PREFORMATTED_ROWS = 500


def write_header(sheet, columns: Sequence[Column]) -> list[tuple[int, str, Column]]:
    """The header row, each column at its width and frozen in view.

    Returns (index, letter, column) for each, for the caller's per-column formats.
    """
    placed = []
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=column.header)
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        placed.append((index, letter, column))
    sheet.freeze_panes = "A2"
    return placed


def preformat(sheet, index: int, number_format: str) -> None:
    """Format the first rows' cells before HR types: "@" keeps leading zeros in 工号,
    a date format makes a typed date a real date."""
    for row in range(2, PREFORMATTED_ROWS + 2):
        sheet.cell(row=row, column=index).number_format = number_format


def list_validation(sheet, letter: str, values: list[str], *, max_rows: int) -> None:
    """A drop-down on the column, so HR picks a label instead of typing one."""
    choices = ",".join(values)
    rule = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
    rule.add(f"{letter}2:{letter}{max_rows + 1}")
    sheet.add_data_validation(rule)


def workbook_bytes(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_download(data: bytes, *, filename: str) -> FileResponse:
    """The workbook as a file to save, named `filename` (which ends in .xlsx)."""
    return FileResponse(io.BytesIO(data), as_attachment=True, filename=filename,
                        content_type=XLSX)
