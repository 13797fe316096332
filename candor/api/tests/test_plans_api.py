"""Improvement plans over the API: the same scopes as the pages (404 out of scope, a
measure or promise reachable by its owner from elsewhere), 403 to a reader who may not act,
refusals with translated messages and 409 on a stale version."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from candor.core.models import AccessEvent
from candor.plans.models import (
    CommitmentStatus,
    FollowUpKind,
    FollowUpStatus,
    MeasureStatus,
    PlanStatus,
)
from candor.plans.services.tracking import record_progress
from candor.plans.tests.factories import closed_plan, first_measure, make_plan, more_plans

pytestmark = pytest.mark.django_db

HELPER_ROW = {"measure": "每两周为张伟讲解 1 次客户流失模型", "steps": "", "owner": "李娜",
              "deadline": "2026-12-30", "support_type": "people", "support": "",
              "checkpoints": ""}
HELPER_PROMISE = {"commitment": "借调 1 名客服同事协助访谈", "owner": "李娜",
                  "due": "2026-11-30"}


def _send(client, method: str, url: str, body: dict):
    return getattr(client, method)(url, json.dumps(body), content_type="application/json")


def _items(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["items"]


def _days(n: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=n)


def _ok(response) -> dict:
    assert response.status_code == 200, response.content
    return response.json()


# ---- plans ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("persona", "sees"), [
    ("employee", True), ("manager", True), ("second_line", True), ("hr", True),
    ("outsider", False), ("outsider_manager", False), ("committee", False),
])
def test_it_lists_the_plans_each_caller_may_see(personas, api_client_for, persona, sees):
    plan = make_plan(personas)
    rows = _items(api_client_for(persona).get("/api/v1/plans"))
    assert ([row["id"] for row in rows] == [plan.pk]) is sees
    assert rows == [] or rows[0]["employee"]["name"] == "张伟"


def test_it_lists_plans_with_their_progress_and_filters(personas, api_client_for):
    plan = make_plan(personas)
    plan.measures.filter(order=0).update(status=MeasureStatus.DONE)
    plan.commitments.update(due=_days(-1))
    client = api_client_for("hr")
    row = _items(client.get("/api/v1/plans"))[0]
    assert (row["measures_total"], row["measures_done"], row["overdue_commitments"]) == (3, 1, 1)
    assert row["interview_id"] == plan.record.interview_id and row["status"] == "active"
    assert [r["id"] for r in _items(client.get("/api/v1/plans", {"status": "active"}))] == [
        plan.pk]
    assert _items(client.get("/api/v1/plans", {"status": PlanStatus.MET})) == []
    assert _items(client.get("/api/v1/plans", {"employee_id": personas.outsider.pk})) == []
    assert len(_items(client.get("/api/v1/plans",
                                 {"employee_id": personas.employee.pk}))) == 1


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_it_lists_plans_and_promises_in_the_same_number_of_queries_at_any_size(
        personas, api_client_for):
    client = api_client_for("manager")
    client.get("/api/v1/me")  # the token's first use is recorded once
    plan = make_plan(personas)
    plans, promises = _queries(client, "/api/v1/plans"), _queries(
        client, "/api/v1/plans/commitments")
    more_plans(plan, 4)
    assert _queries(client, "/api/v1/plans") == plans
    assert _queries(client, "/api/v1/plans/commitments") == promises


def test_it_shows_one_plan_with_measures_checkpoints_findings_and_promises(personas,
                                                                          api_client_for):
    plan = make_plan(personas)
    course = first_measure(plan)
    record_progress(actor=personas.employee.user, measure=course,
                    status=MeasureStatus.ON_TRACK, text="已完成 10 月课程")
    plan.commitments.update(due=_days(-2))
    body = _ok(api_client_for("manager").get(f"/api/v1/plans/{plan.pk}"))
    assert body["employee"]["name"] == "张伟" and body["can_steer"] is True
    first, vague, _report = body["measures"]
    assert first["text"] == "每月完成 1 门数据分析课程" and first["status"] == "on_track"
    assert first["support_type"] == "training" and first["steps"].startswith("报名")
    assert [cp["text"] for cp in first["checkpoints"]] == ["复核样本", "提交初稿"]
    assert first["notes"][0]["text"] == "已完成 10 月课程"
    assert first["notes"][0]["author_name"] == "张伟"
    assert first["can_edit"] and first["can_report"] and first["version"] == course.version + 1
    codes = {f["code"] for f in vague["findings"]}
    assert "vague" in codes and all(f["reason"] for f in vague["findings"])
    (promise,) = body["commitments"]
    assert promise["text"] == "安排 IT 测试环境" and promise["owner_name"] == "王强"
    assert promise["overdue"] is True and promise["can_deliver"] is True
    assert body["follow_ups"] == [] and body["recognition"] is None
    employee = _ok(api_client_for("employee").get(f"/api/v1/plans/{plan.pk}"))
    assert employee["can_steer"] is False
    assert {m["can_edit"] for m in employee["measures"]} == {False}
    assert {m["can_report"] for m in employee["measures"]} == {True}
    assert employee["commitments"][0]["can_deliver"] is False


def test_it_answers_404_out_of_scope_and_logs_a_read_in_scope(personas, api_client_for):
    plan = make_plan(personas)
    assert api_client_for("outsider").get(f"/api/v1/plans/{plan.pk}").status_code == 404
    assert api_client_for("committee").get(f"/api/v1/plans/{plan.pk}").status_code == 404
    assert api_client_for("hr").get("/api/v1/plans/999999").status_code == 404
    assert api_client_for("hr").get(f"/api/v1/plans/{plan.pk}").status_code == 200
    event = AccessEvent.objects.filter(what="api.plan").get()
    assert event.subject == personas.employee and event.actor == personas.hr.user


def test_it_shows_a_missed_plans_follow_ups_and_a_met_plans_recognition(personas,
                                                                        api_client_for):
    missed = closed_plan(personas, met=False)
    body = _ok(api_client_for("manager").get(f"/api/v1/plans/{missed.pk}"))
    assert body["status"] == "missed"
    assert {f["kind"] for f in body["follow_ups"]} == {"interview", "revision"}
    assert {f["status"] for f in body["follow_ups"]} == {"proposed"}
    met = closed_plan(personas, met=True)
    body = _ok(api_client_for("employee").get(f"/api/v1/plans/{met.pk}"))
    assert body["recognition"]["text"] == "按期完成改进计划的全部 3 项措施。"


# ---- measures ------------------------------------------------------------------------------

def test_the_employee_records_progress_closing_a_checkpoint(personas, api_client_for):
    measure = first_measure(make_plan(personas))
    checkpoint = measure.checkpoints.order_by("date").first()
    body = _ok(_send(api_client_for("employee"), "post",
                     f"/api/v1/plans/measures/{measure.pk}/progress",
                     {"status": "on_track", "text": "样本已复核",
                      "checkpoint_id": checkpoint.pk, "version": measure.version}))
    assert body["status"] == "on_track" and body["version"] == measure.version + 1
    assert body["checkpoints"][0]["done_at"] is not None
    assert body["checkpoints"][0]["note"] == "样本已复核"
    assert body["notes"][0]["checkpoint_id"] == checkpoint.pk
    checkpoint.refresh_from_db()
    assert checkpoint.done_by == personas.employee.user


def test_a_stale_progress_is_refused_with_409_and_changes_nothing(personas, api_client_for):
    measure = first_measure(make_plan(personas))
    stale = measure.version
    record_progress(actor=personas.manager.user, measure=measure,
                    status=MeasureStatus.AT_RISK, text="进度落后")
    response = _send(api_client_for("employee"), "post",
                     f"/api/v1/plans/measures/{measure.pk}/progress",
                     {"status": "done", "text": "完成", "version": stale})
    assert response.status_code == 409 and response.json()["code"] == "conflict"
    measure.refresh_from_db()
    assert measure.status == MeasureStatus.AT_RISK


def test_it_refuses_progress_without_text_or_with_anothers_checkpoint(personas,
                                                                     api_client_for):
    plan = make_plan(personas)
    course, _vague, report = plan.measures.order_by("order")
    client = api_client_for("employee")
    url = f"/api/v1/plans/measures/{course.pk}/progress"
    response = _send(client, "post", url, {"status": "on_track", "text": "  "})
    assert response.status_code == 400 and response.json()["detail"] == "请写明进展情况。"
    response = _send(client, "post", url, {"status": "on_track", "text": "好",
                                           "checkpoint_id": report.checkpoints.get().pk})
    assert response.status_code == 400 and response.json()["code"] == "checkpoint"
    response = _send(client, "post", url, {"status": "finished", "text": "好"})
    assert response.status_code == 422


def test_an_owner_from_elsewhere_reports_on_their_measure_but_not_the_plan(personas,
                                                                          api_client_for):
    plan = make_plan(personas, measures=[HELPER_ROW], support=[HELPER_PROMISE])
    helper = plan.measures.get()
    client = api_client_for("outsider")
    assert client.get(f"/api/v1/plans/{plan.pk}").status_code == 404
    body = _ok(_send(client, "post", f"/api/v1/plans/measures/{helper.pk}/progress",
                     {"status": "on_track", "text": "已讲解 1 次"}))
    assert body["status"] == "on_track" and body["can_edit"] is False
    other = api_client_for("outsider_manager")
    response = _send(other, "post", f"/api/v1/plans/measures/{helper.pk}/progress",
                     {"status": "done", "text": "完成"})
    assert response.status_code == 404


def test_the_manager_reworks_a_vague_measure_and_the_findings_follow(personas,
                                                                    api_client_for):
    plan = make_plan(personas)
    vague = plan.measures.get(order=1)
    assert vague.findings
    deadline = _days(60)
    body = _ok(_send(api_client_for("manager"), "put", f"/api/v1/plans/measures/{vague.pk}",
                     {"text": "每月主持 2 次部门周会并提交会议纪要", "owner_name": "张伟",
                      "deadline": deadline.isoformat(),
                      "checkpoints": f"{_days(20):%Y-%m-%d} 提交第一份纪要",
                      "version": vague.version}))
    assert body["findings"] == [] and body["owner_id"] == personas.employee.pk
    assert body["deadline"] == deadline.isoformat()
    assert [cp["text"] for cp in body["checkpoints"]] == ["提交第一份纪要"]


def test_it_refuses_a_measure_edit_by_the_employee_a_stale_one_and_bad_checkpoints(
        personas, api_client_for):
    measure = first_measure(make_plan(personas))
    body = {"text": "每月完成 2 门课程", "owner_name": "张伟",
            "deadline": _days(60).isoformat(), "version": measure.version}
    url = f"/api/v1/plans/measures/{measure.pk}"
    response = _send(api_client_for("employee"), "put", url, body)
    assert response.status_code == 403 and response.json()["code"] == "forbidden"
    manager = api_client_for("manager")
    response = _send(manager, "put", url, {**body, "checkpoints": "尽快复核"})
    assert response.status_code == 400 and response.json()["code"] == "checkpoints"
    _ok(_send(manager, "put", url, body))
    response = _send(manager, "put", url, body)  # the version read is now stale
    assert response.status_code == 409
    assert api_client_for("outsider").put(url, json.dumps(body),
                                          content_type="application/json").status_code == 404


# ---- promises and follow-ups ---------------------------------------------------------------

def test_the_owner_delivers_a_promise_once(personas, api_client_for):
    promise = make_plan(personas).commitments.get()
    url = f"/api/v1/plans/commitments/{promise.pk}/deliver"
    response = _send(api_client_for("employee"), "post", url, {"note": ""})
    assert response.status_code == 403
    client = api_client_for("manager")
    response = _send(client, "post", url, {"cancel": True})
    assert response.status_code == 400 and response.json()["code"] == "note"
    body = _ok(_send(client, "post", url, {"note": "测试环境已开通"}))
    assert body["status"] == "delivered" and body["note"] == "测试环境已开通"
    assert body["delivered_at"] and body["can_deliver"] is False
    assert _send(client, "post", url, {"note": ""}).status_code == 400
    assert _send(api_client_for("outsider"), "post", url, {}).status_code == 404


def test_it_lists_promises_mine_and_overdue(personas, api_client_for):
    plan = make_plan(personas, support=[
        {"commitment": "安排 IT 测试环境", "owner": "王强", "due": "2026-11-15"},
        HELPER_PROMISE])
    ours, hers = plan.commitments.order_by("pk")
    ours.due, hers.due = _days(-1), _days(5)
    ours.save()
    hers.save()
    manager = api_client_for("manager")
    assert [r["id"] for r in _items(manager.get("/api/v1/plans/commitments"))] == [ours.pk,
                                                                                   hers.pk]
    mine = _items(manager.get("/api/v1/plans/commitments", {"mine": "true"}))
    assert [r["id"] for r in mine] == [ours.pk] and mine[0]["overdue"] is True
    assert mine[0]["employee"]["name"] == "张伟"
    overdue = _items(manager.get("/api/v1/plans/commitments", {"overdue": "true"}))
    assert [r["id"] for r in overdue] == [ours.pk]
    outsider = _items(api_client_for("outsider").get("/api/v1/plans/commitments"))
    assert [r["id"] for r in outsider] == [hers.pk] and outsider[0]["can_deliver"] is True
    assert _items(api_client_for("outsider").get(
        "/api/v1/plans/commitments", {"overdue": "true"})) == []
    ours.status = CommitmentStatus.DELIVERED
    ours.save()
    assert _items(manager.get("/api/v1/plans/commitments",
                              {"mine": "true", "overdue": "true"})) == []
    assert _items(api_client_for("committee").get("/api/v1/plans/commitments")) == []


def test_the_manager_declines_then_accepts_a_revision(personas, api_client_for):
    plan = closed_plan(personas, met=False)
    interview = plan.follow_ups.get(kind=FollowUpKind.INTERVIEW)
    revision = plan.follow_ups.get(kind=FollowUpKind.REVISION)
    assert _send(api_client_for("employee"), "post",
                 f"/api/v1/plans/follow-ups/{revision.pk}/decision",
                 {"accept": True}).status_code == 403
    assert _send(api_client_for("outsider"), "post",
                 f"/api/v1/plans/follow-ups/{revision.pk}/decision",
                 {"accept": True}).status_code == 404
    client = api_client_for("manager")
    response = _send(client, "post", f"/api/v1/plans/follow-ups/{interview.pk}/decision",
                     {"accept": False})
    assert response.status_code == 400 and response.json()["code"] == "reason"
    body = _ok(_send(client, "post", f"/api/v1/plans/follow-ups/{revision.pk}/decision",
                     {"accept": True, "months": 2}))
    assert body["status"] == "accepted" and body["decided_by"] and body["revision_id"]
    interview.refresh_from_db()
    assert interview.status == FollowUpStatus.DECLINED
    revised = _ok(client.get(f"/api/v1/plans/{body['revision_id']}"))
    assert revised["revision_of_id"] == plan.pk and revised["status"] == "active"
    response = _send(client, "post", f"/api/v1/plans/follow-ups/{revision.pk}/decision",
                     {"accept": True})
    assert response.status_code == 400


# ---- the SMART check -----------------------------------------------------------------------

def test_it_checks_a_measure_and_explains_each_finding(personas, api_client_for):
    client = api_client_for("outsider")  # any signed-in caller: it reveals nothing else
    vague = _ok(client.get("/api/v1/plans/smart-check", {"text": "加强沟通"}))["findings"]
    assert {"vague", "deadline", "owner"} <= {f["code"] for f in vague}
    assert all(f["message"] and f["reason"] for f in vague)
    good = _ok(client.get("/api/v1/plans/smart-check", {
        "text": "每月完成 1 门数据分析课程", "owner": "张伟",
        "deadline": _days(60).isoformat()}))
    assert good == {"findings": []}
    assert _ok(client.get("/api/v1/plans/smart-check")) == {"findings": []}
