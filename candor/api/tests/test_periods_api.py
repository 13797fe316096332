"""Periods, sheets and goals over the API: the same scopes as the pages, results hidden from
the employee until release, the same services and conflict checks for writes."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from candor.core.models import AccessEvent, AuditEvent
from candor.periods.models import AbilityItem, GoalSheet, Period, PeriodStatus, SheetStatus
from candor.periods.results.services import release_results, score_period
from candor.periods.tests.factories import make_period, make_sheet, make_template
from candor.periods.tests.results_factories import many_sheets, scoring_period, seed_sheet

pytestmark = pytest.mark.django_db


def _send(client, method: str, url: str, body: dict | None = None):
    return getattr(client, method)(url, json.dumps(body or {}), content_type="application/json")


def _goal(sheet: GoalSheet, name: str):
    return sheet.goals.get(name=name)


@pytest.fixture
def scored(personas):
    """The seed's worked example for 张伟 (109, 优-), scored but not yet released."""
    period = scoring_period(personas.tech)
    sheet = seed_sheet(period, personas.employee)
    score_period(period=period, actor=personas.hr.user)
    sheet.refresh_from_db()
    return sheet


# ---- reading sheets ------------------------------------------------------------------------

def test_it_shows_the_employee_their_goals_but_no_score_before_release(scored,
                                                                      api_client_for):
    response = api_client_for("employee").get(f"/api/v1/sheets/{scored.pk}")
    assert response.status_code == 200, response.content
    body = response.json()
    assert [g["name"] for g in body["goals"]] == ["利润", "任务完成数", "日常表现"]
    assert Decimal(body["goals"][0]["target"]) == 3200
    assert body["result_visible"] is False
    assert (body["total"], body["grade"], body["multiplier"], body["rank_department"]) == (
        None, None, None, None)
    assert all(g["points"] is None and g["rate_pct"] is None and g["actual"] is None
               and g["manager_points"] is None for g in body["goals"])
    assert "109" not in response.content.decode()


def test_it_shows_the_employee_their_score_after_release(scored, personas, api_client_for):
    release_results(period=scored.period, actor=personas.hr.user)
    body = api_client_for("employee").get(f"/api/v1/sheets/{scored.pk}").json()
    assert body["result_visible"] is True
    assert (Decimal(body["total"]), body["grade"], Decimal(body["multiplier"])) == (
        Decimal(109), "优-", Decimal("1.1"))
    points = {g["name"]: Decimal(g["points"]) for g in body["goals"]}
    assert points == {"利润": 69, "任务完成数": 22, "日常表现": 18}
    assert body["rank_department"] == 1


def test_it_withholds_the_employees_own_score_in_the_sheet_list_until_release(
        scored, personas, api_client_for):
    client = api_client_for("employee")
    url = f"/api/v1/periods/{scored.period_id}/sheets"
    row = client.get(url).json()["items"][0]
    assert (row["employee_name"], row["total"], row["grade"]) == ("张伟", None, None)
    release_results(period=scored.period, actor=personas.hr.user)
    row = client.get(url).json()["items"][0]
    assert (Decimal(row["total"]), row["grade"]) == (Decimal(109), "优-")


def test_it_answers_404_to_an_outsider_reading_anothers_sheet(scored, api_client_for):
    client = api_client_for("outsider")
    hidden = client.get(f"/api/v1/sheets/{scored.pk}")
    missing = client.get("/api/v1/sheets/999999")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json() == missing.json()
    assert "张伟" not in hidden.content.decode()
    assert not AccessEvent.objects.exists()


def test_it_shows_the_manager_their_reports_sheet_with_the_score_and_logs_it(
        scored, personas, api_client_for):
    response = api_client_for("manager").get(f"/api/v1/sheets/{scored.pk}")
    assert response.status_code == 200
    assert Decimal(response.json()["total"]) == 109
    assert response.json()["can_rate"] is True
    event = AccessEvent.objects.get()
    assert (event.actor, event.subject, event.what) == (
        personas.manager.user, personas.employee, "api.goal_sheet")
    assert event.path == f"/api/v1/sheets/{scored.pk}"


