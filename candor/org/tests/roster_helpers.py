"""Building roster workbooks in memory for the import tests."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

HEADERS = ["工号*", "姓名*", "电子邮箱", "部门编码*", "岗位编码*", "职级层次*", "用工类型*",
           "入职日期*", "直属上级工号", "在职"]


def roster_row(no: Any, name: str, *, position: str, email: str = "", dept: str = "TECH",
               level: str = "基层员工", kind: str = "正式",
               hired: Any = dt.date(2024, 3, 1), manager: Any = "",
               active: Any = "是") -> list[Any]:
    return [no, name, email, dept, position, level, kind, hired, manager, active]


def roster_bytes(rows: list[list[Any]], *, headers: list[str] | None = None,
                 title: str = "花名册") -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(headers if headers is not None else HEADERS)
    for row in rows:
        sheet.append([None if v == "" else v for v in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def roster_upload(data: bytes, name: str = "roster.xlsx") -> SimpleUploadedFile:
    return SimpleUploadedFile(
        name, data,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
