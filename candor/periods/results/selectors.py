"""Reads for the results pages: the period overview, the actuals list, the rating page and
the compact result shown on a sheet. Each list runs a fixed number of queries per page.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.core.paginator import Page, Paginator
from django.db.models import Case, Count, Exists, F, OuterRef, Q, QuerySet, When
from django.urls import reverse
from django.utils.translation import gettext as _

from candor import access
from candor.periods.models import (
    UNRATED_GOAL,
    AbilityItem,
    AbilityRating,
    Goal,
    GoalSheet,
    Period,
    PeriodStatus,
    Rule,
    SheetStatus,
)
from candor.periods.results.problems import plain
from candor.periods.setup.display import rule_text

OVERVIEW_PAGE_SIZE = 50
ACTUALS_PAGE_SIZE = 100


@dataclass(frozen=True)
class SheetResult:
    """What the sheet page shows of a result, built only for someone allowed to see it."""

    scored: bool
    total: Decimal | None
    grade: str
    multiplier: Decimal | None
    rank_department: int | None
    rank_sequence: int | None
    problem: str
    explain_url: str


def sheet_result(user, sheet: GoalSheet) -> SheetResult | None:
    """None when the user may not see the result (e.g. the employee before release)."""
    if not access.can_see_result(user, sheet):
        return None
    return SheetResult(
        scored=sheet.status == SheetStatus.SCORED, total=sheet.total, grade=sheet.grade,
        multiplier=sheet.multiplier, rank_department=sheet.rank_department,
        rank_sequence=sheet.rank_sequence, problem=sheet.score_problem,
        explain_url=reverse("periods:results_explain", args=[sheet.pk]),
    )


def can_view_overview(user) -> bool:
    """HR, and managers for their people; an employee's own result is on their sheet."""
    scope = access.scope_for(user)
    return access.can_manage_periods(user) or scope.is_manager or scope.is_clerk


def sheets_in_view(user, period: Period) -> QuerySet[GoalSheet]:
    """The period's sheets in the user's scope; their own is left out until release, so
    neither the table nor the grade counts show it early."""
    qs = access.visible_sheets(user).filter(period=period)
    own = access.scope_for(user).employee_id
    if own is not None and not period.results_released:
        qs = qs.exclude(employee_id=own)
    return qs


@dataclass(frozen=True)
class GradeCount:
    label: str
    multiplier: Decimal | None
    count: int


@dataclass(frozen=True)
class Overview:
    page: Page
    grades: list[GradeCount]
    sheets: int
    scored: int
    with_problem: int  # could not be scored; the reason is in score_problem
    not_computed: int  # not scored yet, and no scoring pass has complained about them


def overview(user, period: Period, *, q: str = "", department: str = "",
             only_problems: bool = False, page: str | int | None = 1) -> Overview:
    """Grade counts over the user's scope and one page of sheets.

    `department` is a department's id (from a link) or part of its name or code. The
    page is ordered by employee number, which the database reads off an index and stops
    after one page; ordered by rank once narrowed to a department. The "n" of each rank
    is stored on the sheet by the scoring pass, so no request counts the groups.
    """
    base = sheets_in_view(user, period)
    by_grade: dict[str, int] = defaultdict(int)
    sheets = with_problem = 0
    for status, grade, n, problem in (
            base.order_by().values_list("status", "grade")
            .annotate(n=Count("pk"), problem=Count("pk", filter=~Q(score_problem="")))
            .values_list("status", "grade", "n", "problem")):
        sheets += n
        if status == SheetStatus.SCORED:
            by_grade[grade] += n
        else:
            with_problem += problem
    scored = sum(by_grade.values())
    grades = [GradeCount(b.label, b.multiplier, by_grade.pop(b.label, 0))
              for b in sorted(period.grade_scale.bands.all(),
                              key=lambda b: b.lower if b.lower is not None else Decimal("-1e9"),
                              reverse=True)]
    grades += [GradeCount(label, None, n) for label, n in by_grade.items()]
    rows = overview_rows(user, period, q=q, department=department,
                         only_problems=only_problems, base=base)
    filtered = bool(q or department.strip() or only_problems)
    paginator = Paginator(rows, OVERVIEW_PAGE_SIZE)
    if not filtered:
        paginator.count = sheets  # already counted above; saves a COUNT(*) per page view
    return Overview(page=paginator.get_page(page), grades=grades, sheets=sheets, scored=scored,
                    with_problem=with_problem, not_computed=sheets - scored - with_problem)


