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
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
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
from candor.periods.results.selectors import needs_rating, rate_label

PAGE_SIZE = 50

# Overview filters: key → condition on a sheet.
SHEET_FILTERS: dict[str, Q] = {
    "pending": Q(status=SheetStatus.DRAFT, confirmed_at__isnull=True),
    "reconfirm": Q(status=SheetStatus.DRAFT, confirmed_at__isnull=False),
    "confirmed": Q(status=SheetStatus.CONFIRMED),
    "scored": Q(status=SheetStatus.SCORED),
    "empty": Q(has_goals=False),
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
    has_goals = Exists(Goal.objects.filter(sheet=OuterRef("pk")))
    sheets = access.visible_sheets(user).filter(period=period)
    filters = dict(SHEET_FILTERS)
    rating = period.status == PeriodStatus.SCORING
    if rating:
        # the sheets the user may rate (never their own) that still wait for a rating
        own = access.scope_for(user).employee_id
        sheets = sheets.annotate(awaits_rating=ExpressionWrapper(
            needs_rating(), output_field=BooleanField()))
        filters["to_rate"] = Q(awaits_rating=True) & ~Q(employee_id=own)
    agg = sheets.annotate(has_goals=has_goals).aggregate(total=Count("pk"), **{
        key: Count("pk", filter=condition) for key, condition in filters.items()})
    total = agg.pop("total")
    rows = sheets
    if status_filter in filters:
        rows = rows.annotate(has_goals=has_goals).filter(filters[status_filter])
    if q:
        rows = rows.filter(Q(employee__name__icontains=q) | Q(employee__employee_no__icontains=q))
    rows = (rows.select_related("employee__department", "employee__position")
            .order_by("employee__employee_no"))
    current = Paginator(rows, PAGE_SIZE).get_page(page)
    stats = {row["sheet_id"]: row for row in Goal.objects.filter(
        sheet_id__in=[s.pk for s in current]).values("sheet_id").annotate(
        goal_count=Count("pk"), weight_total=Sum("weight"))}
    for sheet in current:
        row = stats.get(sheet.pk, {})
        sheet.goal_count = row.get("goal_count", 0)
        sheet.weight_total = row.get("weight_total") or Decimal(0)
        # decided from the scope already loaded: no query per row
        sheet.can_rate = rating and access.can_rate(user, sheet)
        sheet.needs_rating = rating and sheet.awaits_rating
        sheet.rate_label = rate_label(user, sheet) if sheet.can_rate else ""
    return Overview(page=current, counts=agg, total=total, rating=rating,
                    status_filter=status_filter if status_filter in filters else "")
