"""Permission cases for views/scheduling.py: every URL name × every persona.

The interview is 张伟's, booked by his manager 王强 and hosted by 刘洋 (the rule's host for
staff without a department clerk). His manager line and HR see and change it; he sees it but
may not move or cancel it (403); the outsider 李娜 and the committee member (no appeal
referred) do not see it at all (404). Rooms and rules are HR's.
"""

from __future__ import annotations

from candor.core.permission_matrix import ALL, HR_ONLY, Case, expect
from candor.core.testing import Personas
from candor.interviews.tests.factories import book, make_room

SEE = expect(404, employee=200, manager=200, second_line=200, hr=200, admin=200)
CHANGE = expect(404, employee=403, manager=200, second_line=200, hr=200, admin=200)
SCHEDULERS = expect(404, manager=200, second_line=200, hr=200, admin=200)


def _interview(p: Personas) -> list:
    return [book(p).pk]


def _room(p: Personas) -> list:
    return [make_room().pk]


CASES: list[tuple[str, Case]] = [
    ("interviews:list", Case(ALL)),
    ("interviews:list_export", Case(ALL)),
    ("interviews:schedule", Case(SCHEDULERS)),
    ("interviews:detail", Case(SEE, args=_interview)),
    ("interviews:reschedule", Case(CHANGE, args=_interview)),
    ("interviews:cancel", Case(CHANGE, args=_interview)),
    ("interviews:ics", Case(SEE, args=_interview)),
    ("interviews:rooms", Case(HR_ONLY)),
    ("interviews:room_new", Case(HR_ONLY)),
    ("interviews:room_edit", Case(HR_ONLY, args=_room)),
    ("interviews:policy", Case(HR_ONLY)),
]
