"""Working-day arithmetic: HR's table first, then chinesecalendar, then Monday–Friday.

Reads only. Each public call loads the overrides for the range it touches in one query, so a
change HR saves is seen at once by every process without any cache to invalidate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import chinese_calendar
from django.utils.translation import gettext_lazy as _

from candor.workdays.models import CalendarDay, DayKind

SOURCE_TABLE = "table"
SOURCE_PACKAGE = "package"
SOURCE_WEEKDAY = "weekday rule"

# chinesecalendar names its holidays in English; the product speaks Chinese first.
HOLIDAY_NAMES = {
    "New Year's Day": _("元旦"),
    "Spring Festival": _("春节"),
    "Tomb-sweeping Day": _("清明节"),
    "Labour Day": _("劳动节"),
    "Dragon Boat Festival": _("端午节"),
    "National Day": _("国庆节"),
    "Mid-autumn Festival": _("中秋节"),
    "Anti-Fascist 70th Day": _("中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"),
}

# Enough to cross any run of holidays; stops a runaway loop on a malformed table.
_MAX_SPAN_DAYS = 3660


@dataclass(frozen=True)
class DayInfo:
    date: date
    is_workday: bool
    kind: str  # "workday", "rest", "holiday" or "makeup" (a weekend day worked in exchange)
    name: str
    source: str

    @property
    def is_weekend(self) -> bool:
        return self.date.weekday() >= 5


def _overrides(start: date, end: date) -> dict[date, CalendarDay]:
    return {day.date: day for day in CalendarDay.objects.filter(date__range=(start, end))}


def _package_info(d: date) -> tuple[bool, str | None] | None:
    """(is_workday, english holiday name) from chinesecalendar, or None for years it lacks."""
    try:
        is_holiday, name = chinese_calendar.get_holiday_detail(d)
    except NotImplementedError:
        return None
    return (not is_holiday), name


def _info(d: date, overrides: dict[date, CalendarDay]) -> DayInfo:
    weekend = d.weekday() >= 5
    row = overrides.get(d)
    if row is not None:
        if row.kind == DayKind.WORKDAY:
            return DayInfo(d, True, "makeup" if weekend else "workday", row.name, SOURCE_TABLE)
        return DayInfo(d, False, "holiday", row.name, SOURCE_TABLE)
    package = _package_info(d)
    if package is None:
        return DayInfo(d, not weekend, "rest" if weekend else "workday", "", SOURCE_WEEKDAY)
    works, english = package
    name = str(HOLIDAY_NAMES.get(english, english)) if english else ""
    if works:
        return DayInfo(d, True, "makeup" if weekend else "workday", name if weekend else "",
                       SOURCE_PACKAGE)
    if weekend and not name:
        return DayInfo(d, False, "rest", "", SOURCE_PACKAGE)
    return DayInfo(d, False, "holiday", name, SOURCE_PACKAGE)


def day_info(d: date) -> DayInfo:
    """What a date is and who said so (the table, the package, or the weekday rule)."""
    return _info(d, _overrides(d, d))


def is_workday(d: date) -> bool:
    return day_info(d).is_workday


def days_info(start: date, end: date) -> list[DayInfo]:
    """Every day from start to end inclusive, with one query for the overrides."""
    overrides = _overrides(start, end)
    count = (end - start).days + 1
    return [_info(start + timedelta(days=i), overrides) for i in range(max(count, 0))]


def add_workdays(start: date, n: int) -> date:
    """The n-th working day after start (start itself not counted); n=0 gives start back.

    A negative n counts backwards: add_workdays(d, -1) is the last working day before d.
    """
    if n == 0:
        return start
    step = 1 if n > 0 else -1
    window = max(abs(n) * 3, 30)
    found = 0
    cursor = start
    while abs(cursor - start).days < _MAX_SPAN_DAYS:
        lo, hi = sorted((cursor + timedelta(days=step), cursor + timedelta(days=step * window)))
        overrides = _overrides(lo, hi)
        for _i in range(window):
            cursor += timedelta(days=step)
            if _info(cursor, overrides).is_workday:
                found += 1
                if found == abs(n):
                    return cursor
    raise ValueError("no working day within ten years")


def workdays_between(a: date, b: date) -> int:
    """Working days in (a, b]: after a, up to and including b.

    When b is before a the answer is minus the count for (b, a], so that
    workdays_between(a, b) == -workdays_between(b, a) and add_workdays(a, workdays_between(a, b))
    lands on b whenever b is a working day. a == b gives 0.
    """
    if b == a:
        return 0
    if b < a:
        return -workdays_between(b, a)
    return sum(1 for info in days_info(a + timedelta(days=1), b) if info.is_workday)
