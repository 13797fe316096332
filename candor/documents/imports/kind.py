"""What one kind of import declares: its columns and rules, how it looks up and writes.

The engine (candor.documents.imports.engine) does everything every import does — the
template, reading the file, checking every cell, collecting every problem by row and
column, refusing the whole file or writing it in one transaction, the report. A kind only
says what is particular to it: a subclass of `Kind` with its columns, its rules and its
`apply`. Goals, actual values and personnel facts are the kinds Candor ships
(candor.documents.imports.kinds).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar, NamedTuple

from django.db.models import QuerySet
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from candor.documents.excel_read import Column, ImportInvalid
from candor.documents.imports.cells import CellType, EmployeeNo, Text, display
from candor.org.models import Employee

# Outcome of one row, shown in the report (labels in report.STATUS_LABELS).
CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


@dataclass(frozen=True)
class Field(Column):
    """A column: its header, whether each row must fill it, and the type of its cells.

    `aliases` are other headers HR may have written for the same column (下限 for 最低分).
    """

    type: CellType = field(default_factory=Text)
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Unique:
    """No two rows may share these columns' values; the repeat is reported in `column`.

    `what` names the combination for HR: "同一员工的同一指标".
    """

    keys: tuple[str, ...]
    column: str
    what: Promise


class EmployeeRef(NamedTuple):
    """An employee named in the file, as looked up once for the whole file."""

    pk: int
    employee_no: str
    name: str
    is_active: bool
    department_id: int | None


class Row:
    """One data row: its Excel row number, the typed value of each good cell, and which
    cells were refused (rules skip what depends on them). `target` is for the kind: what
    the row refers to, found while checking and used by `apply`; `status` is set by `apply`.
    """

    __slots__ = ("number", "values", "bad", "target", "status")

    def __init__(self, number: int, values: dict[str, Any], bad: set[str]) -> None:
        self.number, self.values, self.bad = number, values, bad
        self.target: Any = None
        self.status = UNCHANGED

    def __getitem__(self, key: str) -> Any:
        return self.values.get(key)

    def get(self, key: str, default: Any = None) -> Any:
        value = self.values.get(key)
        return default if value is None else value

    def ok(self, *keys: str) -> bool:
        """None of these cells was refused (a blank optional cell is fine)."""
        return not self.bad.intersection(keys)


class Problem(NamedTuple):
    """A rule's finding: which row, which column (a key), and what is wrong."""

    row: Row
    key: str
    message: str


class Kind:
    """Subclass per import and fill in the class attributes; override the hooks needed.

    An instance is one run: `actor` is who imports, and a kind may take more (the period).
    """

    code: ClassVar[str]  # "goals": the audit event is "<code>.imported" unless set
    title: ClassVar[Promise]  # "目标导入": the instructions sheet's title, file names
    sheet_name: ClassVar[Promise]
    columns: ClassVar[tuple[Field, ...]]
    invalid: ClassVar[type[ImportInvalid]]
    max_rows: ClassVar[int] = 20_000
    max_bytes: ClassVar[int] = 10 * 1024 * 1024
    file_label: ClassVar[Promise] = gettext_lazy("Excel 文件")
    unique: ClassVar[Unique | None] = None
    # A row whose cell in this column is blank is skipped (counted, not checked).
    skip_if_blank: ClassVar[str | None] = None
    instructions: ClassVar[tuple[Promise, ...]] = ()
    example: ClassVar[dict[str, Any]] = {}
    # The columns (keys) the report lists per row; an employee column lists 工号 and 姓名.
    report_columns: ClassVar[tuple[str, ...]] = ()
    audit_event: ClassVar[str] = ""

    def __init__(self, *, actor: Any) -> None:
        self.actor = actor

    @classmethod
    def must_fill(cls, column: Field) -> bool:
        """Every row fills it in (the template stars it); the skip column's blanks are fine."""
        return column.required and column.key != cls.skip_if_blank

    @classmethod
    def header(cls, column: Field) -> str:
        return column.header if cls.must_fill(column) else str(column.label)

    # --- before reading --------------------------------------------------------------

    def prepare(self) -> None:
        """Refuse the import as a whole (DomainError) and lock what must not move."""

    def employees(self) -> QuerySet[Employee]:
        """Whom the file may name at all; anyone else is reported as unknown."""
        return Employee.objects.all()

    # --- checking --------------------------------------------------------------------

    def preload(self, rows: list[Row]) -> None:
        """Fetch what the rules need for the whole file in a fixed number of queries."""

    def check_row(self, row: Row) -> Iterable[tuple[str, str]]:
        """(column key, message) for each problem of one row; employees already found."""
        return ()

    def check_rows(self, rows: list[Row]) -> Iterator[Problem]:
        """Problems across rows beyond `unique` (a weight total per person, say)."""
        return iter(())

    # --- writing ---------------------------------------------------------------------

    def apply(self, rows: list[Row]) -> dict[str, Any]:
        """Write every row (inside the engine's transaction), setting each row's status.

        Returns what the report and the audit event add to the counts
        (scores withdrawn, sheets to confirm again …).
        """
        raise NotImplementedError

    def audit_target(self) -> Any:
        return self.actor

    # --- the report ------------------------------------------------------------------

    def _report_plan(self) -> list[tuple[str, CellType]]:
        if not hasattr(self, "_plan"):
            by_key = {column.key: column for column in self.columns}
            self._plan = [(key, by_key[key].type) for key in self.report_columns]
        return self._plan

    def report_headers(self) -> list[str]:
        labels = {column.key: str(column.label) for column in self.columns}
        headers: list[str] = []
        for key, cell_type in self._report_plan():
            headers.append(labels[key])
            if isinstance(cell_type, EmployeeNo):
                headers.append(_("姓名"))
        return headers

    def describe(self, row: Row) -> tuple[str, ...]:
        """The row's cells in the report, as HR wrote them."""
        cells: list[str] = []
        for key, cell_type in self._report_plan():
            value = row.values.get(key)
            if isinstance(cell_type, EmployeeNo):
                cells += [value.employee_no, value.name] if value else ["", ""]
            else:
                cells.append(display(cell_type, value))
        return tuple(cells)

    # --- the template ----------------------------------------------------------------

    def template_rows(self) -> Iterable[dict[str, Any]]:
        """Rows to prefill the template with (stored values, keyed by column)."""
        return ()

    def reference(self) -> Iterable[tuple[str, list[str], Iterable[list[Any]]]]:
        """Extra tables for the instructions sheet: (title, headers, rows)."""
        return ()
