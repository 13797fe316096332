"""Schemas of the periods API (candor.api.periods).

Result fields (a goal's actual, points, rate and rating; a sheet's total, grade, multiplier
and ranks) come out as null unless the caller may see the result (`access.can_see_result`):
an employee reads their own goals before release, but not how they scored.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ninja import Field, Schema

from candor import access
from candor.periods.models import (
    Assessment,
    Direction,
    Goal,
    GoalSheet,
    PeriodKind,
    PeriodStatus,
    Rule,
    SheetStatus,
)
from candor.periods.results.explain import Explanation

# ---- periods -------------------------------------------------------------------------------


class PeriodOut(Schema):
    id: int
    name: str
    kind: PeriodKind
    kind_label: str = Field(alias="get_kind_display")
    start_date: dt.date
    end_date: dt.date
    status: PeriodStatus
    status_label: str = Field(alias="get_status_display")
    department_ids: list[int] = Field(
        description="Departments covered; their sub-departments are covered too.")
    confirm_due: dt.date | None
    scoring_due: dt.date | None
    release_due: dt.date | None
    results_released: bool
    version: int

    @staticmethod
    def resolve_department_ids(obj) -> list[int]:
        return sorted(d.pk for d in obj.departments.all())


class PeriodIn(Schema):
    name: str = Field(max_length=80)
    kind: PeriodKind
    start_date: dt.date
    end_date: dt.date
    department_ids: list[int]
    confirm_due: dt.date | None = None
    scoring_due: dt.date | None = None
    release_due: dt.date | None = None


class AdvanceIn(Schema):
    to: PeriodStatus = Field(description="The next status; releasing has its own endpoint.")


class AssignOut(Schema):
    created: int = Field(description="New sheets.")
    filled: int = Field(description="Sheets that received goals from a template.")
    kept: int = Field(description="Sheets that already had goals and were left alone.")
    without_template: list[str] = Field(description="People no active template applies to.")


class ScoringSummaryOut(Schema):
    sheets: int
    scored: int
    problems: int
    grades: dict[str, int]


# ---- sheets and goals ----------------------------------------------------------------------

def _shows_result(obj: Any, context: dict | None) -> bool:
    """Whether the caller may see this sheet's (or goal's) result; cached on the object.

    Detail views set `api_shows_result` from `access.can_see_result`. The rows of a sheet
    list all come from `access.visible_sheets`, where `can_see_result` can only say no for
    the caller's own sheet (before release): it is asked for that row alone, which keeps
    the list at a fixed number of queries.
    """
    shown = getattr(obj, "api_shows_result", None)
    if shown is None:
        shown = False
        if isinstance(obj, GoalSheet) and context and context.get("request") is not None:
            user = context["request"].auth
            own = access.scope_for(user).employee_id
            shown = access.can_see_result(user, obj) if obj.employee_id == own else True
        obj.api_shows_result = shown
    return shown


def _result(name: str):
    def resolve(obj, context) -> Any:
        return getattr(obj, name) if _shows_result(obj, context) else None
    return staticmethod(resolve)


class SheetOut(Schema):
    id: int
    period_id: int
    employee_id: int
    employee_no: str = Field(alias="employee.employee_no")
    employee_name: str = Field(alias="employee.name")
    department_id: int = Field(alias="employee.department_id")
    department_name: str = Field(alias="employee.department.name")
    status: SheetStatus
    status_label: str = Field(alias="get_status_display")
    confirmed_at: dt.datetime | None
    version: int
    result_visible: bool = Field(False, description="False: the result fields are withheld.")
    total: Decimal | None = None
    grade: str | None = None
    multiplier: Decimal | None = None
    rank_department: int | None = None
    rank_sequence: int | None = None
    score_problem: str | None = Field(None, description="Why the sheet could not be scored.")

    @staticmethod
    def resolve_result_visible(obj, context) -> bool:
        return _shows_result(obj, context)

    resolve_total = _result("total")
    resolve_grade = _result("grade")
    resolve_multiplier = _result("multiplier")
    resolve_rank_department = _result("rank_department")
    resolve_rank_sequence = _result("rank_sequence")
    resolve_score_problem = _result("score_problem")


class GoalOut(Schema):
    id: int
    sheet_id: int
    order: int
    name: str
    unit: str
    target: Decimal | None
    direction: Direction
    weight: Decimal
    rule: Rule
    rule_label: str = Field(alias="get_rule_display")
    points_per_pct: Decimal
    floor: Decimal | None
    cap: Decimal | None
    rating_scale: dict[str, str] = Field(description="Grade → share of the weight it earns.")
    notes: str
    version: int = Field(description="Send back unchanged to detect concurrent edits.")
    result_visible: bool = False
    actual: Decimal | None = None
    manager_points: Decimal | None = None
    rating: str | None = None
    rate_pct: Decimal | None = None
    points: Decimal | None = None

    @staticmethod
    def resolve_rating_scale(obj: Goal) -> dict[str, str]:
        return {str(k): str(v) for k, v in (obj.rating_scale or {}).items()}

    @staticmethod
    def resolve_result_visible(obj, context) -> bool:
        return _shows_result(obj, context)

    resolve_actual = _result("actual")
    resolve_manager_points = _result("manager_points")
    resolve_rating = _result("rating")
    resolve_rate_pct = _result("rate_pct")
    resolve_points = _result("points")


class AbilityRatingOut(Schema):
    id: int
    item_id: int
    item_name: str = Field(alias="item.name")
    item_kind: str = Field(alias="item.kind")
    rating: str
    assessment: Assessment
    assessment_label: str = Field(alias="get_assessment_display")
    case: str
    version: int


class SheetDetailOut(SheetOut):
    period_name: str = Field(alias="period.name")
    period_status: PeriodStatus = Field(alias="period.status")
    digest: str = Field(alias="api_digest",
                        description="Of the goals as shown; send it back when confirming.")
    can_edit_goals: bool = Field(alias="api_can_edit_goals")
    can_rate: bool = Field(alias="api_can_rate")
    can_confirm: bool = Field(alias="api_can_confirm")
    goals: list[GoalOut] = Field(alias="api_goals")
    abilities: list[AbilityRatingOut] = Field(
        alias="api_abilities", description="Empty unless the result is visible.")


class ConfirmIn(Schema):
    """Send `{}` to confirm whatever the goals are now."""

    digest: str = Field("", description="`digest` of the sheet as read; 409 if it changed.")


# Column limits of GoalFields, checked here so a bad number is a 422, not a database error.
TARGET = {"max_digits": 14, "decimal_places": 4}
WEIGHT = {"max_digits": 6, "decimal_places": 2}
PER_PCT = {"max_digits": 6, "decimal_places": 3}
POINTS = {"max_digits": 8, "decimal_places": 2}


class GoalFieldsIn(Schema):
    unit: str | None = Field(None, max_length=20)
    target: Decimal | None = Field(None, **TARGET)
    direction: Direction | None = None
    rule: Rule | None = None
    points_per_pct: Decimal | None = Field(None, **PER_PCT)
    floor: Decimal | None = Field(None, **POINTS)
    cap: Decimal | None = Field(None, **POINTS)
    rating_scale: dict[str, Decimal] | None = Field(
        None, description="Grade → share of the weight, e.g. {\"A\": 1, \"B\": 0.8}.")
    notes: str | None = None
    order: int | None = Field(None, ge=0, le=32767)

    def fields(self) -> dict[str, Any]:
        """Only what was sent (a partial update stays partial), in the service's terms."""
        data = self.dict(exclude_unset=True)
        data.pop("version", None)
        if data.get("rating_scale") is not None:
            data["rating_scale"] = {k.strip().upper(): str(v)
                                    for k, v in data["rating_scale"].items()}
        for name in ("direction", "rule", "points_per_pct"):
            if name in data and data[name] is None:
                del data[name]  # not nullable: null means "leave as is"
        return data


