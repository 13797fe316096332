"""Every evidence URL × every persona (gathered by candor/core/tests/test_permission_matrix.py).

The employee 张伟 is the subject: his manager line (王强, 孙磊) and HR see his evidence, the
outsider 李娜 and the committee member do not; nobody records evidence about themselves.
"""

from __future__ import annotations

from candor.core.permission_matrix import ALL, HR_ONLY, Case, expect
from candor.core.testing import Personas
from candor.evidence.tests.factories import company_period, make_feedback_request, make_key_event

LINE = expect(404, employee=200, manager=200, second_line=200, hr=200, admin=200)
RECORDERS = expect(404, manager=200, second_line=200, hr=200, admin=200)


def _employee(p: Personas) -> list:
    return [p.employee.pk]


def _period(p: Personas) -> list:
    return [company_period(p).pk]


def _event(p: Personas) -> list:
    return [make_key_event(p.employee, author=p.manager.user, period=company_period(p)).pk]


def _asked_outsider(p: Personas) -> list:
    return [make_feedback_request(p.employee, company_period(p), rater=p.outsider).pk]


def _customer_token(p: Personas) -> list:
    return [make_feedback_request(p.employee, company_period(p)).token]


CASES: dict[str, Case] = {
    "evidence:index": Case(ALL),
    "evidence:employee": Case(LINE, args=_employee),
    "evidence:key_events": Case(LINE, args=_employee),
    "evidence:key_event_create": Case(RECORDERS, args=_employee),
    "evidence:key_event_edit": Case(expect(404, manager=200), args=_event),
    "evidence:key_event_delete": Case(expect(404, manager=302, hr=302, admin=302),
                                      args=_event, method="post"),
    "evidence:period_key_events": Case(ALL, args=_period),
    "evidence:check_in_create": Case(RECORDERS, args=_employee),
    "evidence:period_check_ins": Case(RECORDERS, args=_period),
    "evidence:feedback_request_create": Case(RECORDERS, args=_employee),
    "evidence:feedback_mine": Case(ALL),
    "evidence:feedback_answer": Case(expect(404, outsider=200), args=_asked_outsider),
    "evidence:feedback_answer_token": Case(ALL | {"anonymous": 200}, args=_customer_token),
    "evidence:facts": Case(LINE, args=_employee),
    "evidence:facts_import": Case(HR_ONLY),
    "evidence:facts_template": Case(HR_ONLY),
}
