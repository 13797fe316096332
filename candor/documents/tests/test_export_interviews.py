"""The interview list's Excel export: the list's scope and filters, every interview, logged."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from candor.core.models import AccessEvent
from candor.documents.tests.export_helpers import read_export
from candor.interviews.models import InterviewStatus, InterviewType
from candor.interviews.selectors.scheduling import record_overdue
from candor.interviews.tests.factories import book

pytestmark = pytest.mark.django_db
URL = reverse("interviews:list_export")


def _export(client, **query):
    return read_export(client.get(URL, query))


@pytest.fixture
def booked(personas):
    """张伟's regular review with 王强, and 李娜's development talk with 赵敏."""
    mine = book(personas)
    theirs = book(personas, employee=personas.outsider, kind=InterviewType.DEVELOPMENT)
    return mine, theirs


def test_it_exports_the_interviews_with_typed_cells(personas, client_for, booked):
    export = _export(client_for("hr"))

    (row,) = export.rows_of("员工", "张伟")
    assert row["类型"] == InterviewType.REGULAR.label
    assert row["直属上级"] == "王强" and row["面谈状态"] == "已安排"
    assert row["时长（分钟）"] == 60
    assert row["时间"] == dt.datetime(2026, 10, 19, 10, 0)
    assert row["绩效周期"].startswith("2026年第三季度")
    assert row["记录逾期"] == ("是" if record_overdue(booked[0]) else "否")


def test_it_leaves_out_interviews_outside_a_managers_line(personas, client_for, booked):
    assert _export(client_for("manager")).column("员工") == ["张伟"]
    assert _export(client_for("employee")).column("员工") == ["张伟"]


def test_it_applies_the_lists_filters(personas, client_for, booked):
    mine, theirs = booked
    hr = client_for("hr")

    by_kind = _export(hr, kind=InterviewType.DEVELOPMENT)
    by_department = _export(hr, department=personas.tech.pk)
    by_period = _export(hr, period=mine.sheet.period_id)
    cancelled = _export(hr, status=InterviewStatus.CANCELLED)

    assert by_kind.column("员工") == ["李娜"]
    assert by_kind.filters == f"筛选条件：面谈类型：{InterviewType.DEVELOPMENT.label}"
    assert by_department.column("员工") == ["张伟"]
    assert by_department.filters == "筛选条件：部门：技术部"
    assert by_period.column("员工") == ["张伟"]
    assert cancelled.rows == []


def test_it_logs_each_person_whose_interview_left_in_the_file(personas, client_for, booked):
    _export(client_for("manager"))

    events = AccessEvent.objects.filter(what="export:interviews")
    assert [e.subject for e in events] == [personas.employee]


def test_it_logs_nothing_for_an_employees_own_interviews(personas, client_for, booked):
    AccessEvent.objects.all().delete()

    _export(client_for("employee"))

    assert not AccessEvent.objects.exists()


def test_it_offers_the_export_in_the_filter_form(personas, client_for):
    body = client_for("hr").get(reverse("interviews:list")).content.decode()

    assert f'formaction="{URL}"' in body
