"""How numbers read on the setup pages: 3200.0000 → 3200, 0.1000 → 0.1."""

from __future__ import annotations

from decimal import Decimal
from typing import Any


def num(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format(value.normalize(), "f")


def normalized(values: dict[str, Any]) -> dict[str, Any]:
    """Decimals in form initial data shown without trailing zeros."""
    return {k: num(v) if isinstance(v, Decimal) else v for k, v in values.items()}


def decorate_goal(goal: Any) -> Any:
    """Attach display strings for the goal table (templates cannot call num())."""
    goal.target_display = num(goal.target)
    goal.weight_display = num(goal.weight)
    goal.per_pct_display = num(goal.points_per_pct)
    goal.floor_display = num(goal.floor)
    goal.cap_display = num(goal.cap)
    goal.actual_display = num(getattr(goal, "actual", None))
    return goal
