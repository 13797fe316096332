"""Factories for evidence tests: plain ORM writes, no services, no audit."""

from __future__ import annotations

import datetime as dt
import itertools

from django.utils import timezone

from candor.core.testing import Personas
from candor.evidence.models import (
    CheckIn,
    CheckInKind,
    FeedbackAnswer,
    FeedbackRequest,
    FeedbackStatus,
    KeyEvent,
    Polarity,
    QuestionKind,
    Questionnaire,
    Relation,
)
from candor.evidence.services.feedback import ensure_default_questionnaire
from candor.org.models import Department, Employee
from candor.periods.models import Period, PeriodStatus
from candor.periods.tests.factories import make_period

_seq = itertools.count(1)
FACTS = "在客户现场连续加班两天，排除了支付接口的故障。"
IMPACT = "客户的交易在当天恢复，避免了合同违约金。"


def today() -> dt.date:
    return timezone.localdate()


def running_period(*departments: Department, **extra) -> Period:
    """A period that started 50 days ago and ends in 40 days, so today is inside it."""
    extra.setdefault("start_date", today() - dt.timedelta(days=50))
    extra.setdefault("end_date", today() + dt.timedelta(days=40))
    extra.setdefault("status", PeriodStatus.IN_PROGRESS)
    return make_period(f"运行周期{next(_seq)}", departments=departments, **extra)


def company_period(p: Personas, **extra) -> Period:
    """A running period over the whole persona company (the root department)."""
    return running_period(p.tech.parent, **extra)


def make_key_event(employee: Employee, *, author, period: Period | None = None,
                   date: dt.date | None = None, polarity: str = Polarity.POSITIVE,
                   facts: str = FACTS, impact: str = IMPACT, cited: bool = False) -> KeyEvent:
    return KeyEvent.objects.create(
        employee=employee, author=author, period=period, date=date or today(),
        polarity=polarity, facts=facts, impact=impact,
        cited_at=timezone.now() if cited else None)


def make_check_in(employee: Employee, *, date: dt.date, kind: str = CheckInKind.CONVERSATION,
                  author=None, period: Period | None = None) -> CheckIn:
    return CheckIn.objects.create(employee=employee, date=date, kind=kind, author=author,
                                  period=period, summary="讨论了本月的目标进度。")


def make_feedback_request(subject: Employee, period: Period, *, rater: Employee | None = None,
                          rater_name: str = "", rater_email: str = "",
                          deadline: dt.date | None = None,
                          questionnaire: Questionnaire | None = None,
                          relation: str = Relation.COLLEAGUE) -> FeedbackRequest:
    if rater is None and not rater_name:
        rater_name, rater_email = "客户王先生", "wang@example.com"
        relation = Relation.CUSTOMER
    return FeedbackRequest.objects.create(
        period=period, subject=subject, rater=rater, rater_name=rater_name,
        rater_email=rater_email, relation=relation,
        questionnaire=questionnaire or ensure_default_questionnaire(),
        deadline=deadline or today() + dt.timedelta(days=7))


def answer(request: FeedbackRequest, score: int, text: str = "") -> FeedbackRequest:
    """Answer every scale question with `score` and the text questions with `text`."""
    for question in request.questionnaire.questions.all():
        if question.kind == QuestionKind.SCALE:
            FeedbackAnswer.objects.create(request=request, question=question, score=score)
        else:
            FeedbackAnswer.objects.create(request=request, question=question, text=text)
    request.status = FeedbackStatus.ANSWERED
    request.answered_at = timezone.now()
    request.save()
    return request
