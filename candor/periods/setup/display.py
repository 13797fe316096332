"""How numbers and rules read on the pages: 3200.0000 → 3200, 0.1000 → 0.1, and one
wording for each scoring rule, so the sheet, the rating page and the explanation agree."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from candor.core.text import join_list
from candor.periods import scoring
from candor.periods.models import Direction, Rule


def num(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return "0" if text in {"-0", ""} else text


def normalized(values: dict[str, Any]) -> dict[str, Any]:
    """Decimals in form initial data shown without trailing zeros."""
    return {k: num(v) if isinstance(v, Decimal) else v for k, v in values.items()}


def rating_scale(goal: Any) -> dict[str, Decimal]:
    """The goal's grade → share of the weight, the engine's default when none is stored."""
    return ({k: Decimal(str(v)) for k, v in (goal.rating_scale or {}).items()}
            or dict(scoring.DEFAULT_RATING_SCALE))


def rule_text(goal: Any) -> str:
    """The one sentence describing how a goal (or template item) earns its points."""
    if goal.rule == Rule.MANAGER:
        return _("上级评分（0–%(weight)s 分）") % {"weight": num(goal.weight)}
    if goal.rule == Rule.RATING:
        grades = join_list(
            _("%(grade)s %(points)s 分") % {
                "grade": grade, "points": num(scoring.round_points(goal.weight * share))}
            for grade, share in sorted(rating_scale(goal).items()))
        return _("等级评定（%(grades)s）") % {"grades": grades}
    text = _("按偏差计分：每偏离 1%% 加减 %(points)s 分") % {"points": num(goal.points_per_pct)}
    if goal.direction == Direction.LOWER:
        text += _("（越低越好：低于上限加分，超出上限扣分）")
    if goal.floor is not None:
        text += _("；最低 %(floor)s 分") % {"floor": num(goal.floor)}
    if goal.cap is not None:
        text += _("；最高 %(cap)s 分") % {"cap": num(goal.cap)}
    return text


def decorate_goal(goal: Any) -> Any:
    """Attach display strings for the goal table (templates cannot call num())."""
    goal.target_display = num(goal.target)
    goal.weight_display = num(goal.weight)
    goal.per_pct_display = num(goal.points_per_pct)
    goal.floor_display = num(goal.floor)
    goal.cap_display = num(goal.cap)
    goal.actual_display = num(getattr(goal, "actual", None))
    goal.rule_text = rule_text(goal)
    return goal
