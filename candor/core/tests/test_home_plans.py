"""The home page puts the plans' follow-up in front of people: the employee's measures and
the checkpoints coming up, the measures and promises each person owns, the manager's team
(measures by status, checkpoints missed, measures at risk, follow-ups to decide), HR's
overdue promises and training requests, and a recognition earned. Dates are set relative
to today, so nothing here ages."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from candor.plans.models import CommitmentStatus, FollowUpStatus, MeasureStatus, Plan
from candor.plans.selectors import home as home_selectors
from candor.plans.services.tracking import record_progress
from candor.plans.tests.factories import closed_plan, make_plan, more_plans

pytestmark = pytest.mark.django_db

HELPER_ROW = {"measure": "每两周为张伟讲解 1 次客户流失模型", "steps": "", "owner": "李娜",
              "deadline": "2026-12-30", "support_type": "people", "support": "",
              "checkpoints": ""}
HELPER_PROMISE = {"commitment": "借调 1 名客服同事协助访谈", "owner": "李娜",
                  "due": "2026-11-30"}


def _home(client) -> tuple[str, dict]:
    response = client.get(reverse("core:home"))
    assert response.status_code == 200
    return response.content.decode(), response.context["plan_work"]


def _days(n: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=n)


def _dated(plan: Plan) -> Plan:
    """The factory's plan with dates around today: the course measure has a checkpoint
    three days late and one due in five days; the report's only checkpoint is three weeks
    away; the promise to arrange the test environment is two days late."""
    course, vague, report = plan.measures.order_by("order")
    late, soon = course.checkpoints.order_by("date")
    late.date, soon.date = _days(-3), _days(5)
    late.save(update_fields=["date"])
    soon.save(update_fields=["date"])
    report.checkpoints.update(date=_days(20))
    plan.measures.update(deadline=_days(40))
    vague.deadline = _days(-1)
    vague.save(update_fields=["deadline"])
    plan.commitments.update(due=_days(-2))
    return plan


def _section(page: str, testid: str) -> str:
    """The markup of one list on the page, up to the end of its list."""
    start = page.index(f'data-testid="{testid}"')
    return page[start:page.index("</ul>", start)]


# --- the employee ---------------------------------------------------------------------------

def test_the_employee_sees_their_open_measures_with_deadline_and_next_checkpoint(
        personas, client_for):
    plan = _dated(make_plan(personas))
    course, vague, report = plan.measures.order_by("order")
    record_progress(actor=personas.employee.user, measure=report, status=MeasureStatus.DONE,
                    text="报告已评审通过")
    page, work = _home(client_for("employee"))
    measures = _section(page, "my-measures")
    assert [m.pk for m in work["my_measures"]] == [vague.pk, course.pk]
    assert reverse("plans:progress", args=[course.pk]) in measures
    assert "每月完成 1 门数据分析课程" in measures and "客户流失分析报告" not in measures
    assert f"下一检查点 {_days(-3):%Y-%m-%d} 复核样本" in measures
    assert f"期限 {_days(40):%Y-%m-%d}" in measures
    assert "未开始" in measures  # the status badge
    assert '<div class="text-danger">期限' in measures  # the vague one is past its deadline


def test_the_employee_sees_checkpoints_due_soon_and_late_ones_in_red(personas, client_for):
    plan = _dated(make_plan(personas))
    course = plan.measures.get(order=0)
    late, soon = course.checkpoints.order_by("date")
    page, work = _home(client_for("employee"))
    assert [cp.pk for cp in work["my_checkpoints"]] == [late.pk, soon.pk]
    rows = _section(page, "my-checkpoints")
    assert f'<li class="text-danger" data-checkpoint="{late.pk}">' in rows
    assert f'<li data-checkpoint="{soon.pk}">' in rows
    assert rows.count('data-testid="checkpoint-overdue"') == 1
    assert "评审初稿" not in rows  # three weeks away: on the plan page only
    record_progress(actor=personas.employee.user, measure=course, status=MeasureStatus.ON_TRACK,
                    text="样本已复核", checkpoint=late)
    assert [cp.pk for cp in _home(client_for("employee"))[1]["my_checkpoints"]] == [soon.pk]


def test_a_closed_plan_leaves_the_employee_home_page(personas, client_for):
    _dated(closed_plan(personas, met=False))
    page, work = _home(client_for("employee"))
    assert work["my_measures"] == [] and work["my_checkpoints"] == []
    assert 'data-testid="my-plan-work"' not in page


def test_the_employee_sees_their_latest_recognition_as_a_note(personas, client_for):
    plan = closed_plan(personas, met=True)
    page, work = _home(client_for("employee"))
    assert work["my_recognition"] == plan.recognition
    assert 'data-testid="my-recognition"' in page
    assert "按期完成改进计划的全部 3 项措施。" in page
    assert reverse("plans:detail", args=[plan.pk]) in page
    assert 'data-testid="my-recognition"' not in _home(client_for("manager"))[0]


# --- what each person owns ------------------------------------------------------------------

def test_the_manager_sees_his_promise_overdue_with_a_link_to_deliver_it(personas, client_for):
    plan = _dated(make_plan(personas))
    promise = plan.commitments.get()
    page, work = _home(client_for("manager"))
    assert [c.pk for c in work["my_commitments"]] == [promise.pk]
    rows = _section(page, "my-commitments")
    assert "安排 IT 测试环境" in rows and "张伟" in rows
    assert f"兑现期限 {_days(-2):%Y-%m-%d}" in rows
    assert 'data-testid="commitment-overdue"' in rows and "text-danger" in rows
    assert reverse("plans:detail", args=[plan.pk]) in rows
    assert 'data-testid="deliver-form"' not in rows  # he sees the plan: the link is enough
    promise.status = CommitmentStatus.DELIVERED
    promise.save()
    assert _home(client_for("manager"))[1]["my_commitments"] == []


def test_a_promise_stays_on_the_owners_home_after_the_plan_closed(personas, client_for):
    plan = _dated(closed_plan(personas, met=False))
    work = _home(client_for("manager"))[1]
    assert [c.plan_id for c in work["my_commitments"]] == [plan.pk]


def test_an_owner_from_elsewhere_sees_what_they_own_and_delivers_from_home(personas,
                                                                           client_for):
    plan = make_plan(personas, measures=[HELPER_ROW], support=[HELPER_PROMISE])
    helper = plan.measures.get()
    promise = plan.commitments.get()
    client = client_for("outsider")
    page, work = _home(client)
    assert [m.pk for m in work["owned_measures"]] == [helper.pk]
    owned = _section(page, "owned-measures")
    assert "讲解 1 次客户流失模型" in owned and "张伟" in owned
    assert reverse("plans:progress", args=[helper.pk]) in owned
    promises = _section(page, "my-commitments")
    assert reverse("plans:detail", args=[plan.pk]) not in promises  # 404 for her
    assert 'data-testid="deliver-form"' in promises
    response = client.post(reverse("plans:commitment", args=[promise.pk]),
                           {"action": "deliver", "next": reverse("core:home")})
    assert response.status_code == 302 and response.url == reverse("core:home")
    promise.refresh_from_db()
    assert promise.status == CommitmentStatus.DELIVERED
    assert _home(client)[1]["my_commitments"] == []
    # on 张伟's own home the measure is his, with the helper named
    assert '<span class="text-muted">李娜</span>' in _section(
        _home(client_for("employee"))[0], "my-measures")


def test_measures_on_ones_own_plan_are_not_repeated_as_owned_for_others(personas, client_for):
    make_plan(personas)
    assert _home(client_for("employee"))[1]["owned_measures"] == []


# --- the manager ----------------------------------------------------------------------------

def test_the_manager_sees_the_teams_measures_by_status_and_what_needs_him(personas,
                                                                        client_for):
    plan = _dated(make_plan(personas))
    course, vague, report = plan.measures.order_by("order")
    record_progress(actor=personas.employee.user, measure=report,
                    status=MeasureStatus.AT_RISK, text="样本不足")
    record_progress(actor=personas.employee.user, measure=vague,
                    status=MeasureStatus.ON_TRACK, text="已开始")
    late = course.checkpoints.order_by("date").first()
    page, work = _home(client_for("manager"))
    assert work["team_measures"] == {"total": 3, "not_started": 1, "on_track": 1,
                                     "at_risk": 1, "overdue": 1}
    assert "3 项措施进行中" in _section(page, "team-plan-work")
    assert [cp.pk for cp in work["team_overdue_checkpoints"]] == [late.pk]
    assert reverse("plans:detail", args=[plan.pk]) in _section(page,
                                                              "team-overdue-checkpoints")
    assert [m.pk for m in work["team_at_risk"]] == [report.pk]
    assert "客户流失分析报告" in _section(page, "team-at-risk")
    # the second line sees the same team; the other department's manager does not
    assert _home(client_for("second_line"))[1]["team_measures"]["total"] == 3
    outside = _home(client_for("outsider_manager"))
    assert outside[1]["team_measures"]["total"] == 0
    assert 'data-testid="team-plan-work"' not in outside[0]


def test_the_manager_sees_a_missed_plans_follow_ups_until_he_decides(personas, client_for):
    plan = closed_plan(personas, met=False)
    page, work = _home(client_for("manager"))
    assert {f.plan_id for f in work["follow_ups"]} == {plan.pk}
    assert len(work["follow_ups"]) == 2
    rows = _section(page, "follow-ups")
    assert "安排绩效改进面谈" in rows and "修订改进计划" in rows
    plan.follow_ups.update(status=FollowUpStatus.DECLINED)
    assert _home(client_for("manager"))[1]["follow_ups"] == []
    assert "follow_ups" not in _home(client_for("employee"))[1]


# --- HR -------------------------------------------------------------------------------------

def test_hr_sees_overdue_promises_in_scope_and_the_training_requests(personas, client_for):
    plan = _dated(make_plan(personas))
    promise = plan.commitments.get()
    page, work = _home(client_for("hr"))
    assert [c.pk for c in work["overdue_commitments"]] == [promise.pk]
    rows = _section(page, "overdue-commitments")
    assert f"王强 对 张伟，期限 {_days(-2):%Y-%m-%d}" in rows
    assert work["training_requests"] == 1  # the course measure asks for training
    assert reverse("plans:training") in page and "1 项培训需求" in page
    plan.commitments.update(due=_days(3))
    assert _home(client_for("hr"))[1]["overdue_commitments"] == []
    for persona in ("employee", "manager", "outsider", "committee"):
        assert "overdue_commitments" not in _home(client_for(persona))[1], persona


# --- cost -----------------------------------------------------------------------------------

def _grow(personas, n: int) -> None:
    """n plans for 张伟 (each with late checkpoints, an at-risk measure and a late promise),
    and one missed plan with its follow-ups."""
    base = _dated(make_plan(personas))
    for plan in [base, *more_plans(base, n - 1)]:
        _dated(plan)
        plan.measures.filter(order=2).update(status=MeasureStatus.AT_RISK)
    closed_plan(personas, met=False)


def test_the_home_page_queries_do_not_grow_with_the_plans(personas, client_for, monkeypatch):
    monkeypatch.setattr(home_selectors, "PLANS_SHOWN", 2)
    clients = {who: client_for(who) for who in ("employee", "manager", "hr")}

    def measure() -> dict[str, int]:
        counts = {}
        for who, client in clients.items():
            client.get(reverse("core:home"))  # the session settles
            with CaptureQueriesContext(connection) as captured:
                assert client.get(reverse("core:home")).status_code == 200
            counts[who] = len(captured)
        return counts

    _grow(personas, 1)
    small = measure()
    _grow(personas, 3)
    assert measure() == small
    employee = _home(clients["employee"])[1]
    assert employee["my_measures_more"] and employee["my_checkpoints_more"]
    manager = _home(clients["manager"])[1]
    assert manager["team_overdue_checkpoints_more"] and manager["team_at_risk_more"]
    assert manager["follow_ups_more"] and manager["my_commitments_more"]
    assert _home(clients["hr"])[1]["overdue_commitments_more"]
