"""What the home page puts in front of each user: their own sheets and the work waiting."""

from __future__ import annotations

from django.db.models import Count, Q

from candor import access
from candor.periods.models import GoalSheet, PeriodStatus, SheetStatus

OPEN_STATUSES = [PeriodStatus.PLANNING, PeriodStatus.GOALS_CONFIRMED, PeriodStatus.IN_PROGRESS,
                 PeriodStatus.SCORING]


def home_work(user) -> dict:
    """Three small queries whatever the company size."""
    scope = access.scope_for(user)
    my_sheets = []
    if scope.employee_id:
        my_sheets = list(
            GoalSheet.objects.filter(employee_id=scope.employee_id)
            .select_related("period").order_by("-period__start_date")[:4]
        )
    team = {}
    if scope.report_ids:
        team = (
            GoalSheet.objects.filter(employee_id__in=scope.report_ids,
                                     period__status__in=OPEN_STATUSES)
            .aggregate(
                unconfirmed=Count("pk", filter=Q(status=SheetStatus.DRAFT,
                                                 period__status=PeriodStatus.PLANNING)),
                to_rate=Count("pk", filter=Q(period__status=PeriodStatus.SCORING)
                              & ~Q(status=SheetStatus.SCORED)),
            )
        )
    return {"my_sheets": my_sheets, "team_work": team}
