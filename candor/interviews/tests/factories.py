"""Shared interview test data: a released Q3 result, and interviews driven through the real
services to any state (booked, held, submitted, sealed). Times are passed as `now` so the
notice rule holds without waiting."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from zoneinfo import ZoneInfo

from candor.core.testing import PERSONA_PASSWORD
from candor.interviews.models import Interview, InterviewType, Record, Room
from candor.interviews.services import record as record_services
from candor.interviews.services import scheduling, sealing
from candor.periods.models import PeriodKind, PeriodStatus, SheetStatus
from candor.periods.tests.factories import make_period, make_sheet

SHANGHAI = ZoneInfo("Asia/Shanghai")
_seq = itertools.count(1)

# Q3 2026 ends 30 Sep; interviews are booked on 12 Oct for 19 Oct, a Monday.
BOOKED_ON = dt.datetime(2026, 10, 12, 9, 0, tzinfo=SHANGHAI)
STARTS_AT = dt.datetime(2026, 10, 19, 10, 0, tzinfo=SHANGHAI)

COMPLETE_RECORD = {
    "goal_review": {"comment": "利润超额完成，任务数略低于目标。"},
    "strengths": {"items": [{"text": "客户沟通主动",
                             "case": "9 月主动回访 12 家重点客户，续约 10 家。"}]},
    "shortcomings": {"items": [{"text": "测试覆盖不足", "employee_cause": "测试环境不够用",
                                "manager_cause": "排期时没有预留测试时间"}]},
    "agreement": {"agreed": "本期等级为优-。", "disagreements": "无"},
    "measures": {"items": [{"measure": "每月完成 1 门数据分析课程", "steps": "报名公司数据分析课程",
                            "owner": "张伟", "deadline": "2026-12-31",
                            "support_type": "training", "support": "培训预算",
                            "checkpoints": "11-30 完成第 1 门课程"}]},
    "support": {"items": [{"commitment": "安排 IT 测试环境", "owner": "王强",
                           "due": "2026-11-15"}]},
    "next_goals": {"items": [{"goal": "利润 3500 万元", "target": "季度财报",
                              "deadline": "2026-12-31"}]},
    "type_focus": {"text": "部门整体完成 105%。"},
}


def make_room(name: str = "", *, leader_office: bool = False) -> Room:
    return Room.objects.create(name=name or f"会议室{next(_seq)}",
                               is_leader_office=leader_office)


def released_sheet(employee, *, total: str = "109", grade: str = "优-",
                   multiplier: str = "1.10", period=None):
    """A Q3 sheet with a released result (the seed's example by default)."""
    period = period or make_period(
        f"2026年第三季度{next(_seq)}", kind=PeriodKind.QUARTERLY,
        start_date=dt.date(2026, 7, 1), end_date=dt.date(2026, 9, 30),
        status=PeriodStatus.RELEASED, departments=[employee.department])
    return make_sheet(period, employee, status=SheetStatus.SCORED, total=Decimal(total),
                      grade=grade, multiplier=Decimal(multiplier), rank_department=1,
                      rank_department_size=1)


def book(personas, *, employee=None, kind: str = InterviewType.REGULAR, sheet=None,
         starts_at: dt.datetime = STARTS_AT, now: dt.datetime = BOOKED_ON, room=None,
         minutes: int = 60, actor=None) -> Interview:
    employee = employee or personas.employee
    if sheet is None and kind in (InterviewType.REGULAR, InterviewType.IMPROVEMENT,
                                  InterviewType.WARNING):
        sheet = released_sheet(employee)
    return scheduling.schedule_interview(
        actor=actor or employee.manager.user, employee=employee, kind=kind, sheet=sheet,
        starts_at=starts_at, duration_minutes=minutes, room=room or make_room(),
        confirm=True, now=now)


def hold(interview: Interview, *, minutes: int = 60) -> Interview:
    actor = interview.manager.user
    scheduling.start_conversation(actor=actor, interview=interview, now=interview.starts_at)
    return scheduling.end_conversation(
        actor=actor, interview=interview,
        now=interview.starts_at + dt.timedelta(minutes=minutes))


def fill(record: Record, *, actor=None, content: dict | None = None) -> Record:
    actor = actor or record.interview.manager.user
    for key, data in (content or COMPLETE_RECORD).items():
        current = record.sections.filter(key=key).first()
        record_services.save_section(actor=actor, record=record, key=key, data=data,
                                     version=current.version if current else 0)
    return record


def submitted(personas, **kwargs) -> Record:
    interview = hold(book(personas, **kwargs))
    record = fill(interview.record)
    when = interview.ended_at + dt.timedelta(hours=2)
    return record_services.submit_draft(actor=interview.manager.user, record=record, now=when)


def sealed(personas, **kwargs) -> Record:
    record = submitted(personas, **kwargs)
    interview = record.interview
    record_services.save_section(
        actor=interview.employee.user, record=record, key="employee_comments",
        data={"text": "同意记录内容。"}, version=0)
    sealing.sign_record(actor=interview.employee.user, record=record,
                        password=PERSONA_PASSWORD)
    sealing.sign_record(actor=interview.manager.user, record=record, password=PERSONA_PASSWORD)
    record.refresh_from_db()
    return record
