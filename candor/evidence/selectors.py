"""Reads of evidence that are more than a filter: periods of a person, check-in flags,
360° aggregates and the evidence page.

Every function that returns rows about people takes the viewer's scope from
`candor.access` or is given an already-scoped queryset; none decides visibility itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from candor import access
from candor.evidence.models import (
    CheckIn,
    CheckInKind,
    FeedbackAnswer,
    FeedbackRequest,
    FeedbackStatus,
    PersonnelFact,
    Question,
    QuestionKind,
)
from candor.org.models import Department, Employee
from candor.periods.models import Period, PeriodStatus

# --- Periods a person belongs to -----------------------------------------------------------

LOCKED_STATUSES = {PeriodStatus.RELEASED, PeriodStatus.CLOSED}
RECENT = 50


def department_ancestor_ids(department_id: int) -> list[int]:
    """The department and every department above it (one query per level)."""
    found: list[int] = []
    current: int | None = department_id
    while current is not None and current not in found:
        found.append(current)
        current = (Department.objects.filter(pk=current)
                   .values_list("parent_id", flat=True).first())
    return found


def periods_for(employee: Employee) -> QuerySet[Period]:
    """Periods covering the employee: a period covers the sub-departments of its departments."""
    ancestors = department_ancestor_ids(employee.department_id)
    ids = Period.objects.filter(departments__in=ancestors).values("pk")
    return Period.objects.filter(pk__in=ids).order_by("-start_date", "name")


def covering_period(employee: Employee, date: dt.date) -> Period | None:
    """The period a dated record about the employee belongs to, if any covers that date."""
    return periods_for(employee).filter(start_date__lte=date, end_date__gte=date).first()


def pick_period(periods: list[Period], wanted: str | None,
                today: dt.date | None = None) -> Period | None:
    """The period asked for in ?period=, else the one running today, else the latest begun."""
    today = today or timezone.localdate()
    if wanted:
        for period in periods:
            if str(period.pk) == wanted:
                return period
    running = [p for p in periods if p.start_date <= today <= p.end_date]
    if running:
        return running[0]
    begun = [p for p in periods if p.start_date <= today]
    return begun[0] if begun else (periods[-1] if periods else None)


def in_period(period: Period) -> Q:
    """Dated records filed under the period, or unfiled ones dated within it."""
    return Q(period=period) | Q(period__isnull=True,
                                date__range=(period.start_date, period.end_date))


# --- Check-in flags (R2.8) -----------------------------------------------------------------

FEWER_THAN_TWO = "fewer_than_two"
NO_WEEKLY = "no_weekly"
FLAG_LABELS = {
    FEWER_THAN_TWO: _("本周期绩效沟通少于两次"),
    NO_WEEKLY: _("关键岗位有周次未进行每周沟通"),
}
MIN_CONVERSATIONS = 2

ConversationSource = Callable[[Period, QuerySet], dict[int, int]]
_conversation_sources: list[ConversationSource] = []


def register_conversation_source(source: ConversationSource) -> None:
    """Hook for other apps whose events count as a conversation (a formal interview does).

    `source(period, employees)` returns {employee_id: count} for the given employee
    queryset within the period, in a bounded number of queries.
    """
    if source not in _conversation_sources:
        _conversation_sources.append(source)


class CheckinFlags(dict):
    """{employee_id: [flag, …]} in roster order, with counts a summary template can show."""

    @property
    def fewer_than_two_count(self) -> int:
        return sum(FEWER_THAN_TWO in reasons for reasons in self.values())

    @property
    def no_weekly_count(self) -> int:
        return sum(NO_WEEKLY in reasons for reasons in self.values())

    def labels(self, employee_id: int) -> list[str]:
        return [str(FLAG_LABELS[r]) for r in self.get(employee_id, [])]


def period_employees(period: Period) -> QuerySet[Employee]:
    """Active employees in the period's departments, sub-departments included."""
    departments = access.department_subtree_ids(period.departments.values_list("pk", flat=True))
    return Employee.objects.filter(is_active=True, department_id__in=departments)


