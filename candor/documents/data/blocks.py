"""The shape every printed document takes: sections of label/value grids, tables and texts.

The record form, the improvement plan and the preparation pack are assembled once into
this shape, with every label already in the reader's language and every value already
written out as text; the Word and the PDF renderers only lay the blocks out. So both
files always say the same thing, and neither renderer knows about interviews or plans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import ClassVar

from django.utils import timezone, translation
from django.utils.translation import gettext as _

DASH = "—"
CHINESE_NUMERALS = "一二三四五六七八九十"


@dataclass
class Fields:
    """Label/value pairs laid out `per_row` to a row, like the paper form's 基本信息.

    A label listed in `wide` takes a row of its own (the interview type's tick boxes); the
    last value of a short row spans the rest of it.
    """

    pairs: list[tuple[str, str]]
    wide: tuple[str, ...] = ()
    per_row: int = 2
    kind: ClassVar[str] = "fields"

    @property
    def rows(self) -> list[list[tuple[str, str]]]:
        rows: list[list[tuple[str, str]]] = []
        current: list[tuple[str, str]] = []
        for label, value in self.pairs:
            if label in self.wide:
                if current:
                    rows.append(current)
                    current = []
                rows.append([(label, value)])
                continue
            current.append((label, value))
            if len(current) == self.per_row:
                rows.append(current)
                current = []
        if current:
            rows.append(current)
        return rows

    @property
    def grid(self) -> list[list[tuple[str, str, int]]]:
        """Rows of (label, value, how many grid columns the value spans)."""
        grid = []
        for row in self.rows:
            cells = [(label, value, 1) for label, value in row]
            label, value, _span = cells[-1]
            cells[-1] = (label, value, 1 + 2 * (self.per_row - len(row)))
            grid.append(cells)
        return grid

    @property
    def shares(self) -> list[float]:
        """Label and value column widths in percent: labels narrow, values wide."""
        label = 15.0 if self.per_row > 1 else 20.0
        value = 100 / self.per_row - label
        return [label, round(value, 2)] * self.per_row


@dataclass
class Table:
    """A grid with a header row (repeated on every page) and an optional closing line."""

    columns: list[str]
    rows: list[list[str]]
    empty: str = ""
    footer: str = ""
    widths: tuple[float, ...] = ()  # relative widths, one per column; equal when empty
    kind: ClassVar[str] = "table"

    @property
    def shares(self) -> list[float]:
        """Each column's share of the width, in percent."""
        widths = self.widths or (1,) * len(self.columns)
        total = sum(widths)
        return [round(w * 100 / total, 2) for w in widths]


@dataclass
class Text:
    """A paragraph, optionally under a small label (e.g. 达成一致的事项)."""

    text: str
    label: str = ""
    kind: ClassVar[str] = "text"


@dataclass
class Note:
    """A muted remark: why a table is empty, who may read the document."""

    text: str
    kind: ClassVar[str] = "note"


Block = Fields | Table | Text | Note


@dataclass
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)
    key: str = ""


@dataclass
class Document:
    """One printable document. `name` is the file name without its extension.

    The `closing` sections (a record's signatures and seal) come last and are kept
    together: when they do not fit on the page they move to a new one as a whole, so
    what they end with is always on the last page.
    """

    kind: str
    title: str
    subtitle: str
    name: str
    sections: list[Section]
    closing: list[Section] = field(default_factory=list)
    notice: str = ""
    language: str = field(default_factory=lambda: translation.get_language() or "zh-hans")

    def section(self, key: str) -> Section | None:
        return next((s for s in [*self.sections, *self.closing] if s.key == key), None)


def numbered(number: int, title: str) -> str:
    """（一）绩效目标回顾与评估 in Chinese, "1. …" in English: the paper form's numbering."""
    language = translation.get_language() or ""
    if language.startswith("zh") and number <= len(CHINESE_NUMERALS):
        numeral = CHINESE_NUMERALS[number - 1]
    else:
        numeral = str(number)
    return _("（%(number)s）%(title)s") % {"number": numeral, "title": title}


def text(value: object) -> str:
    """A value as printed: a dash for nothing, so an empty cell reads as deliberately empty."""
    if value is None:
        return DASH
    value = str(value).strip()
    return value or DASH


def moment(value: datetime | None, *, seconds: bool = False) -> str:
    if value is None:
        return DASH
    value = timezone.localtime(value) if timezone.is_aware(value) else value
    return value.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def day(value: date | datetime | None) -> str:
    if value is None:
        return DASH
    if isinstance(value, datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value.isoformat()


def file_name(*parts: object) -> str:
    """绩效面谈记录-张伟-2026-10-19: readable, without characters a file system refuses."""
    cleaned = []
    for part in parts:
        piece = "".join(c for c in str(part) if c not in '\\/:*?"<>|\r\n\t').strip()
        if piece:
            cleaned.append(piece)
    return "-".join(cleaned)[:120] or "document"


def page_label_parts() -> list[tuple[str, str]]:
    """"第 %(page)s 页 / 共 %(pages)s 页" in the reader's language, cut into its literal text
    and its two counters, for the renderers' page-number fields: [("text", "第 "),
    ("page", ""), ("text", " 页 / 共 "), ("pages", ""), ("text", " 页")]."""
    label = _("第 %(page)s 页 / 共 %(pages)s 页")
    parts: list[tuple[str, str]] = []
    for piece in re.split(r"(%\((?:page|pages)\)s)", label):
        if piece == "%(page)s":
            parts.append(("page", ""))
        elif piece == "%(pages)s":
            parts.append(("pages", ""))
        elif piece:
            parts.append(("text", piece))
    return parts
