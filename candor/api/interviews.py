"""Interviews, their records, signatures and appeals over the API (R3, issue 4 item 12).

Every object is fetched through `candor.access` exactly as the pages do: an interview out
of scope answers 404 (and reading someone else's is logged), the employee's draft record
answers 404 until it is submitted, a committee member sees only the interviews referred to
the committee. A caller who sees an object but may not act on it gets 403. Refusals from
the services answer 400 with their translated message, a concurrent save 409, and a slot
with warnings 409 with code `confirm` and the warnings' texts.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Router
from ninja.errors import HttpError
from ninja.pagination import PageNumberPagination, paginate
from ninja.responses import Status

from candor import access
from candor.accounts.models import User
from candor.api.interviews_schemas import (
    AppealIn,
    AppealOut,
    CancelIn,
    ConfirmOut,
    CorrectionAnswerIn,
    CorrectionIn,
    CorrectionOut,
    InterviewOut,
    RecordOut,
    RescheduleIn,
    RulingIn,
    ScheduleIn,
    SectionIn,
    SectionOut,
    SignIn,
)
from candor.api.org import ErrorOut
from candor.core.errors import DomainError
from candor.interviews import sections
from candor.interviews.models import Appeal, Interview, InterviewPolicy, Record, Room
from candor.interviews.selectors import appeals as appeal_selectors
from candor.interviews.selectors import record as record_selectors
from candor.interviews.services import appeals, scheduling, sealing
from candor.interviews.services import record as records
from candor.org.models import Employee

router = Router(tags=["interviews"])

REFUSED = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut}
CONFLICT = {**REFUSED, 409: ErrorOut}
NEEDS_CONFIRMATION = {**REFUSED, 409: ConfirmOut}


def _caller(request: HttpRequest) -> User:
    return request.auth  # set by candor.api.auth; anonymous calls never get this far


# ---- helpers -------------------------------------------------------------------------------

def _interviews() -> QuerySet[Interview]:
    return Interview.objects.select_related("employee", "manager", "host", "room",
                                            "sheet__period", "record")


def _interview(request: HttpRequest, interview_id: int, what: str = "api.interview"
               ) -> Interview:
    return access.get_interview_for(_caller(request), interview_id, request=request, what=what)


def _record(request: HttpRequest, interview_id: int) -> Record:
    """The record if the caller may read it: the employee's draft does not exist for them."""
    user = _caller(request)
    interview = _interview(request, interview_id, what="api.record")
    record = interview.record
    if not access.can_read_record(user, record):
        raise Http404
    return record


def _confirm_refusal(error: scheduling.NeedsConfirmation) -> Status:
    from candor.interviews.services.rules import warning_text

    return Status(409, {"detail": str(error.message), "code": error.code,
                        "warnings": [warning_text(w) for w in error.warnings]})


def _slot(user: User, payload) -> dict:
    """Room and host from their ids; the services judge the rest."""
    room = None
    if payload.room_id is not None:
        room = Room.objects.filter(pk=payload.room_id).first()
        if room is None:
            raise DomainError(_("面谈室不存在。"), code="room")
    host = None
    if payload.host_id is not None:
        if not access.can_host_override(user):
            raise HttpError(403, _("只有人力资源可以指定其他面谈主导人。"))
        host = Employee.objects.filter(pk=payload.host_id, is_active=True).first()
        if host is None:
            raise DomainError(_("面谈主导人不存在或已离职。"), code="host")
    minutes = payload.duration_minutes or InterviewPolicy.current().default_minutes
    return {"starts_at": payload.starts_at, "duration_minutes": minutes, "room": room,
            "location": payload.location, "host": host, "confirm": payload.confirm}


def _may_schedule(user: User, interview: Interview) -> None:
    if not access.can_schedule(user, interview.employee):
        raise HttpError(403, _("您不能为该员工安排面谈。"))


# ---- interviews ----------------------------------------------------------------------------

