"""Reads for the plan pages: the list with its progress columns, one plan laid out like a
form, and the getters for a measure, a commitment or a follow-up.

Every object comes through `candor.access`: a plan through `visible_plans`, and a measure or
commitment also when the user owns it on someone else's plan (the owner sees what they are
responsible for, nothing else of that plan).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpRequest
from django.utils import timezone

from candor import access
from candor.org.models import Department
from candor.plans import smart
from candor.plans.models import (
    Checkpoint,
    Commitment,
    CommitmentStatus,
    FollowUp,
    FollowUpStatus,
    Measure,
    MeasureStatus,
    Plan,
    PlanStatus,
    ProgressNote,
    Recognition,
)

CLOSED = (MeasureStatus.DONE, MeasureStatus.DROPPED)
WHO_MINE, WHO_TEAM = "mine", "team"


# --- getters -------------------------------------------------------------------------------

def get_measure_for(user, pk, *, request: HttpRequest | None = None,
                    what: str = "plan_measure") -> Measure:
    """The measure if its plan is visible or the user owns it; else 404 (and logged)."""
    condition = Q(plan__in=access.visible_plans(user).values("pk"))
    condition |= Q(pk__in=access.owned_measures(user).values("pk"))
    try:
        measure = Measure.objects.filter(condition).select_related(
            "owner", "plan__employee__department", "plan__manager", "plan__record__interview",
        ).get(pk=pk)
    except (Measure.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    access.log_access(user=user, subject=measure.plan.employee, what=what, request=request,
                      obj=measure)
    return measure


def get_commitment_for(user, pk, *, request: HttpRequest | None = None) -> Commitment:
    condition = Q(plan__in=access.visible_plans(user).values("pk"))
    condition |= Q(pk__in=access.owned_commitments(user).values("pk"))
    try:
        commitment = Commitment.objects.filter(condition).select_related(
            "owner", "plan__employee", "plan__manager").get(pk=pk)
    except (Commitment.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    access.log_access(user=user, subject=commitment.plan.employee, what="plan_commitment",
                      request=request, obj=commitment)
    return commitment


def get_follow_up_for(user, pk, *, request: HttpRequest | None = None) -> FollowUp:
    try:
        follow_up = FollowUp.objects.filter(
            plan__in=access.visible_plans(user).values("pk")).select_related(
            "plan__employee", "plan__manager").get(pk=pk)
    except (FollowUp.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    access.log_access(user=user, subject=follow_up.plan.employee, what="plan_follow_up",
                      request=request, obj=follow_up)
    return follow_up


def can_see_plan(user, plan: Plan) -> bool:
    return access.visible_plans(user).filter(pk=plan.pk).exists()


# --- the list ------------------------------------------------------------------------------

@dataclass
class Filters:
    who: str = ""
    status: str = ""
    department: int | None = None


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def parse_filters(params) -> Filters:
    return Filters(
        who=params.get("who", "") if params.get("who") in (WHO_MINE, WHO_TEAM) else "",
        status=params.get("status", "") if params.get("status") in PlanStatus.values else "",
        department=_int(params.get("department")),
    )


def department_choices(user) -> list[Department]:
    """HR filters by department: every one for the specialist, their own for a clerk."""
    scope = access.scope_for(user)
    if scope.sees_everyone:
        return list(Department.objects.filter(is_active=True).order_by("code"))
    if scope.is_clerk:
        return list(Department.objects.filter(pk__in=scope.clerk_department_ids)
                    .order_by("code"))
    return []


def _count(queryset: QuerySet, group: str) -> Coalesce:
    """A correlated COUNT: one query for the page however many plans it shows."""
    counted = queryset.order_by().values(group).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def plans_for(user, filters: Filters, *, today: date | None = None) -> QuerySet[Plan]:
    today = today or timezone.localdate()
    scope = access.scope_for(user)
    qs = access.visible_plans(user)
    if filters.status:
        qs = qs.filter(status=filters.status)
    if filters.department and (scope.sees_everyone or scope.is_clerk):
        qs = qs.filter(employee__department_id__in=access.department_subtree_ids(
            [filters.department]))
    if filters.who == WHO_MINE:
        qs = qs.filter(employee_id=scope.employee_id or 0)
    elif filters.who == WHO_TEAM:
        qs = qs.filter(employee_id__in=scope.report_ids)
    measures = Measure.objects.filter(plan=OuterRef("pk"))
    open_points = Checkpoint.objects.filter(
        measure__plan=OuterRef("pk"), done_at__isnull=True).exclude(measure__status__in=CLOSED)
    next_point = open_points.order_by("date", "pk")
    return qs.annotate(
        measures_total=_count(measures, "plan"),
        measures_done=_count(measures.filter(status=MeasureStatus.DONE), "plan"),
        next_checkpoint_date=Subquery(next_point.values("date")[:1]),
        next_checkpoint_text=Subquery(next_point.values("text")[:1]),
        overdue_checkpoints=_count(open_points.filter(date__lt=today), "measure__plan"),
        overdue_measures=_count(measures.exclude(status__in=CLOSED)
                                .filter(deadline__lt=today), "plan"),
        overdue_commitments=_count(Commitment.objects.filter(
            plan=OuterRef("pk"), status=CommitmentStatus.OPEN, due__lt=today), "plan"),
    ).select_related("employee__department", "manager", "record__interview").order_by(
        "-created_at", "-pk")


def foreign_measures(user) -> QuerySet[Measure]:
    """Measures the user owns on plans they cannot otherwise see (a colleague helping)."""
    return (access.owned_measures(user)
            .filter(plan__status=PlanStatus.ACTIVE)
            .exclude(plan__in=access.visible_plans(user).values("pk"))
            .exclude(status__in=CLOSED)
            .select_related("plan__employee").order_by("deadline", "pk"))


# --- one plan ------------------------------------------------------------------------------

@dataclass
class CheckpointView:
    checkpoint: Checkpoint
    overdue: bool


@dataclass
class MeasureView:
    measure: Measure
    checkpoints: list[CheckpointView]
    notes: list[ProgressNote]
    findings: list[dict]
    overdue: bool
    can_report: bool
    can_edit: bool


def display_findings(measure: Measure, *, today: date) -> list[dict]:
    """The stored findings, worded in the reader's language: the checker is deterministic,
    so a finding it still makes is shown as it words it now; one it no longer makes (the
    rules changed, or the deadline was filled in when the plan was made) as stored."""
    if not measure.findings:
        return []
    fresh = {f.code: f.as_dict() for f in smart.check(
        measure.text, owner=measure.owner_name, deadline=measure.deadline.isoformat(),
        today=today)}
    return [fresh.get(f.get("code"), f) for f in measure.findings]


@dataclass
class CommitmentView:
    commitment: Commitment
    overdue: bool
    can_deliver: bool


@dataclass
class PlanPage:
    plan: Plan
    measures: list[MeasureView]
    commitments: list[CommitmentView]
    follow_ups: list[FollowUp]
    recognition: Recognition | None
    revisions: list[Plan]
    can_steer: bool
    open_follow_ups: bool = field(default=False)


def plan_page(user, plan: Plan, *, today: date | None = None) -> PlanPage:
    """Everything the plan page shows, in a fixed number of queries."""
    today = today or timezone.localdate()
    active = plan.status == PlanStatus.ACTIVE
    can_steer = access.can_steer_plan(user, plan)
    measures = plan.measures.select_related("owner").prefetch_related(
        Prefetch("checkpoints", queryset=Checkpoint.objects.order_by("date", "pk")),
        Prefetch("notes", queryset=ProgressNote.objects.select_related("checkpoint")
                 .order_by("-created_at", "-pk")))
    measure_views = []
    for measure in measures:
        measure.plan = plan  # access checks read the plan's employee: no query per row
        still_open = active and measure.is_open
        measure_views.append(MeasureView(
            measure=measure,
            checkpoints=[CheckpointView(cp, still_open and cp.done_at is None
                                        and cp.date < today)
                         for cp in measure.checkpoints.all()],
            notes=list(measure.notes.all()),
            findings=display_findings(measure, today=today),
            overdue=still_open and measure.deadline < today,
            can_report=active and access.can_report_progress(user, measure),
            can_edit=active and can_steer))
    commitments = []
    for commitment in plan.commitments.select_related("owner"):
        commitment.plan = plan
        is_open = commitment.status == CommitmentStatus.OPEN
        commitments.append(CommitmentView(
            commitment=commitment, overdue=is_open and commitment.due < today,
            can_deliver=is_open and access.can_deliver(user, commitment)))
    follow_ups = list(plan.follow_ups.select_related("decided_by", "revision")
                      .order_by("pk"))
    return PlanPage(
        plan=plan, measures=measure_views, commitments=commitments, follow_ups=follow_ups,
        recognition=Recognition.objects.filter(plan=plan).first(),
        revisions=list(plan.revisions.order_by("created_at")),
        can_steer=can_steer,
        open_follow_ups=any(f.status == FollowUpStatus.PROPOSED for f in follow_ups))
