"""What an import tells HR back: the problems by row and column, or what changed per row."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from candor.core.errors import DomainError


@dataclass(frozen=True)
class RowError:
    """One problem, located the way HR sees the sheet: Excel row number and column letter.

    `row` is None for problems with the file as a whole; `letter` is empty for problems
    with a whole row or a missing column.
    """

    row: int | None
    letter: str
    header: str
    message: str

    @property
    def column_text(self) -> str:
        if self.letter and self.header:
            return _("%(letter)s（%(header)s）") % {"letter": self.letter, "header": self.header}
        return self.letter or self.header

    @property
    def location(self) -> str:
        if self.row is None:
            return _("文件")
        if self.letter:
            return _("第 %(row)s 行 %(letter)s 列（%(header)s）") % {
                "row": self.row, "letter": self.letter, "header": self.header}
        return _("第 %(row)s 行") % {"row": self.row}

    def __str__(self) -> str:
        return _("%(location)s：%(message)s") % {"location": self.location,
                                                "message": self.message}


class RosterInvalid(DomainError):
    """The file was refused; nothing was written. Carries every problem found, not the first."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = sorted(errors, key=lambda e: (e.row or 0, len(e.letter), e.letter))
        count = len(self.errors)
        super().__init__(ngettext("发现 %(count)s 个问题，未导入任何数据。",
                                  "发现 %(count)s 个问题，未导入任何数据。", count)
                         % {"count": count}, code="roster_invalid")


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
