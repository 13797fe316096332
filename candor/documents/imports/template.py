"""The template of a kind: its sheet, prefilled if the kind has data, and an instructions sheet.

Written in openpyxl's write-only mode, so a template prefilled with 100,000 goals stays
quick. The data sheet has the house header row (frozen), a drop-down on every choice
column, pre-formatted columns ("@" keeps leading zeros in 工号, dates are dates), and the
kind's current data when it has some: download, edit, upload, and unchanged rows stay
unchanged. The instructions sheet explains every column, shows an example row, and adds
the kind's reference tables.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from candor.documents.excel_write import (
    HEADER_FILL,
    HEADER_FONT,
    workbook_bytes,
)
from candor.documents.imports.kind import Field, Kind

TITLE_FONT = Font(bold=True, size=12)
WRAP = Alignment(wrap_text=True, vertical="top")


def _styled(sheet, value: Any, **style: Any) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def _drop_downs(sheet, kind: Kind) -> None:
    for index, column in enumerate(kind.columns, start=1):
        labels = column.type.drop_down()
        if not labels:
            continue
        letter = get_column_letter(index)
        rule = DataValidation(type="list", formula1=f'"{",".join(labels)}"', allow_blank=True)
        rule.add(f"{letter}2:{letter}{kind.max_rows + 1}")
        sheet.data_validations.append(rule)


def _cell(sheet, column: Field, value: Any) -> Any:
    written = None if value is None else column.type.written(value)
    if column.type.number_format is None:
        return written
    return _styled(sheet, written, number_format=column.type.number_format)


def _data_sheet(workbook: Workbook, kind: Kind) -> None:
    sheet = workbook.create_sheet(str(kind.sheet_name))
    for index, column in enumerate(kind.columns, start=1):
        dimension = sheet.column_dimensions[get_column_letter(index)]
        dimension.width = column.width
        if column.type.number_format:
            # the column's style, which Excel gives every cell HR types into it
            dimension.number_format = column.type.number_format
    sheet.freeze_panes = "A2"
    _drop_downs(sheet, kind)
    sheet.append([_styled(sheet, kind.header(column), fill=HEADER_FILL, font=HEADER_FONT)
                  for column in kind.columns])
    for values in kind.template_rows():
        sheet.append([_cell(sheet, column, values.get(column.key)) for column in kind.columns])


def _title(sheet, text: str) -> None:
    sheet.append([])
    sheet.append([_styled(sheet, text, font=TITLE_FONT)])


def _help_sheet(workbook: Workbook, kind: Kind) -> None:
    sheet = workbook.create_sheet(pgettext("workbook sheet", "说明"))
    for letter, width in (("A", 18), ("B", 12), ("C", 70)):
        sheet.column_dimensions[letter].width = width
    sheet.append([_styled(sheet, _("%(title)s说明") % {"title": kind.title}, font=TITLE_FONT)])
    for line in (
        _("在“%(sheet)s”工作表中每行填写一条，第 1 行表头请勿修改；列的顺序可以调整。")
        % {"sheet": kind.sheet_name},
        _("带 * 的列必须填写。整个文件校验通过后才会导入；有任何问题则不导入任何数据，"
          "并逐行列出问题所在的行和列。"),
        _("最多 %(max)s 行。重复导入同一文件不会产生任何变更。") % {"max": kind.max_rows},
        *(str(line) for line in kind.instructions),
    ):
        sheet.append([line])
    _title(sheet, _("各列说明"))
    sheet.append([_("列"), _("是否必填"), _("填写说明")])
    for column in kind.columns:
        text = " ".join(str(part) for part in (column.help, column.type.describe()) if part)
        sheet.append([str(column.label), _("是") if kind.must_fill(column) else _("否"),
                      _styled(sheet, text, alignment=WRAP)])
    if kind.example:
        _title(sheet, _("填写示例"))
        sheet.append([kind.header(column) for column in kind.columns])
        sheet.append([_cell(sheet, column, kind.example.get(column.key))
                      for column in kind.columns])
    for title, headers, rows in kind.reference():
        _title(sheet, title)
        sheet.append(headers)
        for row in rows:
            sheet.append(row)


def build_template(kind: Kind) -> bytes:
    """The .xlsx HR downloads for `kind`, prefilled with its current data if any."""
    workbook = Workbook(write_only=True)
    _data_sheet(workbook, kind)
    _help_sheet(workbook, kind)
    return workbook_bytes(workbook)