# The list views keep to builtin parameter types: @paginate wraps them, and ninja evaluates
# the (postponed) annotations in ninja.pagination's namespace, where our schemas are unknown.
@router.get("/interviews", response=list[InterviewOut])
@paginate(PageNumberPagination)
def list_interviews(request: HttpRequest, status: str = "", kind: str = "",
                    employee: int | None = None, period: int | None = None) -> QuerySet:
    """The interviews the caller may see, latest first; filters: status, kind, employee id,
    period id."""
    interviews = access.visible_interviews(_caller(request)).select_related(
        "employee", "manager", "host", "room", "sheet__period", "record")
    if status:
        interviews = interviews.filter(status=status)
    if kind:
        interviews = interviews.filter(kind=kind)
    if employee is not None:
        interviews = interviews.filter(employee_id=employee)
    if period is not None:
        interviews = interviews.filter(sheet__period_id=period)
    return interviews.order_by("-starts_at", "-pk")


@router.post("/interviews", response={201: InterviewOut, **NEEDS_CONFIRMATION})
def schedule_interview(request: HttpRequest, payload: ScheduleIn) -> Status:
    """Book an interview and send the invitations. Less than the required notice is refused
    (400); warnings (late, double-booked, a leader's office…) answer 409 until `confirm`."""
    user = _caller(request)
    employee = access.visible_employees(user).filter(pk=payload.employee_id).first()
    if employee is None:
        raise Http404
    if not access.can_schedule(user, employee):
        raise HttpError(403, _("您不能为该员工安排面谈。"))
    sheet = None
    if payload.sheet_id is not None:
        sheet = (access.visible_sheets(user).select_related("period")
                 .filter(pk=payload.sheet_id, employee=employee).first())
        if sheet is None:
            raise DomainError(_("绩效考核表不属于该员工。"), code="sheet")
    try:
        interview = scheduling.schedule_interview(
            actor=user, employee=employee, kind=payload.kind.value, sheet=sheet,
            **_slot(user, payload))
    except scheduling.NeedsConfirmation as e:
        return _confirm_refusal(e)
    return Status(201, _interviews().get(pk=interview.pk))


@router.get("/interviews/{interview_id}", response={200: InterviewOut, 404: ErrorOut})
def get_interview(request: HttpRequest, interview_id: int) -> Interview:
    return _interviews().get(pk=_interview(request, interview_id).pk)


@router.post("/interviews/{interview_id}/reschedule",
             response={200: InterviewOut, **NEEDS_CONFIRMATION})
def reschedule_interview(request: HttpRequest, interview_id: int,
                         payload: RescheduleIn) -> object:
    """A new time, duration or place; the invitation goes out again with SEQUENCE raised.
    A stale `version` answers 409 with code `conflict`."""
    user = _caller(request)
    interview = _interview(request, interview_id)
    _may_schedule(user, interview)
    try:
        scheduling.reschedule_interview(actor=user, interview=interview,
                                        version=payload.version, **_slot(user, payload))
    except scheduling.NeedsConfirmation as e:
        return _confirm_refusal(e)
    return _interviews().get(pk=interview.pk)


@router.post("/interviews/{interview_id}/cancel", response={200: InterviewOut, **CONFLICT})
def cancel_interview(request: HttpRequest, interview_id: int, payload: CancelIn) -> Interview:
    user = _caller(request)
    interview = _interview(request, interview_id)
    _may_schedule(user, interview)
    scheduling.cancel_interview(actor=user, interview=interview, reason=payload.reason,
                                version=payload.version)
    return _interviews().get(pk=interview.pk)


# ---- the record ----------------------------------------------------------------------------

def _section_out(key: str, kind: str, stored) -> dict:
    return {"key": key, "label": sections.section_label(key, kind),
            "writer": sections.BY_KEY[key].writer,
            "content": (stored.content if stored else None) or sections.empty_content(key),
            "version": stored.version if stored else 0,
            "updated_at": stored.updated_at if stored else None,
            "updated_by": (stored.updated_by.display_name()
                           if stored and stored.updated_by_id else None)}


