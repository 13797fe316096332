"""HR keeps the org chart in the app; everyone browses it."""

from __future__ import annotations

from django.urls import reverse

from candor.org.models import Employee, JobSequence


def test_it_shows_the_department_tree_with_heads_and_headcounts(personas, client_for):
    html = client_for("employee").get(reverse("org:chart")).content.decode()
    assert "星河科技" in html and "技术部" in html and "客服部" in html
    assert "王强" in html


def test_it_links_only_the_profiles_a_user_may_open(personas, client_for):
    html = client_for("outsider").get(reverse("org:department", args=[personas.tech.pk]))
    html = html.content.decode()
    assert "张伟" in html
    assert reverse("org:employee", args=[personas.employee.pk]) not in html


def test_it_lets_hr_create_an_employee_in_the_browser_form(personas, client_for):
    response = client_for("hr").post(reverse("org:employee_create"), {
        "employee_no": "E90001", "name": "新同事", "email": "new@example.com",
        "department": personas.tech.pk, "position": personas.employee.position_id,
        "level": "staff", "employment_type": "intern", "hire_date": "2026-11-02",
        "manager": personas.manager.pk,
    })
    person = Employee.objects.get(employee_no="E90001")
    assert response["Location"] == person.get_absolute_url()
    assert person.manager == personas.manager
    assert person.get_employment_type_display() == "实习"


def test_it_tells_hr_when_someone_else_saved_first(personas, client_for):
    url = reverse("org:employee_edit", args=[personas.employee.pk])
    form = client_for("hr").get(url).context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None and k != "hr_departments"}
    data.update({"department": personas.tech.pk, "position": personas.employee.position_id,
                 "manager": personas.manager.pk, "hire_date": "2022-03-01"})
    client_for("admin").post(url, {**data, "name": "先保存"})
    response = client_for("hr").post(url, {**data, "name": "后保存"})
    assert "已被他人修改" in response.content.decode()
    personas.employee.refresh_from_db()
    assert personas.employee.name == "先保存"


def test_it_lists_positions_and_sequences_and_adds_a_sequence(personas, client_for):
    client = client_for("hr")
    client.post(reverse("org:sequence_create"), {"code": "sales", "name": "销售"})
    assert JobSequence.objects.filter(name="销售").exists()
    assert "销售" in client.get(reverse("org:catalogue")).content.decode()


def test_it_refuses_a_duplicate_code_with_a_message(personas, client_for):
    response = client_for("hr").post(reverse("org:department_create"),
                                     {"code": "TECH", "name": "另一个技术部"})
    assert response.status_code == 200
    assert "编码" in response.content.decode()


def test_it_deactivates_from_the_profile_page(personas, client_for):
    client = client_for("hr")
    client.post(reverse("org:employee_set_active", args=[personas.employee.pk]),
                {"active": "0"})
    personas.employee.refresh_from_db()
    assert not personas.employee.is_active
    response = client.get(reverse("org:employees"), {"status": "inactive"})
    assert [e.name for e in response.context["page"]] == ["张伟"]


def test_it_searches_people_with_htmx_returning_rows_only(personas, client_for):
    response = client_for("hr").get(reverse("org:employees"), {"q": "李"},
                                    HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "<html" not in html
    assert "李娜" in html and "张伟" not in html


def test_it_saves_through_the_admin_with_an_audit_event(personas, client_for):
    from candor.core.models import AuditEvent

    client = client_for("admin")
    url = reverse("admin:org_jobsequence_add")
    response = client.post(url, {"code": "ops", "name": "运维"})
    assert response.status_code == 302
    assert AuditEvent.objects.filter(event="jobsequence.created").exists()


def test_it_keeps_a_department_clerk_inside_their_departments(personas, client_for):
    from candor.core.testing import make_employee
    from candor.org.models import HrRole

    clerk = make_employee("人事专员", department=personas.tech, username="clerk",
                          hr_role=HrRole.CLERK)
    clerk.hr_departments.set([personas.tech])
    from django.test import Client

    client = Client()
    client.force_login(clerk.user)
    url = reverse("org:employee_edit", args=[personas.employee.pk])
    form = client.get(url).context["form"]
    assert "hr_role" not in form.fields
    assert list(form.fields["department"].queryset) == [personas.tech]
    response = client.post(url, {
        "employee_no": personas.employee.employee_no, "name": "张伟",
        "department": personas.service.pk, "position": personas.employee.position_id,
        "level": "staff", "employment_type": "regular", "hire_date": "2022-03-01",
        "manager": personas.manager.pk, "hr_role": "specialist", "loaded_version": 1})
    assert response.status_code == 200
    personas.employee.refresh_from_db()
    assert (personas.employee.department, personas.employee.hr_role) == (personas.tech, "")
