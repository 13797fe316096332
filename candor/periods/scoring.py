"""The scoring engine (R2.3–R2.4): pure functions over Decimals, no database.

Rounding rule (documented in the README): the achievement rate is rounded to a whole
percent, half up, *before* points are taken — 3,500 / 3,200 = 109.375 % → 109 % → 69 points,
exactly as the seed's worked example. Points are then rounded to two decimals, half up, and
the total is the sum of the rounded points. A floor and a cap, when set, clamp a goal's points.

Lower-is-better goals show achievement as actual / target ("8 % of a 5 % limit = 160 %") and
score the deviation the other way round: 60 % over the limit costs as many points as 60 %
under target would for a higher-is-better goal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

HUNDRED = Decimal(100)
CENT = Decimal("0.01")


class Direction:
    HIGHER = "higher"  # higher is better: sales, profit, tasks done
    LOWER = "lower"  # lower is better: complaint rate, defects, cost


class Rule:
    LINEAR = "linear"  # weight ± points per 1 % deviation from target
    MANAGER = "manager"  # manager awards 0..weight points
    RATING = "rating"  # A/B/C/D, each worth a share of the weight


DEFAULT_RATING_SCALE: Mapping[str, Decimal] = {
    "A": Decimal("1.0"), "B": Decimal("0.8"), "C": Decimal("0.6"), "D": Decimal("0.4"),
}


class ScoringError(ValueError):
    """A goal that cannot be scored; `reason` is a stable code the UI translates."""

    def __init__(self, reason: str, goal_name: str = "") -> None:
        super().__init__(f"{goal_name}: {reason}")
        self.reason = reason
        self.goal_name = goal_name


@dataclass(frozen=True)
class GoalInput:
    name: str
    weight: Decimal
    rule: str = Rule.LINEAR
    direction: str = Direction.HIGHER
    target: Decimal | None = None
    actual: Decimal | None = None
    points_per_pct: Decimal = Decimal(1)
    floor: Decimal | None = None
    cap: Decimal | None = None
    manager_points: Decimal | None = None
    rating: str = ""
    rating_scale: Mapping[str, Decimal] = field(default_factory=lambda: DEFAULT_RATING_SCALE)


@dataclass(frozen=True)
class GoalResult:
    name: str
    weight: Decimal
    rule: str
    rate_pct: Decimal | None  # achievement shown to people: actual / target, whole percent
    deviation_pct: Decimal | None  # signed: positive is better than target
    raw_points: Decimal  # before floor/cap
    points: Decimal  # after floor/cap, two decimals
    clamped: str = ""  # "floor" / "cap" when the clamp applied


@dataclass(frozen=True)
class Band:
    label: str
    multiplier: Decimal
    lower: Decimal | None  # None: open below
    upper: Decimal | None  # None: open above
    lower_inclusive: bool = True
    upper_inclusive: bool = False

    def contains(self, score: Decimal) -> bool:
        above_lower = (self.lower is None or score > self.lower
                       or (score == self.lower and self.lower_inclusive))
        below_upper = (self.upper is None or score < self.upper
                       or (score == self.upper and self.upper_inclusive))
        return above_lower and below_upper


# Defaults: the seed's bands with its gaps closed. ">120 优+" and ">100 优-" are kept as
# written, so exactly 120 is 优- and exactly 100 is 良好; "90–99 良好" is widened to
# 90 ≤ s ≤ 100 so 99.5 has a grade; "80–89 差" becomes 80 ≤ s < 90; "<80 极差" is kept.
DEFAULT_BANDS: tuple[Band, ...] = (
    Band("极差", Decimal("0.8"), None, Decimal(80), True, False),
    Band("差", Decimal("0.9"), Decimal(80), Decimal(90), True, False),
    Band("良好", Decimal("1.0"), Decimal(90), Decimal(100), True, True),
    Band("优-", Decimal("1.1"), Decimal(100), Decimal(120), False, True),
    Band("优+", Decimal("1.2"), Decimal(120), None, False, True),
)


def round_pct(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def round_points(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def achievement_rate(*, actual: Decimal, target: Decimal) -> Decimal:
    """actual / target as a whole percent (the same for both directions, as the seed shows)."""
    if target == 0:
        raise ScoringError("zero_target")
    return round_pct(actual / target * HUNDRED)


def score_goal(goal: GoalInput) -> GoalResult:
    rate = deviation = None
    if goal.rule == Rule.LINEAR:
        if goal.target is None or goal.actual is None:
            raise ScoringError("missing_actual" if goal.target is not None else "missing_target",
                               goal.name)
        if goal.target == 0:
            raise ScoringError("zero_target", goal.name)
        rate = achievement_rate(actual=goal.actual, target=goal.target)
        deviation = rate - HUNDRED if goal.direction == Direction.HIGHER else HUNDRED - rate
        raw = goal.weight + deviation * goal.points_per_pct
    elif goal.rule == Rule.MANAGER:
        if goal.manager_points is None:
            raise ScoringError("missing_rating", goal.name)
        if not 0 <= goal.manager_points <= goal.weight:
            raise ScoringError("rating_out_of_range", goal.name)
        raw = goal.manager_points
    elif goal.rule == Rule.RATING:
        if goal.rating not in goal.rating_scale:
            raise ScoringError("missing_rating", goal.name)
        raw = goal.weight * Decimal(goal.rating_scale[goal.rating])
    else:
        raise ScoringError("unknown_rule", goal.name)
    points, clamped = raw, ""
    if goal.floor is not None and points < goal.floor:
        points, clamped = goal.floor, "floor"
    if goal.cap is not None and points > goal.cap:
        points, clamped = goal.cap, "cap"
    return GoalResult(name=goal.name, weight=goal.weight, rule=goal.rule, rate_pct=rate,
                      deviation_pct=deviation, raw_points=round_points(raw),
                      points=round_points(points), clamped=clamped)


def check_weights(goals: Sequence[GoalInput]) -> None:
    """A person's weights total exactly 100; each weight is positive."""
    for goal in goals:
        if goal.weight <= 0:
            raise ScoringError("weight_not_positive", goal.name)
    if sum((g.weight for g in goals), Decimal(0)) != HUNDRED:
        raise ScoringError("weights_not_100")


