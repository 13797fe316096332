"""The manager's preparation pack (R3.4) and the employee's reference on the self-assessment
page: everything read through `candor.access`, in a fixed number of queries whatever the
number of goals, key events or facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count
from django.utils import timezone

from candor import access
from candor.evidence import selectors as evidence
from candor.evidence.models import CheckInKind, FactKind, PersonnelFact
from candor.interviews.models import (
    Interview,
    InterviewStatus,
    Preparation,
    RecordSection,
    RecordStatus,
    SelfAssessment,
)
from candor.interviews.selectors import carryover
from candor.interviews.services import rules
from candor.periods.models import Goal, GoalSheet, Period
from candor.plans.models import Commitment, CommitmentStatus, Plan
from candor.plans.services import lifecycle

KEY_EVENTS_SHOWN = 50
FACT_KINDS = (FactKind.REWARD, FactKind.PENALTY, FactKind.TRAINING)


@dataclass
class GoalResults:
    """A sheet's goals; the result figures only for someone allowed to see them."""

    sheet: GoalSheet
    goals: list[Goal]
    show_result: bool


@dataclass
class PreviousPlan:
    """The plan the next interview reports on (R4.2), as the manager prepares for it."""

    plan: Plan
    measures: list[carryover.MeasureState]
    commitments: list[Commitment]

    @property
    def delivered(self) -> int:
        return sum(1 for c in self.commitments if c.status == CommitmentStatus.DELIVERED)

    @property
    def open(self) -> int:
        return sum(1 for c in self.commitments if c.status == CommitmentStatus.OPEN)


@dataclass
class PreviousInterview:
    interview: Interview
    measures: list[dict]
    plan: PreviousPlan | None = None


@dataclass
class Pack:
    interview: Interview
    period: Period | None
    results: GoalResults | None
    key_events: list = field(default_factory=list)
    feedback: evidence.FeedbackSummary | None = None
    check_ins: int = 0
    conversations: int = 0
    facts: list = field(default_factory=list)
    previous: PreviousInterview | None = None
    self_assessment: SelfAssessment | None = None
    preparation: Preparation | None = None
    warnings: list[str] = field(default_factory=list)


def goal_results(user, interview: Interview) -> GoalResults | None:
    """The interview's sheet with its goals (one query), or None without a sheet."""
    sheet = interview.sheet
    if sheet is None:
        return None
    goals = list(Goal.objects.filter(sheet=sheet).order_by("order", "pk"))
    return GoalResults(sheet=sheet, goals=goals, show_result=access.can_see_result(user, sheet))


def period_of(interview: Interview) -> Period | None:
    """The sheet's period, else the employee's period around the interview date (types such
    as a development interview may have no sheet)."""
    if interview.sheet is not None:
        return interview.sheet.period
    day = timezone.localtime(interview.starts_at).date()
    periods = list(evidence.periods_for(interview.employee))
    ended = [p for p in periods if p.end_date < day]
    return ended[0] if ended else evidence.pick_period(periods, None, today=day)


def submitted_self_assessment(interview: Interview) -> SelfAssessment | None:
    return SelfAssessment.objects.filter(interview=interview,
                                         submitted_at__isnull=False).first()


def previous_interview(user, interview: Interview) -> PreviousInterview | None:
    """The latest earlier interview with the same employee whose record is sealed, with the
    improvement measures agreed then (two queries)."""
    previous = (access.visible_interviews(user)
                .filter(employee_id=interview.employee_id, starts_at__lt=interview.starts_at,
                        record__status=RecordStatus.SEALED)
                .exclude(pk=interview.pk).exclude(status=InterviewStatus.CANCELLED)
                .select_related("record").order_by("-starts_at").first())
    if previous is None:
        return None
    content = (RecordSection.objects.filter(record=previous.record, key="measures")
               .values_list("content", flat=True).first()) or {}
    items = content.get("items") if isinstance(content, dict) else None
    return PreviousInterview(interview=previous,
                             measures=[i for i in items or [] if isinstance(i, dict)],
                             plan=previous_plan(user, interview, previous))


def previous_plan(user, interview: Interview, previous: Interview) -> PreviousPlan | None:
    """The plan this interview will close (still open from an earlier record), else the one
    the previous record agreed; with each measure's state and the promises made (a fixed
    number of queries)."""
    plans = access.visible_plans(user).select_related("record__interview")
    still_open = lifecycle.previous_plan(interview)
    plan = (plans.filter(pk=still_open.pk).first() if still_open is not None
            else plans.filter(record=previous.record, revision_of__isnull=True)
            .order_by("-pk").first())
    if plan is None:
        return None
    return PreviousPlan(plan=plan, measures=carryover.states(plan),
                        commitments=list(plan.commitments.order_by("due", "pk")))


def _within(period: Period | None, qs, *, date_field: str = "date"):
    if period is None:
        return qs
    return qs.filter(**{f"{date_field}__range": (period.start_date, period.end_date)})


def build_pack(user, interview: Interview) -> Pack:
    """What the manager reads before the interview. The caller has checked can_prepare."""
    employee = interview.employee
    period = period_of(interview)
    events = (access.visible_key_events(user).filter(employee=employee)
              .select_related("author__employee"))
    if period is not None:
        events = events.filter(evidence.in_period(period))
    check_ins = _within(period, access.visible_check_ins(user).filter(employee=employee))
    counts = {"all": 0, "conversation": 0}
    for kind, n in _counts(check_ins):
        counts["all"] += n
        if kind == CheckInKind.CONVERSATION:
            counts["conversation"] += n
    facts = access.scope_queryset(
        user, PersonnelFact.objects.filter(employee=employee, kind__in=FACT_KINDS),
        subject="employee")
    return Pack(
        interview=interview,
        period=period,
        results=goal_results(user, interview),
        key_events=list(events[:KEY_EVENTS_SHOWN]),
        feedback=(evidence.feedback_summary(employee, period, for_subject=False)
                  if period is not None else None),
        check_ins=counts["all"],
        conversations=counts["conversation"],
        facts=list(_within(period, facts).order_by("kind", "-date", "-pk")),
        previous=previous_interview(user, interview),
        self_assessment=submitted_self_assessment(interview),
        preparation=Preparation.objects.filter(interview=interview).first(),
        warnings=[rules.warning_text(w) for w in interview.warnings or []],
    )


def _counts(check_ins) -> list[tuple[str, int]]:
    return list(check_ins.order_by().values("kind").annotate(n=Count("pk"))
                .values_list("kind", "n"))


def due_time(interview: Interview) -> datetime:
    """The self-assessment is due when the interview starts."""
    return interview.starts_at
