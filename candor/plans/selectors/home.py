"""What the home page shows of the improvement plans: what is due, for whom (R4.2, R4.3).

The seeds' complaint is that nothing happens after the talk; the home page is where the
follow-up is put in front of people. The employee sees their open measures and the
checkpoints coming up; anyone sees the measures and promises they own on someone else's
plan; the manager sees the team's open measures, the checkpoints missed, what is at risk
and the follow-ups waiting for a decision; HR sees the promises overdue in their scope and
how many training requests wait.

Every row comes through `candor.access`; each list is one query, capped at PLANS_SHOWN
(with a flag saying there is more), so the page costs the same whatever the company size.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import (
    BooleanField,
    Count,
    ExpressionWrapper,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.utils import timezone

from candor import access
from candor.plans.models import (
    Checkpoint,
    Commitment,
    CommitmentStatus,
    FollowUp,
    FollowUpStatus,
    Measure,
    MeasureStatus,
    PlanStatus,
)
from candor.plans.selectors.training import training_requests, visible_recognitions

CLOSED = (MeasureStatus.DONE, MeasureStatus.DROPPED)
# Each plan list on the home page shows this many rows, then links to the full list.
PLANS_SHOWN = 8
# A checkpoint this close is worth preparing for; further ones are only on the plan page.
DUE_WITHIN_DAYS = 10


def _capped(queryset: QuerySet) -> tuple[list, bool]:
    """The first PLANS_SHOWN rows, and whether there are more (one query)."""
    rows = list(queryset[:PLANS_SHOWN + 1])
    return rows[:PLANS_SHOWN], len(rows) > PLANS_SHOWN


def _open_measures() -> QuerySet[Measure]:
    return Measure.objects.filter(plan__status=PlanStatus.ACTIVE).exclude(status__in=CLOSED)


def _with_next_checkpoint(measures: QuerySet[Measure]) -> QuerySet[Measure]:
    upcoming = Checkpoint.objects.filter(measure=OuterRef("pk"), done_at__isnull=True) \
        .order_by("date", "pk")
    return measures.annotate(next_checkpoint_date=Subquery(upcoming.values("date")[:1]),
                             next_checkpoint_text=Subquery(upcoming.values("text")[:1]))


def _flag_overdue(rows: list, attribute: str, today: dt.date) -> list:
    for row in rows:
        row.overdue = getattr(row, attribute) < today
    return rows


def plan_work(user, *, today: dt.date | None = None) -> dict:
    """The plan work of each of the user's roles; an empty dict for nobody's."""
    today = today or timezone.localdate()
    scope = access.scope_for(user)
    work: dict = {}
    if scope.user_id is None:
        return work
    if scope.employee_id:
        work.update(_own_work(user, scope.employee_id, today))
    if scope.report_ids:
        work.update(_team_work(user, scope.report_ids, today))
    if access.can_see_training_requests(user):
        work.update(_hr_work(user, today))
    return work


def _own_work(user, me: int, today: dt.date) -> dict:
    """The employee's own measures and checkpoints, and what they own on others' plans."""
    work: dict = {}
    my_plans = access.visible_plans(user).filter(employee_id=me, status=PlanStatus.ACTIVE)
    measures, work["my_measures_more"] = _capped(
        _with_next_checkpoint(_open_measures().filter(plan__in=my_plans.values("pk")))
        .order_by("deadline", "order", "pk"))
    work["my_measures"] = _flag_overdue(measures, "deadline", today)
    mine_or_owned = (Q(measure__plan__in=my_plans.values("pk"))
                     | Q(measure__in=access.owned_measures(user).values("pk")))
    checkpoints, work["my_checkpoints_more"] = _capped(
        Checkpoint.objects.filter(mine_or_owned, done_at__isnull=True,
                                  measure__in=_open_measures().values("pk"),
                                  date__lte=today + dt.timedelta(days=DUE_WITHIN_DAYS))
        .select_related("measure__plan__employee").order_by("date", "pk"))
    work["my_checkpoints"] = _flag_overdue(checkpoints, "date", today)
    owned, work["owned_measures_more"] = _capped(
        _with_next_checkpoint(access.owned_measures(user).filter(
            plan__status=PlanStatus.ACTIVE).exclude(status__in=CLOSED)
            .exclude(plan__employee_id=me))
        .select_related("plan__employee").order_by("deadline", "pk"))
    work["owned_measures"] = _flag_overdue(owned, "deadline", today)
    # A promise is tracked until it is delivered, whatever became of its plan since.
    visible = Q(plan__in=access.visible_plans(user).values("pk"))
    commitments, work["my_commitments_more"] = _capped(
        access.owned_commitments(user).filter(status=CommitmentStatus.OPEN)
        .annotate(plan_visible=ExpressionWrapper(visible, output_field=BooleanField()))
        .select_related("plan__employee").order_by("due", "pk"))
    work["my_commitments"] = _flag_overdue(commitments, "due", today)
    work["my_recognition"] = visible_recognitions(user).filter(employee_id=me).first()
    return work


def _team_work(user, reports, today: dt.date) -> dict:
    """The manager line: the team's open measures by status, checkpoints missed, measures
    at risk, and missed plans' follow-ups waiting for a decision."""
    work: dict = {}
    team_plans = access.visible_plans(user).filter(employee_id__in=reports)
    team_open = _open_measures().filter(
        plan__in=team_plans.filter(status=PlanStatus.ACTIVE).values("pk"))
    counts = team_open.aggregate(
        total=Count("pk"),
        not_started=Count("pk", filter=Q(status=MeasureStatus.NOT_STARTED)),
        on_track=Count("pk", filter=Q(status=MeasureStatus.ON_TRACK)),
        at_risk=Count("pk", filter=Q(status=MeasureStatus.AT_RISK)),
        overdue=Count("pk", filter=Q(deadline__lt=today)),
    )
    work["team_measures"] = counts
    work["team_overdue_checkpoints"], work["team_overdue_checkpoints_more"] = _capped(
        Checkpoint.objects.filter(measure__in=team_open.values("pk"), done_at__isnull=True,
                                  date__lt=today)
        .select_related("measure__plan__employee").order_by("date", "pk"))
    at_risk, work["team_at_risk_more"] = _capped(
        team_open.filter(status=MeasureStatus.AT_RISK).select_related("plan__employee")
        .order_by("deadline", "pk"))
    work["team_at_risk"] = _flag_overdue(at_risk, "deadline", today)
    work["follow_ups"], work["follow_ups_more"] = _capped(
        FollowUp.objects.filter(status=FollowUpStatus.PROPOSED,
                                plan__in=team_plans.values("pk"))
        .select_related("plan__employee").order_by("created_at", "pk"))
    return work


def _hr_work(user, today: dt.date) -> dict:
    """HR: promises overdue anywhere in their scope, and the training requests waiting."""
    work: dict = {}
    work["overdue_commitments"], work["overdue_commitments_more"] = _capped(
        access.scope_queryset(
            user, Commitment.objects.filter(status=CommitmentStatus.OPEN, due__lt=today),
            subject="plan__employee")
        .select_related("plan__employee__department").order_by("due", "pk"))
    work["training_requests"] = training_requests(user).count()
    return work