def weeks_due(period: Period, today: dt.date) -> list[dt.date]:
    """Mondays of the ISO weeks in which a key position needed a weekly conversation.

    A week counts once it is over (its Sunday is past or today), and the period's last,
    possibly partial, week counts once the period has ended. A check-in anywhere in the
    week counts, even on a day just before the period started.
    """
    weeks: list[dt.date] = []
    last = min(today, period.end_date)
    monday = period.start_date - dt.timedelta(days=period.start_date.weekday())
    while monday <= last:
        sunday = monday + dt.timedelta(days=6)
        if sunday <= today or (monday <= period.end_date <= sunday and period.end_date < today):
            weeks.append(monday)
        monday += dt.timedelta(days=7)
    return weeks


def checkin_flags(period: Period, *, within: QuerySet | None = None,
                  today: dt.date | None = None) -> CheckinFlags:
    """Employees of the period who lack check-ins, with the reasons.

    "fewer_than_two": fewer than two conversations dated within the period (formal
    interviews count through `register_conversation_source`); "no_weekly": a key position
    with an elapsed week of the period lacking a conversation or weekly check-in.
    `within` restricts to the viewer's scope. The query count does not grow with headcount.
    """
    today = today or timezone.localdate()
    people = period_employees(period)
    if within is not None:
        people = people.filter(pk__in=within.values("pk"))
    roster = list(people.order_by("employee_no").values_list("pk", "position__is_key"))
    if not roster:
        return CheckinFlags()
    conversations: dict[int, int] = dict(
        CheckIn.objects.filter(employee__in=people.values("pk"), kind=CheckInKind.CONVERSATION,
                               date__range=(period.start_date, period.end_date))
        .values("employee_id").annotate(n=Count("pk")).values_list("employee_id", "n"))
    for source in _conversation_sources:
        for employee_id, n in source(period, people).items():
            conversations[employee_id] = conversations.get(employee_id, 0) + n
    weeks = weeks_due(period, today)
    covered: dict[int, int] = {}
    if weeks and any(is_key for _pk, is_key in roster):
        covered = dict(
            CheckIn.objects.filter(
                employee__in=people.filter(position__is_key=True).values("pk"),
                kind__in=[CheckInKind.CONVERSATION, CheckInKind.WEEKLY],
                date__range=(weeks[0], weeks[-1] + dt.timedelta(days=6)))
            .values("employee_id").annotate(n=Count(TruncWeek("date"), distinct=True))
            .values_list("employee_id", "n"))
    flags = CheckinFlags()
    for pk, is_key in roster:
        reasons = []
        if conversations.get(pk, 0) < MIN_CONVERSATIONS:
            reasons.append(FEWER_THAN_TWO)
        if is_key and weeks and covered.get(pk, 0) < len(weeks):
            reasons.append(NO_WEEKLY)
        if reasons:
            flags[pk] = reasons
    return flags


# --- 360° feedback -------------------------------------------------------------------------

ONE_DP = Decimal("0.1")


@dataclass
class QuestionSummary:
    question: Question
    count: int = 0
    average: Decimal | None = None
    texts: list[str] = field(default_factory=list)


@dataclass
class FeedbackSummary:
    """One subject's feedback in one period, never tied to a rater."""

    requested: int
    answered: int
    declined: int
    questions: list[QuestionSummary]
    requests: list[FeedbackRequest] = field(default_factory=list)
    min_answers: int = access.MIN_FEEDBACK_ANSWERS

    @property
    def enough(self) -> bool:
        return self.answered >= self.min_answers

    @property
    def response_rate(self) -> int | None:
        """Answered share of requests, in whole percent."""
        if not self.requested:
            return None
        rate = Decimal(self.answered * 100) / Decimal(self.requested)
        return int(rate.quantize(Decimal(1), rounding=ROUND_HALF_UP))

    @property
    def unanswered(self) -> list[FeedbackRequest]:
        return [r for r in self.requests if r.status == FeedbackStatus.PENDING]


