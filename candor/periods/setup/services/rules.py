"""Rules a goal and a goal set must follow, and the digest an employee's confirmation signs.

Shared by template items and sheet goals: both carry `GoalFields`. Checks return the
problems as translated sentences naming the goal, so a page can list them all at once and
a service can refuse with the first.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from candor.core.errors import DomainError
from candor.periods.models import Direction, Rule, default_rating_scale
from candor.periods.scoring import HUNDRED, ScoringError
from candor.periods.setup.services.messages import scoring_message, weights_message

# What a goal *is*: the fields an employee confirms (notes and results are not among them).
GOAL_FIELDS = ("name", "unit", "target", "direction", "weight", "rule", "points_per_pct",
               "floor", "cap", "rating_scale")


def goal_defaults() -> dict[str, Any]:
    """What a new goal is when only its name and weight are given."""
    return {"unit": "", "target": None, "direction": Direction.HIGHER, "rule": Rule.LINEAR,
            "points_per_pct": Decimal(1), "floor": None, "cap": None,
            "rating_scale": default_rating_scale()}


def _get(goal: Any, name: str) -> Any:
    return goal.get(name) if isinstance(goal, Mapping) else getattr(goal, name)


def goal_problems(goal: Any) -> list[str]:
    """What is wrong with one goal (a dict of fields or a model instance)."""
    name = (_get(goal, "name") or "").strip()
    if not name:
        return [_("指标名称不能为空。")]
    problems: list[str] = []
    weight, rule = _get(goal, "weight"), _get(goal, "rule")
    target = _get(goal, "target")
    if weight is None or weight <= 0:
        problems.append(scoring_message(ScoringError("weight_not_positive", name)))
    elif weight > HUNDRED:
        problems.append(_("指标“%(name)s”：权重不能超过 100。") % {"name": name})
    if rule not in Rule.values:
        problems.append(scoring_message(ScoringError("unknown_rule", name)))
    if _get(goal, "direction") not in Direction.values:
        problems.append(_("指标“%(name)s”：方向无效。") % {"name": name})
    if rule == Rule.LINEAR:
        if target is None:
            problems.append(scoring_message(ScoringError("missing_target", name)))
        elif target == 0:
            problems.append(scoring_message(ScoringError("zero_target", name)))
        per_pct = _get(goal, "points_per_pct")
        if per_pct is None or per_pct <= 0:
            problems.append(_("指标“%(name)s”：每 1%% 偏差的分数必须大于 0。") % {"name": name})
    floor, cap = _get(goal, "floor"), _get(goal, "cap")
    if floor is not None and cap is not None and floor > cap:
        problems.append(_("指标“%(name)s”：最低分不能高于最高分。") % {"name": name})
    if rule == Rule.RATING:
        scale = _get(goal, "rating_scale") or {}
        if not scale:
            problems.append(_("指标“%(name)s”：等级评定需要设置等级分值。") % {"name": name})
        for label, value in scale.items():
            if not label or len(label) > 2 or Decimal(str(value)) < 0:
                problems.append(_("指标“%(name)s”：等级“%(label)s”的分值无效。")
                                % {"name": name, "label": label})
    return problems


def validate_goal(goal: Any) -> None:
    problems = goal_problems(goal)
    if problems:
        raise DomainError(problems[0])


def weight_total(goals: Iterable[Any]) -> Decimal:
    return sum((_get(g, "weight") or Decimal(0) for g in goals), Decimal(0))


def goal_set_problems(goals: Iterable[Any]) -> list[str]:
    """Every problem of a person's goal set: each goal's, then a weight total other than 100."""
    goals = list(goals)
    problems = [p for g in goals for p in goal_problems(g)]
    names = [(_get(g, "name") or "").strip() for g in goals]
    for name in sorted({n for n in names if n and names.count(n) > 1}):
        problems.append(_("指标“%(name)s”出现了不止一次。") % {"name": name})
    total = weight_total(goals)
    if total != HUNDRED:
        problems.append(weights_message(total))
    return problems


def _canonical(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, Mapping):
        return {str(k): _canonical(Decimal(str(v))) for k, v in sorted(value.items())}
    return value


def goals_digest(goals: Iterable[Any]) -> str:
    """sha256 of the goal set as confirmed: order-free, and 100 equals 100.0000."""
    rows = sorted(
        ({name: _canonical(_get(g, name)) for name in GOAL_FIELDS} for g in goals),
        key=lambda row: row["name"],
    )
    text = json.dumps(rows, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()
