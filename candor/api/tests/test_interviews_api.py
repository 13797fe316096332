"""Interviews, records, signatures and appeals over the API: the same scopes as the pages
(404 out of scope, the employee's draft hidden, the committee limited to referred cases),
refusals with translated messages, 409 on a concurrent save or unconfirmed warnings."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from candor.core.models import AccessEvent
from candor.core.testing import PERSONA_PASSWORD
from candor.interviews.models import Appeal, AppealStatus, InterviewStatus, RecordStatus
from candor.interviews.services import appeals
from candor.interviews.services import record as record_services
from candor.interviews.tests.factories import (
    SHANGHAI,
    book,
    hold,
    make_room,
    released_sheet,
    submitted,
)
from candor.notifications.models import Notification
from candor.periods.models import GoalSheet
from candor.workdays.calendar import add_workdays

pytestmark = pytest.mark.django_db

REASON = "9 月利润数据少算了一笔回款。"


def _send(client, method: str, url: str, body: dict):
    return getattr(client, method)(url, json.dumps(body), content_type="application/json")


def _future(workdays: int = 6, hour: int = 10) -> str:
    """A slot far enough ahead of today for the notice rule, with its offset."""
    day = add_workdays(timezone.localdate(), workdays)
    return dt.datetime.combine(day, dt.time(hour, 0), tzinfo=SHANGHAI).isoformat()


def _items(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["items"]


def _appeal(personas, record=None) -> Appeal:
    return appeals.file_appeal(actor=personas.employee.user, record=record or submitted(personas),
                               items=[{"kind": "data_accuracy", "reason": REASON}])


# ---- interviews ----------------------------------------------------------------------------

@pytest.mark.parametrize(("persona", "sees"), [
    ("employee", {"张伟"}), ("manager", {"张伟"}), ("outsider", {"李娜"}),
    ("hr", {"张伟", "李娜"}), ("committee", set()),
])
def test_it_lists_the_interviews_each_caller_may_see(personas, api_client_for, persona, sees):
    book(personas)
    book(personas, employee=personas.outsider)
    rows = _items(api_client_for(persona).get("/api/v1/interviews"))
    assert {row["employee"]["name"] for row in rows} == sees


def test_it_shows_the_committee_only_interviews_referred_to_it(personas, api_client_for):
    record = submitted(personas)
    quiet = book(personas, employee=personas.outsider)
    client = api_client_for("committee")
    assert client.get(f"/api/v1/interviews/{record.interview_id}").status_code == 404
    _appeal(personas, record)
    assert client.get(f"/api/v1/interviews/{record.interview_id}").status_code == 200
    assert client.get(f"/api/v1/interviews/{record.interview_id}/record").status_code == 200
    assert client.get(f"/api/v1/interviews/{quiet.pk}").status_code == 404
    assert client.get(f"/api/v1/interviews/{quiet.pk}/record").status_code == 404
    assert [r["id"] for r in _items(client.get("/api/v1/interviews"))] == [record.interview_id]


def test_it_answers_404_out_of_scope_and_logs_a_read_in_scope(personas, api_client_for):
    interview = book(personas)
    url = f"/api/v1/interviews/{interview.pk}"
    assert api_client_for("outsider").get(url).status_code == 404
    assert api_client_for("outsider").get(url + "/record").status_code == 404
    assert not AccessEvent.objects.exists()
    body = api_client_for("manager").get(url).json()
    assert body["starts_at"] == "2026-10-19T10:00:00+08:00"
    assert body["host"]["name"] == "刘洋" and body["record_status"] == RecordStatus.DRAFT
    assert AccessEvent.objects.filter(actor=personas.manager.user,
                                      subject=personas.employee).exists()


def test_it_filters_the_list(personas, api_client_for):
    booked = book(personas)
    cancelled = book(personas, starts_at=booked.starts_at + dt.timedelta(hours=3))
    cancelled.status = InterviewStatus.CANCELLED
    cancelled.save()
    client = api_client_for("hr")
    assert [r["id"] for r in _items(client.get("/api/v1/interviews",
                                               {"status": "cancelled"}))] == [cancelled.pk]
    assert _items(client.get("/api/v1/interviews", {"employee": personas.outsider.pk})) == []
    period = booked.sheet.period_id
    assert [r["id"] for r in _items(client.get("/api/v1/interviews",
                                               {"period": period}))] == [booked.pk]


def _list_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/api/v1/interviews").status_code == 200
    return len(queries)


def test_it_lists_interviews_in_the_same_number_of_queries_at_any_size(personas,
                                                                       api_client_for):
    client = api_client_for("hr")
    client.get("/api/v1/me")  # the token's first use is recorded once
    book(personas)
    small = _list_queries(client)
    for hours in (2, 4, 6):
        book(personas, employee=personas.outsider,
             starts_at=dt.datetime(2026, 10, 20, 8 + hours, 0, tzinfo=SHANGHAI))
    assert _list_queries(client) == small


def test_it_asks_to_confirm_the_warnings_then_schedules(personas, api_client_for):
    sheet = released_sheet(personas.employee)
    office = make_room("总经理办公室", leader_office=True)
    body = {"employee_id": personas.employee.pk, "kind": "regular", "sheet_id": sheet.pk,
            "starts_at": _future(), "duration_minutes": 60, "room_id": office.pk}
    client = api_client_for("manager")
    response = _send(client, "post", "/api/v1/interviews", body)
    assert response.status_code == 409
    refusal = response.json()
    assert refusal["code"] == "confirm"
    assert any("总经理办公室" in w and "领导办公室" in w for w in refusal["warnings"])
    response = _send(client, "post", "/api/v1/interviews", {**body, "confirm": True})
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["employee"]["name"] == "张伟" and created["room_name"] == "总经理办公室"
    assert created["starts_at"] == body["starts_at"]


def test_it_refuses_too_little_notice_with_the_earliest_date(personas, api_client_for):
    sheet = released_sheet(personas.employee)
    response = _send(api_client_for("manager"), "post", "/api/v1/interviews", {
        "employee_id": personas.employee.pk, "sheet_id": sheet.pk, "starts_at": _future(1),
        "room_id": make_room().pk})
    assert response.status_code == 400
    assert response.json()["code"] == "notice" and "通知时间不足" in response.json()["detail"]


def test_it_answers_404_or_403_to_scheduling_by_someone_else(personas, api_client_for):
    body = {"employee_id": personas.employee.pk, "kind": "development",
            "starts_at": _future(), "location": "三楼小会议室"}
    assert _send(api_client_for("outsider"), "post", "/api/v1/interviews",
                 body).status_code == 404
    response = _send(api_client_for("employee"), "post", "/api/v1/interviews", body)
    assert response.status_code == 403 and response.json()["code"] == "forbidden"


def test_it_reschedules_with_a_version_and_cancels(personas, api_client_for):
    interview = book(personas)
    client = api_client_for("manager")
    url = f"/api/v1/interviews/{interview.pk}"
    slot = {"starts_at": _future(8, 14), "duration_minutes": 45, "location": "三楼小会议室",
            "confirm": True}
    moved = _send(client, "post", url + "/reschedule", {**slot, "version": interview.version})
    assert moved.status_code == 200, moved.content
    assert (moved.json()["sequence"], moved.json()["duration_minutes"]) == (1, 45)
    stale = _send(client, "post", url + "/reschedule", {**slot, "version": interview.version})
    assert stale.status_code == 409 and stale.json()["code"] == "conflict"
    cancelled = _send(client, "post", url + "/cancel", {"reason": "员工病假"})
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    assert _send(api_client_for("employee"), "post", url + "/cancel",
                 {"reason": "x"}).status_code == 403


# ---- the record ----------------------------------------------------------------------------

def test_it_hides_the_draft_record_from_the_employee(personas, api_client_for):
    interview = hold(book(personas))
    url = f"/api/v1/interviews/{interview.pk}/record"
    assert api_client_for("employee").get(url).status_code == 404
    record = api_client_for("manager").get(url).json()
    assert record["status"] == "draft"
    keys = [s["key"] for s in record["sections"]]
    assert keys.index("goal_review") + 1 == keys.index("strengths") and "employee_comments" in keys
    assert all(s["version"] == 0 for s in record["sections"])


def test_it_refuses_a_concurrent_section_save_with_409(personas, api_client_for):
    interview = hold(book(personas))
    url = f"/api/v1/interviews/{interview.pk}/record/sections/strengths"
    mine = {"items": [{"text": "客户沟通主动", "case": "9 月回访 12 家客户。"}]}
    saved = _send(api_client_for("manager"), "put", url, {"content": mine, "version": 0})
    assert saved.status_code == 200, saved.content
    assert (saved.json()["version"], saved.json()["updated_by"]) == (1, "王强")
    late = _send(api_client_for("hr"), "put", url,
                 {"content": {"items": [{"text": "别的内容", "case": "x"}]}, "version": 0})
    assert late.status_code == 409 and late.json()["code"] == "conflict"
    assert "王强" in late.json()["detail"]
    record = api_client_for("manager").get(f"/api/v1/interviews/{interview.pk}/record").json()
    strengths = next(s for s in record["sections"] if s["key"] == "strengths")
    assert strengths["content"] == mine


def test_it_refuses_a_section_write_by_a_reader(personas, api_client_for):
    record = submitted(personas)
    url = f"/api/v1/interviews/{record.interview_id}/record/sections/strengths"
    response = _send(api_client_for("employee"), "put", url, {"content": {}, "version": 1})
    assert response.status_code == 403
    assert _send(api_client_for("employee"), "put",
                 f"/api/v1/interviews/{record.interview_id}/record/sections/nope",
                 {"content": {}, "version": 0}).status_code == 404


def test_it_refuses_to_submit_an_incomplete_record_naming_the_element(personas,
                                                                       api_client_for):
    interview = hold(book(personas))
    response = api_client_for("manager").post(
        f"/api/v1/interviews/{interview.pk}/record/submit")
    assert response.status_code == 400 and "成绩与优点" in response.json()["detail"]


def test_it_takes_a_correction_request_from_the_employee(personas, api_client_for):
    record = submitted(personas)
    url = f"/api/v1/interviews/{record.interview_id}/record/corrections"
    response = _send(api_client_for("employee"), "post", url,
                     {"section": "measures", "text": "漏记了培训预算的承诺。"})
    assert response.status_code == 201
    assert response.json()["section_label"] == "改进措施"
    assert _send(api_client_for("manager"), "post", url,
                 {"section": "measures", "text": "x"}).status_code == 403
    body = api_client_for("manager").get(f"/api/v1/interviews/{record.interview_id}/record")
    assert body.json()["status"] == RecordStatus.CORRECTIONS


def test_it_lets_the_manager_answer_a_correction_then_resubmit(personas, api_client_for):
    record = submitted(personas)
    base = f"/api/v1/interviews/{record.interview_id}/record"
    asked = _send(api_client_for("employee"), "post", f"{base}/corrections",
                  {"section": "support", "text": "漏记了培训预算的承诺。"}).json()
    answer = f"{base}/corrections/{asked['id']}/answer"
    assert _send(api_client_for("employee"), "post", answer,
                 {"accepted": True}).status_code == 403
    declined = _send(api_client_for("manager"), "post", answer, {"accepted": False})
    assert declined.status_code == 400  # declining needs a reason
    done = _send(api_client_for("manager"), "post", answer,
                 {"accepted": True, "response": "已补记。"})
    assert done.status_code == 200 and done.json()["status"] == "resolved"
    resubmitted = api_client_for("manager").post(f"{base}/submit")
    assert resubmitted.status_code == 200
    assert resubmitted.json()["status"] == RecordStatus.WITH_EMPLOYEE


def test_it_signs_with_the_password_and_seals_without_showing_ips(personas, api_client_for):
    record = submitted(personas)
    record_services.save_section(actor=personas.employee.user, record=record,
                                 key="employee_comments", data={"text": "同意。"}, version=0)
    url = f"/api/v1/interviews/{record.interview_id}/record/sign"
    employee = api_client_for("employee")
    wrong = _send(employee, "post", url, {"password": "wrong"})
    assert wrong.status_code == 400 and wrong.json()["code"] == "password"
    assert _send(employee, "post", url, {"password": PERSONA_PASSWORD}).status_code == 200
    sealed = _send(api_client_for("manager"), "post", url, {"password": PERSONA_PASSWORD})
    assert sealed.status_code == 200, sealed.content
    body = sealed.json()
    assert body["status"] == RecordStatus.SEALED and len(body["content_hash"]) == 64
    assert [s["role"] for s in body["signatures"]] == ["employee", "manager"]
    assert all("ip" not in s for s in body["signatures"])
    assert "ip" not in json.dumps(body["signatures"])


# ---- appeals -------------------------------------------------------------------------------

def test_it_files_an_appeal_for_the_employee_only(personas, api_client_for):
    record = submitted(personas)
    url = f"/api/v1/interviews/{record.interview_id}/appeals"
    body = {"items": [{"kind": "data_accuracy", "reason": REASON}]}
    assert _send(api_client_for("manager"), "post", url, body).status_code == 403
    response = _send(api_client_for("employee"), "post", url, body)
    assert response.status_code == 201, response.content
    appeal = response.json()
    assert appeal["status"] == AppealStatus.REFERRED and appeal["old_grade"] == "优-"
    assert appeal["items"] == [{"kind": "data_accuracy", "reason": REASON,
                                "kind_label": "数据准确性"}]
    again = _send(api_client_for("employee"), "post", url, body)
    assert again.status_code == 400 and "等待委员会裁决" in again.json()["detail"]


def test_it_refuses_an_appeal_item_without_a_reason(personas, api_client_for):
    record = submitted(personas)
    response = _send(api_client_for("employee"), "post",
                     f"/api/v1/interviews/{record.interview_id}/appeals",
                     {"items": [{"kind": "scoring_method", "reason": ""}]})
    assert response.status_code == 400 and "评分方法" in response.json()["detail"]


def test_it_lets_the_committee_rule_and_the_sheet_follow(personas, api_client_for):
    appeal = _appeal(personas)
    url = f"/api/v1/appeals/{appeal.pk}/ruling"
    body = {"ruling": "adjusted", "reason": "核实后补记回款。", "new_total": "121"}
    assert _send(api_client_for("hr"), "post", url, body).status_code == 403
    assert _send(api_client_for("outsider"), "post", url, body).status_code == 404
    response = _send(api_client_for("committee"), "post", url, body)
    assert response.status_code == 200, response.content
    ruled = response.json()
    assert (ruled["status"], ruled["new_grade"], Decimal(ruled["new_multiplier"])) == (
        "ruled", "优+", Decimal("1.2"))
    assert ruled["ruled_by"] == "陈静"
    sheet = GoalSheet.objects.get(pk=appeal.sheet_id)
    assert (sheet.total, sheet.grade) == (Decimal("121.00"), "优+")
    assert Notification.objects.filter(kind="appeal.ruled", recipient__in=[
        personas.employee.user, personas.manager.user]).count() == 2


def test_it_lists_and_shows_appeals_within_scope(personas, api_client_for):
    appeal = _appeal(personas)
    assert [a["id"] for a in _items(api_client_for("committee").get("/api/v1/appeals"))] == [
        appeal.pk]
    assert _items(api_client_for("outsider").get("/api/v1/appeals")) == []
    assert _items(api_client_for("committee").get("/api/v1/appeals",
                                                  {"status": "ruled"})) == []
    assert api_client_for("outsider").get(f"/api/v1/appeals/{appeal.pk}").status_code == 404
    shown = api_client_for("manager").get(f"/api/v1/appeals/{appeal.pk}").json()
    assert shown["employee"]["name"] == "张伟"
    assert shown["interview_id"] == appeal.record.interview_id


def test_it_accepts_the_browser_session_with_its_csrf_token(personas):
    record = submitted(personas)
    client = Client(enforce_csrf_checks=True)
    client.force_login(personas.employee.user)
    client.get("/api/v1/docs")  # hands out the CSRF cookie, as in a browser
    url = f"/api/v1/interviews/{record.interview_id}/appeals"
    body = json.dumps({"items": [{"kind": "other", "reason": "评分口径前后不一致。"}]})
    refused = client.post(url, body, content_type="application/json")
    assert refused.status_code == 403 and not Appeal.objects.exists()
    accepted = client.post(url, body, content_type="application/json",
                           headers={"X-CSRFToken": client.cookies["csrftoken"].value})
    assert accepted.status_code == 201
