"""Schemas of the interviews API (candor.api.interviews): interviews, records, signatures,
corrections and appeals.

Times of an interview come out in Asia/Shanghai with their offset; a signature never
carries the signer's IP address.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.utils import timezone
from ninja import Field, Schema

from candor.interviews.models import (
    AppealItemKind,
    AppealStatus,
    InterviewStatus,
    InterviewType,
    Ruling,
)
from candor.interviews.services.rules import warning_text


def _local(value: dt.datetime | None) -> dt.datetime | None:
    return timezone.localtime(value) if value is not None else None


# ---- interviews ----------------------------------------------------------------------------

class PersonOut(Schema):
    id: int
    name: str
    employee_no: str


class InterviewOut(Schema):
    id: int
    kind: InterviewType
    kind_label: str = Field(alias="get_kind_display")
    status: InterviewStatus
    status_label: str = Field(alias="get_status_display")
    employee: PersonOut
    manager: PersonOut
    host: PersonOut | None
    sheet_id: int | None
    period_name: str | None = None
    starts_at: dt.datetime
    ends_at: dt.datetime
    duration_minutes: int
    room_id: int | None
    room_name: str | None = None
    location: str
    place: str
    notice_given_on: dt.date
    warnings: list[str] = Field(description="The warnings confirmed when it was scheduled, "
                                            "and flags added later (a short interview).")
    cancel_reason: str
    started_at: dt.datetime | None
    ended_at: dt.datetime | None
    record_status: str | None = None
    sequence: int = Field(description="iCalendar SEQUENCE of the invitation.")
    version: int = Field(description="Send back in reschedule / cancel to detect a change "
                                     "made in between (409).")

    @staticmethod
    def resolve_period_name(obj) -> str | None:
        return obj.sheet.period.name if obj.sheet_id else None

    @staticmethod
    def resolve_room_name(obj) -> str | None:
        return obj.room.name if obj.room_id else None

    @staticmethod
    def resolve_warnings(obj) -> list[str]:
        return [warning_text(w) for w in obj.warnings or []]

    @staticmethod
    def resolve_starts_at(obj) -> dt.datetime:
        return _local(obj.starts_at)

    @staticmethod
    def resolve_ends_at(obj) -> dt.datetime:
        return _local(obj.ends_at)

    @staticmethod
    def resolve_started_at(obj) -> dt.datetime | None:
        return _local(obj.started_at)

    @staticmethod
    def resolve_ended_at(obj) -> dt.datetime | None:
        return _local(obj.ended_at)

    @staticmethod
    def resolve_record_status(obj) -> str | None:
        record = getattr(obj, "record", None)
        return record.status if record is not None else None


class SlotIn(Schema):
    starts_at: dt.datetime = Field(
        description="ISO 8601 with its offset, e.g. 2026-10-19T10:00:00+08:00; "
                    "without one, Asia/Shanghai is assumed.")
    duration_minutes: int | None = Field(None, description="Default: HR's default duration.")
    room_id: int | None = Field(None, description="A room from HR's list, or a location.")
    location: str = ""
    host_id: int | None = Field(None, description="HR only: a host other than the rule's.")
    confirm: bool = Field(False, description="Confirm the warnings a previous call answered "
                                             "with 409 and code `confirm`.")


class ScheduleIn(SlotIn):
    employee_id: int
    kind: InterviewType = InterviewType.REGULAR
    sheet_id: int | None = Field(None, description="The goal sheet whose released result "
                                                   "the interview discusses.")


class RescheduleIn(SlotIn):
    version: int | None = None


class CancelIn(Schema):
    reason: str
    version: int | None = None


class ConfirmOut(Schema):
    """A refusal; with code `confirm`, the warnings to confirm by sending confirm=true."""

    detail: str
    code: str
    warnings: list[str] = []


# ---- records -------------------------------------------------------------------------------

class SectionOut(Schema):
    key: str
    label: str
    writer: str = Field(description="manager, or employee for the employee's comments.")
    content: dict[str, Any]
    version: int = Field(description="Send back in PUT; 0 for a section never saved.")
    updated_at: dt.datetime | None = None
    updated_by: str | None = None


class SectionIn(Schema):
    content: dict[str, Any]
    version: int = Field(description="The version read; someone else's save since then "
                                     "answers 409 and nothing is overwritten.")


class SignatureOut(Schema):
    role: str
    role_label: str
    signer_name: str
    signed_at: dt.datetime
    content_hash: str


class CorrectionOut(Schema):
    id: int
    section: str
    section_label: str
    text: str
    status: str
    status_label: str
    response: str
    created_at: dt.datetime
    resolved_at: dt.datetime | None


class CorrectionIn(Schema):
    section: str = Field(description="The key of the section concerned.")
    text: str


class CorrectionAnswerIn(Schema):
    accepted: bool = Field(description="True when the section was corrected.")
    response: str = Field("", description="Required when the correction is declined.")


class AddendumOut(Schema):
    author_name: str
    text: str
    created_at: dt.datetime


class RecordOut(Schema):
    interview_id: int
    status: str
    status_label: str
    due_at: dt.datetime | None
    submitted_at: dt.datetime | None
    submitted_late: bool
    sealed_at: dt.datetime | None
    content_hash: str
    header: dict[str, Any] = Field(description="Snapshot taken when the draft was submitted.")
    sections: list[SectionOut]
    signatures: list[SignatureOut]
    corrections: list[CorrectionOut]
    addenda: list[AddendumOut]
    version: int


class SignIn(Schema):
    password: str = Field(description="The signer's own password, typed again.")


# ---- appeals -------------------------------------------------------------------------------

class AppealItemIn(Schema):
    kind: AppealItemKind
    reason: str


class AppealItemOut(AppealItemIn):
    kind_label: str


class AppealIn(Schema):
    items: list[AppealItemIn]


class AppealOut(Schema):
    id: int
    interview_id: int = Field(alias="record.interview_id")
    employee: PersonOut
    department_name: str = Field(alias="employee.department.name")
    sheet_id: int
    period_name: str = Field(alias="sheet.period.name")
    items: list[AppealItemOut]
    status: AppealStatus
    status_label: str = Field(alias="get_status_display")
    filed_at: dt.datetime = Field(alias="created_at")
    old_total: Decimal | None
    old_grade: str
    old_multiplier: Decimal | None
    ruling: str
    ruling_label: str = Field(alias="get_ruling_display")
    ruling_reason: str
    new_total: Decimal | None
    new_grade: str
    new_multiplier: Decimal | None
    ruled_by: str | None = None
    ruled_at: dt.datetime | None
    version: int

    @staticmethod
    def resolve_items(obj) -> list[dict]:
        return [{"kind": i["kind"], "reason": i["reason"],
                 "kind_label": str(AppealItemKind(i["kind"]).label)} for i in obj.items or []
                if i.get("kind") in AppealItemKind.values]

    @staticmethod
    def resolve_ruled_by(obj) -> str | None:
        return obj.ruled_by.display_name() if obj.ruled_by_id else None


class RulingIn(Schema):
    ruling: Ruling
    reason: str
    new_total: Decimal | None = Field(None, description="For `adjusted`: the new total; the "
                                                        "grade and multiplier follow from the "
                                                        "period's grade scale.")
