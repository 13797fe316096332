"""The manager's preparation pack (R3.4): what it shows, to whom, and at a fixed query cost."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from candor.evidence.models import FactKind, PersonnelFact
from candor.evidence.tests.factories import make_key_event
from candor.interviews.models import Preparation
from candor.interviews.services import preparation as services
from candor.interviews.tests.factories import SHANGHAI, book, sealed
from candor.periods.models import Goal
from candor.periods.tests.factories import make_goal

pytestmark = pytest.mark.django_db


def _url(interview) -> str:
    return reverse("interviews:prepare", args=[interview.pk])


def _score(sheet) -> None:
    Goal.objects.filter(sheet=sheet, name="利润").update(
        actual=Decimal(3520), rate_pct=Decimal(110), points=Decimal(70))
    sheet.rank_department, sheet.rank_department_size = 2, 8
    sheet.rank_sequence, sheet.rank_sequence_size = 5, 31
    sheet.save()


def test_it_shows_goals_with_rate_points_and_ranks(personas, client_for):
    interview = book(personas)
    _score(interview.sheet)
    page = client_for("manager").get(_url(interview)).content.decode()
    assert "利润" in page and "3520万元" in page and "110%" in page
    assert '<td class="text-end" data-testid="goal-points">70</td>' in page
    assert "2 / 8" in page and "5 / 31" in page and "优-" in page and "×1.1" in page


def test_it_shows_the_periods_key_events_and_facts(personas, client_for):
    interview = book(personas)
    period = interview.sheet.period
    make_key_event(personas.employee, author=personas.manager.user, period=period,
                   date=dt.date(2026, 8, 20), facts="8 月 20 日独立处理了机房断电故障。")
    make_key_event(personas.employee, author=personas.manager.user,
                   date=dt.date(2026, 3, 1), facts="三月的事件不属于本周期。")
    PersonnelFact.objects.create(employee=personas.employee, kind=FactKind.TRAINING,
                                 date=dt.date(2026, 9, 3), title="数据分析入门课程")
    page = client_for("manager").get(_url(interview)).content.decode()
    assert "独立处理了机房断电故障" in page and "三月的事件" not in page
    assert "数据分析入门课程" in page


def test_it_shows_the_previous_interviews_measures(personas, client_for):
    previous = sealed(personas).interview
    later = book(personas, starts_at=dt.datetime(2026, 11, 16, 10, 0, tzinfo=SHANGHAI),
                 now=dt.datetime(2026, 11, 5, 9, 0, tzinfo=SHANGHAI))
    page = client_for("manager").get(_url(later)).content.decode()
    assert 'data-testid="previous-measures"' in page
    assert "每月完成 1 门数据分析课程" in page and "2026-12-31" in page
    assert reverse("interviews:record", args=[previous.pk]) in page


def test_it_shows_the_self_assessment_only_once_submitted(personas, client_for):
    interview = book(personas)
    data = {"performance": "完成了系统上线。", "against_standards": "利润 109%。",
            "self_evaluation": "良好。", "next_goals": "提高测试覆盖率。",
            "support_needed": "测试环境。", "questions": ["问题一", "问题二", "问题三"]}
    services.save_self_assessment(actor=personas.employee.user, interview=interview, data=data)
    manager = client_for("manager")
    assert "完成了系统上线" not in manager.get(_url(interview)).content.decode()
    services.save_self_assessment(actor=personas.employee.user, interview=interview,
                                  data=data, submit=True)
    assert "完成了系统上线" in manager.get(_url(interview)).content.decode()


def test_the_employee_never_gets_the_pack(personas, client_for):
    interview = book(personas)
    assert client_for("employee").get(_url(interview)).status_code == 404
    assert client_for("employee").post(_url(interview), {"questions": ["x"]}).status_code == 404
    assert not Preparation.objects.filter(interview=interview).exists()


def test_it_saves_the_managers_preparation(personas, client_for):
    interview = book(personas)
    client = client_for("manager")
    response = client.post(_url(interview), {
        "version": 1, "questions": ["你认为本期最大的成绩是什么？", "", "哪些地方需要支持？"],
        "goal_analysis": "任务数目标偏高。", "disagreement_point": ["测试覆盖不足", ""],
        "disagreement_evidence": ["9 月两次线上故障的复盘报告。", ""],
        "temperament": "nervous", "approach": "先谈成绩。", "checklist": ["room", "listen"]})
    assert response.status_code == 302
    prep = Preparation.objects.get(interview=interview)
    assert prep.questions == ["你认为本期最大的成绩是什么？", "哪些地方需要支持？"]
    assert prep.disagreements == [{"point": "测试覆盖不足",
                                   "evidence": "9 月两次线上故障的复盘报告。"}]
    assert prep.checklist["room"] and prep.checklist["listen"] and not prep.checklist["time"]
    page = client.get(_url(interview)).content.decode()
    assert "先从轻松、容易的话题谈起" in page and "测试覆盖不足" in page


def test_it_refuses_a_stale_save_and_keeps_the_input(personas, client_for):
    interview = book(personas)
    services.save_preparation(actor=personas.hr.user, interview=interview,
                              data={"questions": ["主导人的问题"]})
    response = client_for("manager").post(_url(interview), {
        "version": 1, "questions": ["上级的问题"], "disagreement_point": [],
        "disagreement_evidence": []})
    page = response.content.decode()
    assert response.status_code == 200
    assert "内容已被他人修改" in page and "上级的问题" in page and "主导人的问题" in page
    assert Preparation.objects.get(interview=interview).questions == ["主导人的问题"]


def test_it_suggests_an_approach_for_the_temperament(personas, client_for):
    interview = book(personas)
    response = client_for("manager").get(_url(interview) + "?part=approach&temperament=calm",
                                         headers={"HX-Request": "true"})
    assert "开门见山" in response.content.decode()


def test_it_lists_the_scheduling_warnings(personas, client_for):
    late = book(personas, starts_at=dt.datetime(2026, 11, 16, 10, 0, tzinfo=SHANGHAI),
                now=dt.datetime(2026, 11, 5, 9, 0, tzinfo=SHANGHAI))
    page = client_for("manager").get(_url(late)).content.decode()
    assert 'data-testid="scheduling-warnings"' in page and "超过了 30 天的要求" in page


def _add_rows(personas, interview, n: int, start: int) -> None:
    for i in range(start, start + n):
        make_goal(interview.sheet, order=i, name=f"附加指标{i}", weight=Decimal(1),
                  actual=Decimal(90), rate_pct=Decimal(90), points=Decimal(1))
        make_key_event(personas.employee, author=personas.manager.user,
                       period=interview.sheet.period, date=dt.date(2026, 8, 1 + i))
        PersonnelFact.objects.create(employee=personas.employee, kind=FactKind.REWARD,
                                     date=dt.date(2026, 9, 1 + i), title=f"奖励{i}")


def _queries(client, interview) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(_url(interview)).status_code == 200
    return len(queries)


def test_its_query_count_does_not_grow_with_goals_and_events(personas, client_for):
    sealed(personas)
    interview = book(personas, starts_at=dt.datetime(2026, 11, 16, 10, 0, tzinfo=SHANGHAI),
                     now=dt.datetime(2026, 11, 5, 9, 0, tzinfo=SHANGHAI))
    client = client_for("manager")
    _add_rows(personas, interview, 2, start=0)
    _queries(client, interview)  # first request: policy row, content types
    small = _queries(client, interview)
    _add_rows(personas, interview, 10, start=2)
    page = client.get(_url(interview)).content.decode()
    assert page.count('data-testid="key-event"') == 12 and "附加指标11" in page
    assert _queries(client, interview) == small
