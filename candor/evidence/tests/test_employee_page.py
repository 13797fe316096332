"""One employee's evidence page, and the evidence start page."""

from __future__ import annotations

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from candor.core.models import AccessEvent
from candor.evidence.models import PersonnelFact
from candor.evidence.tests.factories import (
    company_period,
    make_check_in,
    make_feedback_request,
    make_key_event,
    running_period,
    today,
)


def _page(client, personas, **params) -> str:
    url = reverse("evidence:employee", args=[personas.employee.pk])
    return client.get(url, params).content.decode()


def _fill(personas, period, n: int = 1) -> None:
    start = PersonnelFact.objects.count()
    for i in range(start, start + n):
        make_key_event(personas.employee, author=personas.manager.user, period=period,
                       facts=f"未引用的事件{i}：客户会议迟到半小时。")
        make_check_in(personas.employee, date=today(), author=personas.manager.user)
        PersonnelFact.objects.create(employee=personas.employee, kind="training",
                                     date=today() - dt.timedelta(days=i), title=f"安全培训{i}")
    make_key_event(personas.employee, author=personas.manager.user, period=period,
                   facts="已引用的事件：牵头完成了迁移。", cited=True)
    make_feedback_request(personas.employee, period, rater=personas.outsider)


def test_the_manager_sees_every_kind_of_evidence_and_the_read_is_logged(personas, client_for):
    period = company_period(personas)
    _fill(personas, period)
    page = _page(client_for("manager"), personas)
    for text in ("未引用的事件0", "已引用的事件", "讨论了本月的目标进度", "安全培训0",
                 'data-testid="feedback-counts"', "李娜", 'data-testid="record-actions"'):
        assert text in page, text
    assert AccessEvent.objects.filter(subject=personas.employee, what="evidence").count() == 1


def test_the_employee_sees_their_own_page_without_uncited_events_or_raters(personas,
                                                                            client_for):
    period = company_period(personas)
    _fill(personas, period)
    page = _page(client_for("employee"), personas)
    assert "已引用的事件" in page and "未引用的事件" not in page
    assert "讨论了本月的目标进度" in page and "安全培训0" in page
    assert "李娜" not in page and 'data-testid="feedback-counts"' not in page
    assert 'data-testid="record-actions"' not in page
    assert not AccessEvent.objects.exists()


def test_the_period_picker_shows_another_periods_evidence(personas, client_for):
    current = company_period(personas)
    earlier = running_period(personas.tech, start_date=today() - dt.timedelta(days=200),
                             end_date=today() - dt.timedelta(days=110))
    make_key_event(personas.employee, author=personas.manager.user, period=current,
                   facts="本期的事件：完成了季度目标。")
    make_key_event(personas.employee, author=personas.manager.user, period=earlier,
                   date=earlier.start_date, facts="上期的事件：上线了新系统。")
    client = client_for("manager")
    assert "本期的事件" in _page(client, personas) and "上期的事件" not in _page(client, personas)
    assert "上期的事件" in _page(client, personas, period=earlier.pk)


def test_the_manager_is_warned_about_missing_check_ins(personas, client_for):
    company_period(personas)
    assert 'data-testid="employee-flags"' in _page(client_for("manager"), personas)


def test_the_page_takes_the_same_queries_with_more_evidence(personas, client_for):
    period = company_period(personas)
    client = client_for("manager")
    _fill(personas, period, 2)
    _page(client, personas)
    with CaptureQueriesContext(connection) as small:
        _page(client, personas)
    _fill(personas, period, 20)
    with CaptureQueriesContext(connection) as large:
        _page(client, personas)
    assert len(small.captured_queries) == len(large.captured_queries)


def test_the_start_page_lists_the_people_in_scope(personas, client_for):
    company_period(personas)
    manager_page = client_for("manager").get(reverse("evidence:index")).content.decode()
    assert reverse("evidence:employee", args=[personas.employee.pk]) in manager_page
    assert reverse("evidence:employee", args=[personas.outsider.pk]) not in manager_page
    employee_page = client_for("employee").get(reverse("evidence:index")).content.decode()
    assert 'data-testid="my-evidence"' in employee_page and "李娜" not in employee_page
