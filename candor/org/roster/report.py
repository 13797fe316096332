"""What an import tells HR back: the problems by row and column, or what changed per row."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from candor.documents.excel_read import ImportInvalid, RowError


class RosterInvalid(ImportInvalid):
    """The file was refused; nothing was written. Problems are listed in sheet order."""

    error_code = "roster_invalid"

    def __init__(self, errors: list[RowError]) -> None:
        super().__init__(sorted(errors, key=lambda e: (e.row or 0, len(e.letter), e.letter)))


class Status:
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DEACTIVATED = "deactivated"


STATUS_ORDER = (Status.CREATED, Status.UPDATED, Status.UNCHANGED, Status.DEACTIVATED)


@dataclass(frozen=True)
class Change:
    label: str
    old: str
    new: str


@dataclass
class RowOutcome:
    row: int
    employee_no: str
    name: str
    status: str
    changes: list[Change] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return {
            Status.CREATED: _("新增"),
            Status.UPDATED: _("更新"),
            Status.UNCHANGED: _("未变"),
            Status.DEACTIVATED: _("离职"),
        }[self.status]


@dataclass
class ImportResult:
    outcomes: list[RowOutcome]
    accounts_created: int = 0

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUS_ORDER, 0)
        for outcome in self.outcomes:
            counts[outcome.status] += 1
        return counts

    @property
    def changed(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.status != Status.UNCHANGED]
