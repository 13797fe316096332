"""What the home page puts in front of each user: their own sheets and the work waiting."""

from __future__ import annotations

from django.db.models import BooleanField, Count, ExpressionWrapper, Min, Q

from candor import access
from candor.periods.models import GoalSheet, PeriodStatus, SheetStatus
from candor.periods.results.selectors import needs_rating

OPEN_STATUSES = [PeriodStatus.PLANNING, PeriodStatus.GOALS_CONFIRMED, PeriodStatus.IN_PROGRESS,
                 PeriodStatus.SCORING]
TO_RATE_SHOWN = 10


def home_work(user) -> dict:
    """At most three small queries whatever the company size.

    `to_rate` names the reports whose sheets wait for the manager's rating (at most
    TO_RATE_SHOWN; `team_work.to_rate` has the full count), each linking to the rating page.
    """
    scope = access.scope_for(user)
    my_sheets = []
    if scope.employee_id:
        my_sheets = list(
            GoalSheet.objects.filter(employee_id=scope.employee_id)
            .select_related("period").order_by("-period__start_date")[:4]
        )
    team: dict = {}
    to_rate: list[GoalSheet] = []
    if scope.report_ids:
        waiting = Q(period__status=PeriodStatus.SCORING) & Q(awaits_rating=True)
        reports = GoalSheet.objects.filter(employee_id__in=scope.report_ids).annotate(
            awaits_rating=ExpressionWrapper(needs_rating(), output_field=BooleanField()))
        team = reports.filter(period__status__in=OPEN_STATUSES).aggregate(
            unconfirmed=Count("pk", filter=Q(status=SheetStatus.DRAFT,
                                             period__status=PeriodStatus.PLANNING)),
            to_rate=Count("pk", filter=waiting),
            to_rate_periods=Count("period", filter=waiting, distinct=True),
            to_rate_period=Min("period_id", filter=waiting),
        )
        if team["to_rate"]:
            to_rate = list(reports.filter(waiting).select_related("employee", "period")
                           .order_by("period__start_date", "employee__employee_no")
                           [:TO_RATE_SHOWN])
    return {"my_sheets": my_sheets, "team_work": team, "to_rate": to_rate}