def _aggregate(subject: Employee, period: Period) -> list[QuestionSummary]:
    answered = FeedbackRequest.objects.filter(subject=subject, period=period,
                                              status=FeedbackStatus.ANSWERED)
    questions = {q.pk: QuestionSummary(question=q) for q in Question.objects.filter(
        questionnaire_id__in=answered.values("questionnaire_id"))
        .order_by("questionnaire_id", "order", "pk")}
    answers = FeedbackAnswer.objects.filter(request__in=answered.values("pk"))
    for question_id, n, total in (answers.filter(score__isnull=False)
                                  .values("question_id").annotate(n=Count("pk"), total=Sum("score"))
                                  .values_list("question_id", "n", "total")):
        if question_id in questions:
            summary = questions[question_id]
            summary.count = n
            summary.average = (Decimal(total) / Decimal(n)).quantize(ONE_DP, ROUND_HALF_UP)
    # Sorted by text, not by answer time, so the order says nothing about who wrote what.
    for question_id, text in (answers.filter(question__kind=QuestionKind.TEXT).exclude(text="")
                              .order_by("text").values_list("question_id", "text")):
        if question_id in questions:
            questions[question_id].texts.append(text)
            questions[question_id].count += 1
    return list(questions.values())


def feedback_summary(subject: Employee, period: Period, *, for_subject: bool) -> FeedbackSummary:
    """Aggregates per question; the subject gets them only from MIN_FEEDBACK_ANSWERS up,
    and never the list of requests (which names the raters)."""
    counts = dict(FeedbackRequest.objects.filter(subject=subject, period=period)
                  .values("status").annotate(n=Count("pk")).values_list("status", "n"))
    summary = FeedbackSummary(requested=sum(counts.values()),
                              answered=counts.get(FeedbackStatus.ANSWERED, 0),
                              declined=counts.get(FeedbackStatus.DECLINED, 0), questions=[])
    if not for_subject:
        summary.requests = list(FeedbackRequest.objects.filter(subject=subject, period=period)
                                .select_related("rater").order_by("status", "deadline", "pk"))
    if summary.answered and (summary.enough or not for_subject):
        summary.questions = _aggregate(subject, period)
    return summary


def pending_feedback_count(user) -> int:
    """Open requests the user is asked to answer (for the nav badge)."""
    return (access.feedback_to_answer(user)
            .filter(status=FeedbackStatus.PENDING, deadline__gte=timezone.localdate()).count())


# --- One employee's evidence page ----------------------------------------------------------

@dataclass
class EmployeeEvidence:
    period: Period | None
    key_events: list
    check_ins: list
    facts: list
    feedback: FeedbackSummary | None
    flags: list[str]


def employee_evidence(user, employee: Employee, period: Period | None, *,
                      for_subject: bool) -> EmployeeEvidence:
    """What the page shows for one period; every list is read through the user's scope, so
    the employee does not get uncited key events, and gets feedback only as aggregates."""
    events = (access.visible_key_events(user).filter(employee=employee)
              .select_related("author__employee", "period"))
    check_ins = (access.visible_check_ins(user).filter(employee=employee)
                 .select_related("author__employee"))
    facts = access.scope_queryset(user, PersonnelFact.objects.filter(employee=employee),
                                  subject="employee")
    if period is None:
        return EmployeeEvidence(period=None, key_events=list(events[:RECENT]),
                                check_ins=list(check_ins[:RECENT]), facts=list(facts[:RECENT]),
                                feedback=None, flags=[])
    within = Employee.objects.filter(pk=employee.pk)
    return EmployeeEvidence(
        period=period,
        key_events=list(events.filter(in_period(period))),
        check_ins=list(check_ins.filter(date__range=(period.start_date, period.end_date))),
        facts=list(facts.filter(date__range=(period.start_date, period.end_date))),
        feedback=feedback_summary(employee, period, for_subject=for_subject),
        flags=checkin_flags(period, within=within).labels(employee.pk),
    )
