"""How results read: numbers without trailing zeros, one wording per rule, the manager's
points explained as points, counts that tell 'not computed yet' from 'cannot be scored'."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.template import Context, Template
from django.urls import reverse

from candor.periods.models import PeriodStatus, Rule, SheetStatus
from candor.periods.results.explain import explain_goal
from candor.periods.results.services import score_period
from candor.periods.setup.display import rule_text
from candor.periods.tests.factories import make_period, make_sheet
from candor.periods.tests.results_factories import (
    COMPLAINT_GOALS,
    scoring_period,
    seed_sheet,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("value", "shown"), [
    (Decimal("109.00"), "109"), (Decimal("1.10"), "1.1"), (Decimal("0.80"), "0.8"),
    (Decimal("-40.00"), "-40"), (Decimal("0.00"), "0"), (None, ""), (18, "18")])
def test_it_writes_numbers_without_trailing_zeros(value, shown):
    template = Template("{% load period_numbers %}{{ value|plain }}")
    assert template.render(Context({"value": value})) == shown


def test_each_rule_has_one_wording_on_every_page(personas, client_for):
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.employee)
    goals = {g.name: g for g in sheet.goals.all()}
    assert rule_text(goals["利润"]) == "按偏差计分：每偏离 1% 加减 1 分"
    assert rule_text(goals["日常表现"]) == "上级评分（0–20 分）"
    pages = [client_for("manager").get(reverse(name, args=[sheet.pk])).content.decode()
             for name in ("periods:sheet", "periods:results_explain")]
    rating_page = client_for("manager").get(reverse("periods:results_rate", args=[sheet.pk]))
    for html in (*pages, rating_page.content.decode()):
        assert "上级评分（0–20 分）" in html
    for html in pages:
        assert "按偏差计分：每偏离 1% 加减 0.1 分" in html


def test_a_lower_is_better_goal_with_a_floor_reads_the_same_everywhere(personas):
    sheet = make_sheet(make_period(departments=[personas.service]), personas.outsider,
                       goals=COMPLAINT_GOALS)
    goal = sheet.goals.get(name="客户投诉率")
    assert rule_text(goal) == ("按偏差计分：每偏离 1% 加减 0.5 分"
                               "（越低越好：低于上限加分，超出上限扣分）；最低 0 分")
    assert explain_goal(goal).rule_text == rule_text(goal)


def test_it_explains_the_managers_points_as_points_not_as_an_actual(personas, client_for):
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.employee)
    score_period(period=period, actor=personas.hr.user)
    line = explain_goal(sheet.goals.get(name="日常表现"))
    assert line.formula == "上级评分 18 / 20" and line.points == Decimal(18)
    html = client_for("manager").get(reverse("periods:results_explain", args=[sheet.pk])) \
        .content.decode()
    row = html[html.index('data-goal="日常表现"'):]
    row = row[:row.index("</tr>")]
    assert "上级评分 18 / 20" in row and "18.00" not in row
    assert "<td>—</td>" in row  # the 实际值 cell
    assert ">评级</th>" in html  # the ability column, not to be read as the grade (等级)


def test_the_explanation_links_back_to_the_sheet_and_the_period(personas, client_for):
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.employee)
    html = client_for("manager").get(reverse("periods:results_explain", args=[sheet.pk])) \
        .content.decode()
    assert f'href="{sheet.get_absolute_url()}"' in html
    assert f'href="{period.get_absolute_url()}"' in html


def test_the_released_sheet_shows_the_points_of_every_goal(personas, client_for):
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.employee)
    score_period(period=period, actor=personas.hr.user)
    period.status = PeriodStatus.RELEASED
    period.save()
    html = client_for("employee").get(sheet.get_absolute_url()).content.decode()
    assert "结果已发布" in html and "18 / 20" in html
    assert 'data-testid="goal-points">69<' in html
    assert "109.00" not in html and ">109<" in html and "×1.1<" in html


def test_the_employee_sees_the_sheet_was_scored_but_not_the_score(personas, client_for):
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.employee)
    score_period(period=period, actor=personas.hr.user)
    html = client_for("employee").get(sheet.get_absolute_url()).content.decode()
    assert "已评分" in html and "结果发布后可在此查看得分" in html
    assert "总分" not in html and "优-" not in html and 'data-testid="goal-points"' not in html


def test_the_overview_tells_not_computed_from_cannot_be_scored(personas, client_for):
    period = scoring_period(personas.tech)
    seed_sheet(period, personas.employee)
    seed_sheet(period, personas.manager, everyday=None)
    url = reverse("periods:results_overview", args=[period.pk])
    before = client_for("hr").get(url)
    assert (before.context["data"].not_computed, before.context["data"].with_problem) == (2, 0)
    assert "已评分 0 份，未计算 2 份<" in before.content.decode()
    assert "无法评分" not in before.content.decode()
    score_period(period=period, actor=personas.hr.user)
    after = client_for("hr").get(url).content.decode()
    assert "已评分 1 份，无法评分 1 份<" in after


def test_release_waits_for_every_score(personas, client_for):
    period = scoring_period(personas.tech)
    seed_sheet(period, personas.employee)
    url = reverse("periods:results_overview", args=[period.pk])
    html = client_for("hr").get(url).content.decode()
    button = html[html.index('data-testid="release-results"'):]
    assert button[:button.index(">")].endswith("disabled aria-describedby=\"release-hint\"")
    assert "还有 1 份考核表没有得分" in html
    assert 'data-confirm="发布后员工即可查看自己的得分、等级和排名。确定发布吗？"' in html
    score_period(period=period, actor=personas.hr.user)
    html = client_for("hr").get(url).content.decode()
    button = html[html.index('data-testid="release-results"'):]
    assert "disabled" not in button[:button.index(">")]
    assert 'data-testid="release-hint"' not in html


def test_a_draft_sheet_counts_as_cannot_be_scored_once_scoring_ran(personas, client_for):
    period = scoring_period(personas.tech)
    make_sheet(period, personas.employee, status=SheetStatus.DRAFT)
    score_period(period=period, actor=personas.hr.user)
    data = client_for("hr").get(reverse("periods:results_overview", args=[period.pk])) \
        .context["data"]
    assert (data.scored, data.not_computed, data.with_problem) == (0, 0, 1)


def test_a_rating_goal_is_worded_with_its_points_per_grade(personas):
    sheet = make_sheet(make_period(departments=[personas.service]), personas.outsider,
                       goals=[{"name": "团队协作", "weight": Decimal(70), "rule": Rule.RATING,
                               "rating": "B"}, dict(COMPLAINT_GOALS[0], weight=Decimal(30))])
    goal = sheet.goals.get(name="团队协作")
    assert rule_text(goal) == "等级评定（A 70 分、B 56 分、C 42 分、D 28 分）"
    assert explain_goal(goal).formula == "评定 B：70 × 0.8 = 56"
