"""Running an import: read the whole file, check every cell and rule, write all or nothing.

The order is the same for every kind: the kind may refuse the import as a whole (a closed
period, a user without the right); the sheet is read (defusedxml-safe, through
candor.documents.excel_read); each cell is typed by its column; every employee number of
the file is looked up at once; the kind's preload fetches what its rules need; then the
row rules, the duplicate check and the cross-row rules run over every row. Any problem and
the kind's invalid error is raised with all of them, sorted by row and column, and nothing
is written. Otherwise the kind's `apply` writes inside the same transaction and one audit
event records the counts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import IO, Any

from django.db import transaction
from django.utils.translation import gettext as _
from openpyxl.utils import column_index_from_string

from candor.core.audit import audit
from candor.core.text import labelled
from candor.documents.excel_read import (
    ColumnRef,
    RowError,
    map_headers,
    normalize,
    open_sheet,
    read_header,
    read_rows,
)
from candor.documents.imports.cells import CellError, EmployeeNo
from candor.documents.imports.kind import EmployeeRef, Kind, Problem, Row
from candor.documents.imports.report import ImportReport

# Up to this many distinct employee numbers are looked up by IN (…); more, and every
# employee is read in one query, which is bounded and stays under SQLite's variable limit.
IN_LIMIT = 900


@dataclass(frozen=True)
class ParsedFile:
    """The file as read: where each known column is, and the non-blank rows' raw cells."""

    letters: dict[str, tuple[str, str]]  # column key → (letter, header as written)
    rows: list[tuple[int, dict[str, Any]]]


# --- Reading ------------------------------------------------------------------------------

def _aliased(header: tuple, kind: Kind | type[Kind]) -> tuple:
    """The header with other accepted names (下限 for 最低分) read as the column's label."""
    names = {}
    for column in kind.columns:
        for alias in column.aliases:
            names[normalize(alias)] = str(column.label)
    if not names:
        return header
    return tuple(names.get(normalize(cell), cell) for cell in header)


def parse_file(kind: Kind | type[Kind], file: IO[bytes]) -> ParsedFile:
    """The kind's sheet (by name in any language, else the first), or the kind's invalid."""
    invalid = kind.invalid
    with open_sheet(file, name=kind.sheet_name, invalid=invalid) as sheet:
        rows = sheet.iter_rows(values_only=True)
        header = read_header(rows, sheet, invalid=invalid)
        columns: dict[str, ColumnRef] = map_headers(_aliased(header, kind), kind.columns,
                                                    invalid=invalid)
        # errors quote the header as HR wrote it, alias or not
        columns = {key: replace(ref, header=str(header[ref.index]).strip().rstrip("*＊").strip())
                   for key, ref in columns.items()}
        found = read_rows(rows, columns, max_rows=kind.max_rows, invalid=invalid)
    if not found:
        raise invalid.for_file(_("工作表中没有数据行。"))
    return ParsedFile(letters={k: (c.letter, c.header) for k, c in columns.items()},
                      rows=found)


# --- Checking -----------------------------------------------------------------------------

class _Problems:
    """Every problem found so far, located by the file's letters and headers."""

    def __init__(self, kind: Kind, letters: dict[str, tuple[str, str]]) -> None:
        self.kind, self.letters = kind, letters
        self.labels = {column.key: str(column.label) for column in kind.columns}
        self.errors: list[tuple[int, int, RowError]] = []

    def add(self, number: int, key: str, message: str) -> None:
        if key in self.letters:
            letter, header = self.letters[key]
            order = column_index_from_string(letter)
            error = RowError(number, letter, header, message)
        else:  # an optional column the file leaves out: name it in the message
            order = 10_000
            error = RowError(number, "", "", labelled(self.labels.get(key, key), message))
        self.errors.append((number, order, error))

    def refuse_if_any(self) -> None:
        if self.errors:
            self.errors.sort(key=lambda e: (e[0], e[1]))
            raise self.kind.invalid([error for _row, _order, error in self.errors])


