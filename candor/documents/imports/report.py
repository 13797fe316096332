"""What an import that went through tells HR: the counts, and what happened to each row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

from django.utils.translation import gettext as _

from candor.documents.imports.kind import CREATED, UNCHANGED, UPDATED, Row

STATUSES = (CREATED, UPDATED, UNCHANGED)
ROWS_SHOWN = 500


def status_label(status: str) -> str:
    return {CREATED: _("新增"), UPDATED: _("更新"), UNCHANGED: _("未变")}[status]


class RowOutcome(NamedTuple):
    """One imported row: its Excel row number, its status, and the cells the report shows."""

    row: int
    status: str
    cells: tuple[Any, ...]

    @property
    def status_label(self) -> str:
        return status_label(self.status)


@dataclass
class ImportReport:
    """Every imported row in sheet order; rows skipped as blank are only counted.

    `extra` holds what the kind adds (scores withdrawn, sheets to confirm again) and
    `headers` the report's column titles. A row's cells are worked out (`describe`) only
    for the rows shown, so a 100,000-row import does not format 100,000 rows for 500.
    """

    imported: list[Row]
    headers: list[str]
    describe: Callable[[Row], tuple[Any, ...]]
    skipped: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for row in self.imported:
            counts[row.status] += 1
        return counts

    @property
    def rows(self) -> int:
        """Data rows read, blank-skipped ones included."""
        return len(self.imported) + self.skipped

    @property
    def created(self) -> int:
        return self.counts[CREATED]

    @property
    def updated(self) -> int:
        return self.counts[UPDATED]

    @property
    def unchanged(self) -> int:
        return self.counts[UNCHANGED]

    def _outcome(self, row: Row) -> RowOutcome:
        return RowOutcome(row.number, row.status, self.describe(row))

    @cached_property
    def outcomes(self) -> list[RowOutcome]:
        return [self._outcome(row) for row in self.imported]

    @cached_property
    def shown(self) -> list[RowOutcome]:
        """The rows the page lists: all of a small file; else changed rows first, 500 in all."""
        if len(self.imported) <= ROWS_SHOWN:
            return self.outcomes
        changed = [row for row in self.imported if row.status != UNCHANGED][:ROWS_SHOWN]
        rest = [row for row in self.imported if row.status == UNCHANGED]
        return [self._outcome(row) for row in (changed + rest)[:ROWS_SHOWN]]

    @property
    def not_shown(self) -> int:
        return len(self.imported) - len(self.shown)

    def audit_data(self) -> dict[str, Any]:
        return {"rows": self.rows, **self.counts, "skipped": self.skipped, **self.extra}
