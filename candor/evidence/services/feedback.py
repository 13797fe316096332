"""360° feedback: requests to chosen raters, their answers, and the default questionnaire.

Answers are stored per request (one rater) so each rater answers once, but nothing that
reads them for a person shows more than aggregates (see selectors.feedback_summary). The
audit trail records that a request was answered, never what was answered.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from candor import access
from candor.core.audit import audit
from candor.core.errors import DomainError
from candor.core.text import join_clauses, join_list
from candor.evidence import selectors
from candor.evidence.models import (
    FeedbackAnswer,
    FeedbackRequest,
    FeedbackStatus,
    Question,
    QuestionKind,
    Questionnaire,
    Relation,
)
from candor.evidence.services.common import is_locked, require_recorder
from candor.org.models import Employee
from candor.periods.models import Period

logger = logging.getLogger(__name__)

# Stored data, created once in the product's source language.
DEFAULT_QUESTIONNAIRE = "360° 通用问卷"
DEFAULT_QUESTIONS: tuple[tuple[str, str], ...] = (
    (QuestionKind.SCALE, "工作成果：按时、按质完成承诺的工作"),
    (QuestionKind.SCALE, "专业能力：具备岗位所需的知识和技能"),
    (QuestionKind.SCALE, "协作沟通：主动沟通，乐于配合他人"),
    (QuestionKind.SCALE, "责任担当：对结果负责，遇到问题不推诿"),
    (QuestionKind.SCALE, "客户意识：重视内外部客户的需求与反馈"),
    (QuestionKind.TEXT, "请举一个具体的例子，说明 TA 做得好或可以改进的地方"),
)
SCORE_RANGE = range(1, 6)
MAX_TEXT_CHARS = 2000
OPEN_STATUSES = (FeedbackStatus.PENDING, FeedbackStatus.ANSWERED)


@transaction.atomic
def ensure_default_questionnaire(*, actor=None) -> Questionnaire:
    """The questionnaire used when none is chosen, created the first time it is needed."""
    questionnaire, created = Questionnaire.objects.get_or_create(name=DEFAULT_QUESTIONNAIRE)
    if created:
        Question.objects.bulk_create(
            Question(questionnaire=questionnaire, order=i, kind=kind, text=text)
            for i, (kind, text) in enumerate(DEFAULT_QUESTIONS, start=1))
        audit(actor=actor, event="questionnaire.created", target=questionnaire,
              data={"questions": len(DEFAULT_QUESTIONS)})
    return questionnaire


def _relation(subject: Employee, rater: Employee) -> str:
    if rater.pk == subject.manager_id:
        return Relation.MANAGER
    if rater.manager_id == subject.pk:
        return Relation.SUBORDINATE
    return Relation.COLLEAGUE


def _check_request(*, period: Period, subject: Employee, deadline: dt.date,
                   questionnaire: Questionnaire) -> None:
    if not selectors.periods_for(subject).filter(pk=period.pk).exists():
        raise DomainError(_("绩效周期“%(period)s”不包括%(name)s。")
                          % {"period": period.name, "name": subject.name})
    if is_locked(period):
        raise DomainError(_("绩效周期“%(period)s”已发布结果，不能再发起反馈。")
                          % {"period": period.name})
    if deadline < timezone.localdate():
        raise DomainError(_("截止日期不能早于今天。"))
    if not questionnaire.is_active:
        raise DomainError(_("问卷“%(name)s”已停用。") % {"name": questionnaire.name})


def _check_raters(*, period: Period, subject: Employee, raters: list[Employee],
                  customers: list[tuple[str, str]]) -> None:
    if not raters and not customers:
        raise DomainError(_("请至少选择一位评价人。"))
    problems: list[str] = []
    for rater in raters:
        if rater.pk == subject.pk:
            problems.append(_("不能请%(name)s评价自己。") % {"name": subject.name})
        elif not rater.is_active:
            problems.append(_("%(name)s已离职。") % {"name": rater.name})
    for name, email in customers:
        if not name.strip():
            problems.append(_("客户“%(email)s”缺少姓名。") % {"email": email})
        try:
            validate_email(email)
        except ValidationError:
            problems.append(_("“%(email)s”不是有效的电子邮箱。") % {"email": email})
    existing = FeedbackRequest.objects.filter(period=period, subject=subject,
                                              status__in=OPEN_STATUSES)
    asked = set(existing.filter(rater__in=raters).values_list("rater__name", flat=True))
    asked |= set(existing.filter(rater__isnull=True,
                                 rater_email__in=[e for _n, e in customers])
                 .values_list("rater_name", flat=True))
    if asked:
        problems.append(_("已向以下评价人发出过本周期的邀请：%(names)s。")
                        % {"names": join_list(sorted(asked))})
    if problems:
        raise DomainError(" ".join(problems))


@transaction.atomic
def request_feedback(*, period: Period, subject: Employee, actor, deadline: dt.date,
                     raters: Sequence[Employee] = (),
                     customers: Sequence[tuple[str, str]] = (),
                     questionnaire: Questionnaire | None = None,
                     base_url: str = "") -> list[FeedbackRequest]:
    """Ask colleagues, subordinates, managers or customers about `subject` in `period`.

    The relation of an employee rater is read from the org chart. Raters are notified by
    e-mail after commit when `base_url` (the site's address) is given; customers answer
    through the tokenized link in that e-mail, without an account.
    """
    require_recorder(actor, subject)
    questionnaire = questionnaire or ensure_default_questionnaire(actor=actor)
    raters = list({r.pk: r for r in raters}.values())
    customers = list({e.strip().lower(): (n.strip(), e.strip().lower())
                      for n, e in customers}.values())
    _check_request(period=period, subject=subject, deadline=deadline,
                   questionnaire=questionnaire)
    _check_raters(period=period, subject=subject, raters=raters, customers=customers)
    common = {"period": period, "subject": subject, "questionnaire": questionnaire,
              "deadline": deadline, "requested_by": actor}
    created = FeedbackRequest.objects.bulk_create(
        [FeedbackRequest(rater=r, relation=_relation(subject, r), **common) for r in raters]
        + [FeedbackRequest(rater_name=n, rater_email=e, relation=Relation.CUSTOMER, **common)
           for n, e in customers])
    created = list(FeedbackRequest.objects.filter(token__in=[r.token for r in created])
                   .select_related("rater", "subject", "period"))
    for request in created:
        audit(actor=actor, event="feedback.requested", target=request,
              data={"subject": subject.pk, "period": period.pk, "relation": request.relation,
                    "rater": request.rater_id, "deadline": deadline.isoformat()})
    if base_url:
        ids = [r.pk for r in created]
        transaction.on_commit(lambda: notify_raters(request_ids=ids, base_url=base_url))
    return created


def answer_link(request: FeedbackRequest, base_url: str) -> str:
    if request.rater_id is None:
        return base_url.rstrip("/") + reverse("evidence:feedback_answer_token",
                                              args=[request.token])
    return base_url.rstrip("/") + reverse("evidence:feedback_answer", args=[request.pk])


def recipient_language(request: FeedbackRequest) -> str:
    """The rater's own interface language; customers and raters without an account get the
    site's default. The request is usually sent by someone else, in another language."""
    user = request.rater.user if request.rater else None
    if user is not None and user.language and translation.check_for_language(user.language):
        return user.language
    return settings.LANGUAGE_CODE


def invitation_mail(request: FeedbackRequest, base_url: str) -> tuple[str, str]:
    """Subject and body of the invitation, in the recipient's language."""
    with translation.override(recipient_language(request)):
        subject = _("360° 反馈邀请：%(subject)s") % {"subject": request.subject.name}
        body = _("您好，\n\n我们邀请您就%(subject)s在“%(period)s”中的表现提供反馈，"
                 "请在 %(deadline)s 前填写：\n%(link)s\n\n您的答复仅以汇总形式呈现，"
                 "不会显示您的姓名。\n") % {
            "subject": request.subject.name, "period": request.period.name,
            "deadline": request.deadline.isoformat(), "link": answer_link(request, base_url)}
    return subject, body


def notify_raters(*, request_ids: list[int], base_url: str) -> None:
    """One e-mail per rater with the link to answer; a failed send is logged, not raised."""
    for request in FeedbackRequest.objects.filter(pk__in=request_ids).select_related(
            "rater__user", "subject", "period"):
        to = request.rater.email if request.rater else request.rater_email
        if not to:
            continue
        subject, body = invitation_mail(request, base_url)
        try:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [to])
        except Exception:  # a mail server outage must not undo the request
            logger.exception("feedback invitation %s could not be sent", request.pk)