@dataclass(frozen=True)
class ScoreCard:
    lines: tuple[GoalResult, ...]
    total: Decimal
    band: Band


def grade_for(total: Decimal, bands: Iterable[Band]) -> Band:
    matches = [b for b in bands if b.contains(total)]
    if len(matches) != 1:
        raise ScoringError("no_single_band")
    return matches[0]


def score_card(goals: Sequence[GoalInput], bands: Sequence[Band] = DEFAULT_BANDS) -> ScoreCard:
    check_weights(goals)
    lines = tuple(score_goal(g) for g in goals)
    total = sum((line.points for line in lines), Decimal(0))
    return ScoreCard(lines=lines, total=total, band=grade_for(total, bands))


def check_bands(bands: Sequence[Band]) -> None:
    """Bands must cover the whole scale once: no gap, no overlap, open at both ends.

    Raises ScoringError with reason gap / overlap / not_open_below / not_open_above /
    empty_band / duplicate_label.
    """
    if not bands:
        raise ScoringError("no_bands")
    labels = [b.label for b in bands]
    if len(set(labels)) != len(labels):
        raise ScoringError("duplicate_label")
    ordered = sorted(bands, key=lambda b: (b.lower is not None, b.lower or Decimal(0)))
    if ordered[0].lower is not None:
        raise ScoringError("not_open_below", ordered[0].label)
    if ordered[-1].upper is not None:
        raise ScoringError("not_open_above", ordered[-1].label)
    for band in ordered:
        if band.lower is None or band.upper is None:
            continue
        if band.lower > band.upper or (band.lower == band.upper and not (
                band.lower_inclusive and band.upper_inclusive)):
            raise ScoringError("empty_band", band.label)
    for below, above in zip(ordered, ordered[1:], strict=False):
        if below.upper is None or above.lower is None:
            raise ScoringError("overlap", above.label)
        if below.upper < above.lower:
            raise ScoringError("gap", above.label)
        if below.upper > above.lower:
            raise ScoringError("overlap", above.label)
        if below.upper_inclusive and above.lower_inclusive:
            raise ScoringError("overlap", above.label)
        if not below.upper_inclusive and not above.lower_inclusive:
            raise ScoringError("gap", above.label)
