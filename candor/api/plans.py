"""Improvement plans over the API (R4, issue 5 item 8): plans, measures and their
checkpoints, promised support and the follow-ups of a missed plan.

Every object comes through `candor.access` as on the pages: a plan out of scope answers 404
(and reading someone else's is logged); a measure or promise is also reachable by its owner
when it sits on a plan they cannot otherwise see. A caller who sees an object but may not
act on it gets 403. Refusals from the services answer 400 with their translated message, a
change made in between (a stale `version`) 409.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Router
from ninja.errors import HttpError
from ninja.pagination import PageNumberPagination, paginate

from candor import access
from candor.accounts.models import User
from candor.api.org import ErrorOut
from candor.api.plans_schemas import (
    CommitmentOut,
    DecisionIn,
    DeliverIn,
    FindingsOut,
    FollowUpOut,
    MeasureIn,
    MeasureOut,
    PlanDetailOut,
    PlanOut,
    ProgressIn,
)
from candor.core.errors import DomainError
from candor.plans import smart
from candor.plans.models import Commitment, CommitmentStatus, FollowUp, Measure
from candor.plans.selectors import plans as selectors
from candor.plans.services import tracking

router = Router(tags=["plans"])

REFUSED = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut}
CONFLICT = {**REFUSED, 409: ErrorOut}


def _caller(request: HttpRequest) -> User:
    return request.auth  # set by candor.api.auth; anonymous calls never get this far


def _local(value):
    return timezone.localtime(value) if value is not None else None


def _person(employee) -> dict:
    return {"id": employee.pk, "name": employee.name, "employee_no": employee.employee_no}


def _measure_out(view: selectors.MeasureView) -> dict:
    """One measure as the plan page lays it out, with the caller's rights."""
    m = view.measure
    return {
        "id": m.pk, "plan_id": m.plan_id, "order": m.order, "text": m.text, "steps": m.steps,
        "owner_id": m.owner_id, "owner_name": m.owner_name, "deadline": m.deadline,
        "support_type": m.support_type, "support_type_label": m.get_support_type_display(),
        "support": m.support, "status": m.status, "status_label": m.get_status_display(),
        "status_reason": m.status_reason, "findings": view.findings,
        "final_status": m.final_status or None, "final_comment": m.final_comment,
        "overdue": view.overdue, "can_report": view.can_report, "can_edit": view.can_edit,
        "checkpoints": [{"id": cv.checkpoint.pk, "date": cv.checkpoint.date,
                         "text": cv.checkpoint.text, "done_at": _local(cv.checkpoint.done_at),
                         "note": cv.checkpoint.note, "overdue": cv.overdue}
                        for cv in view.checkpoints],
        "notes": [{"id": n.pk, "checkpoint_id": n.checkpoint_id, "author_name": n.author_name,
                   "status": n.status, "status_label": n.get_status_display(),
                   "text": n.text, "created_at": _local(n.created_at)} for n in view.notes],
        "version": m.version,
    }


def _one_measure(user: User, measure: Measure) -> dict:
    """The measure as its plan's page computes it (fixed queries, whatever the plan)."""
    page = selectors.plan_page(user, measure.plan)
    return _measure_out(next(v for v in page.measures if v.measure.pk == measure.pk))


# ---- reads that are not one plan (declared before /plans/{plan_id}, which would match) ---

@router.get("/plans/smart-check", response=FindingsOut)
def smart_check(request: HttpRequest, text: str = "", owner: str = "",
                deadline: str = "") -> dict:
    """The SMART checker's findings for a measure being written, with their reasons, in
    the caller's language. `deadline` is a date (2026-12-31) or empty; the checker also
    reads deadlines written in the text."""
    return {"findings": [f.as_dict() for f in smart.check(
        text[:2000], owner=owner[:60], deadline=deadline[:60], today=timezone.localdate())]}


# The list views keep to builtin parameter types: @paginate wraps them, and ninja evaluates
# the (postponed) annotations in ninja.pagination's namespace, where our schemas are unknown.
@router.get("/plans/commitments", response=list[CommitmentOut])
@paginate(PageNumberPagination)
def list_commitments(request: HttpRequest, mine: bool = False, overdue: bool = False,
                     status: str = "") -> QuerySet:
    """Promised support on the plans the caller sees, and the promises they own on other
    plans; earliest due first. `mine`: only the caller's own; `overdue`: open and past due;
    `status`: open, delivered or cancelled."""
    user = _caller(request)
    commitments = Commitment.objects.filter(
        Q(plan__in=access.visible_plans(user).values("pk"))
        | Q(pk__in=access.owned_commitments(user).values("pk")))
    if mine:
        commitments = commitments.filter(pk__in=access.owned_commitments(user).values("pk"))
    if overdue:
        commitments = commitments.filter(status=CommitmentStatus.OPEN,
                                          due__lt=timezone.localdate())
    if status:
        commitments = commitments.filter(status=status)
    return commitments.select_related("plan__employee").order_by("due", "pk")


