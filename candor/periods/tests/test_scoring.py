"""The scoring engine against the seed's worked example, and its properties."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from candor.periods.scoring import (
    DEFAULT_BANDS,
    Band,
    Direction,
    GoalInput,
    Rule,
    ScoringError,
    check_bands,
    grade_for,
    score_card,
    score_goal,
)

PROFIT = GoalInput("公司利润", D(60), target=D(3200), actual=D(3500), points_per_pct=D(1))
TASKS = GoalInput("完成任务", D(20), target=D(100), actual=D(120), points_per_pct=D("0.1"))
EVERYDAY = GoalInput("日常表现", D(20), rule=Rule.MANAGER, manager_points=D(18))


def test_it_reproduces_the_seed_worked_example():
    card = score_card([PROFIT, TASKS, EVERYDAY])
    assert [(line.rate_pct, line.points) for line in card.lines] == [
        (D(109), D(69)), (D(120), D(22)), (None, D(18))]
    assert card.total == D(109)
    assert (card.band.label, card.band.multiplier) == ("优-", D("1.1"))


def test_it_shows_a_lower_is_better_goal_as_share_of_the_limit_and_scores_it_worse():
    complaints = GoalInput("客户投诉率", D(30), direction=Direction.LOWER, target=D(5),
                           actual=D(8), points_per_pct=D("0.5"))
    result = score_goal(complaints)
    assert result.rate_pct == D(160)
    assert result.deviation_pct == D(-60)
    assert result.points == D(0)
    assert result.points < complaints.weight


def test_it_applies_floor_and_cap():
    low = GoalInput("x", D(60), target=D(100), actual=D(10), floor=D(0))
    high = GoalInput("x", D(60), target=D(100), actual=D(300), cap=D(72))
    assert (score_goal(low).points, score_goal(low).clamped) == (D(0), "floor")
    assert (score_goal(high).points, score_goal(high).raw_points) == (D(72), D(260))


def test_it_rates_on_the_letter_scale():
    goal = GoalInput("团队协作", D(10), rule=Rule.RATING, rating="B")
    assert score_goal(goal).points == D(8)


@pytest.mark.parametrize("goal,reason", [
    (GoalInput("零目标", D(100), target=D(0), actual=D(1)), "zero_target"),
    (GoalInput("未录入", D(100), target=D(10)), "missing_actual"),
    (GoalInput("超范围", D(100), rule=Rule.MANAGER, manager_points=D(101)),
     "rating_out_of_range"),
])
def test_it_refuses_goals_it_cannot_score_naming_them(goal, reason):
    with pytest.raises(ScoringError) as info:
        score_goal(goal)
    assert (info.value.reason, info.value.goal_name) == (reason, goal.name)


def test_it_refuses_weights_that_do_not_total_100():
    with pytest.raises(ScoringError, match="weights_not_100"):
        score_card([PROFIT, TASKS])


@pytest.mark.parametrize("total,label", [
    (D("79.99"), "极差"), (D(80), "差"), (D("89.99"), "差"), (D(90), "良好"),
    (D("99.5"), "良好"), (D(100), "良好"), (D("100.01"), "优-"), (D(120), "优-"),
    (D("120.01"), "优+"), (D(-5), "极差"),
])
def test_it_closes_the_seeds_gaps_as_documented(total, label):
    assert grade_for(total, DEFAULT_BANDS).label == label


def test_it_accepts_the_default_bands():
    check_bands(DEFAULT_BANDS)


@pytest.mark.parametrize("bands,reason", [
    ((Band("低", D(1), None, D(80)), Band("高", D(1), D(81), None)), "gap"),
    ((Band("低", D(1), None, D(80), upper_inclusive=True), Band("高", D(1), D(80), None)),
     "overlap"),
    ((Band("低", D(1), None, D(80)), Band("高", D(1), D(80), None, lower_inclusive=False)),
     "gap"),
    ((Band("低", D(1), D(0), D(80)), Band("高", D(1), D(80), None)), "not_open_below"),
    ((Band("低", D(1), None, D(90)), Band("高", D(1), D(80), None)), "overlap"),
])
def test_it_refuses_bands_with_a_gap_or_overlap(bands, reason):
    with pytest.raises(ScoringError) as info:
        check_bands(bands)
    assert info.value.reason == reason


amounts = st.decimals(min_value=D(1), max_value=D(100000), places=2)


@st.composite
def goal_sets(draw):
    n = draw(st.integers(min_value=1, max_value=6))
    cuts = sorted(draw(st.lists(st.integers(1, 99), min_size=n - 1, max_size=n - 1,
                                unique=True)))
    weights = [D(b - a) for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
    return [GoalInput(f"g{i}", w, target=draw(amounts), actual=draw(amounts),
                      direction=draw(st.sampled_from([Direction.HIGHER, Direction.LOWER])),
                      points_per_pct=draw(st.sampled_from([D(1), D("0.1"), D("0.5")])))
            for i, w in enumerate(weights)]


@given(goal_sets(), st.randoms())
def test_it_never_depends_on_goal_order(goals, rnd):
    shuffled = list(goals)
    rnd.shuffle(shuffled)
    assert score_card(goals).total == score_card(shuffled).total


@given(amounts, amounts, amounts, st.sampled_from([Direction.HIGHER, Direction.LOWER]))
def test_a_better_actual_never_lowers_the_score(target, a, b, direction):
    worse, better = (min(a, b), max(a, b)) if direction == Direction.HIGHER else (max(a, b),
                                                                                  min(a, b))
    score = lambda actual: score_goal(GoalInput("g", D(100), target=target, actual=actual,  # noqa: E731
                                                direction=direction)).points
    assert score(better) >= score(worse)


@st.composite
def valid_bands(draw):
    cuts = sorted(draw(st.lists(st.decimals(min_value=D(0), max_value=D(200), places=1),
                                min_size=1, max_size=5, unique=True)))
    bands, lower, lower_inc = [], None, True
    for i, cut in enumerate(cuts):
        upper_inc = draw(st.booleans())
        bands.append(Band(f"b{i}", D(1), lower, cut, lower_inc, upper_inc))
        lower, lower_inc = cut, not upper_inc
    bands.append(Band("top", D(1), lower, None, lower_inc, True))
    return bands


@given(valid_bands(), st.decimals(min_value=D(-50), max_value=D(300), places=2))
def test_valid_bands_give_every_score_exactly_one_grade(bands, total):
    check_bands(bands)
    assert sum(band.contains(total) for band in bands) == 1
