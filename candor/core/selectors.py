"""What the home page puts in front of each user: their own sheets and the work waiting."""

from __future__ import annotations

import datetime as dt

from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    IntegerField,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.utils import timezone

from candor import access
from candor.interviews.models import (
    Appeal,
    AppealStatus,
    Correction,
    CorrectionStatus,
    Interview,
    InterviewStatus,
    RecordStatus,
    SelfAssessment,
    Signature,
    SignerRole,
)
from candor.periods.models import GoalSheet, PeriodStatus, SheetStatus
from candor.periods.results.selectors import needs_rating
from candor.plans.selectors.home import plan_work

OPEN_STATUSES = [PeriodStatus.PLANNING, PeriodStatus.GOALS_CONFIRMED, PeriodStatus.IN_PROGRESS,
                 PeriodStatus.SCORING]
TO_RATE_SHOWN = 10
# Each interview list on the home page shows this many rows, then links to the full list.
INTERVIEWS_SHOWN = 8
# A released result older than this is history, not an interview still to arrange.
TO_SCHEDULE_WITHIN_DAYS = 120


def home_work(user) -> dict:
    """At most three small queries for the sheets, plus `interview_work`'s and
    `plan_work`'s, whatever the company size.

    `to_rate` names the reports whose sheets wait for the manager's rating (at most
    TO_RATE_SHOWN; `team_work.to_rate` has the full count), each linking to the rating page.
    """
    scope = access.scope_for(user)
    my_sheets = []
    if scope.employee_id:
        my_sheets = list(
            GoalSheet.objects.filter(employee_id=scope.employee_id)
            .select_related("period").order_by("-period__start_date")[:4]
        )
    team: dict = {}
    to_rate: list[GoalSheet] = []
    if scope.report_ids:
        waiting = Q(period__status=PeriodStatus.SCORING) & Q(awaits_rating=True)
        reports = GoalSheet.objects.filter(employee_id__in=scope.report_ids).annotate(
            awaits_rating=ExpressionWrapper(needs_rating(), output_field=BooleanField()))
        team = reports.filter(period__status__in=OPEN_STATUSES).aggregate(
            unconfirmed=Count("pk", filter=Q(status=SheetStatus.DRAFT,
                                             period__status=PeriodStatus.PLANNING)),
            to_rate=Count("pk", filter=waiting),
            to_rate_periods=Count("period", filter=waiting, distinct=True),
            to_rate_period=Min("period_id", filter=waiting),
        )
        if team["to_rate"]:
            to_rate = list(reports.filter(waiting).select_related("employee", "period")
                           .order_by("period__start_date", "employee__employee_no")
                           [:TO_RATE_SHOWN])
    return {"my_sheets": my_sheets, "team_work": team, "to_rate": to_rate,
            "interview_work": interview_work(user), "plan_work": plan_work(user)}


def _capped(queryset: QuerySet) -> tuple[list, bool]:
    """The first INTERVIEWS_SHOWN rows, and whether there are more (one query)."""
    rows = list(queryset[:INTERVIEWS_SHOWN + 1])
    return rows[:INTERVIEWS_SHOWN], len(rows) > INTERVIEWS_SHOWN


def _signed(role: str) -> Exists:
    return Exists(Signature.objects.filter(record__interview=OuterRef("pk"), role=role))


