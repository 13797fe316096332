"""Schemas of the plans API (candor.api.plans): plans, measures with their checkpoints and
progress notes, promised support, follow-ups of a missed plan, and the SMART checker's
findings.

Dates are calendar dates (Y-m-d); times come out in Asia/Shanghai with their offset.
`overdue` flags are computed for today in Asia/Shanghai, as the pages show them.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from ninja import Field, Schema

from candor import access
from candor.api.interviews_schemas import PersonOut
from candor.plans.models import (
    CommitmentStatus,
    FinalStatus,
    FollowUpKind,
    FollowUpStatus,
    MeasureStatus,
    PlanStatus,
    SupportType,
)


def _local(value: dt.datetime | None) -> dt.datetime | None:
    return timezone.localtime(value) if value is not None else None


class FindingOut(Schema):
    code: str = Field(description="Stable: what the measure lacks (e.g. a target to count, "
                                  "a deadline, an owner, a vague verb).")
    message: str = Field(description="What is wrong, in the caller's language.")
    reason: str = Field(description="Why it matters and what to write instead.")


class FindingsOut(Schema):
    findings: list[FindingOut] = Field(description="Empty when the measure is SMART. The "
                                                   "checker never blocks on its own.")


# ---- plans ---------------------------------------------------------------------------------

class PlanOut(Schema):
    id: int
    employee: PersonOut
    manager: PersonOut
    department_name: str = Field(alias="employee.department.name")
    status: PlanStatus
    status_label: str = Field(alias="get_status_display")
    interview_id: int = Field(alias="record.interview_id",
                              description="The interview whose sealed record agreed it.")
    revision_of_id: int | None = Field(description="The missed plan this one revises.")
    created_at: dt.datetime
    closed_at: dt.datetime | None
    measures_total: int
    measures_done: int
    next_checkpoint_date: dt.date | None
    next_checkpoint_text: str | None
    overdue_checkpoints: int
    overdue_measures: int
    overdue_commitments: int
    version: int

    @staticmethod
    def resolve_created_at(obj) -> dt.datetime:
        return _local(obj.created_at)

    @staticmethod
    def resolve_closed_at(obj) -> dt.datetime | None:
        return _local(obj.closed_at)


class CheckpointOut(Schema):
    id: int
    date: dt.date
    text: str
    done_at: dt.datetime | None
    note: str
    overdue: bool


class NoteOut(Schema):
    id: int
    checkpoint_id: int | None
    author_name: str
    status: MeasureStatus
    status_label: str
    text: str
    created_at: dt.datetime


class MeasureOut(Schema):
    id: int
    plan_id: int
    order: int
    text: str
    steps: str
    owner_id: int | None = Field(description="Set when the owner is a known employee.")
    owner_name: str
    deadline: dt.date
    support_type: SupportType
    support_type_label: str
    support: str
    status: MeasureStatus
    status_label: str
    status_reason: str = Field(description="Why it was dropped.")
    findings: list[FindingOut]
    final_status: FinalStatus | None = Field(description="Set by the next interview.")
    final_comment: str
    overdue: bool
    can_report: bool = Field(description="The caller may record progress.")
    can_edit: bool = Field(description="The caller may rework the measure (PUT).")
    checkpoints: list[CheckpointOut]
    notes: list[NoteOut] = Field(description="Progress notes, latest first.")
    version: int = Field(description="Send back with progress or an edit; a change made "
                                     "in between answers 409.")


class CommitmentOut(Schema):
    id: int
    plan_id: int
    employee: PersonOut = Field(alias="plan.employee",
                                description="Whose plan the promise was made on.")
    text: str
    owner_id: int | None
    owner_name: str
    due: dt.date
    status: CommitmentStatus
    status_label: str = Field(alias="get_status_display")
    delivered_at: dt.datetime | None
    note: str
    overdue: bool = False
    can_deliver: bool = Field(False, description="The caller may mark it delivered or "
                                                 "cancel it.")
    version: int

    @staticmethod
    def resolve_delivered_at(obj) -> dt.datetime | None:
        return _local(obj.delivered_at)

    @staticmethod
    def resolve_overdue(obj) -> bool:
        return obj.status == CommitmentStatus.OPEN and obj.due < timezone.localdate()

    @staticmethod
    def resolve_can_deliver(obj, context) -> bool:
        return (obj.status == CommitmentStatus.OPEN
                and access.can_deliver(context["request"].auth, obj))


class FollowUpOut(Schema):
    id: int
    plan_id: int
    kind: FollowUpKind
    kind_label: str = Field(alias="get_kind_display")
    status: FollowUpStatus
    status_label: str = Field(alias="get_status_display")
    reason: str
    decided_by: str | None = None
    decided_at: dt.datetime | None
    revision_id: int | None = Field(description="The revised plan an accepted revision "
                                                "opened.")
    version: int

    @staticmethod
    def resolve_decided_by(obj) -> str | None:
        return obj.decided_by.display_name() if obj.decided_by_id else None

    @staticmethod
    def resolve_decided_at(obj) -> dt.datetime | None:
        return _local(obj.decided_at)


class RecognitionOut(Schema):
    id: int
    text: str
    created_at: dt.datetime

    @staticmethod
    def resolve_created_at(obj) -> dt.datetime:
        return _local(obj.created_at)


class PlanDetailOut(Schema):
    id: int
    employee: PersonOut
    manager: PersonOut
    department_name: str
    status: PlanStatus
    status_label: str
    interview_id: int
    revision_of_id: int | None
    revision_ids: list[int]
    created_at: dt.datetime
    closed_at: dt.datetime | None
    can_steer: bool = Field(description="The caller may edit measures and decide "
                                        "follow-ups.")
    measures: list[MeasureOut]
    commitments: list[CommitmentOut]
    follow_ups: list[FollowUpOut]
    recognition: RecognitionOut | None
    version: int


# ---- input ---------------------------------------------------------------------------------

class ProgressIn(Schema):
    status: MeasureStatus
    text: str = Field(description="What happened; for `dropped`, the reason.")
    checkpoint_id: int | None = Field(None, description="The checkpoint this closes.")
    version: int | None = Field(None, description="The measure's version read.")


class MeasureIn(Schema):
    text: str
    owner_name: str = Field("", description="The employee, the manager or another person.")
    deadline: dt.date
    checkpoints: str = Field("", description="Open checkpoints, replaced: “11-05 复核样本；"
                                             "11-20 提交初稿”. Empty keeps the current ones.")
    version: int | None = None


class DeliverIn(Schema):
    note: str = ""
    cancel: bool = Field(False, description="Cancel instead of delivering; needs a note.")


class DecisionIn(Schema):
    accept: bool
    reason: str = Field("", description="Required when declining.")
    months: int = Field(1, ge=1, le=3, description="For an accepted revision: how many "
                                                   "months the open measures' deadlines move.")
