"""Conversation mode (R3.5, R3.9): the agenda on screen, the record's sections embedded in
each step, the start and end of the talk, and the warnings that go with them."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from candor.interviews import agenda
from candor.interviews.models import InterviewStatus, InterviewType
from candor.interviews.services import preparation as services
from candor.interviews.services import scheduling
from candor.interviews.tests.factories import book

pytestmark = pytest.mark.django_db


def _page(client, interview) -> str:
    response = client.get(reverse("interviews:conversation", args=[interview.pk]))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("minutes", [45, 60, 90])
def test_it_shows_the_steps_with_planned_minutes_adding_up(personas, client_for, minutes):
    interview = book(personas, minutes=minutes)
    page = _page(client_for("manager"), interview)
    planned = [int(m) for m in re.findall(r'data-step="\w+" data-minutes="(\d+)"', page)]
    assert len(planned) == len(agenda.STEPS) and sum(planned) == minutes
    for step in agenda.STEPS:
        assert str(step.title) in page and str(step.guidance[0]) in page


def test_it_embeds_each_steps_sections_and_the_notes_once(personas, client_for):
    interview = book(personas)
    page = _page(client_for("manager"), interview)
    for key in ("type_focus", "goal_review", "strengths", "shortcomings", "agreement",
                "support", "measures", "next_goals"):
        url = reverse("interviews:section", args=[interview.pk, key])
        assert page.count(f'hx-get="{url}" hx-trigger="load, retry"') == 1
    notes = reverse("interviews:section", args=[interview.pk, "notes"])
    assert page.count(f'hx-get="{notes}"') == 1


def test_it_shows_the_types_emphasis(personas, client_for):
    interview = book(personas, kind=InterviewType.WARNING)
    page = _page(client_for("manager"), interview)
    assert str(agenda.EMPHASIS[InterviewType.WARNING]["opening"]) in page


def test_it_warns_before_starting_while_the_checklist_is_open(personas, client_for):
    interview = book(personas)
    client = client_for("manager")
    page = _page(client, interview)
    assert 'data-testid="unchecked"' in page and "已阅读员工的自我评估" in page
    services.save_preparation(actor=personas.manager.user, interview=interview, data={
        "checklist": dict.fromkeys(services.CHECKLIST, True)})
    assert 'data-testid="unchecked"' not in _page(client, interview)


def test_the_manager_starts_and_ends_the_talk(personas, client_for):
    interview = book(personas)
    client = client_for("manager")
    start = client.post(reverse("interviews:conversation_start", args=[interview.pk]))
    assert start.status_code == 302
    interview.refresh_from_db()
    assert interview.started_at is not None and interview.status == InterviewStatus.IN_PROGRESS
    page = _page(client, interview)
    assert 'data-testid="timer"' in page and 'data-confirm="' in page
    assert f'data-started="{interview.started_at:%Y}' in page

    end = client.post(reverse("interviews:conversation_end", args=[interview.pk]))
    assert end.status_code == 302
    interview.refresh_from_db()
    assert interview.ended_at is not None and interview.status == InterviewStatus.HELD
    page = _page(client, interview)
    assert reverse("interviews:record_edit", args=[interview.pk]) in page
    assert 'data-testid="ended"' in page and 'data-testid="end"' not in page


def test_a_short_talk_is_flagged(personas, client_for):
    interview = book(personas)
    client = client_for("hr")  # the host runs it as well
    client.post(reverse("interviews:conversation_start", args=[interview.pk]))
    client.post(reverse("interviews:conversation_end", args=[interview.pk]))
    interview.refresh_from_db()
    assert [w["code"] for w in interview.warnings][-1] == "short"
    page = _page(client, interview)
    assert "少于 45 分钟的最低要求" in page


def test_ending_a_talk_that_never_started_is_refused(personas, client_for):
    interview = book(personas)
    client = client_for("manager")
    response = client.post(reverse("interviews:conversation_end", args=[interview.pk]),
                           follow=True)
    assert "面谈尚未开始，不能结束" in response.content.decode()
    interview.refresh_from_db()
    assert interview.ended_at is None


def test_it_shows_the_self_assessment_and_prepared_questions_on_the_side(personas, client_for):
    interview = book(personas)
    services.save_self_assessment(
        actor=personas.employee.user, interview=interview, submit=True,
        data={"performance": "完成了系统上线。", "against_standards": "达标。",
              "self_evaluation": "良好。", "next_goals": "提高覆盖率。",
              "support_needed": "测试环境。", "questions": ["一", "二", "三"]})
    services.save_preparation(actor=personas.manager.user, interview=interview, data={
        "questions": ["你认为本期最大的成绩是什么？"],
        "disagreements": [{"point": "测试覆盖不足", "evidence": "两次故障复盘。"}]})
    page = _page(client_for("manager"), interview)
    assert "完成了系统上线" in page and "你认为本期最大的成绩是什么" in page
    assert "两次故障复盘" in page


def test_a_cancelled_interview_cannot_be_started(personas, client_for):
    interview = book(personas)
    scheduling.cancel_interview(actor=personas.manager.user, interview=interview,
                                reason="员工请假")
    client = client_for("manager")
    page = _page(client, interview)
    assert 'data-testid="cancelled"' in page and 'data-testid="start"' not in page
    client.post(reverse("interviews:conversation_start", args=[interview.pk]))
    interview.refresh_from_db()
    assert interview.started_at is None


def test_only_the_manager_and_host_run_it(personas, client_for):
    interview = book(personas)
    for name in ("employee", "second_line", "admin"):
        client = client_for(name)
        assert client.get(reverse("interviews:conversation", args=[interview.pk])
                          ).status_code == 403
        assert client.post(reverse("interviews:conversation_start", args=[interview.pk])
                           ).status_code == 403
    interview.refresh_from_db()
    assert interview.started_at is None
