"""Why a sheet could not be scored, in words HR can act on (each names the goal)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from django.utils.translation import gettext as _

from candor.periods import scoring
from candor.periods.models import Rule

MAX_PROBLEM_LENGTH = 200


def plain(value: Decimal | None) -> str:
    """3200.0000 → 3200, 0.100 → 0.1: numbers as a person would write them."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return "0" if text in {"-0", ""} else text


def describe(error: scoring.ScoringError, goals: Sequence) -> str:
    """The translated reason for a ScoringError raised on `goals` (GoalInput or Goal)."""
    goal = next((g for g in goals if g.name == error.goal_name), None)
    name = error.goal_name
    reason = error.reason
    if reason == "weights_not_100":
        total = sum((g.weight for g in goals), Decimal(0))
        text = _("各指标权重合计为 %(total)s，应为 100") % {"total": plain(total)}
    elif reason == "weight_not_positive":
        text = _("指标“%(goal)s”的权重必须大于 0") % {"goal": name}
    elif reason == "missing_actual":
        text = _("指标“%(goal)s”缺少实际值") % {"goal": name}
    elif reason == "missing_target":
        text = _("指标“%(goal)s”缺少目标值") % {"goal": name}
    elif reason == "zero_target":
        text = _("指标“%(goal)s”的目标值为 0，无法计算达成率") % {"goal": name}
    elif reason == "missing_rating" and goal is not None and goal.rule == Rule.RATING:
        text = _("指标“%(goal)s”尚未评定等级") % {"goal": name}
    elif reason == "missing_rating":
        text = _("指标“%(goal)s”尚未由上级评分") % {"goal": name}
    elif reason == "rating_out_of_range":
        text = _("指标“%(goal)s”的上级评分超出 0–%(weight)s 分") % {
            "goal": name, "weight": plain(goal.weight) if goal is not None else "?"}
    elif reason == "no_single_band":
        text = _("总分不在等级标准的任何区间内，请检查本周期的等级标准")
    else:
        text = _("指标“%(goal)s”无法计分（%(reason)s）") % {"goal": name, "reason": reason}
    return text[:MAX_PROBLEM_LENGTH]


def unconfirmed() -> str:
    return _("目标尚未经员工确认（或确认后又有修改），不能评分")


def data_changed() -> str:
    return _("得分计算后实际值或评分有修改，请重新计算得分")