def _record_out(record: Record, user: User) -> dict:
    """The record as this caller may read it: the employee does not get the manager's
    working notes (they stay in the sealed content and its hash)."""
    kind = record.interview.kind
    hidden = record_selectors.hidden_keys(user, record)
    stored = {s.key: s for s in record.sections.select_related("updated_by__employee")}
    return {
        "interview_id": record.interview_id, "status": record.status,
        "status_label": record.get_status_display(), "due_at": record.due_at,
        "submitted_at": record.submitted_at, "submitted_late": record.submitted_late,
        "sealed_at": record.sealed_at, "content_hash": record.content_hash,
        "header": record.header, "version": record.version,
        "sections": [_section_out(key, kind, stored.get(key)) for key in sections.KEYS
                     if key not in hidden],
        "signatures": [{"role": s.role, "role_label": s.get_role_display(),
                        "signer_name": s.signer_name, "signed_at": s.signed_at,
                        "content_hash": s.content_hash}
                       for s in record.signatures.order_by("signed_at")],
        "corrections": [_correction_out(c, kind) for c in record.corrections.all()],
        "addenda": [{"author_name": a.author_name, "text": a.text, "created_at": a.created_at}
                    for a in record.addenda.all()],
    }


def _correction_out(correction, kind: str) -> dict:
    return {"id": correction.pk, "section": correction.section,
            "section_label": sections.section_label(correction.section, kind),
            "text": correction.text, "status": correction.status,
            "status_label": correction.get_status_display(), "response": correction.response,
            "created_at": correction.created_at, "resolved_at": correction.resolved_at}


def _fresh(record: Record) -> Record:
    return Record.objects.select_related("interview").get(pk=record.pk)


@router.get("/interviews/{interview_id}/record", response={200: RecordOut, 404: ErrorOut})
def get_record(request: HttpRequest, interview_id: int) -> dict:
    """Header, every section with its version, status, signatures (no IP addresses),
    corrections and addenda. The employee reads it once the draft is submitted."""
    return _record_out(_record(request, interview_id), _caller(request))


@router.put("/interviews/{interview_id}/record/sections/{key}",
            response={200: SectionOut, **CONFLICT})
def save_section(request: HttpRequest, interview_id: int, key: str,
                 payload: SectionIn) -> dict:
    """Save one section. `version` is the one read (0 for a new section); if someone saved
    it since, the answer is 409 and their content stays."""
    user = _caller(request)
    record = _record(request, interview_id)
    if key not in sections.BY_KEY:
        raise Http404
    interview = record.interview
    own_comments = key == "employee_comments" and access.is_interviewee(user, interview)
    if not (own_comments or access.can_write_record(user, interview)):
        raise HttpError(403, _("只有直属上级和面谈主导人可以填写面谈记录。"))
    section = records.save_section(actor=user, record=record, key=key, data=payload.content,
                                   version=payload.version)
    section = record.sections.select_related("updated_by__employee").get(pk=section.pk)
    return _section_out(key, interview.kind, section)


@router.post("/interviews/{interview_id}/record/submit", response={200: RecordOut, **REFUSED})
def submit_record(request: HttpRequest, interview_id: int) -> dict:
    """Hand the draft to the employee; refused, naming each missing element, while the
    record is incomplete."""
    user = _caller(request)
    record = _record(request, interview_id)
    if not access.can_write_record(user, record.interview):
        raise HttpError(403, _("只有直属上级和面谈主导人可以提交面谈记录。"))
    records.submit_draft(actor=user, record=record)
    return _record_out(_fresh(record), user)


@router.post("/interviews/{interview_id}/record/corrections",
             response={201: CorrectionOut, **REFUSED})
def request_correction(request: HttpRequest, interview_id: int,
                       payload: CorrectionIn) -> Status:
    """The employee points at a section where something is missing or misrecorded."""
    user = _caller(request)
    record = _record(request, interview_id)
    if not access.is_interviewee(user, record.interview):
        raise HttpError(403, _("只有员工本人可以要求更正。"))
    correction = records.request_correction(actor=user, record=record,
                                            section=payload.section, text=payload.text)
    return Status(201, _correction_out(correction, record.interview.kind))


