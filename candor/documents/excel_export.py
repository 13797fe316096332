"""Excel exports of the lists HR works with: the rows of a list page, its filters applied.

Every list exports alike — a title block naming the list, the filters and who exported it
when; a frozen header row; typed cells (numbers stay numbers, dates stay dates) — so the
workbook is built here once, and each list only declares its columns.

Exported text is untrusted: names, notes and even the filter a user typed end up in cells,
and a spreadsheet runs a cell that begins with "=" (and, once edited or saved as CSV, one
that begins with "+", "-", "@", a tab or a carriage return). Every text cell that begins so
gets a leading apostrophe (OWASP's CSV-injection advice) and is stored as a string, so no
exported text ever becomes a formula. Rows are written as they come (openpyxl's write-only
mode) into a spooled temporary file, so a long list never sits in memory as cell objects.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Any

from django.http import FileResponse, HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from candor import access
from candor.access.logging import client_ip
from candor.core.models import AccessEvent
from candor.documents.excel_write import HEADER_FILL, HEADER_FONT, XLSX

# OWASP's list, plus the full-width forms a Chinese input method types: WPS and Excel in a
# Chinese locale are where these files are opened.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
ESCAPE = "'"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_MAX = 31  # Excel refuses longer sheet names
TITLE_ROWS = 4  # title, filters, exported at/by, a blank line; the header follows
SPOOL_BYTES = 8 * 1024 * 1024
LOG_BATCH = 500


@dataclass(frozen=True)
class ExportColumn:
    """One column of an export: its header and how a row gives its value.

    `value` returns text, a number, a date/datetime, a bool or None; `width` is in Excel's
    character units.
    """

    header: Any  # str or a lazy translation, rendered in the exporter's language
    value: Callable[[Any], Any]
    width: int = 14


def escape_text(text: str) -> str:
    """The text as it is safe to put in a cell: never read as a formula, no characters
    the file format forbids (they would make openpyxl refuse the whole export)."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if text.startswith(FORMULA_TRIGGERS):
        return ESCAPE + text
    return text


def sheet_title(name: str) -> str:
    """A name Excel accepts for a sheet: no []:*?/\\, at most 31 characters."""
    cleaned = SHEET_NAME_FORBIDDEN.sub(" ", ILLEGAL_CHARACTERS_RE.sub("", name)).strip(" '")
    return cleaned[:SHEET_NAME_MAX] or "Sheet1"


def _cell(sheet, value: Any) -> WriteOnlyCell | None:
    """A typed cell: numbers and dates keep their type, everything else becomes safe text."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        value = _("是") if value else _("否")
    if isinstance(value, int | float | Decimal):
        return WriteOnlyCell(sheet, value=value)
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            value = timezone.make_naive(timezone.localtime(value))
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    cell = WriteOnlyCell(sheet, value=escape_text(str(value)))
    cell.data_type = "s"  # stated, not inferred: a string can never turn into a formula
    return cell


def describe_filters(filters: Sequence[tuple[Any, Any]]) -> str:
    """"部门：技术部；状态：在职" for the title block; empty values are left out."""
    parts = [_("%(label)s：%(value)s") % {"label": label, "value": value}
             for label, value in filters if value not in (None, "")]
    return "；".join(parts) if parts else _("无（全部可见记录）")


def write_export(*, columns: Sequence[ExportColumn], rows: Iterable[Any], title: str,
                 sheet_name: str, filters: Sequence[tuple[Any, Any]] = (),
                 exported_by: str = "", now: dt.datetime | None = None) -> IO[bytes]:
    """The workbook as a file positioned at its start, ready to be sent."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title(sheet_name))
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = f"A{TITLE_ROWS + 2}"
    heading = _cell(sheet, title)
    if heading is not None:
        heading.font = Font(bold=True, size=14)
    when = timezone.localtime(now or timezone.now()).strftime("%Y-%m-%d %H:%M")
    sheet.append([heading])
    sheet.append([_cell(sheet, _("筛选条件：%(filters)s") % {
        "filters": describe_filters(filters)})])
    exported = (_("导出时间：%(when)s；导出人：%(who)s") % {"when": when, "who": exported_by}
                if exported_by else _("导出时间：%(when)s") % {"when": when})
    sheet.append([_cell(sheet, exported)])
    sheet.append([])
    header = []
    for column in columns:
        cell = _cell(sheet, str(column.header))
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append([_cell(sheet, column.value(row)) for column in columns])
    # handed to the caller open: the FileResponse that sends it closes it
    output = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115
    workbook.save(output)
    output.seek(0)
    return output


def export_filename(stem: str, *, now: dt.datetime | None = None) -> str:
    """"人员_20261019-1030.xlsx": the list's name and the time, so downloads do not collide."""
    when = timezone.localtime(now or timezone.now()).strftime("%Y%m%d-%H%M")
    safe_stem = re.sub(r'[\\/:*?"<>|\s]+', "_", stem).strip("_") or "export"
    return f"{safe_stem}_{when}.xlsx"


def export_response(request: HttpRequest, *, columns: Sequence[ExportColumn],
                    rows: Iterable[Any], title: str, filters: Sequence[tuple[Any, Any]] = (),
                    sheet_name: str | None = None) -> FileResponse:
    """The list as a download, named after its title, stamped with the exporter."""
    now = timezone.now()
    user = request.user
    who = user.display_name() if hasattr(user, "display_name") else str(user)
    output = write_export(columns=columns, rows=rows, title=title, filters=filters,
                          sheet_name=sheet_name or title, exported_by=who, now=now)
    return FileResponse(output, as_attachment=True, content_type=XLSX,
                        filename=export_filename(title, now=now))


def log_export(request: HttpRequest, *, what: str, subject_ids: Iterable[int]) -> int:
    """One access event per person whose data left in the export (R1.2: every read of
    someone else's record is logged), written in batches; the exporter's own rows are not
    logged, as `access.log_access` does not log reading one's own data.

    The list pages log nothing per row (they show what the access module already allows),
    but a file leaves the app, so the export is written down person by person with
    `what` = "export:<list>" and can be found in the access log under each person.
    """
    own = access.scope_for(request.user).employee_id
    ids = sorted({pk for pk in subject_ids if pk is not None and pk != own})
    actor = request.user if getattr(request.user, "pk", None) else None
    path = request.get_full_path()[:300]
    ip = client_ip(request)
    agent = request.META.get("HTTP_USER_AGENT", "")[:300]
    AccessEvent.objects.bulk_create(
        (AccessEvent(actor=actor, subject_id=pk, what=what[:80], object_type="org.employee",
                     object_id=str(pk), path=path, ip_address=ip, user_agent=agent)
         for pk in ids), batch_size=LOG_BATCH)
    return len(ids)
