"""Permission cases for the plan pages: every URL name × every persona.

The plan is 张伟's, agreed in a sealed interview with his manager 王强, who also owns the
promised IT test environment. His manager line (王强, 孙磊) and HR see and steer it; he sees
it and reports progress but may not rework measures, deliver 王强's promise or decide a
follow-up (403); the outsider 李娜 and the committee member 陈静 do not see it (404).
Training requests are HR's; the SMART check and the recognition list are everyone's (the
latter filtered by scope).
"""

from __future__ import annotations

from candor.core.permission_matrix import ALL, HR_ONLY, Case, expect
from candor.core.testing import Personas
from candor.plans.models import FollowUpKind
from candor.plans.tests.factories import closed_plan, first_measure, make_plan

SEE = expect(404, employee=200, manager=200, second_line=200, hr=200, admin=200)
STEER = expect(404, employee=403, manager=200, second_line=200, hr=200, admin=200)
STEER_POST = expect(404, employee=403, manager=302, second_line=302, hr=302, admin=302)


def _plan(p: Personas) -> list:
    return [make_plan(p).pk]


def _measure(p: Personas) -> list:
    return [first_measure(make_plan(p)).pk]


def _commitment(p: Personas) -> list:
    return [make_plan(p).commitments.get().pk]


def _follow_up(p: Personas) -> list:
    plan = closed_plan(p, met=False)
    return [plan.follow_ups.get(kind=FollowUpKind.REVISION).pk]


CASES: list[tuple[str, Case]] = [
    ("plans:list", Case(ALL)),
    ("plans:list_export", Case(ALL)),
    ("plans:detail", Case(SEE, args=_plan)),
    ("plans:progress", Case(SEE, args=_measure)),
    ("plans:measure_edit", Case(STEER, args=_measure)),
    ("plans:smart_check", Case(ALL, data={"text": "提升沟通能力"})),
    ("plans:commitment", Case(STEER_POST, args=_commitment, method="post",
                              data={"action": "deliver", "note": "测试环境已开通"})),
    ("plans:follow_up", Case(STEER_POST, args=_follow_up, method="post",
                             data={"action": "decline", "reason": "先观察一个月"})),
    ("plans:training", Case(HR_ONLY)),
    ("plans:recognitions", Case(ALL)),
]
