"""Importing attendance, reward/penalty and training records from Excel (R2.7).

The whole file or nothing: every row is checked first and every problem is reported by
row and column; only a clean file is written. A fact is identified by employee, kind,
date and title, so importing the same file again changes nothing.

The cell converters and the error report are the roster import's (candor.org.roster),
so both imports word their messages the same way; reading the workbook is every
import's (candor.documents.excel_read).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import IO, Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext, pgettext_lazy
from openpyxl import Workbook

from candor import access
from candor.core.audit import audit
from candor.core.errors import DomainError
from candor.core.text import join_list
from candor.documents.excel_read import (
    Column,
    RowError,
    choice_lookup,
    map_headers,
    normalize,
    open_sheet,
    read_rows,
)
from candor.documents.excel_write import (
    list_validation,
    preformat,
    workbook_bytes,
    write_header,
)
from candor.evidence.models import FactKind, PersonnelFact
from candor.org.models import Employee
from candor.org.roster import cells
from candor.org.roster.report import RosterInvalid

SHEET_NAME = gettext_lazy("人事记录")
MAX_ROWS = 20000
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
QUANTITY_LIMIT = Decimal("99999999.99")
CENT = Decimal("0.01")

COLUMNS: tuple[Column, ...] = (
    Column("employee_no", gettext_lazy("工号"), True, gettext_lazy("系统中已有员工的工号。"), 12),
    Column("kind", gettext_lazy("类型"), True, gettext_lazy("考勤、奖励、处罚或培训。"), 10),
    Column("date", gettext_lazy("日期"), True,
           gettext_lazy("日期单元格，或文本 YYYY-MM-DD（如 2026-10-15）。"), 12),
    Column("title", gettext_lazy("事项"), True,
           gettext_lazy("如“病假”“季度优秀员工”“安全培训”，最多 120 个字符。"), 24),
    Column("quantity", gettext_lazy("数量"), False,
           gettext_lazy("数字，如缺勤天数、培训学时、奖惩金额；可留空。"), 10),
    Column("detail", pgettext_lazy("fact detail", "说明"), False,
           gettext_lazy("补充说明，可留空。"), 40),
    Column("source_ref", gettext_lazy("来源编号"), False,
           gettext_lazy("来源系统中的单号，可留空。"), 16),
)
COLUMNS_BY_KEY = {c.key: c for c in COLUMNS}
NUMBER_FORMATS = {"employee_no": "@", "date": "yyyy-mm-dd"}
KEY_FIELDS = ("employee_id", "kind", "date", "title")
VALUE_FIELDS = ("quantity", "detail", "source_ref")


@lru_cache(maxsize=1)
def _kind_lookup() -> dict[str, str]:
    return choice_lookup(FactKind)


def _kind(value: Any) -> str:
    found = _kind_lookup().get(normalize(cells.shown(value)))
    if found is None:
        raise cells.CellError(_("“%(value)s”不是有效的类型，应为：%(choices)s") % {
            "value": cells.shown(value),
            "choices": join_list(FactKind.labels)})
    return found


def _quantity(value: Any) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise cells.CellError(_("“%(value)s”不是数字") % {"value": value})
    try:
        number = Decimal(str(value).strip().replace(",", ""))
    except InvalidOperation:
        raise cells.CellError(_("“%(value)s”不是数字") % {"value": cells.shown(value)}) from None
    if not number.is_finite() or abs(number) > QUANTITY_LIMIT:
        raise cells.CellError(_("“%(value)s”超出允许范围") % {"value": cells.shown(value)})
    return number.quantize(CENT)


CONVERTERS = {
    "employee_no": cells.employee_no,
    "kind": _kind,
    "date": cells.date,
    "title": lambda v: cells.text(v, max_length=120),
    "quantity": _quantity,
    "detail": lambda v: cells.text(v, max_length=2000),
    "source_ref": lambda v: cells.text(v, max_length=60),
}


# --- Reading the workbook -----------------------------------------------------------------

@dataclass(frozen=True)
class ParsedFacts:
    letters: dict[str, tuple[str, str]]  # column key → (letter, header as written)
    rows: list[tuple[int, dict[str, Any]]]


def parse_facts(file: IO[bytes]) -> ParsedFacts:
    """The rows of the 人事记录 sheet (else the first sheet), or RosterInvalid.

    Unlike the roster, a column given twice is not refused (the first is read), and an
    empty first row is reported as the required columns missing.
    """
    with open_sheet(file, name=SHEET_NAME, invalid=RosterInvalid) as sheet:
        rows_iter = sheet.iter_rows(values_only=True)
        columns = map_headers(next(rows_iter, None) or (), COLUMNS, invalid=RosterInvalid,
                              refuse_repeats=False)
        rows = read_rows(rows_iter, columns, max_rows=MAX_ROWS, invalid=RosterInvalid)
    if not rows:
        raise RosterInvalid.for_file(_("工作表中没有数据行。"))
    return ParsedFacts(letters={k: (c.letter, c.header) for k, c in columns.items()},
                       rows=rows)


# --- Checking and writing -----------------------------------------------------------------

@dataclass
class FactOutcome:
    row: int
    employee_no: str
    name: str
    kind: str
    date: Any
    title: str
    status: str  # created / updated / unchanged


@dataclass
class FactsResult:
    outcomes: list[FactOutcome]

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def counts(self) -> dict[str, int]:
        return {s: self.count(s) for s in ("created", "updated", "unchanged")}


def _validate(parsed: ParsedFacts, actor) -> list[tuple[int, dict[str, Any]]]:
    errors: list[RowError] = []

    def add(row: int, key: str, message: str) -> None:
        letter, header = parsed.letters[key]
        errors.append(RowError(row, letter, header, message))

    converted: list[tuple[int, dict[str, Any]]] = []
    for number, raw in parsed.rows:
        values: dict[str, Any] = {}
        for key, raw_value in raw.items():
            if raw_value is None and COLUMNS_BY_KEY[key].required:
                add(number, key, _("必填，不能为空"))
                continue
            try:
                values[key] = CONVERTERS[key](raw_value)
            except cells.CellError as e:
                add(number, key, e.message)
        converted.append((number, values))
    nos = {v["employee_no"] for _n, v in converted if v.get("employee_no")}
    people = {e.employee_no: e for e in Employee.objects.filter(employee_no__in=nos)}
    allowed = set(access.managed_employees(actor).filter(employee_no__in=nos)
                  .values_list("employee_no", flat=True))
    first: dict[tuple, int] = {}
    for number, values in converted:
        no = values.get("employee_no")
        if no is not None and no not in people:
            add(number, "employee_no", _("工号“%(value)s”不存在") % {"value": no})
        elif no is not None and no not in allowed:
            add(number, "employee_no", _("工号“%(value)s”是您无权管理的部门的员工")
                % {"value": no})
        key = tuple(values.get(k) for k in ("employee_no", "kind", "date", "title"))
        if None in key:
            continue
        if key in first:
            add(number, "title", _("与第 %(row)s 行重复（同一员工、类型、日期和事项）")
                % {"row": first[key]})
        else:
            first[key] = number
    if errors:
        raise RosterInvalid(errors)
    for _number, values in converted:
        values["employee"] = people[values["employee_no"]]
    return converted


@transaction.atomic
def import_facts(*, parsed: ParsedFacts, actor) -> FactsResult:
    """Create new facts and update changed ones; refuse the whole file on any problem."""
    if not access.can_manage_org(actor):
        raise DomainError(_("您无权导入人事记录。"), code="forbidden")
    rows = _validate(parsed, actor)
    dates = [v["date"] for _n, v in rows]
    existing = {
        tuple(getattr(f, k) for k in KEY_FIELDS): f
        for f in PersonnelFact.objects.filter(
            employee_id__in={v["employee"].pk for _n, v in rows},
            date__range=(min(dates), max(dates)))
    }
    new, changed, outcomes = [], [], []
    now = timezone.now()
    for number, values in rows:
        employee = values["employee"]
        target = {"quantity": values.get("quantity"), "detail": values.get("detail") or "",
                  "source_ref": values.get("source_ref") or ""}
        fact = existing.get((employee.pk, values["kind"], values["date"], values["title"]))
        if fact is None:
            new.append(PersonnelFact(employee=employee, kind=values["kind"], date=values["date"],
                                     title=values["title"], **target))
            status = "created"
        elif any(getattr(fact, k) != v for k, v in target.items()):
            for k, v in target.items():
                setattr(fact, k, v)
            fact.version += 1
            fact.updated_at = now
            changed.append(fact)
            status = "updated"
        else:
            status = "unchanged"
        outcomes.append(FactOutcome(row=number, employee_no=employee.employee_no,
                                    name=employee.name, kind=FactKind(values["kind"]).label,
                                    date=values["date"], title=values["title"], status=status))
    PersonnelFact.objects.bulk_create(new, batch_size=1000)
    PersonnelFact.objects.bulk_update(changed, [*VALUE_FIELDS, "version", "updated_at"],
                                      batch_size=1000)
    result = FactsResult(outcomes=outcomes)
    audit(actor=actor, event="personnel_facts.imported", target=actor,
          data={**result.counts, "rows": len(rows)})
    return result


# --- The template -------------------------------------------------------------------------

def build_template() -> bytes:
    """An empty sheet with the columns, and a sheet explaining how to fill it."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(SHEET_NAME)
    for index, letter, column in write_header(sheet, COLUMNS):
        if column.key in NUMBER_FORMATS:
            preformat(sheet, index, NUMBER_FORMATS[column.key])
        if column.key == "kind":
            list_validation(sheet, letter, [str(label) for label in FactKind.labels],
                            max_rows=MAX_ROWS)
    help_sheet = workbook.create_sheet(pgettext("workbook sheet", "说明"))
    help_sheet.column_dimensions["A"].width = 14
    help_sheet.column_dimensions["C"].width = 60
    help_sheet.append([_("人事记录导入说明")])
    help_sheet.append([_("每行一条记录，带 * 的列必须填写。"
                         "同一员工、类型、日期和事项视为同一条记录，"
                         "再次导入会更新数量、说明和来源编号，不会重复添加。")])
    help_sheet.append([_("整个文件校验通过后才会导入；有任何问题则不导入任何数据。")])
    help_sheet.append([])
    help_sheet.append([_("列"), _("是否必填"), _("填写说明")])
    for column in COLUMNS:
        help_sheet.append([str(column.label), _("是") if column.required else _("否"),
                           str(column.help)])
    return workbook_bytes(workbook)
