"""Permission cases for views/appeals.py.

张伟 (employee) is the subject: only he files an appeal (the people who see his interview
get 403, the others 404); his manager line, HR, the admin and the committee follow the case;
the outsider sees nothing; only the committee rules (302 after a valid ruling).

CASES is a list of (url name, Case) pairs so that permission_cases.py can concatenate the
modules' lists; the matrix turns them into a dict.
"""

from __future__ import annotations

from candor.core.permission_matrix import ALL, Case, expect
from candor.core.testing import Personas
from candor.interviews.services import appeals
from candor.interviews.tests.factories import submitted


def _submitted_interview(p: Personas) -> list:
    return [submitted(p).interview_id]


def _appeal(p: Personas) -> list:
    record = submitted(p)
    appeal = appeals.file_appeal(actor=p.employee.user, record=record, items=[
        {"kind": "data_accuracy", "reason": "9 月利润数据少算了一笔回款。"}])
    return [appeal.pk]


CASES: list[tuple[str, Case]] = [
    ("interviews:appeal_new", Case(expect(403, employee=200, outsider=404, committee=404),
                                   args=_submitted_interview)),
    ("interviews:appeals", Case(ALL)),
    ("interviews:appeal", Case(expect(200, outsider=404), args=_appeal)),
    ("interviews:appeal_rule", Case(expect(403, outsider=404, committee=302), args=_appeal,
                                    method="post",
                                    data={"ruling": "upheld", "reason": "数据核实无误。"})),
]
