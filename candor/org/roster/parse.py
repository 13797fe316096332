"""Reading an uploaded workbook into raw rows, refusing files that cannot be a roster.

Only the file's shape is checked here (is it an xlsx, are the columns there, is it within
the row limit); what the cells mean is the validator's business.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Any

from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from candor.org.roster.columns import (
    COLUMNS,
    MAX_ROWS,
    SHEET_NAME,
    header_aliases,
    in_every_language,
    normalize,
)
from candor.org.roster.report import RosterInvalid, RowError


@dataclass(frozen=True)
class ColumnRef:
    """Where a known column sits in this particular file, and how its header was written."""

    key: str
    letter: str
    header: str
    index: int


@dataclass(frozen=True)
class RawRow:
    number: int
    values: dict[str, Any]


@dataclass(frozen=True)
class ParsedRoster:
    columns: dict[str, ColumnRef]
    rows: list[RawRow]

    def ref(self, key: str) -> ColumnRef:
        return self.columns[key]


def _file_error(message: str) -> RosterInvalid:
    return RosterInvalid([RowError(None, "", "", message)])


def _pick_sheet(workbook):
    names = {normalize(n) for n in in_every_language(SHEET_NAME)}
    for sheet in workbook.worksheets:
        if normalize(sheet.title) in names:
            return sheet
    return workbook.worksheets[0] if workbook.worksheets else None


def _map_headers(header_row: tuple) -> dict[str, ColumnRef]:
    aliases = header_aliases()
    columns: dict[str, ColumnRef] = {}
    errors: list[RowError] = []
    for index, value in enumerate(header_row):
        key = aliases.get(normalize(value))
        if key is None:
            continue
        letter = get_column_letter(index + 1)
        header = str(value).strip().rstrip("*＊").strip()
        if key in columns:
            errors.append(RowError(1, letter, header, _("与 %(other)s 列重复") % {
                "other": columns[key].letter}))
            continue
        columns[key] = ColumnRef(key=key, letter=letter, header=header, index=index)
    for column in COLUMNS:
        if column.required and column.key not in columns:
            errors.append(RowError(1, "", str(column.label), _("缺少必填列“%(header)s”") % {
                "header": column.label}))
    if errors:
        raise RosterInvalid(errors)
    return columns


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _read(sheet) -> ParsedRoster:
    rows_iter = sheet.iter_rows(values_only=True)
    header_row = next(rows_iter, None)
    if header_row is None or all(_clean(v) is None for v in header_row):
        raise _file_error(_("工作表“%(sheet)s”是空的，第 1 行应为表头。")
                          % {"sheet": sheet.title})
    columns = _map_headers(header_row)
    rows: list[RawRow] = []
    for number, cells in enumerate(rows_iter, start=2):
        values = {key: _clean(cells[ref.index]) if ref.index < len(cells) else None
                  for key, ref in columns.items()}
        if all(v is None for v in values.values()):
            continue
        if len(rows) >= MAX_ROWS:
            raise _file_error(_("数据超过 %(max)s 行，请拆分成多个文件分批导入。")
                              % {"max": MAX_ROWS})
        rows.append(RawRow(number=number, values=values))
    if not rows:
        raise _file_error(_("工作表“%(sheet)s”没有数据行。") % {"sheet": sheet.title})
    return ParsedRoster(columns=columns, rows=rows)


def parse_workbook(file: IO[bytes]) -> ParsedRoster:
    """Read the sheet named 花名册 (else the first one); raise RosterInvalid if unusable."""
    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
    # openpyxl reports a non-xlsx file through many exception types (zip, XML, key errors).
    except Exception as e:
        raise _file_error(_("无法读取该文件，请上传 Excel 工作簿（.xlsx）。")) from e
    try:
        sheet = _pick_sheet(workbook)
        if sheet is None:
            raise _file_error(_("工作簿中没有工作表。"))
        return _read(sheet)
    except RosterInvalid:
        raise
    except Exception as e:
        raise _file_error(_("文件内容已损坏，无法读取。")) from e
    finally:
        workbook.close()
