"""Importing actual values from Excel: the whole file is checked, then written or refused.

Columns: 工号, 姓名 (for the reader only), 指标名称, 实际值, 备注. A row whose 实际值 is
blank is skipped, so the prefilled template can be filled in part. Every other problem is
reported by Excel row and column and nothing is imported.

Built for 100,000 rows: openpyxl's read-only streaming, dictionaries built once per
import for employees, sheets and goals, and one executemany for the writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import IO, Any

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from candor.core.audit import audit
from candor.core.errors import DomainError
from candor.documents.excel_read import (
    Column,
    ColumnRef,
    ImportInvalid,
    RowError,
    map_headers,
    open_sheet,
    read_header,
)
from candor.org.models import Employee
from candor.periods.models import Goal, GoalSheet, Period, Rule
from candor.periods.results.bulk import update_by_pk
from candor.periods.results.entry import check_actual, ensure_entry_open
from candor.periods.results.services import withdraw_scores

SHEET_NAME = gettext_lazy("实际值")
MAX_UPLOAD_BYTES = 40 * 1024 * 1024
MAX_ROWS = 200_000
MAX_ERRORS_SHOWN = 500

COLUMNS: tuple[Column, ...] = (
    Column("employee_no", gettext_lazy("工号"), True, width=12),
    Column("name", gettext_lazy("姓名"), False, width=12),
    Column("goal", gettext_lazy("指标名称"), True, width=28),
    Column("actual", gettext_lazy("实际值"), True, width=14),
    Column("notes", gettext_lazy("备注"), False, width=40),
)


class ActualsInvalid(ImportInvalid):
    """The file was refused and nothing was written; the page lists the first problems."""

    error_code = "actuals_invalid"
    max_shown = MAX_ERRORS_SHOWN


@dataclass(frozen=True)
class ImportResult:
    rows: int
    updated: int
    unchanged: int
    skipped_blank: int
    scores_withdrawn: int


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class NotANumber(ValueError):
    pass


def parse_number(value: Any) -> Decimal | None:
    """A number from a cell: numbers as they are; text like "3,500" or "8%" (unit %)."""
    if value is None:
        return None
    if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
        raise NotANumber(_text(value))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    text = "".join(str(value).split()).replace(",", "").replace("，", "")
    if not text:
        return None
    if text.endswith(("%", "％")):
        text = text[:-1]
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise NotANumber(str(value).strip()) from None
    if not number.is_finite():
        raise NotANumber(str(value).strip())
    return number


def _where(ref: ColumnRef) -> tuple[int, str, str]:
    return ref.index, ref.letter, ref.header


def _lookups(period: Period) -> tuple[dict, dict, dict]:
    employees = {no: (pk, name) for no, pk, name in
                 Employee.objects.values_list("employee_no", "pk", "name")}
    sheets = dict(GoalSheet.objects.filter(period=period).values_list("employee_id", "pk"))
    goals = {(sheet_id, name): (pk, rule, actual, notes) for pk, sheet_id, name, rule, actual, notes
             in Goal.objects.filter(sheet__period=period).values_list(
                 "pk", "sheet_id", "name", "rule", "actual", "notes")}
    return employees, sheets, goals


def _check_rows(rows, columns: dict[str, ColumnRef],
                period: Period) -> tuple[list[tuple], int, int]:
    """Validate every row; (changes, unchanged count, blank count) or ActualsInvalid."""
    employees, sheets, goals = _lookups(period)
    no_i, no_letter, no_header = _where(columns["employee_no"])
    goal_i, goal_letter, goal_header = _where(columns["goal"])
    act_i, act_letter, act_header = _where(columns["actual"])
    notes_i = columns["notes"].index if "notes" in columns else None
    width = max(ref.index for ref in columns.values()) + 1
    errors: list[RowError] = []
    seen: dict[tuple[int, str], int] = {}
    changes: list[tuple] = []
    unchanged = blank = count = 0
    for number, cells in enumerate(rows, start=2):
        if len(cells) < width:
            cells = (*cells, *([None] * (width - len(cells))))
        raw_no, raw_goal, raw_actual = cells[no_i], cells[goal_i], cells[act_i]
        notes = _text(cells[notes_i]) if notes_i is not None else ""
        if raw_no is None and raw_goal is None and raw_actual is None and not notes:
            continue
        count += 1
        if count > MAX_ROWS:
            raise ActualsInvalid.for_file(_("数据超过 %(max)s 行，请拆分成多个文件分批导入。")
                              % {"max": MAX_ROWS})
        bad_actual = False
        try:
            actual = parse_number(raw_actual)
            if actual is not None:
                actual = check_actual(actual)
        except (NotANumber, DomainError):
            errors.append(RowError(number, act_letter, act_header,
                                   _("“%(value)s”不是有效的数字") % {"value": _text(raw_actual)}))
            actual, bad_actual = None, True
        if actual is None and not bad_actual:
            blank += 1
            continue
        employee_no, goal_name = _text(raw_no), _text(raw_goal)
        if not employee_no:
            errors.append(RowError(number, no_letter, no_header, _("工号不能为空")))
            continue
        employee = employees.get(employee_no)
        if employee is None:
            errors.append(RowError(number, no_letter, no_header, _("工号“%(no)s”不存在")
                                   % {"no": employee_no}))
            continue
        sheet_id = sheets.get(employee[0])
        if sheet_id is None:
            errors.append(RowError(number, no_letter, no_header,
                                   _("%(name)s（%(no)s）在本周期没有考核表")
                                   % {"name": employee[1], "no": employee_no}))
            continue
        goal = goals.get((sheet_id, goal_name))
        if goal is None:
            errors.append(RowError(number, goal_letter, goal_header,
                                   _("%(name)s 的考核表中没有指标“%(goal)s”")
                                   % {"name": employee[1], "goal": goal_name}))
            continue
        if goal[1] != Rule.LINEAR:
            errors.append(RowError(number, goal_letter, goal_header,
                                   _("指标“%(goal)s”由上级评分，不导入实际值")
                                   % {"goal": goal_name}))
            continue
        first = seen.setdefault((sheet_id, goal_name), number)
        if first != number:
            errors.append(RowError(number, goal_letter, goal_header,
                                   _("与第 %(row)s 行重复（同一员工的同一指标）") % {"row": first}))
            continue
        if bad_actual:
            continue
        new_notes = notes or goal[3]
        if goal[2] == actual and new_notes == goal[3]:
            unchanged += 1
        else:
            changes.append((goal[0], actual, new_notes, sheet_id))
    if errors:
        raise ActualsInvalid(errors)
    if not count:
        raise ActualsInvalid.for_file(_("工作表中没有数据行。"))
    return changes, unchanged, blank


def _read_and_check(file: IO[bytes], period: Period) -> tuple[list[tuple], int, int]:
    with open_sheet(file, name=SHEET_NAME, invalid=ActualsInvalid) as sheet:
        rows = sheet.iter_rows(values_only=True)
        header = read_header(rows, sheet, invalid=ActualsInvalid)
        return _check_rows(rows, map_headers(header, COLUMNS, invalid=ActualsInvalid), period)


@transaction.atomic
def import_actuals(*, period: Period, file: IO[bytes], actor) -> ImportResult:
    """Check the whole file, then write every changed actual at once — or nothing."""
    period = Period.objects.select_for_update().get(pk=period.pk)
    ensure_entry_open(period)
    changes, unchanged, blank = _read_and_check(file, period)
    update_by_pk(Goal, ("actual", "notes"), ((pk, actual, notes) for pk, actual, notes, _s
                                              in changes), bump_version=True)
    withdrawn = withdraw_scores(sheet_id for *_g, sheet_id in changes)
    result = ImportResult(rows=len(changes) + unchanged + blank, updated=len(changes),
                          unchanged=unchanged, skipped_blank=blank, scores_withdrawn=withdrawn)
    audit(actor=actor, event="period.actuals_imported", target=period,
          data={"rows": result.rows, "updated": result.updated,
                "unchanged": result.unchanged, "skipped_blank": result.skipped_blank,
                "scores_withdrawn": withdrawn})
    return result
