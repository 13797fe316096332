"""Reading an uploaded workbook into raw rows, refusing files that cannot be a roster.

Only the file's shape is checked here (is it an xlsx, are the columns there, is it within
the row limit); what the cells mean is the validator's business.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO

from django.utils.translation import gettext as _

from candor.documents.excel_read import (
    ColumnRef,
    RawRow,
    map_headers,
    open_sheet,
    read_header,
    read_rows,
)
from candor.org.roster.columns import COLUMNS, MAX_ROWS, SHEET_NAME
from candor.org.roster.report import RosterInvalid


@dataclass(frozen=True)
class ParsedRoster:
    columns: dict[str, ColumnRef]
    rows: list[RawRow]

    def ref(self, key: str) -> ColumnRef:
        return self.columns[key]


def parse_workbook(file: IO[bytes]) -> ParsedRoster:
    """Read the sheet named 花名册 (else the first one); raise RosterInvalid if unusable."""
    with open_sheet(file, name=SHEET_NAME, invalid=RosterInvalid) as sheet:
        rows = sheet.iter_rows(values_only=True)
        header = read_header(rows, sheet, invalid=RosterInvalid)
        columns = map_headers(header, COLUMNS, invalid=RosterInvalid)
        found = read_rows(rows, columns, max_rows=MAX_ROWS, invalid=RosterInvalid)
        if not found:
            raise RosterInvalid.for_file(_("工作表“%(sheet)s”没有数据行。")
                                         % {"sheet": sheet.title})
    return ParsedRoster(columns=columns, rows=found)
