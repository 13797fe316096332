"""The shared reading of uploaded workbooks, and the problem table every import shows."""

from __future__ import annotations

import io

import pytest
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy
from openpyxl import Workbook

from candor.documents.excel_read import (
    Column,
    ImportInvalid,
    RowError,
    map_headers,
    open_sheet,
    read_header,
    read_rows,
)

SHEET = gettext_lazy("花名册")
COLUMNS = (Column("employee_no", gettext_lazy("工号"), True),
           Column("name", gettext_lazy("姓名"), False))


class Refused(ImportInvalid):
    max_shown = 2


def _book(*rows, title: str = "花名册") -> io.BytesIO:
    workbook = Workbook()
    workbook.active.title = "其他"
    sheet = workbook.create_sheet(title)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    return buffer


def _read(file, **kwargs):
    with open_sheet(file, name=SHEET, invalid=Refused) as sheet:
        rows = sheet.iter_rows(values_only=True)
        columns = map_headers(read_header(rows, sheet, invalid=Refused), COLUMNS,
                              invalid=Refused, **kwargs)
        return columns, read_rows(rows, columns, max_rows=10, invalid=Refused)


def test_it_finds_the_sheet_and_the_columns_by_their_english_names():
    columns, rows = _read(_book(("Name ", "Employee no. *"), (" 张伟 ", 1001), (None, "  "),
                                ("王强", "1002"), title="Roster"))
    assert (columns["employee_no"].letter, columns["employee_no"].header) == ("B", "Employee no.")
    assert [(r.number, r.values) for r in rows] == [
        (2, {"name": "张伟", "employee_no": 1001}), (4, {"name": "王强", "employee_no": "1002"})]


def test_it_refuses_a_repeated_column_unless_told_to_read_the_first():
    with pytest.raises(Refused) as refused:
        _read(_book(("工号", "姓名", "工号"), ("1", "a", "2")))
    assert [str(e) for e in refused.value.errors] == ["第 1 行 C 列（工号）：与 A 列重复"]
    _columns, rows = _read(_book(("工号", "姓名", "工号"), ("1", "a", "2")), refuse_repeats=False)
    assert rows[0].values == {"employee_no": "1", "name": "a"}


def test_it_refuses_a_file_that_is_not_a_workbook_with_the_imports_own_error():
    with pytest.raises(Refused) as refused:
        _read(io.BytesIO(b"%PDF-1.4"))
    assert [str(e) for e in refused.value.errors] == [
        "文件：无法读取该文件，请上传 Excel 工作簿（.xlsx）。"]


def test_the_problem_table_lists_at_most_max_shown_and_counts_the_rest():
    invalid = Refused([RowError(n, "A", "工号", f"问题{n}") for n in (2, 3, 4)])
    html = render_to_string("partials/_import_errors.html",
                            {"invalid": invalid, "testid": "x-errors"})
    assert "发现 3 个问题，未导入任何数据。" in html and 'data-testid="x-errors"' in html
    assert "问题2" in html and "问题3" in html and "问题4" not in html
    assert "另有 1 个问题未列出。" in html
