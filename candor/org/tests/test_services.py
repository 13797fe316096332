"""Org-chart changes: validated, audited, and safe against concurrent edits."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from candor.core.errors import ConcurrentEdit, DomainError
from candor.core.models import AuditEvent
from candor.core.testing import PERSONA_PASSWORD
from candor.org import services
from candor.org.models import Department


def test_it_audits_an_update_with_what_changed(personas):
    services.save_org_object(instance=personas.employee, fields={"name": "张伟伟"},
                             actor=personas.hr.user, expected_version=1)
    event = AuditEvent.objects.get(event="employee.updated")
    assert event.data["changes"] == {"name": ["张伟", "张伟伟"]}
    assert event.actor == personas.hr.user
    personas.employee.refresh_from_db()
    assert personas.employee.version == 2


def test_it_refuses_a_stale_edit_and_keeps_the_first(personas):
    services.save_org_object(instance=personas.employee, fields={"name": "甲"},
                             actor=personas.hr.user, expected_version=1)
    with pytest.raises(ConcurrentEdit):
        services.save_org_object(instance=personas.employee, fields={"name": "乙"},
                                 actor=personas.admin, expected_version=1)
    personas.employee.refresh_from_db()
    assert personas.employee.name == "甲"


def test_it_refuses_a_manager_loop(personas):
    with pytest.raises(DomainError, match="直属上级"):
        services.save_org_object(instance=personas.manager,
                                 fields={"manager": personas.employee}, actor=personas.admin)
    personas.manager.refresh_from_db()
    assert personas.manager.manager == personas.second_line


def test_it_refuses_a_department_under_its_own_child(personas):
    child = Department.objects.create(code="T1", name="一组", parent=personas.tech)
    with pytest.raises(DomainError, match="上级部门"):
        services.save_org_object(instance=personas.tech, fields={"parent": child},
                                 actor=personas.admin)


def test_it_ends_every_session_when_an_employee_leaves(personas):
    phone, laptop = Client(), Client()
    for client in (phone, laptop):
        client.post(reverse("accounts:login"),
                    {"username": "employee", "password": PERSONA_PASSWORD})
        assert client.get(reverse("core:home")).status_code == 200
    services.deactivate_employee(employee=personas.employee, actor=personas.hr.user)
    for client in (phone, laptop):
        assert client.get(reverse("core:home")).status_code == 302
    event = AuditEvent.objects.get(event="employee.deactivated")
    assert event.data["sessions_ended"] == 2
    login = Client().post(reverse("accounts:login"),
                          {"username": "employee", "password": PERSONA_PASSWORD})
    assert login.status_code == 200


def test_it_refuses_to_deactivate_a_manager_with_active_reports(personas):
    with pytest.raises(DomainError, match="直属下级"):
        services.deactivate_employee(employee=personas.manager, actor=personas.hr.user)
    personas.manager.refresh_from_db()
    assert personas.manager.is_active


def test_it_reactivates(personas):
    services.deactivate_employee(employee=personas.employee, actor=personas.hr.user)
    services.reactivate_employee(employee=personas.employee, actor=personas.hr.user)
    personas.employee.user.refresh_from_db()
    assert personas.employee.user.is_active