def interview_work(user, *, now: dt.datetime | None = None) -> dict:
    """The interview work waiting for each of the user's roles, every row read through
    `access`. One query per list shown (at most ten), whatever the number of rows.

    Rows are interviews (with `record` joined) or appeals; `overdue` is set on drafts whose
    24 hours have passed, `assessed` on upcoming interviews whose self-assessment is in.
    """
    now = now or timezone.now()
    scope = access.scope_for(user)
    work: dict = {}
    if scope.user_id is None:
        return work
    interviews = access.visible_interviews(user)
    me = scope.employee_id
    if me:
        work["upcoming"], work["upcoming_more"] = _capped(
            interviews.filter(employee_id=me, status__in=[InterviewStatus.SCHEDULED,
                                                          InterviewStatus.IN_PROGRESS])
            .annotate(assessed=Exists(SelfAssessment.objects.filter(
                interview=OuterRef("pk"), submitted_at__isnull=False)))
            .select_related("manager", "room").order_by("starts_at"))
        work["to_check"], work["to_check_more"] = _capped(
            interviews.filter(employee_id=me, record__status=RecordStatus.WITH_EMPLOYEE)
            .exclude(_signed(SignerRole.EMPLOYEE))
            .exclude(Exists(Appeal.objects.filter(  # appealed instead of signing: waits
                record__interview=OuterRef("pk"), status=AppealStatus.REFERRED)))
            .select_related("manager", "record").order_by("record__submitted_at"))
        work["my_appeals"], work["my_appeals_more"] = _capped(
            access.visible_appeals(user).filter(employee_id=me, status=AppealStatus.REFERRED)
            .select_related("sheet__period").order_by("created_at"))
    if me and scope.direct_report_ids:
        work.update(_manager_work(user, interviews, me, scope.direct_report_ids, now))
    if me and scope.is_hr:
        work.update(_host_work(interviews, me, now))
    if scope.is_committee:
        work["appeals"], work["appeals_more"] = _capped(
            access.visible_appeals(user).filter(status=AppealStatus.REFERRED)
            .select_related("employee__department", "sheet__period").order_by("created_at"))
    return work


def _manager_work(user, interviews: QuerySet, me: int, reports, now: dt.datetime) -> dict:
    """Reports still to meet, drafts to write, records to sign, corrections to answer."""
    since = timezone.localtime(now).date() - dt.timedelta(days=TO_SCHEDULE_WITHIN_DAYS)
    met = Interview.objects.filter(sheet=OuterRef("pk")).exclude(
        status=InterviewStatus.CANCELLED)
    work: dict = {}
    work["to_schedule"], work["to_schedule_more"] = _capped(
        access.visible_sheets(user).filter(
            employee_id__in=reports, employee__is_active=True, status=SheetStatus.SCORED,
            period__status__in=[PeriodStatus.RELEASED, PeriodStatus.CLOSED],
            period__end_date__gte=since)
        .exclude(Exists(met)).select_related("employee", "period")
        .order_by("period__end_date", "employee__employee_no"))
    led = interviews.filter(manager_id=me)
    drafts, work["drafts_more"] = _capped(
        led.filter(status=InterviewStatus.HELD, record__status=RecordStatus.DRAFT)
        .select_related("employee", "record").order_by("record__due_at"))
    for interview in drafts:
        due = interview.record.due_at
        interview.overdue = due is not None and due < now
    work["drafts"] = drafts
    work["to_sign"], work["to_sign_more"] = _capped(
        led.filter(record__status=RecordStatus.WITH_EMPLOYEE)
        .filter(_signed(SignerRole.EMPLOYEE)).exclude(_signed(SignerRole.MANAGER))
        .select_related("employee", "record").order_by("record__submitted_at"))
    open_count = (Correction.objects.filter(record__interview=OuterRef("pk"),
                                            status=CorrectionStatus.OPEN)
                  .values("record").annotate(n=Count("pk")).values("n"))
    work["corrections"], work["corrections_more"] = _capped(
        led.filter(record__status=RecordStatus.CORRECTIONS)
        .annotate(open_corrections=Subquery(open_count, output_field=IntegerField()))
        .select_related("employee", "record").order_by("record__updated_at"))
    return work


def _host_work(interviews: QuerySet, me: int, now: dt.datetime) -> dict:
    """HR: the interviews they host this week, and late drafts anywhere in their scope."""
    today = timezone.localtime(now).date()
    monday = today - dt.timedelta(days=today.weekday())
    start = timezone.make_aware(dt.datetime.combine(monday, dt.time.min))
    work: dict = {}
    work["hosting"], work["hosting_more"] = _capped(
        interviews.filter(host_id=me, starts_at__gte=start,
                          starts_at__lt=start + dt.timedelta(days=7))
        .exclude(status=InterviewStatus.CANCELLED)
        .select_related("employee", "manager", "room").order_by("starts_at"))
    work["late_drafts"], work["late_drafts_more"] = _capped(
        interviews.filter(status=InterviewStatus.HELD, record__status=RecordStatus.DRAFT,
                          record__due_at__lt=now)
        .select_related("employee", "manager", "record").order_by("record__due_at"))
    return work
