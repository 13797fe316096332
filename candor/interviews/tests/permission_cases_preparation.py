"""Permission cases for views/preparation.py.

张伟's interview with 王强, hosted by the HR specialist 刘洋. The self-assessment page is
张伟's; those who prepare (the manager line, the host, HR) read it; the pack is never the
employee's (404); the conversation is run by the interview's manager and host, and the
others who see the interview are refused (403). 李娜 and the committee member see nothing.
"""

from __future__ import annotations

from candor.core.permission_matrix import Case, expect
from candor.core.testing import Personas
from candor.interviews.services import scheduling
from candor.interviews.tests.factories import book

READERS = expect(404, employee=200, manager=200, second_line=200, hr=200, admin=200)
PREPARERS = expect(404, manager=200, second_line=200, hr=200, admin=200)
RUNNERS = expect(403, manager=200, hr=200, outsider=404, committee=404)
RUN_ACTIONS = expect(403, manager=302, hr=302, outsider=404, committee=404)


def _interview(p: Personas) -> list:
    return [book(p).pk]


def _started(p: Personas) -> list:
    interview = book(p)
    scheduling.start_conversation(actor=p.manager.user, interview=interview,
                                  now=interview.starts_at)
    return [interview.pk]


CASES: list = [
    ("interviews:self_assessment", Case(READERS, args=_interview)),
    ("interviews:prepare", Case(PREPARERS, args=_interview)),
    ("interviews:conversation", Case(RUNNERS, args=_interview)),
    ("interviews:conversation_start", Case(RUN_ACTIONS, args=_interview, method="post")),
    ("interviews:conversation_end", Case(RUN_ACTIONS, args=_started, method="post")),
]
