"""Reads for HR's training requests and the recognition list (R4.3).

Training requests are what the plans asked for: measures whose support is training (by type,
or named in the support text of older rows) on active plans, and promised support whose text
mentions training. Both kinds come as one paged list, sorted by when they are needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import CharField, F, Q, QuerySet, Value
from django.utils import timezone

from candor import access
from candor.plans.models import (
    Commitment,
    CommitmentStatus,
    Measure,
    MeasureStatus,
    PlanStatus,
    Recognition,
    SupportType,
)

TRAINING_WORDS = ("培训", "training", "course", "课程")
KIND_MEASURE, KIND_COMMITMENT = "measure", "commitment"
COLUMNS = ("kind", "pk", "plan_id", "employee_pk", "employee_name", "department_name",
           "text", "support_text", "due_on", "status")


def _mentions_training(lookup: str) -> Q:
    condition = Q()
    for word in TRAINING_WORDS:
        condition |= Q(**{f"{lookup}__icontains": word})
    return condition


def training_requests(user, *, department: int | None = None) -> QuerySet:
    """One row per request (values), as a union the paginator can slice in SQL."""
    scope = access.scope_for(user)
    measures = access.scope_queryset(
        user, Measure.objects.filter(plan__status=PlanStatus.ACTIVE), subject="plan__employee")
    measures = measures.filter(
        Q(support_type=SupportType.TRAINING) | _mentions_training("support"))
    commitments = access.scope_queryset(
        user, Commitment.objects.filter(plan__status=PlanStatus.ACTIVE),
        subject="plan__employee").filter(_mentions_training("text"))
    if department and (scope.sees_everyone or scope.is_clerk):
        departments = access.department_subtree_ids([department])
        measures = measures.filter(plan__employee__department_id__in=departments)
        commitments = commitments.filter(plan__employee__department_id__in=departments)
    people = {"employee_pk": F("plan__employee_id"), "employee_name": F("plan__employee__name"),
              "department_name": F("plan__employee__department__name")}
    measure_rows = measures.annotate(
        kind=Value(KIND_MEASURE, output_field=CharField()), support_text=F("support"),
        due_on=F("deadline"), **people).order_by().values_list(*COLUMNS)
    commitment_rows = commitments.annotate(
        kind=Value(KIND_COMMITMENT, output_field=CharField()), support_text=F("note"),
        due_on=F("due"), **people).order_by().values_list(*COLUMNS)
    return measure_rows.union(commitment_rows, all=True).order_by("due_on", "kind", "pk")


@dataclass
class TrainingRow:
    kind: str
    pk: int
    plan_id: int
    employee_id: int
    employee: str
    department: str
    text: str
    support: str
    due: date
    status: str
    overdue: bool

    @property
    def status_label(self) -> str:
        if self.kind == KIND_MEASURE:
            return str(MeasureStatus(self.status).label)
        return str(CommitmentStatus(self.status).label)


def training_rows(page, *, today: date | None = None) -> list[TrainingRow]:
    today = today or timezone.localdate()
    rows = []
    for kind, pk, plan_id, employee_id, name, dept, text, support, due, status in page:
        is_open = (status not in (MeasureStatus.DONE, MeasureStatus.DROPPED)
                   if kind == KIND_MEASURE else status == CommitmentStatus.OPEN)
        rows.append(TrainingRow(kind, pk, plan_id, employee_id, name, dept, text,
                                support or "", due, status, is_open and due < today))
    return rows


def visible_recognitions(user) -> QuerySet[Recognition]:
    """The employee their own, the manager line theirs, HR everyone in scope."""
    return access.scope_queryset(user, Recognition.objects.all(), subject="employee") \
        .select_related("employee__department", "plan__record__interview") \
        .order_by("-created_at", "-pk")
