"""The shared import engine: reading cells as HR types them, and refusing unsafe files."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal

import pytest

from candor.documents.imports import parse_file
from candor.documents.imports.cells import (
    CellError,
    Choice,
    Date,
    EmployeeNo,
    Integer,
    Number,
    Text,
)
from candor.documents.imports.kinds.facts import FactsInvalid, FactsKind
from candor.documents.tests.import_files import xlsx
from candor.evidence.models import FactKind


def _refusal(cell_type, value, label="数量") -> str:
    with pytest.raises(CellError) as refused:
        cell_type.parse(value, label)
    return refused.value.message


def test_numbers_are_read_as_hr_writes_them():
    number = Number(places=2)
    assert number.parse("3,500", "") == Decimal("3500.00")
    assert number.parse("8%", "") == Decimal("8.00")
    assert number.parse(0.1, "") == Decimal("0.10")
    assert number.parse(2.344, "") == Decimal("2.34"), "kept to the column's precision"
    assert _refusal(number, True) == "“True”不是有效的数字"
    assert _refusal(number, dt.date(2026, 1, 1)) == "“2026-01-01”不是有效的数字"
    assert _refusal(number, "NaN") == "“NaN”不是有效的数字"


def test_bounds_are_told_in_the_message():
    weight = Number(above=Decimal(0), most=Decimal(100))
    assert _refusal(weight, 0) == "“0”超出允许范围（大于 0，不超过 100）"
    assert weight.parse(100, "") == Decimal(100)
    assert _refusal(Number(least=Decimal(1)), "0.5") == "“0.5”超出允许范围（不小于 1）"
    assert _refusal(Integer(least=Decimal(1), most=Decimal(5)), 6) == "“6”超出允许范围（1 至 5）"
    assert Integer().parse("12", "") == 12
    assert _refusal(Integer(), "4.5") == "“4.5”应为整数"


def test_text_dates_choices_and_employee_numbers():
    assert Text(max_length=5).parse(1001.0, "") == "1001"
    assert _refusal(Text(max_length=3), "四个字符") == "不能超过 3 个字符"
    assert Date().parse("2026.10.15", "") == dt.date(2026, 10, 15)
    assert Date().parse(dt.datetime(2026, 10, 15, 8, 0), "") == dt.date(2026, 10, 15)
    assert "不是有效日期" in _refusal(Date(), "1899-12-31")
    kinds = Choice(choices=FactKind)
    assert kinds.parse("Attendance", "类型") == kinds.parse("考勤", "类型") == "attendance"
    assert kinds.drop_down() == ["考勤", "奖励", "处罚", "培训"]
    assert _refusal(EmployeeNo(), "E 01") == "工号“E 01”只能包含字母、数字和 @ . + - _ 字符"


def _with_entity(data: io.BytesIO) -> io.BytesIO:
    """The same workbook, its sheet declaring an XML entity (the start of a billion laughs)."""
    source = zipfile.ZipFile(data)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            content = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                content = content.replace(b"<worksheet", b'<!DOCTYPE worksheet [<!ENTITY a "'
                                          + b"x" * 10 + b'">]><worksheet', 1)
            target.writestr(name, content)
    out.seek(0)
    return out


def test_a_file_declaring_xml_entities_is_refused_not_expanded():
    good = xlsx(("工号", "类型", "日期", "事项"), [("E1", "考勤", "2026-10-10", "病假")],
                title="人事记录")
    assert len(parse_file(FactsKind, io.BytesIO(good.getvalue())).rows) == 1
    with pytest.raises(FactsInvalid) as refused:
        parse_file(FactsKind, _with_entity(good))
    assert [str(e) for e in refused.value.errors] == [
        "文件：无法读取该文件，请上传 Excel 工作簿（.xlsx）。"]


def test_a_header_without_rows_is_refused():
    with pytest.raises(FactsInvalid, match="1 个问题") as refused:
        parse_file(FactsKind, xlsx(("工号", "类型", "日期", "事项"), [], title="人事记录"))
    assert str(refused.value.errors[0]) == "文件：工作表中没有数据行。"
