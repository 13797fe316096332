"""Reading an uploaded workbook the way every import does, and the problems found in it.

HR fills in a template and uploads it; the roster, personnel facts and actuals imports
all find their sheet by name (in any interface language, else the first sheet), match the
header row to their columns whatever the language or column order, and read the rows.
Only the file's shape is checked here; what the cells mean is each import's business.

A refused file raises the import's own ImportInvalid subclass carrying every problem,
located the way HR sees the sheet, so the upload page can list them all at once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import IO, Any, NamedTuple, Self

from django.conf import settings
from django.db.models import Choices
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from candor.core.errors import DomainError

# --- The file's contract ------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One column of an import file: the template writes it, the reader recognises it."""

    key: str
    label: Promise
    required: bool
    help: Promise | str = ""
    width: int = 14

    @property
    def header(self) -> str:
        """The header as written in the template: required columns carry a star."""
        return f"{self.label}*" if self.required else str(self.label)


def in_every_language(text: Promise) -> set[str]:
    """A label as each interface language writes it: a file may come from any of them."""
    found = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            found.add(str(text))
    return found


def normalize(value: object) -> str:
    """Header and choice cells compare without stars, spaces or case: "部门编码 *" == "部门编码"."""
    text = "" if value is None else str(value)
    return "".join(text.split()).rstrip("*＊").lower()


@lru_cache(maxsize=16)
def header_aliases(columns: tuple[Column, ...]) -> dict[str, str]:
    """Normalised header text → column key, in every interface language plus the key.

    Lazy labels hash as their translation, so there is one cache entry per import and
    active language; each entry covers every language all the same.
    """
    aliases: dict[str, str] = {}
    for column in columns:
        aliases[normalize(column.key)] = column.key
        for label in in_every_language(column.label):
            aliases[normalize(label)] = column.key
    return aliases


def choice_lookup(choices: type[Choices]) -> dict[str, str]:
    """Normalised value or label (in every language) → the choice's value."""
    lookup: dict[str, str] = {}
    for value, label in zip(choices.values, choices.labels, strict=True):
        lookup[normalize(value)] = value
        for text in in_every_language(label):
            lookup[normalize(text)] = value
    return lookup


# --- What a refused file tells HR ---------------------------------------------------------


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


class ImportInvalid(DomainError):
    """The file was refused and nothing was written; carries every problem, not the first.

    Each import subclasses it for its own error code (and, for very large files, a cap
    on how many problems the page lists).
    """

    error_code = "import_invalid"
    max_shown: int | None = None

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        count = len(errors)
        super().__init__(ngettext("发现 %(count)s 个问题，未导入任何数据。",
                                  "发现 %(count)s 个问题，未导入任何数据。", count)
                         % {"count": count}, code=self.error_code)

    @classmethod
    def for_file(cls, message: str) -> Self:
        """A problem with the file as a whole rather than a cell."""
        return cls([RowError(None, "", "", message)])

    @property
    def shown(self) -> list[RowError]:
        return self.errors if self.max_shown is None else self.errors[:self.max_shown]

    @property
    def not_shown(self) -> int:
        return len(self.errors) - len(self.shown)


# --- Reading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnRef:
    """Where a known column sits in this particular file, and how its header was written."""

    key: str
    letter: str
    header: str
    index: int


class RawRow(NamedTuple):
    """One non-blank data row: its Excel row number and the stripped cell of each column."""

    number: int
    values: dict[str, Any]


def _pick_sheet(workbook, name: Promise):
    names = {normalize(n) for n in in_every_language(name)}
    for sheet in workbook.worksheets:
        if normalize(sheet.title) in names:
            return sheet
    return workbook.worksheets[0] if workbook.worksheets else None


@contextmanager
def open_sheet(file: IO[bytes], *, name: Promise,
               invalid: type[ImportInvalid]) -> Iterator[Any]:
    """The sheet called `name` (else the first), read-only and closed afterwards.

    A file that is not an xlsx, or that breaks while being read inside the block, is
    refused as `invalid` rather than surfacing as a server error.
    """
    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
    # openpyxl reports a non-xlsx file through many exception types (zip, XML, key errors).
    except Exception as e:
        raise invalid.for_file(_("无法读取该文件，请上传 Excel 工作簿（.xlsx）。")) from e
    try:
        sheet = _pick_sheet(workbook, name)
        if sheet is None:
            raise invalid.for_file(_("工作簿中没有工作表。"))
        yield sheet
    except ImportInvalid:
        raise
    except Exception as e:
        raise invalid.for_file(_("文件内容已损坏，无法读取。")) from e
    finally:
        workbook.close()


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def read_header(rows: Iterator[tuple], sheet, *, invalid: type[ImportInvalid]) -> tuple:
    """The first row, refusing a sheet whose first row is empty."""
    header = next(rows, None)
    if header is None or all(_clean(v) is None for v in header):
        raise invalid.for_file(_("工作表“%(sheet)s”是空的，第 1 行应为表头。")
                               % {"sheet": sheet.title})
    return header


def map_headers(header: Sequence, columns: tuple[Column, ...], *,
                invalid: type[ImportInvalid], refuse_repeats: bool = True) -> dict[str, ColumnRef]:
    """Column key → where it is in this file; refuses missing required columns.

    A column given twice is refused too, unless `refuse_repeats` is off: then the first
    one is read and the other ignored.
    """
    aliases = header_aliases(columns)
    found: dict[str, ColumnRef] = {}
    errors: list[RowError] = []
    for index, value in enumerate(header):
        key = aliases.get(normalize(value))
        if key is None:
            continue
        letter = get_column_letter(index + 1)
        text = str(value).strip().rstrip("*＊").strip()
        if key in found:
            if refuse_repeats:
                errors.append(RowError(1, letter, text, _("与 %(other)s 列重复") % {
                    "other": found[key].letter}))
            continue
        found[key] = ColumnRef(key=key, letter=letter, header=text, index=index)
    for column in columns:
        if column.required and column.key not in found:
            errors.append(RowError(1, "", str(column.label), _("缺少必填列“%(header)s”") % {
                "header": column.label}))
    if errors:
        raise invalid(errors)
    return found


def read_rows(rows: Iterator[tuple], columns: dict[str, ColumnRef], *, max_rows: int,
              invalid: type[ImportInvalid]) -> list[RawRow]:
    """Every non-blank row after the header, text stripped and blank cells None."""
    found: list[RawRow] = []
    for number, cells in enumerate(rows, start=2):
        values = {key: _clean(cells[ref.index]) if ref.index < len(cells) else None
                  for key, ref in columns.items()}
        if all(v is None for v in values.values()):
            continue
        if len(found) >= max_rows:
            raise invalid.for_file(_("数据超过 %(max)s 行，请拆分成多个文件分批导入。")
                                   % {"max": max_rows})
        found.append(RawRow(number, values))
    return found
