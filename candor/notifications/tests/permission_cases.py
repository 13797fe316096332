"""Every notifications URL × every persona (gathered by core/tests/test_permission_matrix.py).

An inbox is private: the list and "mark all read" act on the caller's own notifications, and
opening somebody else's notification (here 张伟's) is answered as if it did not exist.
"""

from __future__ import annotations

from candor.core.permission_matrix import ALL, Case, expect
from candor.core.testing import Personas
from candor.notifications.tests.factories import make_notification


def _employees_notification(p: Personas) -> list:
    return [make_notification(p.employee.user).pk]


CASES: dict[str, Case] = {
    "notifications:list": Case(ALL),
    "notifications:read": Case(expect(404, employee=302), args=_employees_notification,
                               method="post"),
    "notifications:read_all": Case(expect(302), method="post"),
}
