"""Permission cases for views/record.py: every URL name × every persona.

The record is of 张伟's interview with his manager 王强, hosted by 刘洋 (HR). 王强 and 刘洋
write it; 张伟 reads it only once submitted (a draft answers 404), writes his comments,
asks for corrections and signs; 王强 signs too. The second-line manager and the admin read
it but act on nothing (403); the outsider 李娜 and the committee member (no appeal referred)
do not see it (404). Whoever is in the interview, and HR, may add an addendum once sealed.
"""

from __future__ import annotations

from candor.core.permission_matrix import Case, expect
from candor.core.testing import PERSONA_PASSWORD, Personas
from candor.interviews.services import record as record_services
from candor.interviews.tests.factories import book, fill, hold, sealed, submitted

READ_DRAFT = expect(404, manager=200, second_line=200, hr=200, admin=200)
READ_SUBMITTED = READ_DRAFT | {"employee": 200}
WRITERS_ON_DRAFT = expect(404, manager=200, hr=200, second_line=403, admin=403)


def _draft(p: Personas) -> list:
    return [book(p).pk]


def _complete_draft(p: Personas) -> list:
    interview = hold(book(p))
    fill(interview.record)
    return [interview.pk]


def _submitted(p: Personas) -> list:
    return [submitted(p).interview_id]


def _sealed(p: Personas) -> list:
    return [sealed(p).interview_id]


def _open_correction(p: Personas) -> list:
    record = submitted(p)
    correction = record_services.request_correction(
        actor=p.employee.user, record=record, section="measures", text="漏记了培训预算")
    return [record.interview_id, correction.pk]


def _answer(p: Personas) -> dict:
    from candor.interviews.models import Correction

    correction = Correction.objects.latest("pk")
    return {f"c{correction.pk}-decision": "accept", f"c{correction.pk}-response": "已补上"}


CASES: list[tuple[str, Case]] = [
    ("interviews:record", Case(READ_SUBMITTED, args=_submitted)),
    ("interviews:record_edit", Case(WRITERS_ON_DRAFT, args=_draft)),
    ("interviews:section", Case(READ_DRAFT, args=lambda p: [*_draft(p), "strengths"])),
    ("interviews:record_submit", Case(
        expect(404, manager=302, hr=302, second_line=403, admin=403),
        args=_complete_draft, method="post")),
    ("interviews:correction_new", Case(
        expect(404, employee=302, manager=403, second_line=403, hr=403, admin=403),
        args=_submitted, method="post",
        data={"section": "strengths", "text": "漏了 8 月的项目上线"})),
    ("interviews:correction_answer", Case(
        expect(404, employee=403, manager=302, second_line=403, hr=302, admin=403),
        args=_open_correction, method="post", data=_answer)),
    ("interviews:record_sign", Case(
        expect(404, employee=200, manager=302, second_line=403, hr=403, admin=403),
        args=_submitted, method="post", data={"password": PERSONA_PASSWORD})),
    ("interviews:addendum_new", Case(
        expect(404, employee=302, manager=302, second_line=403, hr=302, admin=302),
        args=_sealed, method="post", data={"text": "测试环境已到位。"})),
]
