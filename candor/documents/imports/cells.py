"""Cell types: how one column's cells are read, described and written back.

Excel hands back whatever a cell holds: 1001 typed into a General cell arrives as a number,
a date cell as a datetime, 3,500 as text. Each type accepts the forms HR is likely to type
and refuses the rest with a message that quotes the value, so the whole-file report can say
what to write instead. The same type tells the template how to pre-format the column, which
drop-down to offer, how to describe the column on the instructions sheet, and how to write
a stored value back into a prefilled template so that re-importing it changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, ClassVar

from django.contrib.auth.validators import UnicodeUsernameValidator
from django.db.models import Choices
from django.utils.functional import Promise
from django.utils.translation import gettext as _

from candor.core.text import join_list
from candor.documents.excel_read import choice_lookup, normalize

DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d")
# An employee number doubles as the login name: the username validator's pattern, compiled
# once because a 100,000-row file checks it 100,000 times.
EMPLOYEE_NO = re.compile(UnicodeUsernameValidator.regex)


class CellError(Exception):
    """A cell HR must correct; `message` is shown after the row and column."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def shown(value: Any) -> str:
    """The value as HR would recognise it from the sheet."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Decimal):
        return plain(value)
    return str(value).strip()


def plain(number: Decimal) -> str:
    """100.0000 → 100, 99.50 → 99.5: how people write numbers (never 1E+2)."""
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def display(cell_type: CellType, value: Any) -> str:
    """A typed value as text for the report: a choice's label, a date as YYYY-MM-DD."""
    if value is None:
        return ""
    written = cell_type.written(value)
    if isinstance(written, dt.date):
        return written.isoformat()
    return shown(value if isinstance(value, Decimal) else written)


@dataclass(frozen=True)
class CellType:
    """What a cell may hold; `number_format` is how the template pre-formats the column."""

    number_format: ClassVar[str | None] = None

    def parse(self, value: Any, label: Promise | str) -> Any:
        """The typed value of a non-blank cell, or CellError."""
        raise NotImplementedError

    def describe(self) -> str:
        """What to write, for the instructions sheet."""
        return ""

    def drop_down(self) -> list[str]:
        """The labels offered in the cell's drop-down; none by default."""
        return []

    def written(self, value: Any) -> Any:
        """A stored value as the template writes it, read back by `parse` unchanged."""
        return value


@dataclass(frozen=True)
class Text(CellType):
    max_length: int = 120

    def parse(self, value: Any, label: Promise | str) -> str | None:
        if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
            raise CellError(_("“%(value)s”应为文本") % {"value": shown(value)})
        result = shown(value)
        if len(result) > self.max_length:
            raise CellError(_("不能超过 %(max)s 个字符") % {"max": self.max_length})
        return result or None

    def describe(self) -> str:
        return _("文本，最多 %(max)s 个字符。") % {"max": self.max_length}


@dataclass(frozen=True)
class EmployeeNo(Text):
    """An employee number; the engine then looks every number of the file up at once."""

    max_length: int = 30
    number_format: ClassVar[str | None] = "@"  # keeps leading zeros: 工号 0012 stays 0012

    def parse(self, value: Any, label: Promise | str) -> str | None:
        result = super().parse(value, label)
        if result is not None and not EMPLOYEE_NO.match(result):
            raise CellError(_("工号“%(value)s”只能包含字母、数字和 @ . + - _ 字符")
                            % {"value": result})
        return result

    def describe(self) -> str:
        return _("系统中已有员工的工号。")

    def written(self, value: Any) -> Any:
        return getattr(value, "employee_no", value)


def _number(value: Any) -> Decimal:
    """A number from a cell: numbers as they are; text like "3,500" or "8%" (unit %)."""
    if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
        raise CellError(_("“%(value)s”不是有效的数字") % {"value": shown(value)})
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    text = "".join(str(value).split()).replace(",", "").replace("，", "")
    if text.endswith(("%", "％")):
        text = text[:-1]
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise CellError(_("“%(value)s”不是有效的数字") % {"value": shown(value)})
    return number


