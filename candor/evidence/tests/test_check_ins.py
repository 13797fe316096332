"""Check-ins and the flags of R2.8: two conversations per period, weekly ones for key posts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from candor.core.errors import DomainError
from candor.core.models import AuditEvent
from candor.core.testing import make_employee, make_position
from candor.evidence import selectors, services
from candor.evidence.models import CheckIn, CheckInKind
from candor.evidence.templatetags.evidence_tags import flag_labels
from candor.evidence.tests.factories import make_check_in, running_period, today
from candor.periods.models import Period
from candor.periods.tests.factories import make_period

Q3_START, Q3_END = dt.date(2026, 7, 1), dt.date(2026, 9, 30)  # Wednesday to Wednesday
AFTER_Q3 = dt.date(2026, 11, 21)


@pytest.fixture
def q3(personas):
    return make_period("2026年第三季度", departments=[personas.tech, personas.service],
                       start_date=Q3_START, end_date=Q3_END)


@pytest.fixture
def key_person(personas):
    return make_employee("赵工", department=personas.tech, manager=personas.manager,
                         position=make_position("架构师", is_key=True))


def _flags(period, **kwargs):
    return selectors.checkin_flags(period, today=kwargs.pop("today", AFTER_Q3), **kwargs)


def test_it_logs_a_check_in_with_an_audit_entry(personas):
    period = running_period(personas.tech)
    check_in = services.log_check_in(employee=personas.employee, actor=personas.manager.user,
                                     date=today(), kind=CheckInKind.WEEKLY,
                                     summary="本周完成了接口联调。", next_steps="下周压测")
    assert check_in.period == period and check_in.author == personas.manager.user
    assert AuditEvent.objects.filter(event="check_in.logged").count() == 1


def test_nobody_logs_a_check_in_about_themself(personas):
    with pytest.raises(DomainError):
        services.log_check_in(employee=personas.employee, actor=personas.employee.user,
                              date=today(), kind=CheckInKind.CONVERSATION, summary="自我总结一下")


def test_the_form_logs_and_returns_to_the_evidence_page(personas, client_for):
    url = reverse("evidence:check_in_create", args=[personas.employee.pk])
    response = client_for("manager").post(url, {"date": today().isoformat(),
                                                "kind": "conversation",
                                                "summary": "回顾了上月目标完成情况。"})
    assert response.status_code == 302
    assert CheckIn.objects.get().summary == "回顾了上月目标完成情况。"


def test_it_flags_fewer_than_two_conversations_in_the_period(personas, q3):
    make_check_in(personas.employee, date=dt.date(2026, 7, 10))
    make_check_in(personas.employee, date=dt.date(2026, 8, 10), kind=CheckInKind.WEEKLY)
    make_check_in(personas.employee, date=dt.date(2026, 10, 2))  # after the period
    assert _flags(q3)[personas.employee.pk] == [selectors.FEWER_THAN_TWO]
    make_check_in(personas.employee, date=dt.date(2026, 9, 30))
    assert personas.employee.pk not in _flags(q3)


def test_it_covers_sub_departments_and_skips_leavers_and_other_departments(personas):
    period = make_period(departments=[personas.tech.parent], start_date=Q3_START,
                         end_date=Q3_END)
    sub = personas.tech.children.create(code="TECH-A", name="平台组")
    in_sub = make_employee("钱一", department=sub, manager=personas.manager)
    leaver = make_employee("孙二", department=personas.tech, is_active=False)
    flags = _flags(period)
    assert in_sub.pk in flags and personas.outsider.pk in flags and leaver.pk not in flags
    only_tech = make_period(departments=[personas.tech], start_date=Q3_START, end_date=Q3_END)
    assert personas.outsider.pk not in _flags(only_tech)


def test_it_flags_a_key_position_missing_a_week(personas, q3, key_person):
    weeks = selectors.weeks_due(q3, AFTER_Q3)
    assert len(weeks) == 14 and weeks[0] == dt.date(2026, 6, 29)
    for monday in weeks:
        make_check_in(key_person, date=monday + dt.timedelta(days=2), kind=CheckInKind.WEEKLY)
    make_check_in(key_person, date=dt.date(2026, 7, 15))
    make_check_in(key_person, date=dt.date(2026, 8, 15))
    assert key_person.pk not in _flags(q3)
    CheckIn.objects.filter(date=weeks[5] + dt.timedelta(days=2)).delete()
    assert _flags(q3)[key_person.pk] == [selectors.NO_WEEKLY]


def test_a_conversation_counts_as_the_weekly_one_and_the_whole_first_week_counts(
        personas, q3, key_person):
    weeks = selectors.weeks_due(q3, AFTER_Q3)
    make_check_in(key_person, date=dt.date(2026, 6, 29))  # Monday before the period began
    for monday in weeks[1:]:
        make_check_in(key_person, date=monday)
    assert key_person.pk not in _flags(q3)


def test_plain_positions_are_not_asked_for_weekly_check_ins(personas, q3):
    make_check_in(personas.employee, date=dt.date(2026, 7, 10))
    make_check_in(personas.employee, date=dt.date(2026, 9, 10))
    assert personas.employee.pk not in _flags(q3)


def test_weeks_count_once_they_are_over():
    period = Period(start_date=dt.date(2026, 11, 2),
                                              end_date=dt.date(2026, 11, 25))
    # Thursday 19 Nov: the weeks of 2 and 9 Nov are over, the week of 16 Nov is not.
    assert selectors.weeks_due(period, dt.date(2026, 11, 19)) == [dt.date(2026, 11, 2),
                                                                  dt.date(2026, 11, 9)]
    # After the end (Wednesday 25 Nov) the last, partial week counts too.
    assert selectors.weeks_due(period, dt.date(2026, 11, 26))[-1] == dt.date(2026, 11, 23)


def test_within_limits_the_flags_to_a_scope(personas, q3):
    within = type(personas.employee).objects.filter(pk=personas.employee.pk)
    assert list(_flags(q3, within=within)) == [personas.employee.pk]


def test_other_apps_can_count_formal_interviews(personas, q3, monkeypatch):
    monkeypatch.setattr(selectors, "_conversation_sources", [])
    selectors.register_conversation_source(
        lambda period, employees: {personas.employee.pk: 1})
    make_check_in(personas.employee, date=dt.date(2026, 7, 10))
    assert personas.employee.pk not in _flags(q3)


def _grow_team(personas, n: int) -> None:
    key = make_position("值班工程师", is_key=True)
    for i in range(n):
        person = make_employee(department=personas.tech, manager=personas.manager,
                               position=key if i % 2 else None)
        make_check_in(person, date=dt.date(2026, 7, 6 + i % 20))
        make_check_in(person, date=dt.date(2026, 8, 6 + i % 20), kind=CheckInKind.WEEKLY)


def _queries(fn) -> int:
    with CaptureQueriesContext(connection) as ctx:
        fn()
    return len(ctx.captured_queries)


def test_the_flags_take_the_same_queries_for_a_small_and_a_larger_team(personas, q3,
                                                                        client_for):
    url = reverse("evidence:period_check_ins", args=[q3.pk])
    hr = client_for("hr")
    _grow_team(personas, 3)
    small = (_queries(lambda: _flags(q3)), _queries(lambda: hr.get(url)))
    _grow_team(personas, 40)
    large = (_queries(lambda: _flags(q3)), _queries(lambda: hr.get(url)))
    assert len(_flags(q3)) > 40
    assert small == large, (small, large)
    assert large[0] <= 8


def test_the_page_lists_flagged_people_in_scope_with_reasons(personas, q3, client_for):
    url = reverse("evidence:period_check_ins", args=[q3.pk])
    manager_page = client_for("manager").get(url).content.decode()
    assert "张伟" in manager_page and "李娜" not in manager_page
    assert "本周期绩效沟通少于两次" in manager_page
    hr_page = client_for("hr").get(url).content.decode()
    assert "张伟" in hr_page and "李娜" in hr_page
    filtered = client_for("hr").get(url, {"reason": "no_weekly"}).content.decode()
    assert "张伟" not in filtered


def test_the_partial_summarises_the_flags_for_the_period_page(personas, q3, key_person):
    flags = _flags(q3)
    html = render_to_string("evidence/partials/_checkin_flags.html",
                            {"flags": flags, "period": q3})
    assert f"绩效沟通少于两次：{flags.fewer_than_two_count} 人" in html
    assert "关键岗位缺少每周沟通：1 人" in html
    assert reverse("evidence:period_check_ins", args=[q3.pk]) in html
    assert flag_labels(flags, key_person.pk) == ["本周期绩效沟通少于两次",
                                                 "关键岗位有周次未进行每周沟通"]