def _require_pending(request: FeedbackRequest) -> None:
    if request.status == FeedbackStatus.ANSWERED:
        raise DomainError(_("该反馈已提交，不能再修改。"), code="final")
    if request.status == FeedbackStatus.DECLINED:
        raise DomainError(_("您已谢绝该反馈邀请。"), code="final")
    if request.status == FeedbackStatus.EXPIRED or request.deadline < timezone.localdate():
        raise DomainError(_("该反馈邀请已于 %(date)s 截止，不能再提交。")
                          % {"date": request.deadline.isoformat()}, code="expired")


def _require_rater(request: FeedbackRequest, actor) -> None:
    """A logged-in rater answers their own request; customers come with their token."""
    if request.rater_id is not None and access.scope_for(actor).employee_id != request.rater_id:
        raise DomainError(_("只有受邀的评价人可以答复。"), code="forbidden")


@transaction.atomic
def answer_feedback(*, request: FeedbackRequest, actor=None, scores: dict[int, int],
                    texts: dict[int, str]) -> FeedbackRequest:
    """Store one rater's answers; every scale question needs a score from 1 to 5.

    Answers are final: a second submission is refused.
    """
    current = FeedbackRequest.objects.select_for_update().get(pk=request.pk)
    _require_rater(current, actor)
    _require_pending(current)
    questions = list(current.questionnaire.questions.all())
    missing = [q.text for q in questions
               if q.kind == QuestionKind.SCALE and scores.get(q.pk) not in SCORE_RANGE]
    if missing:
        raise DomainError(_("请为以下问题评分（1–5 分）：%(questions)s")
                          % {"questions": join_clauses(missing)})
    answers = []
    for question in questions:
        if question.kind == QuestionKind.SCALE:
            answers.append(FeedbackAnswer(request=current, question=question,
                                          score=scores[question.pk]))
        else:
            text = (texts.get(question.pk) or "").strip()[:MAX_TEXT_CHARS]
            answers.append(FeedbackAnswer(request=current, question=question, text=text))
    FeedbackAnswer.objects.bulk_create(answers)
    current.status = FeedbackStatus.ANSWERED
    current.answered_at = timezone.now()
    current.save(update_fields=["status", "answered_at", "updated_at"])
    audit(actor=actor, event="feedback.answered", target=current,
          data={"subject": current.subject_id, "period": current.period_id,
                "relation": current.relation})
    return current


@transaction.atomic
def decline_feedback(*, request: FeedbackRequest, actor=None) -> FeedbackRequest:
    """The rater says no; the request stops counting as unanswered."""
    current = FeedbackRequest.objects.select_for_update().get(pk=request.pk)
    _require_rater(current, actor)
    _require_pending(current)
    current.status = FeedbackStatus.DECLINED
    current.save(update_fields=["status", "updated_at"])
    audit(actor=actor, event="feedback.declined", target=current,
          data={"subject": current.subject_id, "period": current.period_id})
    return current
