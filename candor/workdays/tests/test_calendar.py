"""Working-day arithmetic: the package's dates, HR's table beating it, and years past 2026."""

from __future__ import annotations

from datetime import date

import pytest

from candor.workdays.calendar import (
    SOURCE_PACKAGE,
    SOURCE_TABLE,
    SOURCE_WEEKDAY,
    add_workdays,
    day_info,
    is_workday,
    workdays_between,
)
from candor.workdays.models import CalendarDay, DayKind

pytestmark = pytest.mark.django_db


def _holiday(d: date, name: str = "国庆节") -> CalendarDay:
    return CalendarDay.objects.create(date=d, kind=DayKind.HOLIDAY, name=name)


def _makeup(d: date, name: str = "国庆节调休") -> CalendarDay:
    return CalendarDay.objects.create(date=d, kind=DayKind.WORKDAY, name=name)


def test_it_knows_national_day_2026_from_the_package():
    info = day_info(date(2026, 10, 1))
    assert not info.is_workday
    assert (info.kind, str(info.name), info.source) == ("holiday", "国庆节", SOURCE_PACKAGE)


def test_it_knows_the_spring_festival_make_up_saturday():
    info = day_info(date(2026, 2, 14))
    assert date(2026, 2, 14).weekday() == 5
    assert info.is_workday
    assert (info.kind, str(info.name)) == ("makeup", "春节")


def test_it_treats_an_ordinary_weekend_as_rest():
    info = day_info(date(2026, 10, 11))
    assert (info.is_workday, info.kind) == (False, "rest")


def test_it_lets_the_table_beat_the_package():
    _makeup(date(2026, 10, 1), name="公司值班")
    _holiday(date(2026, 9, 29), name="公司活动日")
    assert is_workday(date(2026, 10, 1))
    assert not is_workday(date(2026, 9, 29))
    assert day_info(date(2026, 9, 29)).source == SOURCE_TABLE
    assert day_info(date(2026, 9, 29)).name == "公司活动日"


@pytest.mark.parametrize(("day", "works"), [
    (date(2027, 10, 1), True),   # Friday: no package data, weekday rule
    (date(2027, 10, 2), False),  # Saturday
    (date(2027, 1, 1), True),    # Friday; New Year only once HR enters it
    (date(2003, 10, 1), True),   # before the package's first year
])
def test_it_falls_back_to_the_weekday_rule_outside_the_package(day, works):
    info = day_info(day)
    assert info.is_workday is works
    assert info.source == SOURCE_WEEKDAY


def test_it_applies_the_table_in_2027():
    _holiday(date(2027, 10, 1))
    _makeup(date(2027, 10, 9))
    assert not is_workday(date(2027, 10, 1))
    assert day_info(date(2027, 10, 1)).kind == "holiday"
    assert is_workday(date(2027, 10, 9))
    assert day_info(date(2027, 10, 9)).kind == "makeup"


def test_it_counts_across_the_2026_national_day_week():
    # After 29 Sep: 30 Sep, then 8 Oct and 9 Oct; 10 Oct is a make-up Saturday.
    assert add_workdays(date(2026, 9, 29), 1) == date(2026, 9, 30)
    assert add_workdays(date(2026, 9, 29), 2) == date(2026, 10, 8)
    assert add_workdays(date(2026, 9, 29), 3) == date(2026, 10, 9)
    assert add_workdays(date(2026, 9, 29), 4) == date(2026, 10, 10)
    assert add_workdays(date(2026, 9, 29), 5) == date(2026, 10, 12)


def test_it_counts_a_make_up_saturday_as_a_working_day():
    assert add_workdays(date(2026, 2, 13), 1) == date(2026, 2, 14)


def test_it_returns_the_start_for_zero_days_even_on_a_holiday():
    assert add_workdays(date(2026, 10, 1), 0) == date(2026, 10, 1)


def test_it_counts_backwards_for_negative_days():
    assert add_workdays(date(2026, 10, 8), -1) == date(2026, 9, 30)


def test_it_counts_into_2027_without_crashing():
    assert add_workdays(date(2026, 12, 31), 1) == date(2027, 1, 1)
    _holiday(date(2027, 1, 1), name="元旦")
    assert add_workdays(date(2026, 12, 31), 1) == date(2027, 1, 4)


def test_it_counts_a_table_holiday_week_in_2027():
    for day in range(1, 8):
        _holiday(date(2027, 10, day))
    _makeup(date(2027, 10, 9))
    assert add_workdays(date(2027, 9, 30), 1) == date(2027, 10, 8)
    assert add_workdays(date(2027, 9, 30), 2) == date(2027, 10, 9)
    assert add_workdays(date(2027, 9, 30), 3) == date(2027, 10, 11)


def test_it_counts_workdays_between_in_both_directions():
    a, b = date(2026, 9, 30), date(2026, 10, 9)
    assert workdays_between(a, b) == 2
    assert workdays_between(b, a) == -2
    assert workdays_between(a, a) == 0
    assert workdays_between(date(2026, 9, 29), date(2026, 10, 10)) == 4


def test_it_agrees_with_add_workdays():
    start = date(2026, 9, 25)
    for n in range(0, 12):
        assert workdays_between(start, add_workdays(start, n)) == n
