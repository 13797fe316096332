"""Q3 interviews for the demo company 星河科技, loaded after the periods (issue 4, scope 13).

One interview in each state of the flow, on people a demo visitor signs in as:
- 张伟 (employee) with 王强 (manager): held in October, record complete, both signed, sealed;
  sealing made his improvement plan, followed up since (candor.plans.demo): one measure done,
  one on track, one at risk with an overdue checkpoint, and 王强's test environment promised
  and not delivered;
- 吴昊 with 王强: the draft submitted, waiting for the employee to check and sign;
- 郑凯 with 王强: held a few working days ago, the draft half written and past its 24 hours;
- 冯晓东 with 王强: scheduled next week, his self-assessment still a draft;
- 李娜 (outsider) with 赵敏 (manager2): the record submitted and her appeal on the data
  waiting for the committee (committee: 陈静).
王强's other reports have a released Q3 result and no interview yet, so his home page has
interviews still to arrange.

Everything goes through the interview services with their `now=`, so the notice rule, the
24-hour clock, the audit trail and the hash chain are the product's own. The October dates
are fixed; the interviews still in flight are placed relative to the day of loading so that
they stay in flight. One exception, where it happens: the self-assessment service stamps
the real time of submission, which the demo moves back to before the interview.

Idempotent: rooms are created when missing, the interviews (and 张伟's plan) only while Q3
has none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from candor.core.audit import audit
from candor.interviews import demo_data as data
from candor.interviews.models import (
    Addendum,
    Appeal,
    Correction,
    Interview,
    InterviewPolicy,
    InterviewType,
    Record,
    RecordChainHead,
    RecordSection,
    Room,
    SelfAssessment,
    Signature,
)
from candor.interviews.services import appeals, preparation, scheduling, sealing
from candor.interviews.services import record as records
from candor.interviews.services.rules import earliest_date
from candor.notifications.models import Reminder
from candor.org.demo import DEMO_PASSWORD
from candor.org.models import Department, Employee
from candor.periods.demo import Q3, ROOT_CODE, Cast
from candor.periods.models import GoalSheet, Period
from candor.plans.demo import follow_up_plan
from candor.plans.models import Plan
from candor.workdays.calendar import add_workdays, is_workday

ZHANG_WEI, WU_HAO, ZHENG_KAI, FENG_XIAODONG, LI_NA = (
    "XH0102", "XH0103", "XH0104", "XH0105", "XH0302")


@dataclass
class InterviewsDemoSummary:
    rooms: int = 0
    interviews: int = 0
    plans: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.rooms or self.interviews or self.plans)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A wall-clock time in the company's time zone (Asia/Shanghai)."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


def next_week_day(today: dt.date) -> dt.date:
    """Tuesday next week, or the first working day after it that the notice rule allows."""
    day = today + dt.timedelta(days=7 - today.weekday() + 1)
    day = max(day, earliest_date(today, InterviewPolicy.current()))
    while not is_workday(day):
        day += dt.timedelta(days=1)
    return day


def _fill(record: Record, actor, sections: dict[str, dict], sheet: GoalSheet) -> None:
    """Write the sections as the manager would, one save per section."""
    rank = (f"{sheet.rank_department}/{sheet.rank_department_size}"
            if sheet.rank_department else "—")
    values = {"total": f"{sheet.total.normalize():f}" if sheet.total is not None else "—",
              "grade": sheet.grade or "—", "rank": rank}
    for key, content in sections.items():
        if key == "goal_review":
            content = {"comment": content["comment"].format(**values)}
        current = record.sections.filter(key=key).first()
        records.save_section(actor=actor, record=record, key=key, data=content,
                             version=current.version if current else 0)


class _Builder:
    """Drives one interview at a time through the services, acting as the person whose
    step it is (manager, employee), with the demo people and their Q3 sheets at hand."""

    def __init__(self, cast: Cast, period: Period, rooms: dict[str, Room]) -> None:
        self.cast, self.period, self.rooms = cast, period, rooms
        self.sheets = {s.employee_id: s for s in GoalSheet.objects.filter(
            period=period, employee__employee_no__in=[
                ZHANG_WEI, WU_HAO, ZHENG_KAI, FENG_XIAODONG, LI_NA])}

    def person(self, no: str) -> Employee | None:
        employee = self.cast.by_no.get(no)
        if employee is None or employee.pk not in self.sheets or employee.manager_id is None:
            return None
        return employee

    def user(self, employee_id: int):
        return self.cast.users[employee_id]

    def book(self, employee: Employee, *, room: str, starts_at: dt.datetime,
             booked_at: dt.datetime, minutes: int = 60) -> Interview:
        return scheduling.schedule_interview(
            actor=self.user(employee.manager_id), employee=employee,
            kind=InterviewType.REGULAR, sheet=self.sheets[employee.pk], starts_at=starts_at,
            duration_minutes=minutes, room=self.rooms[room], confirm=True, now=booked_at)

    def hold(self, interview: Interview, minutes: int) -> Interview:
        manager = self.user(interview.manager_id)
        scheduling.start_conversation(actor=manager, interview=interview,
                                      now=interview.starts_at + dt.timedelta(minutes=2))
        return scheduling.end_conversation(
            actor=manager, interview=interview,
            now=interview.starts_at + dt.timedelta(minutes=2 + minutes))

    def self_assessment(self, interview: Interview, content: dict, *,
                        submitted_at: dt.datetime | None = None) -> None:
        assessment = preparation.save_self_assessment(
            actor=self.user(interview.employee_id), interview=interview, data=content,
            submit=submitted_at is not None)
        if submitted_at is not None:
            # The service stamps the real time; the demo's employee wrote it before the talk.
            SelfAssessment.objects.filter(pk=assessment.pk).update(submitted_at=submitted_at)

    def written(self, interview: Interview, sections: dict[str, dict]) -> Record:
        record = interview.record
        _fill(record, self.user(interview.manager_id), sections,
              self.sheets[interview.employee_id])
        return record

    def submit(self, record: Record, interview: Interview, *, hours: float) -> Record:
        return records.submit_draft(actor=self.user(interview.manager_id), record=record,
                                    now=interview.ended_at + dt.timedelta(hours=hours))

    # The five interviews ---------------------------------------------------------------

    def sealed(self, employee: Employee, today: dt.date) -> Plan | None:
        """张伟: booked 20 Oct for Monday 26 Oct, written that afternoon, signed the next day;
        the plan sealing made is then followed up by him and 王强."""
        interview = self.book(employee, room="小会议室A", starts_at=at(dt.date(2026, 10, 26), 10),
                              booked_at=at(dt.date(2026, 10, 20), 9, 30))
        self.self_assessment(interview, data.ZHANG_WEI_SELF_ASSESSMENT,
                             submitted_at=at(dt.date(2026, 10, 23), 17, 20))
        preparation.save_preparation(actor=self.user(employee.manager_id), interview=interview,
                                     data=data.ZHANG_WEI_PREPARATION)
        interview = self.hold(interview, 63)
        record = self.submit(self.written(interview, data.zhang_wei_record(today)), interview,
                             hours=5)
        employee_user = self.user(employee.pk)
        records.save_section(actor=employee_user, record=record, key="employee_comments",
                             data=data.ZHANG_WEI_COMMENTS, version=0)
        sealing.sign_record(actor=employee_user, record=record, password=DEMO_PASSWORD,
                            now=at(dt.date(2026, 10, 27), 9, 40))
        manager_user = self.user(employee.manager_id)
        sealing.sign_record(actor=manager_user, record=record,
                            password=DEMO_PASSWORD, now=at(dt.date(2026, 10, 27), 10, 15))
        plan = record.plans.first()
        if plan is not None:
            follow_up_plan(plan=plan, employee_user=employee_user, manager_user=manager_user)
        return plan

    def appealed(self, employee: Employee) -> None:
        """李娜: talked on 28 Oct, the record came to her the next morning; instead of signing
        she disputes the complaint figure."""
        interview = self.book(employee, room="洽谈室3", starts_at=at(dt.date(2026, 10, 28), 14, 30),
                              booked_at=at(dt.date(2026, 10, 21), 10))
        interview = self.hold(interview, 55)
        record = self.submit(self.written(interview, data.LI_NA_RECORD), interview, hours=18)
        appeals.file_appeal(actor=self.user(employee.pk), record=record, items=data.LI_NA_APPEAL)

    def with_employee(self, employee: Employee, today: dt.date) -> None:
        """吴昊: held two working days ago; the draft went to him the same evening."""
        day = add_workdays(today, -2)
        interview = self.book(employee, room="小会议室B", starts_at=at(day, 15),
                              booked_at=at(add_workdays(day, -5), 9))
        interview = self.hold(interview, 58)
        self.submit(self.written(interview, data.WU_HAO_RECORD), interview, hours=2)

    def overdue(self, employee: Employee, today: dt.date) -> None:
        """郑凯: held three working days ago; the draft, half written, is past its 24 hours."""
        day = add_workdays(today, -3)
        interview = self.book(employee, room="小会议室A", starts_at=at(day, 13, 30),
                              booked_at=at(add_workdays(day, -6), 9))
        self.written(self.hold(interview, 50), data.ZHENG_KAI_DRAFT)

    def scheduled(self, employee: Employee, today: dt.date) -> None:
        """冯晓东: booked today for next week; he has started his self-assessment."""
        interview = self.book(employee, room="洽谈室3", starts_at=at(next_week_day(today), 10),
                              booked_at=timezone.now())
        self.self_assessment(interview, data.FENG_XIAODONG_SELF_ASSESSMENT)
        preparation.save_preparation(actor=self.user(employee.manager_id), interview=interview,
                                     data=data.FENG_XIAODONG_PREPARATION)


def _ensure_rooms(summary: InterviewsDemoSummary) -> dict[str, Room]:
    rooms = {}
    for name, location, capacity, leader_office in data.ROOMS:
        room = Room.objects.filter(name=name).first()
        if room is None:
            room = Room.objects.create(name=name, location=location, capacity=capacity,
                                       is_leader_office=leader_office)
            summary.rooms += 1
        rooms[name] = room
    return rooms


@transaction.atomic
def load_interviews_demo() -> InterviewsDemoSummary:
    """Create the rooms and the Q3 interviews when missing; the periods demo comes first."""
    summary = InterviewsDemoSummary()
    period = Period.objects.filter(name=Q3.name).first()
    rooms = _ensure_rooms(summary)
    if period is not None and period.results_released and not Interview.objects.filter(
            sheet__period=period).exists():
        today = timezone.localdate()
        builder = _Builder(Cast.load(), period, rooms)
        steps = ((ZHANG_WEI, lambda e: builder.sealed(e, today)), (LI_NA, builder.appealed),
                 (WU_HAO, lambda e: builder.with_employee(e, today)),
                 (ZHENG_KAI, lambda e: builder.overdue(e, today)),
                 (FENG_XIAODONG, lambda e: builder.scheduled(e, today)))
        for no, build in steps:
            employee = builder.person(no)
            if employee is not None:
                if isinstance(build(employee), Plan):
                    summary.plans += 1
                summary.interviews += 1
    if summary.changed:
        audit(actor=None, event="interviews.demo_loaded",
              target=Department.objects.get(code=ROOT_CODE),
              data={"rooms": summary.rooms, "interviews": summary.interviews,
                    "plans": summary.plans})
    return summary


def wipe_interviews() -> int:
    """Delete every interview, record, signature, appeal and room, children first (they are
    PROTECTed), so that `load_demo --reset` can delete the periods and people behind them."""
    from candor.plans.models import FollowUp, Plan, Recognition

    deleted = Reminder.objects.filter(target_type__startswith="plans.").delete()[0]
    deleted += FollowUp.objects.all().delete()[0]
    deleted += Recognition.objects.all().delete()[0]
    Plan.objects.update(revision_of=None, closed_by_record=None)
    deleted += Plan.objects.all().delete()[0]
    for model in (Appeal, Signature, Addendum, Correction, RecordSection, Record, Interview,
                  RecordChainHead, Room):
        deleted += model.objects.all().delete()[0]
    deleted += Reminder.objects.filter(target_type__startswith="interviews.").delete()[0]
    return deleted