def test_it_does_not_log_the_employee_reading_their_own_sheet(scored, api_client_for):
    assert api_client_for("employee").get(f"/api/v1/sheets/{scored.pk}").status_code == 200
    assert not AccessEvent.objects.exists()


def test_it_lists_every_sheet_to_hr_and_only_their_people_to_a_manager(personas,
                                                                       api_client_for):
    period = scoring_period(personas.tech.parent)
    for person in (personas.employee, personas.manager, personas.outsider):
        seed_sheet(period, person)
    url = f"/api/v1/periods/{period.pk}/sheets"
    hr = api_client_for("hr").get(url).json()
    assert hr["count"] == 3
    assert all(row["result_visible"] for row in hr["items"])
    manager = api_client_for("manager").get(url).json()
    assert {row["employee_name"] for row in manager["items"]} == {"张伟", "王强"}
    assert api_client_for("outsider").get(url).json()["count"] == 1
    assert api_client_for("hr").get(url, {"q": "李"}).json()["count"] == 1


def _count_sheet_list_queries(client, period: Period) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/api/v1/periods/{period.pk}/sheets")
    assert response.status_code == 200
    return len(queries)


def test_it_lists_sheets_in_the_same_number_of_queries_at_any_size(personas, api_client_for):
    period = scoring_period(personas.tech.parent)
    client = api_client_for("hr")
    client.get("/api/v1/me")  # the token's first use is recorded once; keep it out of the count
    position = personas.employee.position
    many_sheets(period, 3, department=personas.tech, position=position)
    small = _count_sheet_list_queries(client, period)
    many_sheets(period, 40, department=personas.service, position=position, departments=3)
    large = _count_sheet_list_queries(client, period)
    assert client.get(f"/api/v1/periods/{period.pk}/sheets").json()["count"] == 43
    assert large == small


# ---- periods -------------------------------------------------------------------------------

def test_it_lists_the_periods_the_caller_has_something_to_see_in(personas, api_client_for):
    tech_period = make_period("技术部周期", departments=[personas.tech])
    make_sheet(tech_period, personas.employee)
    make_period("客服部周期", departments=[personas.service])

    def names(persona: str) -> set[str]:
        response = api_client_for(persona).get("/api/v1/periods")
        assert response.status_code == 200
        return {row["name"] for row in response.json()["items"]}

    assert names("hr") == {"技术部周期", "客服部周期"}
    assert names("employee") == {"技术部周期"}
    assert names("outsider") == set()
    client = api_client_for("outsider")
    assert client.get(f"/api/v1/periods/{tech_period.pk}").status_code == 404
    assert client.get(f"/api/v1/periods/{tech_period.pk}/sheets").status_code == 404


def test_it_lets_hr_open_a_period_and_refuses_everyone_else(personas, api_client_for):
    body = {"name": "2027年第一季度", "kind": "quarterly", "start_date": "2027-01-01",
            "end_date": "2027-03-31", "department_ids": [personas.tech.pk]}
    assert _send(api_client_for("manager"), "post", "/api/v1/periods", body).status_code == 403
    response = _send(api_client_for("hr"), "post", "/api/v1/periods", body)
    assert response.status_code == 201, response.content
    assert response.json()["status"] == "planning"
    assert response.json()["department_ids"] == [personas.tech.pk]
    period = Period.objects.get(name="2027年第一季度")
    assert AuditEvent.objects.filter(event="period.opened", target_id=str(period.pk)).exists()
    again = _send(api_client_for("hr"), "post", "/api/v1/periods", body)
    assert again.status_code == 400
    assert "2027年第一季度" in again.json()["detail"]


def test_it_advances_scores_and_releases_a_period_for_hr_only(personas, api_client_for):
    period = make_period(departments=[personas.tech], status=PeriodStatus.IN_PROGRESS)
    sheet = seed_sheet(period, personas.employee)
    hr = api_client_for("hr")
    base = f"/api/v1/periods/{period.pk}"
    assert _send(api_client_for("manager"), "post", f"{base}/score").status_code == 404
    skipped = _send(hr, "post", f"{base}/advance", {"to": "released"})
    assert skipped.status_code == 400
    assert _send(hr, "post", f"{base}/advance", {"to": "scoring"}).json()["status"] == "scoring"
    summary = _send(hr, "post", f"{base}/score").json()
    assert summary == {"sheets": 1, "scored": 1, "problems": 0, "grades": {"优-": 1}}
    released = _send(hr, "post", f"{base}/release")
    assert released.status_code == 200
    assert released.json()["results_released"] is True
    sheet.refresh_from_db()
    assert sheet.total == Decimal(109)


