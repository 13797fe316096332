"""The plan pages as people use them: the list with progress and overdue flags, the plan
laid out like a form, progress and measure forms that keep what was typed, the live SMART
check, promises delivered, follow-ups decided, training requests and recognitions."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from candor.plans.models import (
    CommitmentStatus,
    FollowUpKind,
    FollowUpStatus,
    MeasureStatus,
    PlanStatus,
)
from candor.plans.services.tracking import record_progress
from candor.plans.tests.factories import (
    closed_plan,
    first_measure,
    make_plan,
    make_plan_from,
    more_plans,
    overdue,
)


def _page(response) -> str:
    return response.content.decode()


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


# --- the list -------------------------------------------------------------------------------

def test_the_list_shows_progress_next_checkpoint_and_overdue_flags(personas, client_for):
    plan = make_plan(personas)
    today = timezone.localdate()
    record_progress(actor=personas.employee.user, measure=first_measure(plan),
                    status=MeasureStatus.DONE, text="课程全部完成")
    late = overdue(plan.measures.get(order=2).checkpoints.get())
    plan.measures.filter(order=1).update(deadline=today - dt.timedelta(days=1))
    plan.measures.filter(order=2).update(deadline=today + dt.timedelta(days=30))
    plan.commitments.update(due=today - dt.timedelta(days=2))
    page = _page(client_for("manager").get(reverse("plans:list")))
    assert "张伟" in page and "1 / 3" in page
    assert f"{late.date:%Y-%m-%d}</span> 评审初稿" in page
    # the done measure's past checkpoints are not overdue; the open one is
    assert "1 个检查点逾期" in page
    assert "1 项措施逾期" in page and "1 项承诺逾期" in page


def test_the_list_shows_each_person_only_the_plans_in_their_scope(personas, client_for):
    plan = make_plan(personas)
    row = f'data-plan="{plan.pk}"'
    assert row in _page(client_for("employee").get(reverse("plans:list")))
    assert row in _page(client_for("second_line").get(reverse("plans:list")))
    assert row not in _page(client_for("outsider").get(reverse("plans:list")))
    assert row not in _page(client_for("committee").get(reverse("plans:list")))


def test_hr_filters_the_list_by_department_and_status(personas, client_for):
    plan = make_plan(personas)
    row = f'data-plan="{plan.pk}"'
    client = client_for("hr")
    url = reverse("plans:list")
    assert row in _page(client.get(url, {"department": personas.tech.pk}))
    assert row not in _page(client.get(url, {"department": personas.service.pk}))
    assert row in _page(client.get(url, {"status": PlanStatus.ACTIVE}))
    assert row not in _page(client.get(url, {"status": PlanStatus.MET}))


def test_the_list_costs_the_same_queries_for_one_plan_or_many(personas, client_for):
    plan = make_plan(personas)
    client = client_for("manager")
    url = reverse("plans:list")
    few = _queries(client, url)
    more_plans(plan, 6)
    assert _queries(client, url) == few


def test_an_owner_from_elsewhere_finds_their_measure_on_the_list(personas, client_for):
    make_plan(personas, measures=[{
        "measure": "11 月底前为张伟讲解 2 次客户流失模型", "owner": "李娜",
        "deadline": "2026-12-30", "support_type": "people", "checkpoints": ""}])
    page = _page(client_for("outsider").get(reverse("plans:list")))
    assert "讲解 2 次客户流失模型" in page and 'data-testid="foreign-measures"' in page


# --- the plan page --------------------------------------------------------------------------

def test_the_plan_page_reads_like_the_form(personas, client_for):
    plan = make_plan(personas)
    overdue(first_measure(plan).checkpoints.order_by("date").first())
    page = _page(client_for("manager").get(reverse("plans:detail", args=[plan.pk])))
    for text in ("每月完成 1 门数据分析课程", "报名公司数据分析课程", "2026-12-31",
                 "数据分析课程培训预算", "复核样本", "安排 IT 测试环境", "王强"):
        assert text in page
    assert "“提升”只说了方向，没有可以数的结果。" in page  # the finding…
    assert "写明做到多少" in page  # …with the reason, as a hint
    assert 'data-testid="checkpoint-overdue"' in page
    assert reverse("interviews:record", args=[plan.record.interview_id]) in page
    assert page.count('data-testid="edit-measure"') == 3
    assert 'data-testid="commitment-form"' in page


def test_the_employee_reports_progress_but_does_not_steer(personas, client_for):
    plan = make_plan(personas)
    page = _page(client_for("employee").get(reverse("plans:detail", args=[plan.pk])))
    assert page.count('data-testid="report-progress"') == 3
    assert 'data-testid="edit-measure"' not in page
    assert 'data-testid="commitment-form"' not in page


def test_the_plan_page_shows_the_progress_history(personas, client_for):
    plan = make_plan(personas)
    measure = first_measure(plan)
    record_progress(actor=personas.employee.user, measure=measure,
                    status=MeasureStatus.AT_RISK, text="课程名额已满，改报下月",
                    checkpoint=measure.checkpoints.order_by("date").first())
    page = _page(client_for("manager").get(reverse("plans:detail", args=[plan.pk])))
    assert "课程名额已满，改报下月" in page and "有风险" in page and "已检查" in page


def _busy_plan(personas, plan, n: int):
    rows = [{"measure": f"第 {i} 项：每周完成 {i} 份报告", "owner": "张伟",
             "deadline": "2026-12-31", "support_type": "training", "support": "课程",
             "checkpoints": "12-01 初查；12-15 复查"} for i in range(1, n + 1)]
    busy = make_plan_from(plan.record, measures=rows)
    for measure in busy.measures.all():
        record_progress(actor=personas.manager.user, measure=measure,
                        status=MeasureStatus.ON_TRACK, text="按计划推进",
                        checkpoint=measure.checkpoints.first())
    return busy


def test_the_plan_page_costs_the_same_queries_for_few_or_many_measures(personas, client_for):
    plan = make_plan(personas)
    small, large = _busy_plan(personas, plan, 1), _busy_plan(personas, plan, 6)
    client = client_for("manager")
    assert (_queries(client, reverse("plans:detail", args=[small.pk]))
            == _queries(client, reverse("plans:detail", args=[large.pk])))


def test_a_met_plan_shows_its_recognition(personas, client_for):
    plan = closed_plan(personas, met=True)
    page = _page(client_for("employee").get(reverse("plans:detail", args=[plan.pk])))
    assert 'data-testid="recognition"' in page and "按期完成改进计划" in page
    assert 'data-testid="report-progress"' not in page


def test_a_missed_plan_offers_its_follow_ups_to_the_manager_only(personas, client_for):
    plan = closed_plan(personas, met=False)
    url = reverse("plans:detail", args=[plan.pk])
    assert _page(client_for("manager").get(url)).count('data-testid="follow-up-form"') == 2
    employee_page = _page(client_for("employee").get(url))
    assert 'data-testid="follow-ups"' in employee_page
    assert 'data-testid="follow-up-form"' not in employee_page


# --- progress -------------------------------------------------------------------------------

def test_progress_is_recorded_and_leads_back_to_the_plan(personas, client_for):
    measure = first_measure(make_plan(personas))
    checkpoint = measure.checkpoints.order_by("date").first()
    response = client_for("employee").post(
        reverse("plans:progress", args=[measure.pk]),
        {"status": MeasureStatus.ON_TRACK, "text": "样本已复核", "checkpoint": checkpoint.pk,
         "version": measure.version})
    assert response.status_code == 302 and response.url == measure.plan.get_absolute_url()
    checkpoint.refresh_from_db()
    assert checkpoint.done_at is not None
    measure.refresh_from_db()
    assert measure.status == MeasureStatus.ON_TRACK


def test_dropping_without_a_reason_keeps_the_form_as_typed(personas, client_for):
    measure = first_measure(make_plan(personas))
    response = client_for("manager").post(
        reverse("plans:progress", args=[measure.pk]),
        {"status": MeasureStatus.DROPPED, "text": "", "version": measure.version})
    page = _page(response)
    assert response.status_code == 200 and "请写明进展情况。" in page
    assert '<option value="dropped" selected>' in page
    measure.refresh_from_db()
    assert measure.status == MeasureStatus.NOT_STARTED


def test_a_concurrent_update_is_reported_and_the_text_kept(personas, client_for):
    measure = first_measure(make_plan(personas))
    stale = measure.version
    record_progress(actor=personas.employee.user, measure=measure,
                    status=MeasureStatus.ON_TRACK, text="员工先记了一条")
    response = client_for("manager").post(
        reverse("plans:progress", args=[measure.pk]),
        {"status": MeasureStatus.AT_RISK, "text": "上级的观察：进度落后", "version": stale})
    page = _page(response)
    assert response.status_code == 200
    assert "内容已被他人更新" in page and "上级的观察：进度落后" in page
    assert "员工先记了一条" in page
    measure.refresh_from_db()
    assert f'name="version" value="{measure.version}"' in page


def test_an_owner_from_elsewhere_reports_on_their_measure_only(personas, client_for):
    plan = make_plan(personas, measures=[{
        "measure": "11 月底前为张伟讲解 2 次客户流失模型", "owner": "李娜",
        "deadline": "2026-12-30", "support_type": "people", "checkpoints": ""}])
    measure = first_measure(plan)
    client = client_for("outsider")
    assert client.get(reverse("plans:detail", args=[plan.pk])).status_code == 404
    assert client.get(reverse("plans:measure_edit", args=[measure.pk])).status_code == 403
    response = client.post(reverse("plans:progress", args=[measure.pk]),
                           {"status": MeasureStatus.ON_TRACK, "text": "已讲解 1 次",
                            "version": measure.version})
    assert response.status_code == 302 and response.url == reverse("core:home")


# --- reworking a measure and the live SMART check -------------------------------------------

def test_the_manager_reworks_a_vague_measure(personas, client_for):
    plan = make_plan(personas)
    vague = plan.measures.get(text="提升沟通能力")
    client = client_for("manager")
    url = reverse("plans:measure_edit", args=[vague.pk])
    assert "没有可以数的结果" in _page(client.get(url))
    deadline = timezone.localdate() + dt.timedelta(days=40)
    check = timezone.localdate() + dt.timedelta(days=20)
    response = client.post(url, {
        "text": "每周主持 1 次需求评审会", "owner": "张伟", "deadline": deadline.isoformat(),
        "checkpoints": f"{check:%Y-%m-%d} 回顾评审记录", "version": vague.version})
    assert response.status_code == 302
    vague.refresh_from_db()
    assert vague.findings == [] and vague.deadline == deadline
    assert list(vague.checkpoints.values_list("text", flat=True)) == ["回顾评审记录"]


def test_an_unreadable_checkpoint_is_refused_with_the_input_kept(personas, client_for):
    measure = first_measure(make_plan(personas))
    deadline = timezone.localdate() + dt.timedelta(days=40)
    response = client_for("manager").post(
        reverse("plans:measure_edit", args=[measure.pk]),
        {"text": "每月完成 2 门数据分析课程", "owner": "张伟", "deadline": deadline.isoformat(),
         "checkpoints": "尽快复核样本", "version": measure.version})
    page = _page(response)
    assert response.status_code == 200
    assert "检查点“尽快复核样本”缺少日期" in page
    assert "每月完成 2 门数据分析课程" in page and "尽快复核样本" in page
    measure.refresh_from_db()
    assert measure.text == "每月完成 1 门数据分析课程"


@pytest.mark.parametrize(("params", "shown", "hidden"), [
    ({"text": "加强沟通", "owner": "张伟", "deadline": "2026-12-31"},
     ["“加强”只说了方向", "写明做到多少"], ["没有负责人", 'data-testid="smart-ok"']),
    ({"text": "每月完成 1 门课程", "owner": "", "deadline": ""},
     ["没有负责人", "没有完成期限"], ["只说了方向"]),
    ({"measure": "每月完成 1 门课程", "owner": "张伟", "deadline": "2026-12-31"},
     ['data-testid="smart-ok"'], ["没有负责人"]),
    ({"text": "", "owner": "", "deadline": ""}, [], ["没有负责人", 'data-testid="smart-ok"']),
])
def test_the_smart_check_answers_as_the_user_types(client_for, params, shown, hidden):
    response = client_for("manager").get(reverse("plans:smart_check"), params,
                                         headers={"HX-Request": "true"})
    page = _page(response)
    assert response.status_code == 200 and "<html" not in page
    for text in shown:
        assert text in page
    for text in hidden:
        assert text not in page


# --- promises and follow-ups ----------------------------------------------------------------

def test_the_manager_marks_the_promise_delivered(personas, client_for):
    commitment = make_plan(personas).commitments.get()
    response = client_for("manager").post(
        reverse("plans:commitment", args=[commitment.pk]),
        {"action": "deliver", "note": "测试环境已开通"})
    assert response.status_code == 302
    commitment.refresh_from_db()
    assert commitment.status == CommitmentStatus.DELIVERED


def test_cancelling_a_promise_without_a_note_is_refused_on_the_plan_page(personas, client_for):
    commitment = make_plan(personas).commitments.get()
    response = client_for("manager").post(
        reverse("plans:commitment", args=[commitment.pk]), {"action": "cancel", "note": ""})
    assert response.status_code == 200 and "取消承诺时请说明原因。" in _page(response)
    commitment.refresh_from_db()
    assert commitment.status == CommitmentStatus.OPEN


def test_declining_without_a_reason_is_refused(personas, client_for):
    plan = closed_plan(personas, met=False)
    proposal = plan.follow_ups.get(kind=FollowUpKind.INTERVIEW)
    response = client_for("manager").post(reverse("plans:follow_up", args=[proposal.pk]),
                                          {"action": "decline", "reason": ""})
    assert response.status_code == 200 and "拒绝建议时请说明理由。" in _page(response)
    proposal.refresh_from_db()
    assert proposal.status == FollowUpStatus.PROPOSED


def test_accepting_the_interview_opens_the_booking_form_for_an_improvement_talk(
        personas, client_for):
    plan = closed_plan(personas, met=False)
    proposal = plan.follow_ups.get(kind=FollowUpKind.INTERVIEW)
    client = client_for("manager")
    response = client.post(reverse("plans:follow_up", args=[proposal.pk]),
                           {"action": "accept"})
    assert response.status_code == 302
    assert response.url == (f"{reverse('interviews:schedule')}"
                            f"?employee={personas.employee.pk}&kind=improvement")
    booking = _page(client.get(response.url))
    assert '<option value="improvement" selected>' in booking


def test_accepting_the_revision_leads_to_the_new_plan(personas, client_for):
    plan = closed_plan(personas, met=False)
    proposal = plan.follow_ups.get(kind=FollowUpKind.REVISION)
    response = client_for("hr").post(reverse("plans:follow_up", args=[proposal.pk]),
                                     {"action": "accept", "months": "2"})
    proposal.refresh_from_db()
    assert response.status_code == 302
    assert response.url == proposal.revision.get_absolute_url()
    assert proposal.revision.measures.count() == 3


# --- training requests and recognitions -----------------------------------------------------

def test_hr_sees_the_training_requests_by_department(personas, client_for):
    make_plan(personas, support=[
        {"commitment": "安排 SQL 进阶培训", "owner": "刘洋", "due": "2026-12-01"},
        {"commitment": "安排 IT 测试环境", "owner": "王强", "due": "2026-11-15"}])
    client = client_for("hr")
    page = _page(client.get(reverse("plans:training")))
    assert "每月完成 1 门数据分析课程" in page and "数据分析课程培训预算" in page
    assert "安排 SQL 进阶培训" in page and "安排 IT 测试环境" not in page
    assert "提升沟通能力" not in page
    assert page.count('data-kind="measure"') == 1 and page.count('data-kind="commitment"') == 1
    other = _page(client.get(reverse("plans:training"), {"department": personas.service.pk}))
    assert "安排 SQL 进阶培训" not in other


def test_recognitions_are_seen_by_the_employee_and_not_by_others(personas, client_for):
    closed_plan(personas, met=True)
    url = reverse("plans:recognitions")
    assert "按期完成改进计划" in _page(client_for("employee").get(url))
    assert "按期完成改进计划" in _page(client_for("manager").get(url))
    assert "按期完成改进计划" not in _page(client_for("outsider").get(url))