class GoalIn(GoalFieldsIn):
    name: str = Field(max_length=120)
    weight: Decimal = Field(**WEIGHT)


class GoalPatch(GoalFieldsIn):
    """Only the fields sent are changed; `version` is the one the client last read."""

    version: int
    name: str | None = Field(None, max_length=120)
    weight: Decimal | None = Field(None, **WEIGHT)

    def fields(self) -> dict[str, Any]:
        data = super().fields()
        for name in ("name", "weight"):
            if name in data and data[name] is None:
                del data[name]
        return data


class ActualIn(Schema):
    actual: Decimal | None = Field(description="null clears the actual value.")
    version: int | None = Field(None, description="The goal's version as read; 409 if stale.")


class RatingIn(Schema):
    manager_points: Decimal | None = Field(None, description="For manager-rated goals.",
                                           **POINTS)
    rating: str = Field("", max_length=2, description="For goals rated on a grade scale.")
    version: int | None = None


class AbilityIn(Schema):
    rating: str = Field(max_length=2, description="A, B, C or D.")
    assessment: Assessment = Assessment.MEETS
    case: str = Field("", description="Required for a strength or a weakness.")
    version: int | None = None


# ---- the score explanation -----------------------------------------------------------------

class ExplanationLineOut(Schema):
    goal_id: int
    name: str
    weight: Decimal
    rule: Rule
    target: str
    actual: str = Field(description="The actual, the manager's points or the grade.")
    rule_text: str
    achievement: str
    lower_is_better: bool
    deviation: str
    formula: str
    raw_points: Decimal | None
    clamp: str
    points: Decimal | None
    problem: str


