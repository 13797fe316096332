"""Reads for the period pages: which periods a user sees, and a period's overview.

Both are built on `candor.access` (the sheets and employees a user may see), and run a
fixed number of queries whatever the head count: the overview is paginated and its
per-sheet figures are aggregated in the same query.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.core.paginator import Page, Paginator
from django.db.models import (
    Count,
    Exists,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
)
from django.http import Http404

from candor import access
from candor.org.models import Department
from candor.periods.models import Goal, GoalSheet, Period, PeriodStatus, SheetStatus
from candor.periods.results.selectors import rate_label

PAGE_SIZE = 50

# Overview filters: key → condition on a sheet.
SHEET_FILTERS: dict[str, Q] = {
    "pending": Q(status=SheetStatus.DRAFT, confirmed_at__isnull=True),
    "reconfirm": Q(status=SheetStatus.DRAFT, confirmed_at__isnull=False),
    "confirmed": Q(status=SheetStatus.CONFIRMED),
    "scored": Q(status=SheetStatus.SCORED),
    # a confirmed sheet always has goals (confirming needs weights totalling 100, deleting
    # a goal asks for a new confirmation), so only drafts are looked up: a scored period of
    # 20,000 costs no lookup at all
    "empty": Q(status=SheetStatus.DRAFT) & ~Exists(Goal.objects.filter(sheet=OuterRef("pk"))),
}


def _with_ancestors(dept_ids: set[int]) -> set[int]:
    """The departments and every department above them (a period covers sub-departments)."""
    parents = dict(Department.objects.values_list("pk", "parent_id"))
    found: set[int] = set()
    for dept_id in dept_ids:
        while dept_id is not None and dept_id not in found:
            found.add(dept_id)
            dept_id = parents.get(dept_id)
    return found


def visible_periods(user) -> QuerySet[Period]:
    """HR: every period. Others: periods with a sheet they may see, and periods covering
    the departments of the people they manage (so a manager sees a period before goals are
    handed out)."""
    if access.can_manage_periods(user):
        return Period.objects.all()
    scope = access.scope_for(user)
    if scope.user_id is None:
        return Period.objects.none()
    condition = Q(pk__in=access.visible_sheets(user).values("period_id"))
    others = access.visible_employees(user).exclude(pk=scope.employee_id)
    dept_ids = set(others.order_by().values_list("department_id", flat=True).distinct())
    if dept_ids:
        covering = Period.departments.through.objects.filter(
            department_id__in=_with_ancestors(dept_ids)).values("period_id")
        condition |= Q(pk__in=covering)
    return Period.objects.filter(condition)


def period_list(user) -> QuerySet[Period]:
    """Periods for the list page, each with the user's own sheet (if any) and sheet counts."""
    scope = access.scope_for(user)
    own = GoalSheet.objects.filter(period=OuterRef("pk"), employee_id=scope.employee_id)
    return visible_periods(user).annotate(
        own_sheet_id=Subquery(own.values("pk")[:1]),
    ).order_by("-start_date", "name")


def get_period_for(user, pk: int) -> Period:
    try:
        return visible_periods(user).select_related("grade_scale").get(pk=pk)
    except (Period.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def _page_stats(ids: list[int]) -> dict[int, tuple]:
    """{sheet pk: (goal count, weight total)} for one page of sheets.

    Subqueries per sheet rather than one GROUP BY over `sheet_id IN (…)`: the plan stays a
    few index lookups per sheet even before the database has statistics on the goals
    (right after a bulk load it would otherwise plan a parallel scan for 50 sheets).
    """
    if not ids:
        return {}
    goals = Goal.objects.filter(sheet_id=OuterRef("pk")).order_by().values("sheet_id")
    rows = GoalSheet.objects.filter(pk__in=ids).annotate(
        goal_count=Subquery(goals.annotate(n=Count("pk")).values("n")),
        weight_total=Subquery(goals.annotate(w=Sum("weight")).values("w")),
    )
    return {pk: (n or 0, w) for pk, n, w in rows.values_list("pk", "goal_count", "weight_total")}


def sheet_filters(user, period: Period) -> dict[str, Q]:
    """The overview's status filters; while the period is scored, also the sheets waiting
    for the user's rating (never their own)."""
    filters = dict(SHEET_FILTERS)
    if period.status == PeriodStatus.SCORING:
        own = access.scope_for(user).employee_id
        filters["to_rate"] = Q(rating_pending=True) & ~Q(employee_id=own)
    return filters


def overview_sheets(user, period: Period, *, status_filter: str = "",
                    q: str = "") -> QuerySet[GoalSheet]:
    """The overview's sheets, filtered as the page asks: the page cuts them into pages,
    the goals export writes every goal of them, so both always hold the same sheets."""
    rows = access.visible_sheets(user).filter(period=period)
    filters = sheet_filters(user, period)
    if status_filter in filters:
        rows = rows.filter(filters[status_filter])
    if q:
        rows = rows.filter(Q(employee__name__icontains=q) | Q(employee__employee_no__icontains=q))
    return (rows.select_related("employee__department", "employee__position")
            .order_by("employee__employee_no"))


@dataclass
class Overview:
    page: Page
    counts: dict[str, int]
    total: int
    status_filter: str
    rating: bool = False  # the period is being scored: rows say whose rating is waiting


def period_overview(user, period: Period, *, status_filter: str = "", q: str = "",
                    page: str | int | None = 1) -> Overview:
    """The sheets of a period the user may see, with goal count and weight total per sheet.

    The page of sheets is cut first and only its 50 sheets' goals are aggregated, so a
    period of 20,000 people costs the same handful of queries as one of 20.
    """
    sheets = access.visible_sheets(user).filter(period=period)
    filters = sheet_filters(user, period)
    rating = "to_rate" in filters
    agg = sheets.aggregate(total=Count("pk"), **{
        key: Count("pk", filter=condition) for key, condition in filters.items()})
    total = agg.pop("total")
    rows = overview_sheets(user, period, status_filter=status_filter, q=q)
    paginator = Paginator(rows, PAGE_SIZE)
    if not q and status_filter not in filters:
        paginator.count = total  # already counted above; saves a COUNT(*) per page view
    current = paginator.get_page(page)
    stats = _page_stats([s.pk for s in current])
    for sheet in current:
        goal_count, weight_total = stats.get(sheet.pk, (0, None))
        sheet.goal_count = goal_count
        sheet.weight_total = weight_total or Decimal(0)
        # decided from the scope already loaded: no query per row
        sheet.can_rate = rating and access.can_rate(user, sheet)
        sheet.needs_rating = rating and sheet.rating_pending
        sheet.rate_label = rate_label(user, sheet) if sheet.can_rate else ""
    return Overview(page=current, counts=agg, total=total, rating=rating,
                    status_filter=status_filter if status_filter in filters else "")
