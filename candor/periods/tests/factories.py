"""Factories for periods, sheets, goals and templates, shared by every periods test.

Plain ORM writes (no services, no audit) so tests of one helper do not depend on another
helper's services. Goals default to the seed's three lines (60 + 20 + 20 = 100).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from candor.org.models import Department, Employee, JobSequence, Position
from candor.periods import scoring
from candor.periods.models import (
    Direction,
    GoalSheet,
    GoalTemplate,
    GoalTemplateItem,
    GradeBand,
    GradeScale,
    Period,
    PeriodKind,
    PeriodStatus,
    Rule,
    SheetStatus,
)
from candor.periods.models import Goal as GoalModel
from candor.periods.results import awaiting
from candor.periods.setup.services.rules import goals_digest

_seq = itertools.count(1)

# The seed's worked example (003): profit, tasks, everyday performance.
SEED_GOALS: tuple[dict[str, Any], ...] = (
    {"name": "利润", "unit": "万元", "target": Decimal(3200), "weight": Decimal(60),
     "rule": Rule.LINEAR, "points_per_pct": Decimal(1)},
    {"name": "任务完成数", "unit": "项", "target": Decimal(100), "weight": Decimal(20),
     "rule": Rule.LINEAR, "points_per_pct": Decimal("0.1")},
    {"name": "日常表现", "unit": "", "target": None, "weight": Decimal(20),
     "rule": Rule.MANAGER},
)


def six_goals() -> list[dict[str, Any]]:
    """Six linear goals whose weights total 100 (a typical engineer's template)."""
    weights = [25, 20, 15, 15, 15, 10]
    return [{"name": f"指标{i + 1}", "unit": "%", "target": Decimal(100),
             "weight": Decimal(w)} for i, w in enumerate(weights)]


def make_grade_scale(name: str = "", *, bands: Sequence[scoring.Band] = scoring.DEFAULT_BANDS,
                     is_company_default: bool = False) -> GradeScale:
    scale = GradeScale.objects.create(name=name or f"等级标准{next(_seq)}",
                                      is_company_default=is_company_default)
    GradeBand.objects.bulk_create(
        GradeBand(scale=scale, order=i, label=b.label, multiplier=b.multiplier,
                  lower=b.lower, upper=b.upper, lower_inclusive=b.lower_inclusive,
                  upper_inclusive=b.upper_inclusive)
        for i, b in enumerate(bands)
    )
    return scale


def make_period(name: str = "", *, departments: Iterable[Department] = (),
                status: str = PeriodStatus.PLANNING, kind: str = PeriodKind.QUARTERLY,
                start_date: dt.date = dt.date(2026, 10, 1),
                end_date: dt.date = dt.date(2026, 12, 31),
                grade_scale: GradeScale | None = None, **extra) -> Period:
    """A period covering the given departments (their sub-departments included)."""
    period = Period.objects.create(
        name=name or f"测试周期{next(_seq)}", kind=kind, start_date=start_date,
        end_date=end_date, status=status, grade_scale=grade_scale or make_grade_scale(),
        **extra,
    )
    period.departments.set(list(departments))
    return period


def make_goal(sheet: GoalSheet, *, order: int = 0, **fields) -> GoalModel:
    fields.setdefault("name", f"指标{next(_seq)}")
    fields.setdefault("weight", Decimal(100))
    fields.setdefault("direction", Direction.HIGHER)
    fields.setdefault("rule", Rule.LINEAR)
    if fields["rule"] == Rule.LINEAR:
        fields.setdefault("target", Decimal(100))
    goal = GoalModel.objects.create(sheet=sheet, order=order, **fields)
    awaiting.refresh_sheets([sheet.pk])  # as the goal services would
    return goal


def make_sheet(period: Period, employee: Employee, *,
               goals: Sequence[dict[str, Any]] | None = None,
               status: str = SheetStatus.DRAFT, **extra) -> GoalSheet:
    """A sheet with goals (default: the seed's three, weights 60/20/20).

    Pass goals=[] for an empty sheet. Confirmed (or scored) sheets get a confirmation time
    and the digest of their goals, as if the employee had confirmed them in the app.
    """
    if status != SheetStatus.DRAFT:
        extra.setdefault("confirmed_at", dt.datetime(2026, 10, 8, 9, 0, tzinfo=dt.UTC))
    sheet = GoalSheet.objects.create(period=period, employee=employee, status=status, **extra)
    for i, spec in enumerate(SEED_GOALS if goals is None else goals):
        make_goal(sheet, order=i, **dict(spec))
    if status != SheetStatus.DRAFT and "confirmed_digest" not in extra:
        sheet.confirmed_digest = goals_digest(sheet.goals.all())
        sheet.save(update_fields=["confirmed_digest"])
    if not goals:
        awaiting.refresh_sheets([sheet.pk])  # make_goal refreshed the others
    return sheet


def make_template(name: str = "", *, position: Position | None = None,
                  sequence: JobSequence | None = None,
                  items: Sequence[dict[str, Any]] | None = None) -> GoalTemplate:
    """A template for a position or a sequence; items default to six goals totalling 100."""
    template = GoalTemplate.objects.create(name=name or f"模板{next(_seq)}",
                                           position=position, sequence=sequence)
    GoalTemplateItem.objects.bulk_create(
        GoalTemplateItem(template=template, order=i, **dict(spec))
        for i, spec in enumerate(six_goals() if items is None else items)
    )
    return template
