"""The home page puts each person's interview work first: the employee's next interview and
the record to sign, the manager's reports still to meet and drafts due, the host's week and
late drafts, the committee's appeals. Times are relative to now, so nothing here ages."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from candor.access.scopes import forget_scope
from candor.core import selectors
from candor.core.testing import PERSONA_PASSWORD, make_employee
from candor.interviews.models import InterviewType
from candor.interviews.services import appeals, preparation, scheduling, sealing
from candor.interviews.services import record as record_services
from candor.interviews.tests.factories import book, fill, hold, released_sheet
from candor.periods.models import PeriodKind, PeriodStatus
from candor.periods.tests.factories import make_period

pytestmark = pytest.mark.django_db

SELF_ASSESSMENT = {"performance": "完成 14 个需求。", "against_standards": "交付率 93%。",
                   "self_evaluation": "有进步。", "next_goals": "零故障。",
                   "support_needed": "测试环境。", "questions": ["一", "二", "三"]}


def home(client) -> tuple[str, dict]:
    response = client.get(reverse("core:home"))
    assert response.status_code == 200
    return response.content.decode(), response.context["interview_work"]


@pytest.fixture
def period(personas):
    """A released period that ended ten days ago."""
    today = timezone.localdate()
    return make_period(kind=PeriodKind.QUARTERLY, status=PeriodStatus.RELEASED,
                       start_date=today - dt.timedelta(days=100),
                       end_date=today - dt.timedelta(days=10),
                       departments=[personas.tech, personas.service])


def booked(personas, period, employee=None, *, starts_at=None, days_ahead: int = 14):
    """An interview `days_ahead` from now (negative: in the past), booked ten days before."""
    employee = employee or personas.employee
    forget_scope(employee.manager.user)  # the manager's reports may have grown since
    starts_at = starts_at or (timezone.now() + dt.timedelta(days=days_ahead)).replace(
        second=0, microsecond=0)
    return book(personas, employee=employee, sheet=released_sheet(employee, period=period),
                starts_at=starts_at, now=starts_at - dt.timedelta(days=10))


def held(personas, period, employee=None, *, days_ago: float = 5):
    return hold(booked(personas, period, employee,
                       starts_at=timezone.now() - dt.timedelta(days=days_ago)))


def submitted(personas, period, employee=None):
    interview = held(personas, period, employee)
    return record_services.submit_draft(actor=interview.manager.user,
                                        record=fill(interview.record),
                                        now=interview.ended_at + dt.timedelta(hours=1))


def test_it_asks_the_employee_for_the_self_assessment_before_the_interview(
        personas, period, client_for):
    interview = booked(personas, period)
    html, work = home(client_for("employee"))
    assert work["upcoming"] == [interview]
    link = reverse("interviews:self_assessment", args=[interview.pk])
    assert link in html and "填写自我评估" in html
    preparation.save_self_assessment(actor=personas.employee.user, interview=interview,
                                     data=SELF_ASSESSMENT, submit=True)
    html, _work = home(client_for("employee"))
    assert link not in html and "自我评估已提交" in html


def test_it_shows_the_employee_no_interview_of_someone_else(personas, period, client_for):
    booked(personas, period, personas.outsider)
    html, work = home(client_for("employee"))
    assert work["upcoming"] == [] and "我的面谈" not in html


def test_it_hands_the_record_to_the_employee_then_to_the_manager_to_sign(
        personas, period, client_for):
    record = submitted(personas, period)
    link = reverse("interviews:record", args=[record.interview_id])
    html, work = home(client_for("employee"))
    assert work["to_check"] == [record.interview]
    assert link in html and "面谈记录待我确认签字" in html
    _html, work = home(client_for("manager"))
    assert work["to_sign"] == []  # the employee reads and signs first
    employee = personas.employee.user
    record_services.save_section(actor=employee, record=record, key="employee_comments",
                                 data={"text": "同意。"}, version=0)
    sealing.sign_record(actor=employee, record=record, password=PERSONA_PASSWORD)
    _html, work = home(client_for("employee"))
    assert work["to_check"] == []
    html, work = home(client_for("manager"))
    assert work["to_sign"] == [record.interview]
    assert "员工已签字，待我签字" in html and link in html


def test_it_lists_a_referred_appeal_for_the_employee_and_the_committee_only(
        personas, period, client_for):
    record = submitted(personas, period)
    appeal = appeals.file_appeal(actor=personas.employee.user, record=record, items=[
        {"kind": "data_accuracy", "reason": "利润少算了一笔回款。"}])
    link = reverse("interviews:appeal", args=[appeal.pk])
    html, work = home(client_for("employee"))
    assert work["my_appeals"] == [appeal] and link in html
    assert work["to_check"] == []  # appealed instead of signing: the committee comes first
    html, work = home(client_for("committee"))
    assert work["appeals"] == [appeal]
    assert link in html and "张伟" in html and "目前没有待裁决的申诉" not in html
    html, work = home(client_for("outsider"))
    assert "appeals" not in work and link not in html


def test_it_tells_the_committee_when_nothing_waits(personas, client_for):
    html, work = home(client_for("committee"))
    assert work["appeals"] == [] and "目前没有待裁决的申诉" in html


def test_it_lists_reports_with_a_released_result_still_to_meet(personas, period, client_for):
    sheet = released_sheet(personas.employee, period=period)
    html, work = home(client_for("manager"))
    assert work["to_schedule"] == [sheet]
    assert "待安排面谈" in html
    assert f"{reverse('interviews:schedule')}?employee={personas.employee.pk}&amp;sheet=" \
           f"{sheet.pk}" in html
    interview = book(personas, sheet=sheet, starts_at=timezone.now() + dt.timedelta(days=9),
                     now=timezone.now() - dt.timedelta(days=1))
    _html, work = home(client_for("manager"))
    assert work["to_schedule"] == []
    scheduling.cancel_interview(actor=personas.manager.user, interview=interview,
                                reason="员工出差")
    _html, work = home(client_for("manager"))
    assert work["to_schedule"] == [sheet]


def test_it_forgets_results_released_long_ago(personas, client_for):
    old = make_period(status=PeriodStatus.CLOSED, departments=[personas.tech],
                      start_date=dt.date(2024, 1, 1), end_date=dt.date(2024, 3, 31))
    released_sheet(personas.employee, period=old)
    _html, work = home(client_for("manager"))
    assert work["to_schedule"] == []


def test_it_lists_drafts_due_with_the_overdue_ones_in_red(personas, period, client_for):
    late = held(personas, period, days_ago=5)
    other = make_employee("吴昊", department=personas.tech, manager=personas.manager,
                          username="wuhao")
    fresh = held(personas, period, other, days_ago=0.1)
    html, work = home(client_for("manager"))
    assert work["drafts"] == [late, fresh]
    assert [i.overdue for i in work["drafts"]] == [True, False]
    assert html.count("已逾期") == 1 and 'class="text-danger"' in html
    due = timezone.localtime(late.record.due_at).strftime("%Y-%m-%d %H:%M")
    assert f"截止 {due}" in html
    assert reverse("interviews:record_edit", args=[late.pk]) in html


def test_it_lists_the_corrections_the_employee_asked_for(personas, period, client_for):
    record = submitted(personas, period)
    record_services.request_correction(actor=personas.employee.user, record=record,
                                       section="strengths", text="漏了 9 月的客户回访。")
    html, work = home(client_for("manager"))
    assert work["corrections"] == [record.interview]
    assert work["corrections"][0].open_corrections == 1
    assert "员工要求更正" in html and "1 条待答复" in html


def test_it_shows_the_host_this_weeks_interviews_and_late_drafts(personas, period,
                                                                 client_for):
    today = timezone.localdate()
    monday = today - dt.timedelta(days=today.weekday())
    this_week = booked(personas, period, starts_at=timezone.make_aware(
        dt.datetime.combine(monday + dt.timedelta(days=2), dt.time(10))))
    booked(personas, period, personas.outsider, days_ahead=15)
    late = held(personas, period, make_employee(
        "贾斌", department=personas.service, manager=personas.outsider_manager), days_ago=8)
    html, work = home(client_for("hr"))
    assert work["hosting"] == [this_week] and this_week.host == personas.hr
    assert work["late_drafts"] == [late]
    assert "逾期未完成的面谈记录" in html and "赵敏" in html
    _html, work = home(client_for("manager"))
    assert "hosting" not in work and "late_drafts" not in work


def test_it_shows_a_plain_employee_no_manager_work(personas, client_for):
    html, work = home(client_for("employee"))
    assert "to_schedule" not in work and "面谈工作" not in html


def _grow(personas, period, n: int, offset: int) -> None:
    """n more of every kind of work: a report of 王强 still to meet, one with a late draft,
    one whose record waits for his signature, one asking for a correction, one appealing;
    an interview 刘洋 hosts this week; an upcoming development interview for 张伟."""
    manager, tech = personas.manager, personas.tech
    monday = timezone.localdate() - dt.timedelta(days=timezone.localdate().weekday())
    for k in range(offset, offset + n):
        def report(role: str, k=k):
            return make_employee(f"{role}{k}", department=tech, manager=manager,
                                 username=f"{role}{k}")
        released_sheet(report("meet"), period=period)
        held(personas, period, report("draft"), days_ago=3 + k)
        signer = submitted(personas, period, report("sign"))
        user = signer.interview.employee.user
        record_services.save_section(actor=user, record=signer, key="employee_comments",
                                     data={"text": "同意。"}, version=0)
        sealing.sign_record(actor=user, record=signer, password=PERSONA_PASSWORD)
        fix = submitted(personas, period, report("fix"))
        record_services.request_correction(actor=fix.interview.employee.user, record=fix,
                                           section="strengths", text="漏了一条。")
        appealing = submitted(personas, period, report("appeal"))
        appeals.file_appeal(actor=appealing.interview.employee.user, record=appealing,
                            items=[{"kind": "other", "reason": "理由。"}])
        booked(personas, period, report("week"), starts_at=timezone.make_aware(
            dt.datetime.combine(monday + dt.timedelta(days=k % 7), dt.time(9 + k))))
        book(personas, kind=InterviewType.DEVELOPMENT, sheet=None,
             starts_at=timezone.now() + dt.timedelta(days=20 + k), now=timezone.now())


def test_the_home_page_queries_do_not_grow_with_the_work(personas, period, client_for,
                                                         monkeypatch):
    """The same number of queries per person with one item of each kind and with more
    items than a list shows."""
    monkeypatch.setattr(selectors, "INTERVIEWS_SHOWN", 2)
    people = ("manager", "hr", "committee", "employee")
    clients = {who: client_for(who) for who in people}

    def measure() -> dict[str, int]:
        counts = {}
        for who, client in clients.items():
            client.get(reverse("core:home"))  # the session and the policy row settle
            with CaptureQueriesContext(connection) as captured:
                assert client.get(reverse("core:home")).status_code == 200
            counts[who] = len(captured)
        return counts

    _grow(personas, period, 1, 0)
    small = measure()
    work = home(clients["manager"])[1]
    assert all(len(work[key]) == 1 for key in ("to_schedule", "drafts", "to_sign",
                                                "corrections"))
    _grow(personas, period, 2, 1)
    assert measure() == small
    work = home(clients["manager"])[1]
    assert all(len(work[key]) == 2 and work[f"{key}_more"]
               for key in ("to_schedule", "drafts", "to_sign", "corrections"))
    assert home(clients["hr"])[1]["late_drafts_more"]
    assert home(clients["hr"])[1]["hosting_more"]
    assert home(clients["committee"])[1]["appeals_more"]
    assert home(clients["employee"])[1]["upcoming_more"]
