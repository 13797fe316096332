"""Permission cases for the document downloads: every URL name × every persona.

The same people as on the pages. The record of 张伟's interview with 王强 (hosted by the HR
specialist 刘洋) is read by his manager line, HR and the admin, and by 张伟 once submitted;
the outsider 李娜 and the committee member 陈静 (nothing referred) get 404. The pack is for
those who prepare, never 张伟. The plan is seen by 张伟, his manager line and HR.
"""

from __future__ import annotations

from candor.core.permission_matrix import HR_ONLY, Case, expect
from candor.core.testing import Personas
from candor.documents.tests.bulk_factories import finished_export, queued_export
from candor.interviews.tests.factories import book, submitted
from candor.plans.tests.factories import make_plan

READ_SUBMITTED = expect(404, employee=200, manager=200, second_line=200, hr=200, admin=200)
PREPARERS = expect(404, manager=200, second_line=200, hr=200, admin=200)
SEE_PLAN = expect(404, employee=200, manager=200, second_line=200, hr=200, admin=200)


def _submitted(p: Personas) -> list:
    return [submitted(p).interview_id]


def _interview(p: Personas) -> list:
    return [book(p).pk]


def _plan(p: Personas) -> list:
    return [make_plan(p).pk]


CASES: list[tuple[str, Case]] = [
    ("documents:record_docx", Case(READ_SUBMITTED, args=_submitted)),
    ("documents:record_pdf", Case(READ_SUBMITTED, args=_submitted)),
    ("documents:pack_docx", Case(PREPARERS, args=_interview)),
    ("documents:pack_pdf", Case(PREPARERS, args=_interview)),
    ("documents:plan_docx", Case(SEE_PLAN, args=_plan)),
    ("documents:plan_pdf", Case(SEE_PLAN, args=_plan)),
    # the bulk export of a period's sealed records: HR and the admin only
    ("documents:bulk_exports", Case(HR_ONLY, args=lambda p: [queued_export(p).period_id])),
    ("documents:bulk_export_status", Case(HR_ONLY, args=lambda p: [queued_export(p).pk])),
    ("documents:bulk_export_download", Case(HR_ONLY, args=lambda p: [finished_export(p).pk])),
]
