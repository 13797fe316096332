"""Building the files HR uploads, and reading back what an import refused or wrote."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook, load_workbook


def xlsx(header: Sequence[Any], rows: Iterable[Sequence[Any]], *, title: str) -> io.BytesIO:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    return buffer


def messages(refused) -> list[str]:
    """The problems of a refused import as the page words them."""
    return [str(error) for error in refused.value.errors]


def downloaded(response) -> bytes:
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return b"".join(response.streaming_content)


def drop_downs(data: bytes, sheet: str) -> dict[str, list[str]]:
    """Column letter → the labels its drop-down offers."""
    found = {}
    for rule in load_workbook(io.BytesIO(data))[sheet].data_validations.dataValidation:
        letter = str(rule.sqref).split(":")[0].rstrip("0123456789")
        found[letter] = rule.formula1.strip('"').split(",")
    return found


def header(data: bytes, sheet: str) -> list[Any]:
    return [cell.value for cell in load_workbook(io.BytesIO(data))[sheet][1]]
