"""The overview and the score explanation pages."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from candor.core.models import AccessEvent
from candor.periods.models import Rule, SheetStatus
from candor.periods.results.services import score_period
from candor.periods.tests.factories import make_sheet
from candor.periods.tests.results_factories import (
    COMPLAINT_GOALS,
    many_sheets,
    scoring_period,
    seed_sheet,
)

pytestmark = pytest.mark.django_db


def test_it_explains_the_seed_example_line_by_line(personas, client_for):
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.manager)
    score_period(period=period, actor=personas.hr.user)

    body = client_for("hr").get(reverse("periods:results_explain", args=[sheet.pk])) \
        .content.decode()

    assert "3500万元 / 3200万元 = 109%" in body
    assert "按偏差计分：每偏离 1% 加减 1 分" in body and "每偏离 1% 加减 0.1 分" in body
    assert "60 + 9 × 1 = 69" in body and "20 + 20 × 0.1 = 22" in body
    assert "高于目标 9%" in body
    assert 'data-testid="matched-band"><td>优-</td><td>100 &lt; 总分 ≤ 120</td>' in body
    assert "部门内第 1 / 1 名" in body
    assert 'data-testid="total">109<' in body
    assert 'data-testid="multiplier">×1.1<' in body


def test_it_explains_the_complaint_rate_as_a_share_of_the_limit(personas, client_for):
    period = scoring_period(personas.service)
    sheet = make_sheet(period, personas.outsider, goals=COMPLAINT_GOALS,
                       status=SheetStatus.CONFIRMED)
    score_period(period=period, actor=personas.hr.user)

    body = client_for("hr").get(reverse("periods:results_explain", args=[sheet.pk])) \
        .content.decode()

    assert "8% / 5% = 160%" in body and "占上限的比例" in body
    assert "越低越好" in body and "超出上限 60%" in body
    assert "30 − 60 × 0.5 = 0" in body


def test_it_logs_a_managers_reading_of_the_explanation(personas, client_for):
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.employee)
    client_for("manager").get(reverse("periods:results_explain", args=[sheet.pk]))
    event = AccessEvent.objects.get()
    assert (event.subject, event.what) == (personas.employee, "score_explanation")


def test_it_shows_the_grade_counts_and_problems_in_the_overview(personas, client_for):
    period = scoring_period(personas.tech)
    seed_sheet(period, personas.employee)
    seed_sheet(period, personas.manager, everyday=None)
    score_period(period=period, actor=personas.hr.user)

    body = client_for("hr").get(reverse("periods:results_overview", args=[period.pk])) \
        .content.decode()

    assert 'data-grade="优-">1<' in body and 'data-grade="优+">0<' in body
    assert "指标“日常表现”尚未由上级评分" in body
    assert "1 / 1" in body


def test_it_scores_from_the_overview_button(personas, client_for):
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.employee)
    response = client_for("hr").post(reverse("periods:results_score", args=[period.pk]),
                                     follow=True)
    assert "已计算 1 份考核表的得分" in response.content.decode()
    sheet.refresh_from_db()
    assert sheet.grade == "优-"


@pytest.mark.parametrize("persona", ["hr", "manager"])
def test_the_overview_query_count_does_not_grow_with_employees(personas, client_for, persona):
    period = scoring_period(personas.tech)
    seed_sheet(period, personas.manager)
    client = client_for(persona)
    url = reverse("periods:results_overview", args=[period.pk])
    counts = []
    for size in (10, 60):
        many_sheets(period, size, department=personas.tech, departments=3,
                    position=personas.employee.position, manager=personas.manager)
        score_period(period=period, actor=personas.hr.user)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        rows = response.content.decode().count("<tr data-employee=")
        assert rows == ((11 if persona == "hr" else 10) if size == 10 else 50)
        counts.append(len(queries))
    assert counts[0] == counts[1] and counts[1] <= 15, counts


def test_it_explains_a_floor_and_a_rating_goal(personas, client_for):
    period = scoring_period(personas.service)
    sheet = make_sheet(period, personas.outsider, status=SheetStatus.CONFIRMED, goals=[
        dict(COMPLAINT_GOALS[0], actual=Decimal(12)),
        {"name": "团队协作", "weight": Decimal(70), "rule": Rule.RATING, "rating": "B"},
    ])
    score_period(period=period, actor=personas.hr.user)

    body = client_for("hr").get(reverse("periods:results_explain", args=[sheet.pk])) \
        .content.decode()

    assert "12% / 5% = 240%" in body and "30 − 140 × 0.5 = -40" in body
    assert "低于最低分，按 0 分计" in body
    assert "等级评定（A 70 分、B 56 分、C 42 分、D 28 分）" in body
    assert "评定 B：70 × 0.8 = 56" in body
    sheet.refresh_from_db()
    assert sheet.total == Decimal(56) and sheet.grade == "极差"
