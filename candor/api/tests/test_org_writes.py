"""HR keeping the roster over the API: same services, same scopes, same conflict check."""

from __future__ import annotations

import json

import pytest

from candor.core.models import AuditEvent
from candor.core.testing import make_department, make_position
from candor.org.models import Employee, HrRole

pytestmark = pytest.mark.django_db


def _patch(client, employee: Employee, **body):
    return client.patch(f"/api/v1/employees/{employee.pk}", json.dumps(body),
                        content_type="application/json")


def _new_employee_body(personas, **overrides) -> dict:
    body = {"employee_no": "E90001", "name": "周杰", "department_id": personas.tech.pk,
            "position_id": personas.employee.position_id, "hire_date": "2024-07-01",
            "manager_id": personas.manager.pk}
    return {**body, **overrides}


def _post(client, url: str, body: dict | None = None):
    return client.post(url, json.dumps(body or {}), content_type="application/json")


def test_it_lets_hr_create_an_employee(personas, api_client_for):
    response = _post(api_client_for("hr"), "/api/v1/employees", _new_employee_body(personas))
    assert response.status_code == 201, response.content
    created = Employee.objects.get(employee_no="E90001")
    assert response.json()["id"] == created.pk
    assert created.manager == personas.manager
    assert AuditEvent.objects.filter(event="employee.created", target_id=str(created.pk),
                                     actor=personas.hr.user).exists()


@pytest.mark.parametrize("persona", ["employee", "manager", "committee"])
def test_it_refuses_creating_an_employee_to_non_hr(personas, api_client_for, persona):
    response = _post(api_client_for(persona), "/api/v1/employees",
                     _new_employee_body(personas))
    assert response.status_code == 403
    assert not Employee.objects.filter(employee_no="E90001").exists()


def test_it_reports_a_refused_create_as_a_translated_domain_error(personas, api_client_for):
    body = _new_employee_body(personas, employee_no=personas.employee.employee_no)
    response = _post(api_client_for("hr"), "/api/v1/employees", body)
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert "工号" in response.json()["detail"]


def test_it_answers_422_for_a_malformed_body(personas, api_client_for):
    body = _new_employee_body(personas, hire_date="not a date", level="boss")
    response = _post(api_client_for("hr"), "/api/v1/employees", body)
    assert response.status_code == 422
    assert {tuple(e["loc"])[-1] for e in response.json()["detail"]} == {"hire_date", "level"}


def test_it_refuses_an_unknown_department(personas, api_client_for):
    body = _new_employee_body(personas, department_id=999999)
    response = _post(api_client_for("hr"), "/api/v1/employees", body)
    assert response.status_code == 400
    assert not Employee.objects.filter(employee_no="E90001").exists()


def test_it_lets_hr_change_an_employee_with_the_current_version(personas, api_client_for):
    employee = personas.employee
    response = _patch(api_client_for("hr"), employee, version=employee.version,
                      name="张伟伟", level="middle")
    assert response.status_code == 200, response.content
    assert response.json()["version"] == employee.version + 1
    employee.refresh_from_db()
    assert (employee.name, employee.level) == ("张伟伟", "middle")
    assert employee.manager == personas.manager  # fields not sent are kept


def test_it_refuses_a_stale_version_with_409_and_changes_nothing(personas, api_client_for):
    employee = personas.employee
    stale = employee.version
    client = api_client_for("hr")
    assert _patch(client, employee, version=stale, name="第一次").status_code == 200
    response = _patch(client, employee, version=stale, name="第二次")
    assert response.status_code == 409
    assert response.json()["code"] == "conflict"
    assert "已被他人修改" in response.json()["detail"]
    employee.refresh_from_db()
    assert employee.name == "第一次"
    assert employee.version == stale + 1


@pytest.mark.parametrize("persona", ["employee", "manager", "outsider", "committee"])
def test_it_answers_404_when_non_hr_patches(personas, api_client_for, persona):
    employee = personas.employee
    response = _patch(api_client_for(persona), employee, version=employee.version,
                      name="改名")
    assert response.status_code == 404
    employee.refresh_from_db()
    assert employee.name == "张伟"


def test_it_keeps_a_department_clerk_to_their_own_departments(personas, api_client_for):
    clerk = personas.committee
    clerk.hr_role = HrRole.CLERK
    clerk.save()
    clerk.hr_departments.set([personas.tech])
    client = api_client_for("committee")
    assert _patch(client, personas.outsider, version=1, name="改名").status_code == 404
    employee = personas.employee
    moved = _patch(client, employee, version=employee.version,
                   department_id=personas.service.pk)
    assert moved.status_code == 403
    employee.refresh_from_db()
    assert employee.department == personas.tech
    inside = _patch(client, employee, version=employee.version, name="张伟伟")
    assert inside.status_code == 200
    elsewhere = _new_employee_body(personas, department_id=personas.service.pk,
                                   manager_id=None)
    assert _post(client, "/api/v1/employees", elsewhere).status_code == 403
    assert not Employee.objects.filter(employee_no="E90001").exists()


def test_it_lets_hr_deactivate_and_reactivate_an_employee(personas, api_client_for):
    client = api_client_for("hr")
    employee = personas.employee
    response = _post(client, f"/api/v1/employees/{employee.pk}/deactivate")
    assert response.status_code == 200
    assert response.json()["is_active"] is False
    employee.refresh_from_db()
    assert not employee.user.is_active
    response = _post(client, f"/api/v1/employees/{employee.pk}/reactivate")
    assert response.json()["is_active"] is True


def test_it_refuses_to_deactivate_a_manager_with_active_reports(personas, api_client_for):
    response = _post(api_client_for("hr"), f"/api/v1/employees/{personas.manager.pk}/deactivate")
    assert response.status_code == 400
    assert "王强" in response.json()["detail"]
    personas.manager.refresh_from_db()
    assert personas.manager.is_active


def test_it_answers_404_when_a_manager_deactivates_their_report(personas, api_client_for):
    response = _post(api_client_for("manager"),
                     f"/api/v1/employees/{personas.employee.pk}/deactivate")
    assert response.status_code == 404
    personas.employee.refresh_from_db()
    assert personas.employee.is_active


def test_it_moves_an_employee_to_another_position_and_department(personas, api_client_for):
    department, position = make_department("新部门", parent=personas.tech), make_position()
    employee = personas.employee
    response = _patch(api_client_for("hr"), employee, version=employee.version,
                      department_id=department.pk, position_id=position.pk, manager_id=None)
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["department_name"], body["position_name"]) == ("新部门", position.name)
    assert body["manager_id"] is None