def test_it_lets_hr_hand_out_template_goals(personas, api_client_for):
    period = make_period(departments=[personas.tech])
    make_template(position=personas.employee.position)
    url = f"/api/v1/periods/{period.pk}/assign-goals"
    assert _send(api_client_for("manager"), "post", url).status_code == 404
    response = _send(api_client_for("hr"), "post", url)
    assert response.status_code == 200, response.content
    assert response.json() == {"created": 2, "filled": 1, "kept": 0,
                               "without_template": ["王强"]}
    sheet = GoalSheet.objects.get(period=period, employee=personas.employee)
    assert sheet.goals.count() == 6


# ---- goals ---------------------------------------------------------------------------------

def test_it_refuses_a_stale_goal_version_with_409(personas, api_client_for):
    sheet = make_sheet(make_period(departments=[personas.tech]), personas.employee)
    goal = _goal(sheet, "利润")
    client = api_client_for("manager")
    first = _send(client, "patch", f"/api/v1/goals/{goal.pk}",
                  {"version": goal.version, "target": "3300"})
    assert first.status_code == 200, first.content
    assert first.json()["version"] == goal.version + 1
    stale = _send(client, "patch", f"/api/v1/goals/{goal.pk}",
                  {"version": goal.version, "target": "3400"})
    assert stale.status_code == 409
    assert stale.json()["code"] == "conflict"
    goal.refresh_from_db()
    assert goal.target == Decimal(3300)


def test_it_answers_404_when_the_employee_patches_their_own_goal(personas, api_client_for):
    sheet = make_sheet(make_period(departments=[personas.tech]), personas.employee)
    goal = _goal(sheet, "利润")
    response = _send(api_client_for("employee"), "patch", f"/api/v1/goals/{goal.pk}",
                     {"version": goal.version, "weight": "80"})
    assert response.status_code == 404
    goal.refresh_from_db()
    assert goal.weight == Decimal(60)
    delete = api_client_for("employee").delete(f"/api/v1/goals/{goal.pk}")
    assert delete.status_code == 404


def test_it_puts_a_confirmed_sheet_back_to_draft_when_the_manager_changes_a_goal(
        personas, api_client_for):
    sheet = make_sheet(make_period(departments=[personas.tech]), personas.employee,
                       status=SheetStatus.CONFIRMED)
    goal = _goal(sheet, "利润")
    _send(api_client_for("manager"), "patch", f"/api/v1/goals/{goal.pk}",
          {"version": goal.version, "target": "3300"})
    body = api_client_for("employee").get(f"/api/v1/sheets/{sheet.pk}").json()
    assert body["status"] == "draft"
    assert body["can_confirm"] is True


def test_it_lets_the_employee_confirm_the_goals_they_read(personas, api_client_for):
    sheet = make_sheet(make_period(departments=[personas.tech]), personas.employee)
    client = api_client_for("employee")
    digest = client.get(f"/api/v1/sheets/{sheet.pk}").json()["digest"]
    url = f"/api/v1/sheets/{sheet.pk}/confirm"
    assert _send(api_client_for("manager"), "post", url, {"digest": digest}).status_code == 404
    goal = _goal(sheet, "利润")
    _send(api_client_for("manager"), "patch", f"/api/v1/goals/{goal.pk}",
          {"version": goal.version, "target": "3300"})
    stale = _send(client, "post", url, {"digest": digest})
    assert stale.status_code == 409
    digest = client.get(f"/api/v1/sheets/{sheet.pk}").json()["digest"]
    response = _send(client, "post", url, {"digest": digest})
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "confirmed"
    assert response.json()["can_confirm"] is False


