"""The export workbook: typed cells, the title block, and no text that runs as a formula."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.test import RequestFactory
from openpyxl import load_workbook

from candor.documents.excel_export import (
    TITLE_ROWS,
    ExportColumn,
    escape_text,
    export_filename,
    export_response,
    sheet_title,
    write_export,
)
from candor.documents.tests.export_helpers import read_export

SHANGHAI = ZoneInfo("Asia/Shanghai")
HYPERLINK = '=HYPERLINK("http://x","y")'
COLUMNS = [ExportColumn("值", lambda row: row)]


def _sheet(rows, *, columns=COLUMNS, **kwargs):
    kwargs.setdefault("title", "测试")
    kwargs.setdefault("sheet_name", "测试")
    output = write_export(columns=columns, rows=rows, **kwargs)
    return load_workbook(io.BytesIO(output.read())).active


def _body(sheet) -> list:
    return [row[0] for row in sheet.iter_rows(min_row=TITLE_ROWS + 2)]


def test_it_escapes_a_hyperlink_formula_so_it_comes_back_as_text():
    (cell,) = _body(_sheet([HYPERLINK]))

    assert cell.data_type == "s"
    assert cell.value == "'" + HYPERLINK


@pytest.mark.parametrize("text", [
    "=1+1", "+86 138 0000 0000", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "\n=1+1",
    "＝1+1", "－1",
])
def test_it_escapes_every_text_that_a_spreadsheet_could_read_as_a_formula(text):
    (cell,) = _body(_sheet([text]))

    assert cell.data_type == "s"
    assert cell.value == "'" + text


@pytest.mark.parametrize("text", ["张伟", "利润 3200 万元", "a=b", "100%", "'已引用"])
def test_it_leaves_ordinary_text_as_it_is(text):
    assert escape_text(text) == text
    (cell,) = _body(_sheet([text]))
    assert cell.value == text


def test_it_keeps_numbers_as_numbers_even_negative_ones():
    cells = _body(_sheet([Decimal("109.50"), -5, 3, Decimal("-0.5"), 1.25]))

    assert [c.data_type for c in cells] == ["n"] * 5
    assert [c.value for c in cells] == [109.5, -5, 3, -0.5, 1.25]


def test_it_keeps_dates_as_dates_and_writes_times_in_local_time():
    moment = dt.datetime(2026, 10, 19, 2, 0, tzinfo=dt.UTC)  # 10:00 in Shanghai
    date_cell, time_cell = _body(_sheet([dt.date(2026, 10, 19), moment]))

    assert date_cell.is_date and date_cell.value == dt.datetime(2026, 10, 19)
    assert date_cell.number_format == "yyyy-mm-dd"
    assert time_cell.is_date and time_cell.value == dt.datetime(2026, 10, 19, 10, 0)
    assert time_cell.number_format == "yyyy-mm-dd hh:mm"


def test_it_writes_yes_and_no_for_flags_and_nothing_for_missing_values():
    values = [c.value for c in _body(_sheet([True, False, None, "", "完"]))]

    assert values == ["是", "否", None, None, "完"]


def test_it_drops_control_characters_the_file_format_refuses():
    (cell,) = _body(_sheet(["张\x00伟\x07"]))

    assert cell.value == "张伟"


def test_it_names_the_filters_and_the_export_time_above_a_frozen_header():
    columns = [ExportColumn("工号", lambda r: "E001"), ExportColumn("姓名", lambda r: "张伟")]
    sheet = _sheet(
        [1], columns=columns,
        title="人员", filters=[("部门", "技术部"), ("状态", "在职"), ("姓名或工号", "")],
        exported_by="刘洋", now=dt.datetime(2026, 10, 19, 2, 30, tzinfo=dt.UTC))

    assert sheet["A1"].value == "人员"
    assert sheet["A2"].value == "筛选条件：部门：技术部；状态：在职"
    assert sheet["A3"].value == "导出时间：2026-10-19 10:30；导出人：刘洋"
    assert [c.value for c in sheet[TITLE_ROWS + 1]] == ["工号", "姓名"]
    assert [c.value for c in sheet[TITLE_ROWS + 2]] == ["E001", "张伟"]
    assert sheet.freeze_panes == f"A{TITLE_ROWS + 2}"


def test_it_says_when_no_filter_narrowed_the_list():
    assert _sheet([], filters=[("部门", "")])["A2"].value == "筛选条件：无（全部可见记录）"


def test_it_escapes_a_formula_typed_into_a_filter():
    sheet = _sheet([], filters=[("姓名或工号", HYPERLINK)], title=HYPERLINK)

    assert sheet["A1"].data_type == "s" and sheet["A1"].value == "'" + HYPERLINK
    assert sheet["A2"].data_type == "s" and HYPERLINK in sheet["A2"].value


def test_it_gives_the_sheet_a_name_excel_accepts():
    assert sheet_title("2026年第三季度 · 绩效结果") == "2026年第三季度 · 绩效结果"
    assert sheet_title("Q3/Q4: [草稿]?") == "Q3 Q4   草稿"
    assert len(sheet_title("很长的名字" * 10)) == 31
    assert sheet_title("///") == "Sheet1"
    assert _sheet([], sheet_name="a/b*c").title == "a b c"


def test_it_writes_rows_as_a_generator_yields_them():
    def rows():
        yield from range(3000)

    cells = _body(_sheet(rows()))

    assert len(cells) == 3000 and cells[-1].value == 2999


def test_it_names_the_download_after_the_list_and_the_time():
    name = export_filename("2026年第三季度 · 绩效结果",
                           now=dt.datetime(2026, 10, 19, 10, 30, tzinfo=SHANGHAI))

    assert name == "2026年第三季度_·_绩效结果_20261019-1030.xlsx"


@pytest.mark.django_db
def test_it_answers_with_a_workbook_download_stamped_with_the_exporter(personas):
    request = RequestFactory().get("/people/export/?q=x")
    request.user = personas.hr.user

    export = read_export(export_response(
        request, columns=[ExportColumn("姓名", lambda e: e)], rows=[HYPERLINK, "张伟"],
        title="人员", filters=[("姓名或工号", "x")]))

    assert export.sheet_name == "人员"
    assert export.filters == "筛选条件：姓名或工号：x"
    assert export.stamp.endswith("导出人：刘洋")
    assert export.rows == [["'" + HYPERLINK], ["张伟"]]
    assert all(c.data_type != "f" for row in export.cells for c in row)