@router.post("/interviews/{interview_id}/record/corrections/{correction_id}/answer",
             response={200: CorrectionOut, **REFUSED})
def answer_correction(request: HttpRequest, interview_id: int, correction_id: int,
                      payload: CorrectionAnswerIn) -> Status:
    """The manager or host answers a correction request: corrected, or declined with a
    reason. The record goes back to the employee when it is submitted again."""
    user = _caller(request)
    record = _record(request, interview_id)
    if not access.can_write_record(user, record.interview):
        raise HttpError(403, _("只有直属上级和面谈主导人可以答复更正请求。"))
    correction = record.corrections.filter(pk=correction_id).first()
    if correction is None:
        raise Http404
    correction = records.answer_correction(actor=user, correction=correction,
                                           accepted=payload.accepted, response=payload.response)
    return Status(200, _correction_out(correction, record.interview.kind))


@router.post("/interviews/{interview_id}/record/sign", response={200: RecordOut, **REFUSED})
def sign_record(request: HttpRequest, interview_id: int, payload: SignIn) -> dict:
    """Sign with the password typed again; the second signature seals the record."""
    user = _caller(request)
    record = _record(request, interview_id)
    interview = record.interview
    if not (access.is_interviewee(user, interview)
            or access.scope_for(user).employee_id == interview.manager_id):
        raise HttpError(403, _("只有员工本人和直属上级可以在记录上签字。"))
    sealing.sign_record(actor=user, record=record, password=payload.password, request=request)
    return _record_out(_fresh(record), user)


# ---- appeals -------------------------------------------------------------------------------

def _appeal_out(pk: int) -> Appeal:
    return Appeal.objects.select_related("record", "employee__department", "sheet__period",
                                         "ruled_by__employee").get(pk=pk)


@router.get("/appeals", response=list[AppealOut])
@paginate(PageNumberPagination)
def list_appeals(request: HttpRequest, status: str = "") -> QuerySet:
    """The committee: every case referred to it; HR: all; the manager line: their people's;
    the employee: their own."""
    return appeal_selectors.visible_appeals(_caller(request), status=status).select_related(
        "record")


@router.post("/interviews/{interview_id}/appeals", response={201: AppealOut, **REFUSED})
def file_appeal(request: HttpRequest, interview_id: int, payload: AppealIn) -> Status:
    """The employee disputes named items, each with a reason, within the window after
    signing or instead of signing; the case goes to the performance committee."""
    user = _caller(request)
    interview = _interview(request, interview_id)
    if not access.is_interviewee(user, interview):
        raise HttpError(403, _("只有员工本人可以提出申诉。"))
    appeal = appeals.file_appeal(actor=user, record=interview.record,
                                 items=[{"kind": item.kind.value, "reason": item.reason}
                                        for item in payload.items])
    return Status(201, _appeal_out(appeal.pk))


@router.get("/appeals/{appeal_id}", response={200: AppealOut, 404: ErrorOut})
def get_appeal(request: HttpRequest, appeal_id: int) -> Appeal:
    return _appeal_out(access.get_appeal_for(_caller(request), appeal_id, request=request).pk)


@router.post("/appeals/{appeal_id}/ruling", response={200: AppealOut, **REFUSED})
def rule_appeal(request: HttpRequest, appeal_id: int, payload: RulingIn) -> Appeal:
    """The committee's ruling; an adjusted total brings its grade and multiplier, the goal
    sheet follows at once and both parties are told."""
    user = _caller(request)
    appeal = access.get_appeal_for(user, appeal_id, request=request)
    if not access.can_rule(user):
        raise HttpError(403, _("只有绩效委员会成员可以裁决申诉。"))
    appeals.rule_appeal(actor=user, appeal=appeal, ruling=payload.ruling.value,
                        reason=payload.reason, new_total=payload.new_total)
    return _appeal_out(appeal.pk)