@dataclass(frozen=True)
class Number(CellType):
    """A decimal within bounds, kept to `places` decimals (the column's precision).

    `above` is an exclusive lower bound (a weight must be more than 0); `least` and
    `most` are inclusive.
    """

    places: int = 2
    least: Decimal | None = None
    most: Decimal | None = None
    above: Decimal | None = None

    def parse(self, value: Any, label: Promise | str) -> Decimal:
        number = _number(value)
        if ((self.above is not None and number <= self.above)
                or (self.least is not None and number < self.least)
                or (self.most is not None and number > self.most)):
            raise CellError(_("“%(value)s”超出允许范围（%(range)s）")
                            % {"value": shown(value), "range": self.range_text()})
        return number.quantize(Decimal(1).scaleb(-self.places))

    def range_text(self) -> str:
        low, high = self.above if self.above is not None else self.least, self.most
        if low is None:
            return _("不超过 %(high)s") % {"high": plain(high)} if high is not None else ""
        values = {"low": plain(low), "high": plain(high) if high is not None else ""}
        if self.above is not None:
            return (_("大于 %(low)s，不超过 %(high)s") if high is not None
                    else _("大于 %(low)s")) % values
        return (_("%(low)s 至 %(high)s") if high is not None else _("不小于 %(low)s")) % values

    def describe(self) -> str:
        bounds = self.range_text()
        return _("数字，%(range)s。") % {"range": bounds} if bounds else _("数字。")

    def written(self, value: Any) -> Any:
        if isinstance(value, Decimal):
            return int(value) if value == value.to_integral_value() else float(value)
        return value


@dataclass(frozen=True)
class Integer(Number):
    places: int = 0

    def parse(self, value: Any, label: Promise | str) -> int:
        number = _number(value)
        if number != number.to_integral_value():
            raise CellError(_("“%(value)s”应为整数") % {"value": shown(value)})
        return int(super().parse(number, label))

    def describe(self) -> str:
        bounds = self.range_text()
        return _("整数，%(range)s。") % {"range": bounds} if bounds else _("整数。")


@dataclass(frozen=True)
class Date(CellType):
    number_format: ClassVar[str | None] = "yyyy-mm-dd"

    def parse(self, value: Any, label: Promise | str) -> dt.date:
        if isinstance(value, dt.datetime):
            result = value.date()
        elif isinstance(value, dt.date):
            result = value
        elif isinstance(value, str):
            for fmt in DATE_FORMATS:
                try:
                    result = dt.datetime.strptime(value.strip(), fmt).date()
                    break
                except ValueError:
                    continue
            else:
                result = None
        else:
            result = None
        if result is None or result.year < 1900:
            raise CellError(_("“%(value)s”不是有效日期，请使用日期单元格或 YYYY-MM-DD 格式")
                            % {"value": shown(value)})
        return result

    def describe(self) -> str:
        return _("日期单元格，或文本 YYYY-MM-DD（如 2026-10-15）。")


@lru_cache(maxsize=32)
def _lookup(choices: type[Choices]) -> dict[str, str]:
    return choice_lookup(choices)


@dataclass(frozen=True)
class Choice(CellType):
    """One of a TextChoices, written as its label (any interface language) or its value."""

    choices: type[Choices] | None = None

    def parse(self, value: Any, label: Promise | str) -> str:
        found = _lookup(self.choices).get(normalize(shown(value)))
        if found is None:
            raise CellError(_("“%(value)s”不是有效的%(what)s，应为：%(choices)s") % {
                "value": shown(value), "what": label, "choices": join_list(self.choices.labels)})
        return found

    def describe(self) -> str:
        return _("从下拉列表中选择：%(choices)s。") % {"choices": join_list(self.choices.labels)}

    def drop_down(self) -> list[str]:
        return [str(label) for label in self.choices.labels]

    def written(self, value: Any) -> Any:
        return str(self.choices(value).label) if value else value