class BandRowOut(Schema):
    label: str
    multiplier: Decimal
    range: str
    matched: bool


class RankOut(Schema):
    position: int | None
    size: int = Field(description="Scored sheets in the same group.")


class ExplanationOut(Schema):
    sheet_id: int
    employee_name: str
    period_name: str
    total: Decimal | None = Field(description="As stored by the last scoring.")
    grade: str
    multiplier: Decimal | None
    live_total: Decimal | None = Field(description="Recomputed from the goals as they are.")
    stale: bool = Field(description="The data changed since scoring; the period needs "
                                    "scoring again.")
    lines: list[ExplanationLineOut]
    bands: list[BandRowOut]
    rank_department: RankOut
    rank_sequence: RankOut
    abilities: list[AbilityRatingOut]


def explanation_body(x: Explanation) -> dict[str, Any]:
    sheet = x.sheet
    return {
        "sheet_id": sheet.pk, "employee_name": sheet.employee.name,
        "period_name": sheet.period.name, "total": sheet.total, "grade": sheet.grade,
        "multiplier": sheet.multiplier, "live_total": x.live_total, "stale": x.stale,
        "lines": [{
            "goal_id": line.goal.pk, "name": line.goal.name, "weight": line.goal.weight,
            "rule": line.goal.rule, "target": line.target_text, "actual": line.actual_text,
            "rule_text": line.rule_text, "achievement": line.achievement,
            "lower_is_better": line.lower_is_better, "deviation": line.deviation,
            "formula": line.formula, "raw_points": line.raw_points, "clamp": line.clamp,
            "points": line.points, "problem": line.problem,
        } for line in x.lines],
        "bands": [{"label": b.label, "multiplier": b.multiplier, "range": b.range_text,
                   "matched": b.matched} for b in x.bands],
        "rank_department": {"position": x.rank_department.position,
                            "size": x.rank_department.size},
        "rank_sequence": {"position": x.rank_sequence.position, "size": x.rank_sequence.size},
        "abilities": x.abilities,
    }
