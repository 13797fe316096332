"""The demo company: who is in it, who can log in, and that loading it twice is harmless."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

from candor.accounts.models import User
from candor.core.models import AuditEvent
from candor.org.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, PEOPLE, load_demo
from candor.org.models import Department, Employee, EmploymentType, HrRole, JobSequence, Level

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fast_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def demo():
    return load_demo()


def person(username: str) -> Employee:
    return Employee.objects.select_related("manager", "department").get(user__username=username)


def counts() -> dict[str, int]:
    return {
        "employees": Employee.objects.count(),
        "departments": Department.objects.count(),
        "sequences": JobSequence.objects.count(),
        "users": User.objects.count(),
        "clerk_links": Employee.hr_departments.through.objects.count(),
    }


def test_it_builds_a_company_of_realistic_size(demo):
    assert Employee.objects.filter(is_active=True).count() >= 80
    assert Employee.objects.filter(is_active=False).count() == 2
    assert Department.objects.filter(parent__code="ROOT").count() >= 5
    assert set(JobSequence.objects.values_list("name", flat=True)) == {
        "技术", "销售", "客服", "职能", "管理"}
    assert set(Employee.objects.values_list("level", flat=True)) == set(Level.values)
    assert set(Employee.objects.values_list("employment_type", flat=True)) == set(
        EmploymentType.values)
    assert Employee.objects.filter(position__is_key=True, is_active=True).exists()
    years = {e.hire_date.year for e in Employee.objects.all()}
    assert min(years) == 2016 and max(years) == 2026


def test_it_gives_every_department_a_head(demo):
    for department in Department.objects.select_related("head"):
        assert department.head is not None, department.code
        assert department.head.department_id == department.pk


def test_it_uses_unique_names_and_emails():
    rows = [row for people in PEOPLE.values() for row in people]
    assert len({row[1] for row in rows}) == len(rows)
    assert len({row[2] for row in rows}) == len(rows)


@pytest.mark.parametrize("username", sorted(DEMO_ACCOUNTS))
def test_it_lets_the_demo_accounts_log_in(demo, username):
    assert Client().login(username=username, password=DEMO_PASSWORD)


def test_it_keeps_other_employees_from_logging_in(demo):
    lijun = Employee.objects.get(name="李军")
    assert lijun.user.username == lijun.employee_no
    assert not lijun.user.has_usable_password()
    departed = Employee.objects.filter(is_active=False)
    assert departed.count() == 2
    assert not any(e.user.is_active for e in departed)


def test_it_sets_up_the_named_people_as_described(demo):
    director, manager, employee = person("director"), person("manager"), person("employee")
    manager2, outsider = person("manager2"), person("outsider")
    assert (director.name, director.level, director.manager) == ("孙磊", Level.SENIOR, None)
    assert director.department.code == "ROOT" and director.department.head == director
    assert (manager.name, manager.manager, manager.department.name) == ("王强", director, "技术部")
    assert manager.department.head == manager
    assert (employee.name, employee.manager, employee.department.name) == ("张伟", manager,
                                                                           "技术部")
    assert (manager2.name, manager2.department.name) == ("赵敏", "客服部")
    assert manager2.department.head == manager2
    assert (outsider.name, outsider.manager, outsider.department.name) == ("李娜", manager2,
                                                                           "客服部")


def test_it_gives_hr_and_the_committee_their_roles(demo):
    hr, committee, clerk = person("hr"), person("committee"), person("hrclerk")
    assert (hr.name, hr.hr_role) == ("刘洋", HrRole.SPECIALIST)
    assert hr.user.is_staff and not hr.user.is_superuser
    assert (committee.name, committee.is_committee_member) == ("陈静", True)
    assert clerk.hr_role == HrRole.CLERK
    assert set(clerk.hr_departments.values_list("code", flat=True)) == {"TECH", "SALES"}
    admin = User.objects.get(username="admin")
    assert admin.is_superuser and admin.is_staff
    assert not Employee.objects.filter(user=admin).exists()
    assert User.objects.get(username="employee").language == "zh-hans"


def test_it_has_two_management_levels_under_the_general_manager(demo):
    director = person("director")
    team_leads = Employee.objects.filter(manager__manager=director, direct_reports__isnull=False,
                                         level=Level.MIDDLE).distinct()
    assert team_leads.filter(manager=person("manager")).count() == 3
    assert Employee.objects.filter(manager=director, level=Level.MIDDLE).count() >= 7


def test_it_has_no_manager_loops(demo):
    for employee in Employee.objects.all():
        seen, node = set(), employee
        while node.manager_id is not None:
            assert node.manager_id not in seen, employee.name
            seen.add(node.pk)
            node = Employee.objects.get(pk=node.manager_id)
        assert node == person("director")


def test_it_changes_nothing_when_loaded_twice(demo):
    before = counts()
    stamps = dict(Employee.objects.values_list("pk", "updated_at"))
    events = AuditEvent.objects.count()
    again = load_demo()
    assert (again.created, again.updated, again.deleted) == (0, 0, 0)
    assert counts() == before
    assert dict(Employee.objects.values_list("pk", "updated_at")) == stamps
    assert AuditEvent.objects.count() == events


def test_it_repairs_edited_demo_data(demo):
    zhang = person("employee")
    zhang.manager = person("manager2")
    zhang.save()
    user = zhang.user
    user.set_password("something-else")
    user.save()
    summary = load_demo()
    assert summary.updated == 2
    assert person("employee").manager == person("manager")
    assert Client().login(username="employee", password=DEMO_PASSWORD)


def test_it_wipes_and_reloads_on_reset(demo):
    Department.objects.create(code="GONE", name="临时部门", parent=Department.objects.get(
        code="ROOT"))
    before = counts()
    summary = load_demo(reset=True)
    assert summary.deleted > 0
    assert not Department.objects.filter(code="GONE").exists()
    assert counts() == {**before, "departments": before["departments"] - 1}
    assert Client().login(username="manager", password=DEMO_PASSWORD)


def test_it_prints_a_summary_from_the_command(db):
    out = StringIO()
    call_command("load_demo", stdout=out)
    text = out.getvalue()
    active = Employee.objects.filter(is_active=True).count()
    assert str(active) in text
    assert DEMO_PASSWORD in text
    for username in DEMO_ACCOUNTS:
        assert username in text
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert str(active) in out.getvalue()
    assert Employee.objects.filter(is_active=True).count() == active
