"""The goals export of a period: one row per goal of the sheets the overview lists."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from candor.core.models import AccessEvent
from candor.documents.tests.export_helpers import read_export
from candor.periods.models import PeriodStatus, SheetStatus
from candor.periods.tests.factories import make_period, make_sheet
from candor.periods.tests.results_factories import COMPLAINT_GOALS, scoring_period, seed_sheet

pytestmark = pytest.mark.django_db


def _url(period) -> str:
    return reverse("periods:goals_export", args=[period.pk])


def _export(client, period, **query):
    return read_export(client.get(_url(period), query))


@pytest.fixture
def period(personas):
    """Being scored: 张伟 and 王强 have the seed's goals, 李娜 the complaint-rate ones."""
    period = scoring_period(personas.tech, personas.service)
    seed_sheet(period, personas.employee)
    seed_sheet(period, personas.manager)
    make_sheet(period, personas.outsider, goals=COMPLAINT_GOALS, status=SheetStatus.CONFIRMED)
    return period


def test_it_writes_one_row_per_goal_with_numbers_as_numbers(personas, client_for, period):
    export = _export(client_for("hr"), period, q=personas.employee.employee_no)

    assert export.column("指标名称") == ["利润", "任务完成数", "日常表现"]
    profit = export.rows_of("指标名称", "利润")[0]
    assert profit["姓名"] == "张伟" and profit["确认状态"] == "已确认"
    assert profit["目标值"] == 3200 and profit["权重"] == 60 and profit["实际值"] == 3500
    assert profit["单位"] == "万元" and profit["计分规则"] == "按偏差计分"
    target = export.cells[0][export.header.index("目标值")]
    assert target.data_type == "n"
    assert export.title == f"{period.name} · 绩效指标"


def test_it_leaves_out_sheets_outside_a_managers_line(personas, client_for, period):
    export = _export(client_for("manager"), period)

    assert set(export.column("姓名")) == {"张伟", "王强"}


def test_it_applies_the_overviews_status_and_name_filters(personas, client_for, period):
    draft = make_sheet(period, personas.outsider_manager)
    hr = client_for("hr")

    pending = _export(hr, period, status="pending")
    by_name = _export(hr, period, q="李娜")

    assert set(pending.column("姓名")) == {draft.employee.name}
    assert pending.filters == "筛选条件：确认状态：待确认"
    assert set(by_name.column("姓名")) == {"李娜"}
    assert by_name.column("指标名称") == ["客户投诉率", "服务满意度"]


def test_it_gives_a_sheet_without_goals_its_own_row(personas, client_for, period):
    make_sheet(period, personas.outsider_manager, goals=[])

    export = _export(client_for("hr"), period, status="empty")

    assert export.rows_of("姓名", "赵敏")[0]["指标名称"] is None
    assert len(export.rows) == 1


def test_it_hides_an_employees_own_results_before_release(personas, client_for, period):
    export = _export(client_for("employee"), period)

    assert set(export.column("姓名")) == {"张伟"}
    assert export.column("目标值") == [3200, 100, None]
    assert export.column("实际值") == [None, None, None]
    assert export.column("上级评分") == [None, None, None]


def test_it_leaves_out_result_columns_before_the_period_runs(personas, client_for):
    period = make_period(departments=[personas.tech], status=PeriodStatus.PLANNING)
    make_sheet(period, personas.employee)

    export = _export(client_for("manager"), period)

    assert "实际值" not in export.header and "得分" not in export.header
    assert export.column("权重") == [Decimal(60), Decimal(20), Decimal(20)]


def test_it_escapes_a_goal_name_that_looks_like_a_formula(personas, client_for, period):
    sheet = period.sheets.get(employee=personas.employee)
    sheet.goals.filter(name="利润").update(name='=HYPERLINK("http://x","y")')

    export = _export(client_for("hr"), period, q="张伟")

    assert export.column("指标名称")[0] == "'=HYPERLINK(\"http://x\",\"y\")"
    assert all(cell.data_type != "f" for row in export.cells for cell in row)


def test_it_logs_each_person_whose_goals_left_in_the_file(personas, client_for, period):
    _export(client_for("manager"), period)

    events = AccessEvent.objects.filter(what="export:goals")
    assert [e.subject for e in events] == [personas.employee]


def test_it_offers_the_export_in_the_filter_form(personas, client_for, period):
    body = client_for("hr").get(period.get_absolute_url()).content.decode()

    assert f'formaction="{_url(period)}"' in body
