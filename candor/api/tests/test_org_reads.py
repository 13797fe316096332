"""Reading the org chart over the API: the same scopes as the pages, logged the same way."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from candor.core.models import AccessEvent
from candor.core.testing import make_employee

pytestmark = pytest.mark.django_db


def _names(response) -> set[str]:
    assert response.status_code == 200, response.content
    return {row["name"] for row in response.json()["items"]}


def test_it_tells_the_caller_who_they_are_and_their_roles(personas, api_client_for):
    me = api_client_for("manager").get("/api/v1/me").json()
    assert me["employee"]["employee_no"] == personas.manager.employee_no
    assert me["roles"] == {"is_manager": True, "is_hr": False, "is_committee": False,
                           "is_admin": False, "can_manage_org": False}
    hr = api_client_for("hr").get("/api/v1/me").json()
    assert hr["roles"]["is_hr"] and hr["roles"]["can_manage_org"]
    assert not hr["roles"]["is_manager"]


def test_it_answers_me_for_an_admin_without_an_employee_record(personas, api_client_for):
    me = api_client_for("admin").get("/api/v1/me").json()
    assert me["employee"] is None
    assert me["roles"]["is_admin"]


def test_it_lists_the_departments_to_every_signed_in_user(personas, api_client_for):
    response = api_client_for("employee").get("/api/v1/departments")
    assert response.status_code == 200
    rows = {row["code"]: row for row in response.json()["items"]}
    assert {"ROOT", "TECH", "SVC", "HR"} <= set(rows)
    assert rows["TECH"]["parent_id"] == rows["ROOT"]["id"]
    assert rows["TECH"]["head_id"] == personas.manager.pk


def test_it_shows_one_department_and_404_for_an_unknown_one(personas, api_client_for):
    client = api_client_for("outsider")
    assert client.get(f"/api/v1/departments/{personas.tech.pk}").json()["name"] == "技术部"
    response = client.get("/api/v1/departments/999999")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_it_lists_only_themself_to_an_employee(personas, api_client_for):
    assert _names(api_client_for("employee").get("/api/v1/employees")) == {"张伟"}


def test_it_lists_a_manager_and_their_reports(personas, api_client_for):
    assert _names(api_client_for("manager").get("/api/v1/employees")) == {"王强", "张伟"}
    assert _names(api_client_for("second_line").get("/api/v1/employees")) == {
        "孙磊", "王强", "张伟", "赵敏", "李娜", "刘洋", "陈静"}


def test_it_lists_everyone_to_hr_ordered_by_employee_number(personas, api_client_for):
    response = api_client_for("hr").get("/api/v1/employees")
    rows = response.json()["items"]
    assert response.json()["count"] == 7
    assert [r["employee_no"] for r in rows] == sorted(r["employee_no"] for r in rows)


def test_it_filters_the_list_by_name_department_and_status(personas, api_client_for):
    client = api_client_for("hr")
    assert _names(client.get("/api/v1/employees", {"q": "张"})) == {"张伟"}
    assert _names(client.get("/api/v1/employees",
                             {"department": personas.tech.pk})) == {"王强", "张伟"}
    root = personas.second_line.department_id
    assert len(_names(client.get("/api/v1/employees", {"department": root}))) == 7
    personas.committee.is_active = False
    personas.committee.save()
    assert "陈静" not in _names(client.get("/api/v1/employees", {"active": "true"}))
    assert _names(client.get("/api/v1/employees", {"active": "false"})) == {"陈静"}


def test_it_never_widens_the_scope_through_filters(personas, api_client_for):
    client = api_client_for("employee")
    assert _names(client.get("/api/v1/employees",
                             {"department": personas.service.pk})) == set()
    assert _names(client.get("/api/v1/employees", {"q": "李娜"})) == set()


def test_it_pages_the_employee_list(personas, api_client_for):
    body = api_client_for("hr").get("/api/v1/employees", {"page_size": 3, "page": 3}).json()
    assert body["count"] == 7
    assert len(body["items"]) == 1


def test_it_answers_404_for_an_employee_out_of_scope(personas, api_client_for):
    response = api_client_for("outsider").get(f"/api/v1/employees/{personas.employee.pk}")
    assert response.status_code == 404
    assert "张伟" not in response.content.decode()
    assert not AccessEvent.objects.exists()


def test_it_answers_the_same_404_for_an_employee_that_does_not_exist(personas,
                                                                      api_client_for):
    client = api_client_for("outsider")
    hidden = client.get(f"/api/v1/employees/{personas.employee.pk}")
    missing = client.get("/api/v1/employees/999999")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json() == missing.json()


def test_it_logs_a_manager_reading_a_report(personas, api_client_for):
    response = api_client_for("manager").get(f"/api/v1/employees/{personas.employee.pk}")
    assert response.status_code == 200
    assert response.json()["manager_name"] == "王强"
    event = AccessEvent.objects.get()
    assert event.actor == personas.manager.user
    assert event.subject == personas.employee
    assert event.what == "api.employee"
    assert event.path == f"/api/v1/employees/{personas.employee.pk}"


def test_it_does_not_log_reading_ones_own_record(personas, api_client_for):
    response = api_client_for("employee").get(f"/api/v1/employees/{personas.employee.pk}")
    assert response.status_code == 200
    assert response.json()["version"] == personas.employee.version
    assert not AccessEvent.objects.exists()


def _count_list_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v1/employees")
    assert response.status_code == 200
    return len(queries)


def test_it_lists_employees_in_the_same_number_of_queries_at_any_size(personas,
                                                                      api_client_for):
    client = api_client_for("hr")
    client.get("/api/v1/me")  # the token's first use is recorded once; keep it out of the count
    for _ in range(3):
        make_employee(department=personas.tech, manager=personas.manager)
    small = _count_list_queries(client)
    for _ in range(30):
        make_employee(department=personas.service, manager=personas.outsider_manager)
    large = _count_list_queries(client)
    assert client.get("/api/v1/employees").json()["count"] == 40
    assert large == small
