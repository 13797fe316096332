"""Every workdays URL × every persona (gathered by candor/core/tests/test_permission_matrix.py).

The calendar is HR's: the specialist and the admin see and edit it; everyone else gets 404.
"""

from __future__ import annotations

from datetime import date

from candor.core.permission_matrix import HR_ONLY, Case
from candor.core.testing import Personas
from candor.workdays.models import CalendarDay, DayKind

HR_POST = HR_ONLY | {"hr": 302, "admin": 302}


def _day(p: Personas) -> list:
    day, _created = CalendarDay.objects.get_or_create(
        date=date(2027, 10, 1), defaults={"kind": DayKind.HOLIDAY, "name": "国庆节"})
    return [day.pk]


CASES: dict[str, Case] = {
    "workdays:index": Case(HR_ONLY),
    "workdays:day_save": Case(HR_POST, method="post",
                              data={"date": "2027-10-01", "kind": "holiday", "name": "国庆节"}),
    "workdays:day_delete": Case(HR_POST, args=_day, method="post"),
}