@router.get("/plans", response=list[PlanOut])
@paginate(PageNumberPagination)
def list_plans(request: HttpRequest, status: str = "", employee_id: int | None = None
               ) -> QuerySet:
    """The plans the caller may see, latest first, with their progress: measures done,
    the next checkpoint, and what is overdue. Filters: status (active, met, missed),
    employee_id."""
    plans = selectors.plans_for(_caller(request), selectors.Filters(status=status))
    if employee_id is not None:
        plans = plans.filter(employee_id=employee_id)
    return plans


@router.get("/plans/{plan_id}", response={200: PlanDetailOut, 404: ErrorOut})
def get_plan(request: HttpRequest, plan_id: int) -> dict:
    """One plan: its measures with checkpoints, SMART findings and progress notes, the
    promised support, the follow-ups of a missed plan and the recognition of a met one."""
    user = _caller(request)
    plan = access.get_plan_for(user, plan_id, request=request, what="api.plan")
    page = selectors.plan_page(user, plan)
    return {
        "id": plan.pk, "employee": _person(plan.employee), "manager": _person(plan.manager),
        "department_name": plan.employee.department.name, "status": plan.status,
        "status_label": plan.get_status_display(), "interview_id": plan.record.interview_id,
        "revision_of_id": plan.revision_of_id,
        "revision_ids": [r.pk for r in page.revisions],
        "created_at": _local(plan.created_at), "closed_at": _local(plan.closed_at),
        "can_steer": page.can_steer,
        "measures": [_measure_out(view) for view in page.measures],
        "commitments": [cv.commitment for cv in page.commitments],
        "follow_ups": page.follow_ups, "recognition": page.recognition,
        "version": plan.version,
    }


# ---- measures ------------------------------------------------------------------------------

@router.post("/plans/measures/{measure_id}/progress", response={200: MeasureOut, **CONFLICT})
def record_progress(request: HttpRequest, measure_id: int, payload: ProgressIn) -> dict:
    """A progress note with the measure's new status, optionally closing one of its
    checkpoints: the owner, the employee, the manager line and HR. Dropping a measure needs
    the reason in `text`."""
    user = _caller(request)
    measure = selectors.get_measure_for(user, measure_id, request=request,
                                        what="api.plan_measure")
    if not access.can_report_progress(user, measure):
        raise HttpError(403, _("您不能更新这项措施的进展。"))
    checkpoint = None
    if payload.checkpoint_id is not None:
        checkpoint = measure.checkpoints.filter(pk=payload.checkpoint_id).first()
        if checkpoint is None:
            raise DomainError(_("检查点不属于这项措施。"), code="checkpoint")
    tracking.record_progress(actor=user, measure=measure, status=payload.status.value,
                             text=payload.text, checkpoint=checkpoint,
                             version=payload.version)
    return _one_measure(user, measure)


@router.put("/plans/measures/{measure_id}", response={200: MeasureOut, **CONFLICT})
def edit_measure(request: HttpRequest, measure_id: int, payload: MeasureIn) -> dict:
    """Rework a measure of an active plan (the manager line and HR): the SMART check runs
    again and the reminders follow the new dates."""
    user = _caller(request)
    measure = selectors.get_measure_for(user, measure_id, request=request,
                                        what="api.plan_measure")
    if not access.can_steer_plan(user, measure.plan):
        raise HttpError(403, _("您不能修改这项措施。"))
    tracking.edit_measure(actor=user, measure=measure, text=payload.text,
                          owner_name=payload.owner_name, deadline=payload.deadline,
                          checkpoints=payload.checkpoints, version=payload.version)
    return _one_measure(user, measure)


# ---- promises and follow-ups ---------------------------------------------------------------

@router.post("/plans/commitments/{commitment_id}/deliver",
             response={200: CommitmentOut, **REFUSED})
def deliver_commitment(request: HttpRequest, commitment_id: int, payload: DeliverIn
                       ) -> Commitment:
    """Mark promised support delivered, or cancel it with a note: its owner, the manager
    line and HR. The employee is told."""
    user = _caller(request)
    commitment = selectors.get_commitment_for(user, commitment_id, request=request)
    if not access.can_deliver(user, commitment):
        raise HttpError(403, _("您不能更新这项承诺。"))
    tracking.deliver_commitment(actor=user, commitment=commitment, note=payload.note,
                                cancel=payload.cancel)
    return Commitment.objects.select_related("plan__employee").get(pk=commitment.pk)


@router.post("/plans/follow-ups/{follow_up_id}/decision",
             response={200: FollowUpOut, **REFUSED})
def decide_follow_up(request: HttpRequest, follow_up_id: int, payload: DecisionIn
                     ) -> FollowUp:
    """The manager line or HR accepts a missed plan's proposal (the other is then declined;
    a revision opens a new plan, see `revision_id`) or declines it with a reason."""
    user = _caller(request)
    follow_up = selectors.get_follow_up_for(user, follow_up_id, request=request)
    if not access.can_steer_plan(user, follow_up.plan):
        raise HttpError(403, _("您不能决定这项后续安排。"))
    tracking.decide_follow_up(actor=user, follow_up=follow_up, accept=payload.accept,
                              reason=payload.reason, months=payload.months)
    return FollowUp.objects.select_related("decided_by").get(pk=follow_up.pk)
