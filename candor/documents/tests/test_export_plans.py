"""The plan list's Excel export: the list's scope and filters, every plan, logged."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from candor.core.models import AccessEvent
from candor.documents.tests.export_helpers import read_export
from candor.plans.models import PlanStatus
from candor.plans.tests.factories import make_plan

pytestmark = pytest.mark.django_db
URL = reverse("plans:list_export")


def _export(client, **query):
    return read_export(client.get(URL, query))


@pytest.fixture
def plan(personas):
    """张伟's plan from his sealed Q3 interview with 王强: three measures, none done."""
    return make_plan(personas)


def test_it_exports_the_plans_progress_with_typed_cells(personas, client_for, plan):
    export = _export(client_for("hr"))

    (row,) = export.rows_of("员工", "张伟")
    assert row["直属上级"] == "王强" and row["状态"] == PlanStatus.ACTIVE.label
    assert row["已完成措施"] == 0 and row["措施总数"] == 3
    assert row["面谈日期"] == dt.datetime(2026, 10, 19)
    assert row["修订版"] == "否"
    checkpoint = export.cells[0][export.header.index("下一个检查点")]
    assert checkpoint.is_date


def test_it_leaves_out_plans_outside_the_users_line(personas, client_for, plan):
    assert _export(client_for("manager")).column("员工") == ["张伟"]
    assert _export(client_for("outsider")).rows == []
    assert _export(client_for("committee")).rows == []


def test_it_applies_the_lists_filters(personas, client_for, plan):
    hr = client_for("hr")

    active = _export(hr, status=PlanStatus.ACTIVE)
    met = _export(hr, status=PlanStatus.MET)
    other_department = _export(hr, department=personas.service.pk)
    own_department = _export(hr, department=personas.tech.pk)

    assert active.column("员工") == ["张伟"]
    assert active.filters == f"筛选条件：计划状态：{PlanStatus.ACTIVE.label}"
    assert met.rows == []
    assert other_department.rows == []
    assert own_department.column("员工") == ["张伟"]


def test_it_logs_each_person_whose_plan_left_in_the_file(personas, client_for, plan):
    AccessEvent.objects.all().delete()

    _export(client_for("second_line"))

    events = AccessEvent.objects.filter(what="export:plans")
    assert [(e.subject, e.actor) for e in events] == [(personas.employee,
                                                      personas.second_line.user)]


def test_it_offers_the_export_in_the_filter_form(personas, client_for):
    body = client_for("hr").get(reverse("plans:list"), {"status": "met"}).content.decode()

    assert f'formaction="{URL}"' in body
