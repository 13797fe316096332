"""The evidence a review rests on, over the API: key events, check-ins, 360° feedback.

Reads go through `candor.access` as the evidence pages do: key events are for the manager
line and HR, and reach the employee only once cited in an interview record; 360° answers
reach anyone only as aggregates, and the employee only from three answers up. Rater
identities are never part of any answer here. Writing evidence about a person is for the
manager line and HR in scope (never the person themself); anyone else gets 404.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema
from ninja.pagination import PageNumberPagination, paginate
from ninja.responses import Status

from candor import access
from candor.accounts.models import User
from candor.api.org import ErrorOut
from candor.core.errors import DomainError
from candor.evidence import selectors, services
from candor.evidence.models import (
    CheckIn,
    CheckInKind,
    FeedbackRequest,
    FeedbackStatus,
    KeyEvent,
    Polarity,
    QuestionKind,
    Relation,
)
from candor.org.models import Employee
from candor.periods.models import Period

router = Router(tags=["evidence"])

REFUSED = {400: ErrorOut, 404: ErrorOut}


# ---- schemas -------------------------------------------------------------------------------

def _author_name(obj) -> str | None:
    return obj.author.display_name() if obj.author_id else None


class KeyEventOut(Schema):
    id: int
    employee_id: int
    period_id: int | None
    date: dt.date
    polarity: Polarity
    polarity_label: str = Field(alias="get_polarity_display")
    facts: str
    impact: str
    author_name: str | None = None
    cited_at: dt.datetime | None = Field(
        description="Once cited in an interview record, the employee sees the event.")
    version: int

    @staticmethod
    def resolve_author_name(obj: KeyEvent) -> str | None:
        return _author_name(obj)


class KeyEventIn(Schema):
    date: dt.date
    polarity: Polarity
    facts: str = Field(description="What happened, concretely (at least 10 characters).")
    impact: str = Field(description="What it changed (at least 10 characters).")
    period_id: int | None = Field(None, description="Default: the period covering the date.")


class CheckInOut(Schema):
    id: int
    employee_id: int
    period_id: int | None
    date: dt.date
    kind: CheckInKind
    kind_label: str = Field(alias="get_kind_display")
    summary: str
    next_steps: str
    author_name: str | None = None
    version: int

    @staticmethod
    def resolve_author_name(obj: CheckIn) -> str | None:
        return _author_name(obj)


class CheckInIn(Schema):
    date: dt.date
    kind: CheckInKind = CheckInKind.CONVERSATION
    summary: str
    next_steps: str = ""


class QuestionOut(Schema):
    id: int
    order: int
    text: str
    kind: QuestionKind


class FeedbackRequestOut(Schema):
    """A request as its rater sees it: about whom, until when, and the questions."""

    id: int
    subject_id: int
    subject_name: str = Field(alias="subject.name")
    period_id: int
    period_name: str = Field(alias="period.name")
    relation: Relation
    relation_label: str = Field(alias="get_relation_display")
    deadline: dt.date
    status: FeedbackStatus
    status_label: str = Field(alias="get_status_display")
    answered_at: dt.datetime | None
    questions: list[QuestionOut] = Field(alias="questionnaire.questions")


class AnswerItem(Schema):
    question_id: int
    score: int | None = Field(None, description="1–5, for scale questions.")
    text: str = Field("", description="For text questions.")


class AnswerIn(Schema):
    answers: list[AnswerItem]


class QuestionSummaryOut(Schema):
    question_id: int
    text: str
    kind: QuestionKind
    count: int
    average: Decimal | None
    texts: list[str] = Field(description="Written answers, sorted by text, never by rater.")


class FeedbackSummaryOut(Schema):
    subject_id: int
    period_id: int
    period_name: str
    requested: int
    answered: int
    declined: int
    response_rate: int | None = Field(description="Answered share of requests, in percent.")
    min_answers: int
    enough: bool = Field(description="False below min_answers: the employee sees no answers.")
    questions: list[QuestionSummaryOut]


# ---- helpers -------------------------------------------------------------------------------

def _caller(request: HttpRequest) -> User:
    return request.auth  # set by candor.api.auth; anonymous calls never get this far


def _recordable(user: User, employee_id: int) -> Employee:
    """The employee, if the caller may write evidence about them; else 404 (the employee
    themself included). The write is audited, so the lookup is not logged as a read."""
    person = access.visible_employees(user).filter(pk=employee_id).first()
    if person is None or not access.can_record_evidence(user, person):
        raise Http404
    return person


def _period_of(person: Employee, period_id: int | None) -> Period | None:
    """A period covering the person, or None when not asked for; unknown ones are refused."""
    if period_id is None:
        return None
    period = selectors.periods_for(person).filter(pk=period_id).first()
    if period is None:
        raise DomainError(_("该绩效周期不存在或不包括%(name)s。") % {"name": person.name})
    return period


# ---- key events ----------------------------------------------------------------------------

# The list views keep to builtin parameter types: @paginate wraps them, and ninja evaluates
# the (postponed) annotations in ninja.pagination's namespace, where our schemas are unknown.
@router.get("/employees/{employee_id}/key-events", response=list[KeyEventOut])
@paginate(PageNumberPagination)
def list_key_events(request: HttpRequest, employee_id: int, period: int | None = None,
                    polarity: str = "") -> QuerySet:
    """Newest first. The employee sees only events already cited in an interview record."""
    user = _caller(request)
    person = access.get_employee_for(user, employee_id, request=request,
                                     what="api.key_events")
    events = (access.visible_key_events(user).filter(employee=person)
              .select_related("author__employee"))
    if period is not None:
        events = events.filter(selectors.in_period(_period_of(person, period)))
    if polarity:
        events = events.filter(polarity=polarity)
    return events.order_by("-date", "-pk")


@router.post("/employees/{employee_id}/key-events", response={201: KeyEventOut, **REFUSED})
def record_key_event(request: HttpRequest, employee_id: int, payload: KeyEventIn) -> Status:
    user = _caller(request)
    person = _recordable(user, employee_id)
    event = services.record_key_event(
        employee=person, actor=user, date=payload.date, polarity=payload.polarity,
        facts=payload.facts, impact=payload.impact,
        period=_period_of(person, payload.period_id))
    return Status(201, KeyEvent.objects.select_related("author__employee").get(pk=event.pk))


# ---- check-ins -----------------------------------------------------------------------------

@router.get("/employees/{employee_id}/check-ins", response=list[CheckInOut])
@paginate(PageNumberPagination)
def list_check_ins(request: HttpRequest, employee_id: int, period: int | None = None,
                   kind: str = "") -> QuerySet:
    user = _caller(request)
    person = access.get_employee_for(user, employee_id, request=request, what="api.check_ins")
    check_ins = (access.visible_check_ins(user).filter(employee=person)
                 .select_related("author__employee"))
    if period is not None:
        chosen = _period_of(person, period)
        check_ins = check_ins.filter(date__range=(chosen.start_date, chosen.end_date))
    if kind:
        check_ins = check_ins.filter(kind=kind)
    return check_ins.order_by("-date", "-pk")


@router.post("/employees/{employee_id}/check-ins", response={201: CheckInOut, **REFUSED})
def log_check_in(request: HttpRequest, employee_id: int, payload: CheckInIn) -> Status:
    user = _caller(request)
    person = _recordable(user, employee_id)
    check_in = services.log_check_in(employee=person, actor=user, date=payload.date,
                                     kind=payload.kind, summary=payload.summary,
                                     next_steps=payload.next_steps)
    return Status(201, CheckIn.objects.select_related("author__employee").get(pk=check_in.pk))


# ---- 360° feedback -------------------------------------------------------------------------

def _to_answer(user: User) -> QuerySet[FeedbackRequest]:
    return (access.feedback_to_answer(user)
            .select_related("subject", "period", "questionnaire")
            .prefetch_related("questionnaire__questions"))


@router.get("/feedback/mine", response=list[FeedbackRequestOut])
@paginate(PageNumberPagination)
def list_feedback_to_answer(request: HttpRequest, open: bool | None = None) -> QuerySet:
    """The requests the caller is asked to answer; `open=true`: pending and not overdue."""
    requests = _to_answer(_caller(request))
    today = timezone.localdate()
    if open is True:
        requests = requests.filter(status=FeedbackStatus.PENDING, deadline__gte=today)
    elif open is False:
        requests = requests.exclude(status=FeedbackStatus.PENDING, deadline__gte=today)
    return requests.order_by("deadline", "pk")


@router.post("/feedback/{request_id}/answer", response={200: FeedbackRequestOut, **REFUSED})
def answer_feedback(request: HttpRequest, request_id: int, payload: AnswerIn) -> object:
    """Answers are final; every scale question needs a score from 1 to 5."""
    user = _caller(request)
    feedback = _to_answer(user).filter(pk=request_id).first()
    if feedback is None:
        raise Http404
    scores = {a.question_id: a.score for a in payload.answers if a.score is not None}
    texts = {a.question_id: a.text for a in payload.answers if a.text}
    services.answer_feedback(request=feedback, actor=user, scores=scores, texts=texts)
    return _to_answer(user).get(pk=feedback.pk)


@router.get("/employees/{employee_id}/feedback-summary",
            response={200: FeedbackSummaryOut, **REFUSED})
def feedback_summary(request: HttpRequest, employee_id: int,
                     period: int | None = None) -> dict:
    """Aggregates per question for one period (default: the one running today). The
    employee gets answers only from `min_answers` answers up; nobody gets who answered."""
    user = _caller(request)
    person = access.get_employee_for(user, employee_id, request=request,
                                     what="api.feedback_summary")
    chosen = (_period_of(person, period) if period is not None
              else selectors.pick_period(list(selectors.periods_for(person)), None))
    if chosen is None:
        raise DomainError(_("%(name)s不在任何绩效周期内。") % {"name": person.name})
    is_self = access.scope_for(user).employee_id == person.pk
    summary = selectors.feedback_summary(person, chosen, for_subject=is_self)
    return {
        "subject_id": person.pk, "period_id": chosen.pk, "period_name": chosen.name,
        "requested": summary.requested, "answered": summary.answered,
        "declined": summary.declined, "response_rate": summary.response_rate,
        "min_answers": summary.min_answers, "enough": summary.enough,
        "questions": [{"question_id": q.question.pk, "text": q.question.text,
                       "kind": q.question.kind, "count": q.count, "average": q.average,
                       "texts": q.texts} for q in summary.questions],
    }
