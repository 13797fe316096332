"""Keeping `GoalSheet.rating_pending` in step with the goals and ability ratings.

The period page counts, over every sheet of a period, the ones still waiting for their
manager line; worked out from the goals and ratings that costs a pass over the period's
140,000 goals and ratings per request at 20,000 people. So the answer is stored on the
sheet, and every service that changes what it depends on (a judgement goal added, edited,
rated or deleted; an ability rated; an ability item added, retired or brought back; the
period entering scoring) refreshes it here, in the same transaction, with one UPDATE.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import BooleanField, ExpressionWrapper, QuerySet

from candor.periods.models import GoalSheet, Period, PeriodStatus
from candor.periods.results.selectors import needs_rating

# where the stored answer is read: ability item changes refresh the sheets of these periods
OPEN = (PeriodStatus.PLANNING, PeriodStatus.GOALS_CONFIRMED, PeriodStatus.IN_PROGRESS,
        PeriodStatus.SCORING)


def refresh(sheets: QuerySet[GoalSheet]) -> int:
    """Recompute the flag for these sheets from their goals and ratings."""
    return sheets.update(rating_pending=ExpressionWrapper(needs_rating(),
                                                         output_field=BooleanField()))


def refresh_sheets(sheet_ids: Iterable[int]) -> int:
    return refresh(GoalSheet.objects.filter(pk__in=list(sheet_ids)))


def refresh_period(period: Period) -> int:
    return refresh(GoalSheet.objects.filter(period=period))


def refresh_open_periods() -> int:
    """After the set of active ability items changed: every sheet not yet released."""
    return refresh(GoalSheet.objects.filter(period__status__in=OPEN))