def _typed_rows(kind: Kind, parsed: ParsedFile, problems: _Problems) -> tuple[list[Row], int]:
    fields = [column for column in kind.columns if column.key in parsed.letters]
    skip = kind.skip_if_blank
    rows: list[Row] = []
    skipped = 0
    for number, raw in parsed.rows:
        if skip is not None and raw.get(skip) is None:
            skipped += 1
            continue
        values: dict[str, Any] = {}
        bad: set[str] = set()
        for column in fields:
            value = raw.get(column.key)
            if value is None:
                if column.required:
                    problems.add(number, column.key, _("必填，不能为空"))
                    bad.add(column.key)
                continue
            try:
                values[column.key] = column.type.parse(value, column.label)
            except CellError as e:
                problems.add(number, column.key, e.message)
                bad.add(column.key)
        rows.append(Row(number, values, bad))
    return rows, skipped


def _find_employees(kind: Kind, rows: list[Row], problems: _Problems) -> None:
    """Replace each employee number by the employee, or report it as unknown."""
    keys = [c.key for c in kind.columns if isinstance(c.type, EmployeeNo)]
    numbers = {row.values[k] for row in rows for k in keys if row.values.get(k) is not None}
    if not numbers:
        return
    query = kind.employees().values_list("pk", "employee_no", "name", "is_active",
                                         "department_id")
    if len(numbers) <= IN_LIMIT:
        query = query.filter(employee_no__in=numbers)
    found = {values[1]: EmployeeRef(*values) for values in query}
    for row in rows:
        for key in keys:
            number = row.values.get(key)
            if number is None:
                continue
            ref = found.get(number)
            if ref is None:
                problems.add(row.number, key, _("工号“%(value)s”不存在") % {"value": number})
                row.bad.add(key)
                del row.values[key]
            else:
                row.values[key] = ref


def _identity(value: Any) -> Any:
    return value.pk if isinstance(value, EmployeeRef) else value


def _repeats(kind: Kind, rows: list[Row]) -> list[Problem]:
    unique = kind.unique
    if unique is None:
        return []
    first: dict[tuple, int] = {}
    found = []
    for row in rows:
        if not row.ok(*unique.keys):
            continue
        key = tuple(_identity(row.values.get(k)) for k in unique.keys)
        if None in key:
            continue
        earlier = first.setdefault(key, row.number)
        if earlier != row.number:
            found.append(Problem(row, unique.column, _("与第 %(row)s 行重复（%(what)s）")
                                 % {"row": earlier, "what": unique.what}))
    return found


def check(kind: Kind, parsed: ParsedFile) -> tuple[list[Row], int]:
    """Every row typed and checked: (rows, rows skipped as blank), or the kind's invalid."""
    problems = _Problems(kind, parsed.letters)
    rows, skipped = _typed_rows(kind, parsed, problems)
    _find_employees(kind, rows, problems)
    kind.preload(rows)
    for row in rows:
        for key, message in kind.check_row(row):
            problems.add(row.number, key, message)
    for problem in [*_repeats(kind, rows), *kind.check_rows(rows)]:
        problems.add(problem.row.number, problem.key, problem.message)
    problems.refuse_if_any()
    return rows, skipped


# --- Writing ------------------------------------------------------------------------------

@transaction.atomic
def run_import(kind: Kind, *, file: IO[bytes] | None = None,
               parsed: ParsedFile | None = None) -> ImportReport:
    """Check the whole file, then write every row through the kind — or nothing."""
    kind.prepare()
    if parsed is None:
        parsed = parse_file(kind, file)
    rows, skipped = check(kind, parsed)
    extra = kind.apply(rows) or {}
    report = ImportReport(imported=rows, headers=kind.report_headers(),
                          describe=kind.describe, skipped=skipped, extra=extra)
    audit(actor=kind.actor, event=kind.audit_event or f"{kind.code}.imported",
          target=kind.audit_target(), data=report.audit_data())
    return report