def test_it_lets_the_manager_add_and_delete_a_goal(personas, api_client_for):
    sheet = make_sheet(make_period(departments=[personas.tech]), personas.employee, goals=[])
    client = api_client_for("manager")
    created = _send(client, "post", f"/api/v1/sheets/{sheet.pk}/goals",
                    {"name": "客户投诉率", "unit": "%", "target": 5, "weight": 100,
                     "direction": "lower", "points_per_pct": "0.5"})
    assert created.status_code == 201, created.content
    body = created.json()
    assert (body["direction"], Decimal(body["points_per_pct"])) == ("lower", Decimal("0.5"))
    refused = _send(client, "post", f"/api/v1/sheets/{sheet.pk}/goals",
                    {"name": "客户投诉率", "target": 5, "weight": 10})
    assert refused.status_code == 400
    assert "客户投诉率" in refused.json()["detail"]
    deleted = client.delete(f"/api/v1/goals/{body['id']}?version={body['version']}")
    assert deleted.status_code == 204
    assert not sheet.goals.exists()


def test_it_lets_the_manager_line_enter_actuals_and_ratings(scored, personas, api_client_for):
    profit, everyday = _goal(scored, "利润"), _goal(scored, "日常表现")
    client = api_client_for("manager")
    assert _send(api_client_for("employee"), "put", f"/api/v1/goals/{profit.pk}/actual",
                 {"actual": "9999"}).status_code == 404
    response = _send(client, "put", f"/api/v1/goals/{profit.pk}/actual",
                     {"actual": "3300", "version": profit.version})
    assert response.status_code == 200, response.content
    assert Decimal(response.json()["actual"]) == 3300
    scored.refresh_from_db()
    assert scored.status == SheetStatus.CONFIRMED and scored.total is None  # score taken back
    too_many = _send(client, "put", f"/api/v1/goals/{everyday.pk}/rating",
                     {"manager_points": "25"})
    assert too_many.status_code == 400
    assert "日常表现" in too_many.json()["detail"]
    rated = _send(client, "put", f"/api/v1/goals/{everyday.pk}/rating",
                  {"manager_points": "19"})
    assert Decimal(rated.json()["manager_points"]) == 19
    wrong_rule = _send(client, "put", f"/api/v1/goals/{profit.pk}/rating",
                       {"manager_points": "10"})
    assert wrong_rule.status_code == 400


def test_it_lets_the_manager_rate_an_ability_with_a_case(scored, personas, api_client_for):
    item = AbilityItem.objects.create(kind="ability", name="沟通能力")
    url = f"/api/v1/sheets/{scored.pk}/abilities/{item.pk}"
    client = api_client_for("manager")
    no_case = _send(client, "put", url, {"rating": "A", "assessment": "strength"})
    assert no_case.status_code == 400
    assert "具体事例" in no_case.json()["detail"]
    response = _send(client, "put", url, {"rating": "A", "assessment": "strength",
                                          "case": "主导了与客户的需求澄清会。"})
    assert response.status_code == 200, response.content
    assert response.json()["item_name"] == "沟通能力"
    assert _send(api_client_for("employee"), "put", url,
                 {"rating": "A", "assessment": "meets"}).status_code == 404


def test_it_explains_the_score_to_the_employee_only_after_release(scored, personas,
                                                                  api_client_for):
    url = f"/api/v1/sheets/{scored.pk}/explanation"
    assert api_client_for("employee").get(url).status_code == 404
    manager = api_client_for("manager").get(url)
    assert manager.status_code == 200
    lines = {line["name"]: line for line in manager.json()["lines"]}
    assert lines["利润"]["formula"] == "60 + 9 × 1 = 69"
    assert Decimal(lines["任务完成数"]["points"]) == 22
    assert [b["label"] for b in manager.json()["bands"] if b["matched"]] == ["优-"]
    release_results(period=scored.period, actor=personas.hr.user)
    employee = api_client_for("employee").get(url)
    assert employee.status_code == 200
    assert Decimal(employee.json()["total"]) == 109


def test_it_documents_the_periods_endpoints_in_the_schema(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"/api/v1/periods", "/api/v1/periods/{period_id}/sheets",
            "/api/v1/sheets/{sheet_id}", "/api/v1/goals/{goal_id}",
            "/api/v1/goals/{goal_id}/actual", "/api/v1/sheets/{sheet_id}/explanation",
            } <= set(paths)
    assert set(paths["/api/v1/goals/{goal_id}"]) == {"patch", "delete"}
