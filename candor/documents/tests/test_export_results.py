"""The results overview's Excel export: scores, grades and ranks as the page filters them."""

from __future__ import annotations

import pytest
from django.urls import reverse

from candor.core.models import AccessEvent
from candor.documents.tests.export_helpers import read_export
from candor.periods.models import SheetStatus
from candor.periods.results.services import score_period
from candor.periods.tests.factories import make_sheet
from candor.periods.tests.results_factories import COMPLAINT_GOALS, scoring_period, seed_sheet

pytestmark = pytest.mark.django_db


def _url(period) -> str:
    return reverse("periods:results_export", args=[period.pk])


def _export(client, period, **query):
    return read_export(client.get(_url(period), query))


@pytest.fixture
def period(personas):
    """Scored: 张伟 and 李娜 have a score, 王强's sheet lacks an actual value."""
    period = scoring_period(personas.tech, personas.service)
    seed_sheet(period, personas.employee)
    seed_sheet(period, personas.manager, profit=None)
    make_sheet(period, personas.outsider, goals=COMPLAINT_GOALS, status=SheetStatus.CONFIRMED)
    score_period(period=period, actor=personas.hr.user)
    return period


def test_it_exports_scores_grades_and_ranks_as_numbers(personas, client_for, period):
    export = _export(client_for("hr"), period)

    (row,) = export.rows_of("姓名", "张伟")
    assert row["总分"] == 109 and row["等级"] == "优-" and row["奖金系数"] == 1.1
    assert row["部门排名"] == 1 and row["问题"] is None
    total = export.cells[export.column("姓名").index("张伟")][export.header.index("总分")]
    assert total.data_type == "n"
    (unscored,) = export.rows_of("姓名", "王强")
    assert unscored["总分"] is None and unscored["问题"]


def test_it_leaves_out_other_departments_and_the_managers_own_sheet(
        personas, client_for, period):
    export = _export(client_for("manager"), period)

    assert export.column("姓名") == ["张伟"]


def test_it_applies_the_pages_filters(personas, client_for, period):
    hr = client_for("hr")

    problems = _export(hr, period, problems="1")
    service = _export(hr, period, department="客服")
    by_id = _export(hr, period, department=str(personas.tech.pk))
    by_name = _export(hr, period, q="李娜")

    assert problems.column("姓名") == ["王强"]
    assert problems.filters == "筛选条件：只看未评分：是"
    assert service.column("姓名") == ["李娜"]
    assert set(by_id.column("姓名")) == {"张伟", "王强"}
    assert by_id.filters == "筛选条件：部门：技术部"
    assert by_name.column("姓名") == ["李娜"]


def test_it_refuses_an_employee(personas, client_for, period):
    assert client_for("employee").get(_url(period)).status_code == 404


def test_it_logs_each_person_whose_result_left_in_the_file(personas, client_for, period):
    _export(client_for("manager"), period)

    events = AccessEvent.objects.filter(what="export:results")
    assert [e.subject for e in events] == [personas.employee]


def test_it_offers_the_export_in_the_filter_form(personas, client_for, period):
    url = reverse("periods:results_overview", args=[period.pk])

    body = client_for("hr").get(url, {"q": "张"}).content.decode()

    assert f'formaction="{_url(period)}"' in body
