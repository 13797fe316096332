"""Who sees whom (R1.2): the scope rules, one persona at a time."""

from __future__ import annotations

import pytest
from django.urls import reverse

from candor import access
from candor.core.models import AccessEvent
from candor.core.testing import make_department, make_employee
from candor.org.models import HrRole


def visible_names(user) -> set[str]:
    return set(access.visible_employees(user).values_list("name", flat=True))


def test_it_shows_an_employee_only_themself(personas):
    assert visible_names(personas.employee.user) == {"张伟"}


def test_it_shows_a_manager_direct_and_indirect_reports(personas):
    assert visible_names(personas.manager.user) == {"王强", "张伟"}
    assert visible_names(personas.second_line.user) == {
        "孙磊", "王强", "张伟", "赵敏", "李娜", "刘洋", "陈静"}


def test_it_follows_the_reporting_line_deeper_than_one_level(personas):
    intern = make_employee("实习生", department=personas.tech, manager=personas.employee)
    assert intern.name in visible_names(personas.manager.user)
    assert intern.name in visible_names(personas.employee.user)


def test_it_shows_hr_specialist_and_admin_everyone(personas):
    total = access.visible_employees(personas.admin).count()
    assert total == 7
    assert access.visible_employees(personas.hr.user).count() == total


def test_it_limits_a_department_clerk_to_their_departments_and_below(personas):
    squad = make_department("研发一组", parent=personas.tech)
    coder = make_employee("程序员", department=squad, manager=personas.manager)
    clerk = make_employee("人事专员", department=personas.service, username="clerk",
                          hr_role=HrRole.CLERK)
    clerk.hr_departments.set([personas.tech])
    assert visible_names(clerk.user) == {"人事专员", "王强", "张伟", coder.name}
    assert access.can_manage_org(clerk.user)


def test_it_shows_a_committee_member_no_one_else_by_default(personas):
    assert visible_names(personas.committee.user) == {"陈静"}


def test_it_shows_nothing_to_a_deactivated_user(personas):
    personas.manager.user.is_active = False
    personas.manager.user.save()
    assert visible_names(personas.manager.user) == set()


def test_it_scopes_any_queryset_by_its_subject(personas):
    from candor.core.models import AccessEvent as Event

    for subject in (personas.employee, personas.outsider):
        Event.objects.create(actor=personas.admin, subject=subject, what="x")
    qs = access.scope_queryset(personas.manager.user, Event.objects.all(), subject="subject")
    assert [e.subject.name for e in qs] == ["张伟"]


def test_it_answers_404_for_someone_out_of_scope(personas, client_for):
    response = client_for("outsider").get(reverse("org:employee", args=[personas.employee.pk]))
    assert response.status_code == 404
    assert not AccessEvent.objects.exists()


def test_it_logs_a_manager_reading_a_report(personas, client_for):
    client_for("manager").get(reverse("org:employee", args=[personas.employee.pk]),
                              HTTP_USER_AGENT="pytest-browser", REMOTE_ADDR="10.1.2.3")
    event = AccessEvent.objects.get()
    assert (event.actor, event.subject, event.what) == (
        personas.manager.user, personas.employee, "profile")
    assert event.ip_address == "10.1.2.3"
    assert event.user_agent == "pytest-browser"
    assert event.path == reverse("org:employee", args=[personas.employee.pk])


def test_it_does_not_log_reading_ones_own_profile(personas, client_for):
    client_for("employee").get(reverse("org:employee", args=[personas.employee.pk]))
    assert not AccessEvent.objects.exists()


def test_it_lets_hr_browse_and_filter_the_access_log(personas, client_for):
    client_for("manager").get(reverse("org:employee", args=[personas.employee.pk]))
    client_for("hr").get(reverse("org:employee", args=[personas.outsider.pk]))
    page = client_for("hr").get(reverse("core:access_log"), {"subject": "张伟"})
    rows = page.context["page"].object_list
    assert [(e.actor.username, e.subject.name) for e in rows] == [("manager", "张伟")]


@pytest.mark.parametrize("size", [5, 25])
def test_it_lists_people_in_constant_queries(size, personas, client_for,
                                              django_assert_max_num_queries):
    for _ in range(size):
        make_employee(department=personas.tech, manager=personas.manager)
    client = client_for("hr")
    with django_assert_max_num_queries(14):
        response = client.get(reverse("org:employees"))
    assert response.context["page"].paginator.count == 7 + size