def overview_rows(user, period: Period, *, q: str = "", department: str = "",
                  only_problems: bool = False,
                  base: QuerySet[GoalSheet] | None = None) -> QuerySet[GoalSheet]:
    """The overview's table rows, filtered as the page asks: the page cuts them into pages,
    the Excel export writes them all, so both always hold the same sheets."""
    rows = (sheets_in_view(user, period) if base is None else base).select_related(
        "employee__department", "employee__position__sequence")
    department = department.strip()
    if q:
        rows = rows.filter(Q(employee__name__icontains=q) | Q(employee__employee_no__icontains=q))
    if department.isdigit():
        rows = rows.filter(employee__department_id=int(department))
    elif department:
        rows = rows.filter(Q(employee__department__name__icontains=department)
                           | Q(employee__department__code__iexact=department))
    if only_problems:
        rows = rows.exclude(status=SheetStatus.SCORED)
    if department:
        return rows.order_by("employee__department__code",
                             F("rank_department").asc(nulls_last=True), "employee__employee_no")
    return rows.order_by("employee__employee_no")


def actual_goals(user, period: Period, *, q: str = "", missing_only: bool = False,
                 page: str | int | None = 1) -> Page:
    """Goals that take an actual value, for the people in the user's scope."""
    goals = (Goal.objects.filter(sheet__in=access.visible_sheets(user).filter(period=period),
                                 rule=Rule.LINEAR)
             .select_related("sheet__employee"))
    if q:
        goals = goals.filter(Q(sheet__employee__name__icontains=q)
                             | Q(sheet__employee__employee_no__icontains=q)
                             | Q(name__icontains=q))
    if missing_only:
        goals = goals.filter(actual__isnull=True)
    goals = goals.order_by("sheet__employee__employee_no", "order", "pk")
    return Paginator(goals, ACTUALS_PAGE_SIZE).get_page(page)


def with_texts(goal: Goal) -> Goal:
    """Numbers as a person writes them (3200, not 3200.0000) for inputs and cells."""
    goal.target_text = plain(goal.target)
    goal.actual_text = plain(goal.actual)
    goal.points_text = plain(goal.manager_points)
    goal.rule_text = rule_text(goal)
    return goal


@dataclass(frozen=True)
class AbilityRow:
    item: AbilityItem
    rating: AbilityRating | None


def rating_rows(sheet: GoalSheet) -> tuple[list[Goal], list[AbilityRow]]:
    """Judgement goals, and every active ability item with its rating if given."""
    goals = [with_texts(g) for g in sheet.goals.filter(rule__in=[Rule.MANAGER, Rule.RATING])]
    ratings = {r.item_id: r for r in sheet.abilities.all()}
    items = AbilityItem.objects.filter(Q(is_active=True) | Q(pk__in=list(ratings)))
    return goals, [AbilityRow(item, ratings.get(item.pk))
                   for item in items.order_by("kind", "order", "name")]


def needs_rating() -> Q:
    """A sheet still waiting for its manager line: a judgement goal without points or grade,
    or an active ability or attitude item not rated yet. For filter() on a few sheets: the
    subqueries are correlated, run once per sheet; the answer is stored on each sheet as
    `rating_pending` (see periods.results.awaiting) for counting over a whole period."""
    unrated_goal = Goal.objects.filter(sheet_id=OuterRef("pk")).filter(UNRATED_GOAL)
    rated_items = AbilityRating.objects.filter(sheet_id=OuterRef(OuterRef("pk")))
    unrated_item = AbilityItem.objects.filter(is_active=True).exclude(
        pk__in=rated_items.values("item_id"))
    return Q(Exists(unrated_goal)) | Q(Exists(unrated_item))


def ratable_sheets(user, period: Period) -> QuerySet[GoalSheet]:
    """The period's sheets the user may rate: those in scope, never their own
    (the same rule as access.can_rate, as a query)."""
    qs = access.visible_sheets(user).filter(period=period)
    own = access.scope_for(user).employee_id
    return qs.exclude(employee_id=own) if own is not None else qs


def next_to_rate(user, sheet: GoalSheet) -> GoalSheet | None:
    """The next sheet (by employee number, wrapping round) in the user's scope still
    waiting for rating, so the rating page leads on instead of ending. One query."""
    if sheet.period.status not in (PeriodStatus.IN_PROGRESS, PeriodStatus.SCORING):
        return None
    after = Case(When(employee__employee_no__gt=sheet.employee.employee_no, then=0), default=1)
    return (ratable_sheets(user, sheet.period).exclude(pk=sheet.pk).filter(needs_rating())
            .select_related("employee").order_by(after, "employee__employee_no").first())


def rate_label(user, sheet: GoalSheet) -> str:
    """The manager line rates; HR and clerks only step in to rate or correct."""
    if access.is_in_manager_line(user, sheet.employee):
        return _("上级评分")
    return _("评分/更正")
