"""Turning one cell into a typed value, or a message saying what HR should write instead.

Excel hands back whatever the cell holds: 1001 typed into a General cell arrives as a
number, a date cell as a datetime, 是 as text. Each converter accepts the forms HR is
likely to type and refuses the rest with a message that quotes the value.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from candor.core.text import join_list
from candor.documents.excel_read import normalize
from candor.org.models import EmploymentType, Level
from candor.org.roster.columns import employment_type_lookup, level_lookup, yes_no_lookup

DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d")


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
    return str(value)


def text(value: Any, *, max_length: int) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
        raise CellError(_("“%(value)s”应为文本") % {"value": shown(value)})
    result = shown(value).strip()
    if len(result) > max_length:
        raise CellError(_("不能超过 %(max)s 个字符") % {"max": max_length})
    return result or None


def employee_no(value: Any) -> str | None:
    result = text(value, max_length=30)
    if result is not None:
        try:
            UnicodeUsernameValidator()(result)
        except ValidationError:
            raise CellError(_("工号“%(value)s”只能包含字母、数字和 @ . + - _ 字符")
                            % {"value": result}) from None
    return result


def email(value: Any) -> str:
    result = text(value, max_length=254)
    if result is None:
        return ""
    try:
        validate_email(result)
    except ValidationError:
        raise CellError(_("“%(value)s”不是有效的电子邮箱") % {"value": result}) from None
    return result


def _choice(value: Any, lookup: dict[str, str], choices: type[Level] | type[EmploymentType],
            what: Promise) -> str | None:
    if value is None:
        return None
    found = lookup.get(normalize(shown(value)))
    if found is None:
        raise CellError(_("“%(value)s”不是有效的%(what)s，应为：%(choices)s") % {
            "value": shown(value), "what": what,
            "choices": join_list(choices.labels)})
    return found


def level(value: Any) -> str | None:
    return _choice(value, level_lookup(), Level, gettext_lazy("职级层次"))


def employment_type(value: Any) -> str | None:
    return _choice(value, employment_type_lookup(), EmploymentType, gettext_lazy("用工类型"))


def date(value: Any) -> dt.date | None:
    if value is None:
        return None
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
            raise CellError(_("“%(value)s”不是有效日期，请使用日期单元格或 YYYY-MM-DD 格式")
                            % {"value": value})
    else:
        raise CellError(_("“%(value)s”不是有效日期，请使用日期单元格或 YYYY-MM-DD 格式")
                        % {"value": shown(value)})
    if result.year < 1900:
        raise CellError(_("“%(value)s”不是有效日期，请使用日期单元格或 YYYY-MM-DD 格式")
                        % {"value": result.isoformat()})
    return result


def yes_no(value: Any) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    found = yes_no_lookup().get(normalize(shown(value)))
    if found is None:
        raise CellError(_("“%(value)s”无效，应填“是”或“否”") % {"value": shown(value)})
    return found
