"""Actual values from Excel through the shared engine: each bad file refused, nothing written."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from candor.documents.imports.kinds.actuals import ActualsInvalid
from candor.documents.tests.import_files import downloaded, drop_downs, header, messages, xlsx
from candor.periods.models import Goal
from candor.periods.results.actuals_import import import_actuals
from candor.periods.tests.results_factories import scoring_period, seed_sheet

pytestmark = pytest.mark.django_db

HEADER = ("工号*", "姓名", "指标名称*", "实际值", "备注")


@pytest.fixture
def period(personas):
    period = scoring_period(personas.tech)
    seed_sheet(period, personas.manager, profit=None, tasks=None)
    seed_sheet(period, personas.employee, profit=None, tasks=None)
    return period


def _rows(p) -> list[list]:
    m, e = p.manager.employee_no, p.employee.employee_no
    return [[m, "王强", "利润", 3500, "财务部月报"], [m, "王强", "任务完成数", "120", None],
            [e, "张伟", "利润", "3,200", None], [e, "张伟", "任务完成数", None, None]]


def _state() -> list[tuple]:
    return sorted(Goal.objects.values_list("pk", "actual", "notes", "version"))


def _import(period, personas, rows):
    return import_actuals(period=period, actor=personas.hr.user,
                          file=xlsx(HEADER, rows, title="实际值"))


def test_a_good_file_imports_and_the_same_file_again_changes_nothing(period, personas):
    result = _import(period, personas, _rows(personas))
    assert (result.updated, result.unchanged, result.skipped) == (3, 0, 1)
    assert Goal.objects.get(sheet__employee=personas.employee, name="利润").actual == 3200
    before = _state()

    again = _import(period, personas, _rows(personas))

    assert (again.updated, again.unchanged, again.skipped) == (0, 3, 1)
    assert _state() == before


@pytest.mark.parametrize(("change", "expected"), [
    pytest.param(lambda rows: rows[1].__setitem__(2, None),
                 "第 3 行 C 列（指标名称）：必填，不能为空", id="missing required cell"),
    pytest.param(lambda rows: rows[1].__setitem__(3, "一百二十"),
                 "第 3 行 D 列（实际值）：“一百二十”不是有效的数字", id="wrong type"),
    pytest.param(lambda rows: rows[1].__setitem__(0, "X404"),
                 "第 3 行 A 列（工号）：工号“X404”不存在", id="unknown employee number"),
    pytest.param(lambda rows: rows.append(list(rows[0])),
                 "第 6 行 C 列（指标名称）：与第 2 行重复（同一员工的同一指标）",
                 id="duplicate row"),
    pytest.param(lambda rows: rows[1].__setitem__(3, 1e11),
                 "第 3 行 D 列（实际值）：“100000000000”超出允许范围"
                 "（-9999999999.9999 至 9999999999.9999）", id="value out of range"),
])
def test_each_kind_of_bad_file_is_refused_with_row_and_column(period, personas, change,
                                                              expected):
    rows = _rows(personas)
    change(rows)
    before = _state()
    with pytest.raises(ActualsInvalid) as refused:
        _import(period, personas, rows)
    assert messages(refused) == [expected]
    assert _state() == before


def test_the_template_opens_with_its_header_and_prefilled_goals(period, personas, client_for):
    url = reverse("periods:results_actuals_template", args=[period.pk])
    data = downloaded(client_for("hr").get(url))
    assert header(data, "实际值") == list(HEADER)
    assert drop_downs(data, "实际值") == {}, "no choice column, so no drop-down"
    book = load_workbook(io.BytesIO(data))
    assert len([r for r in book["实际值"].iter_rows(min_row=2, values_only=True) if r[0]]) == 4
    assert "实际值导入说明" in [c.value for c in book["说明"]["A"]]


def test_the_upload_page_reports_each_row(period, personas, client_for):
    url = reverse("periods:results_actuals_import", args=[period.pk])
    page = client_for("hr").post(url, {"file": xlsx(HEADER, _rows(personas), title="实际值")},
                                 HTTP_HX_REQUEST="true").content.decode()
    assert 'data-testid="actuals-rows"' in page
    assert "任务完成数" in page and "跳过 1 行" in page
    assert Goal.objects.get(sheet__employee=personas.manager, name="利润").actual == Decimal(3500)
