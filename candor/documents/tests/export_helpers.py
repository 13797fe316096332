"""Reading an exported workbook back the way a test looks at it."""

from __future__ import annotations

import io
from dataclasses import dataclass

from django.http import FileResponse
from openpyxl import load_workbook

from candor.documents.excel_export import TITLE_ROWS


@dataclass
class Export:
    sheet_name: str
    title: str
    filters: str
    stamp: str
    header: list[str]
    rows: list[list]  # values, None for an empty cell
    cells: list[list]  # the openpyxl cells of `rows`, for types and formats

    def column(self, header: str) -> list:
        index = self.header.index(header)
        return [row[index] for row in self.rows]

    def rows_of(self, header: str, value) -> list[dict]:
        return [dict(zip(self.header, row, strict=False)) for row in self.rows
                if row[self.header.index(header)] == value]


def read_export(response: FileResponse) -> Export:
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert "attachment" in response["Content-Disposition"]
    data = b"".join(response.streaming_content)
    sheet = load_workbook(io.BytesIO(data)).active
    lines = list(sheet.iter_rows())
    header_row = lines[TITLE_ROWS]
    body = [list(line) for line in lines[TITLE_ROWS + 1:]]
    return Export(
        sheet_name=sheet.title,
        title=lines[0][0].value, filters=lines[1][0].value, stamp=lines[2][0].value,
        header=[c.value for c in header_row],
        rows=[[c.value for c in line] for line in body],
        cells=body,
    )
