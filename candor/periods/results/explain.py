"""The score explanation: every goal's target, actual, rate, rule, deviation and points.

Lines are recomputed with the scoring engine from the goals as they are now, so the page
shows the arithmetic; the total, grade and ranks are the ones stored by the last scoring.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from candor.periods import scoring
from candor.periods.models import (
    AbilityRating,
    Direction,
    Goal,
    GoalSheet,
    Rule,
    SheetStatus,
)
from candor.periods.results import problems
from candor.periods.results.problems import plain
from candor.periods.setup.display import rating_scale, rule_text


@dataclass(frozen=True)
class Line:
    goal: Goal
    target_text: str
    actual_text: str  # the actual, the manager's points or the grade, as entered (API)
    rule_text: str
    achievement: str  # "3500万元 / 3200万元 = 109%"
    lower_is_better: bool
    deviation: str  # "高于目标 9%"
    formula: str  # "60 + 9 × 1 = 69", "上级评分 18 / 20", "评定 B：70 × 0.8 = 56"
    raw_points: Decimal | None
    clamp: str  # "按最低分 0 计" when a floor or cap applied
    points: Decimal | None
    problem: str


@dataclass(frozen=True)
class BandRow:
    label: str
    multiplier: Decimal
    range_text: str
    matched: bool


@dataclass(frozen=True)
class Rank:
    position: int | None
    size: int


@dataclass(frozen=True)
class Explanation:
    sheet: GoalSheet
    lines: list[Line]
    live_total: Decimal | None
    stale: bool
    bands: list[BandRow]
    rank_department: Rank
    rank_sequence: Rank
    abilities: list[AbilityRating]


def _deviation_text(goal: Goal, deviation: Decimal) -> str:
    pct = plain(abs(deviation))
    if goal.direction == Direction.LOWER:
        if deviation > 0:
            return _("低于上限 %(pct)s%%") % {"pct": pct}
        if deviation < 0:
            return _("超出上限 %(pct)s%%") % {"pct": pct}
        return _("与上限持平")
    if deviation > 0:
        return _("高于目标 %(pct)s%%") % {"pct": pct}
    if deviation < 0:
        return _("低于目标 %(pct)s%%") % {"pct": pct}
    return _("与目标持平")


def explain_goal(goal: Goal) -> Line:
    lower = goal.rule == Rule.LINEAR and goal.direction == Direction.LOWER
    achievement = deviation = formula = clamp = problem = ""
    raw = points = None
    try:
        result = scoring.score_goal(goal.as_input())
    except scoring.ScoringError as e:
        problem = problems.describe(e, [goal])
        result = None
    if result is not None:
        raw, points = result.raw_points, result.points
        if result.rate_pct is not None:
            achievement = (f"{plain(goal.actual)}{goal.unit} / {plain(goal.target)}{goal.unit}"
                           f" = {plain(result.rate_pct)}%")
            dev = result.deviation_pct
            deviation = _deviation_text(goal, dev)
            sign = "+" if dev >= 0 else "−"
            formula = (f"{plain(goal.weight)} {sign} {plain(abs(dev))} × "
                       f"{plain(goal.points_per_pct)} = {plain(raw)}")
        elif goal.rule == Rule.MANAGER:
            formula = _("上级评分 %(points)s / %(weight)s") % {
                "points": plain(goal.manager_points), "weight": plain(goal.weight)}
        elif goal.rule == Rule.RATING:
            formula = _("评定 %(grade)s：%(weight)s × %(share)s = %(points)s") % {
                "grade": goal.rating, "weight": plain(goal.weight),
                "share": plain(rating_scale(goal).get(goal.rating)), "points": plain(raw)}
        if result.clamped == "floor":
            clamp = _("低于最低分，按 %(points)s 分计") % {"points": plain(goal.floor)}
        elif result.clamped == "cap":
            clamp = _("高于最高分，按 %(points)s 分计") % {"points": plain(goal.cap)}
    if goal.rule == Rule.LINEAR:
        target_text = f"{plain(goal.target)}{goal.unit}" if goal.target is not None else ""
        actual_text = f"{plain(goal.actual)}{goal.unit}" if goal.actual is not None else ""
    else:
        target_text = ""
        actual_text = goal.rating if goal.rule == Rule.RATING else plain(goal.manager_points)
    return Line(goal=goal, target_text=target_text, actual_text=actual_text,
                rule_text=rule_text(goal), achievement=achievement,
                lower_is_better=lower, deviation=deviation, formula=formula,
                raw_points=raw, clamp=clamp, points=points, problem=problem)


def band_range(band: scoring.Band) -> str:
    lower = upper = ""
    if band.lower is not None:
        lower = f"{plain(band.lower)} {'≤' if band.lower_inclusive else '<'} "
    if band.upper is not None:
        upper = f" {'≤' if band.upper_inclusive else '<'} {plain(band.upper)}"
    return f"{lower}{_('总分')}{upper}"


def _rank(sheet: GoalSheet, position: int | None, size: int | None, **same) -> Rank:
    """The size stored by the scoring pass that ranked the sheet; a sheet without a rank
    (not scored) is counted against the scored sheets of its group instead."""
    if size is None:
        size = GoalSheet.objects.filter(period_id=sheet.period_id, status=SheetStatus.SCORED,
                                        **same).count()
    return Rank(position=position, size=size)


def explain_sheet(sheet: GoalSheet) -> Explanation:
    """`sheet` comes from access.get_sheet_for (period and employee already joined)."""
    goals = list(sheet.goals.all())
    lines = [explain_goal(g) for g in goals]
    live_total = None
    if lines and all(line.points is not None for line in lines):
        live_total = sum((line.points for line in lines), Decimal(0))
    scored = sheet.status == SheetStatus.SCORED
    stale = scored and live_total != sheet.total
    bands = [BandRow(label=b.label, multiplier=b.multiplier, range_text=band_range(b.as_band()),
                     matched=scored and b.label == sheet.grade)
             for b in sheet.period.grade_scale.bands.all()]
    employee = sheet.employee
    return Explanation(
        sheet=sheet, lines=lines, live_total=live_total, stale=stale, bands=bands,
        rank_department=_rank(sheet, sheet.rank_department, sheet.rank_department_size,
                              employee__department_id=employee.department_id),
        rank_sequence=_rank(sheet, sheet.rank_sequence, sheet.rank_sequence_size,
                            employee__position__sequence_id=employee.position.sequence_id),
        abilities=list(sheet.abilities.select_related("item")
                       .order_by("item__kind", "item__order", "item__name")),
    )
