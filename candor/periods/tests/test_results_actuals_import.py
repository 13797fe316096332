"""Importing actual values from Excel: all or nothing, every bad row reported."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from candor.core.errors import DomainError
from candor.core.models import AuditEvent
from candor.core.testing import make_employee
from candor.periods.models import Goal, PeriodStatus, SheetStatus
from candor.periods.results.actuals_import import ActualsInvalid, import_actuals
from candor.periods.results.actuals_template import build_template
from candor.periods.results.services import score_period
from candor.periods.tests.results_factories import (
    many_sheets,
    scoring_period,
    seed_sheet,
    xlsx,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def period(personas):
    period = scoring_period(personas.tech)
    seed_sheet(period, personas.manager, profit=None, tasks=None)
    seed_sheet(period, personas.employee, profit=None, tasks=None)
    return period


def _actuals(period) -> dict[tuple[str, str], Decimal | None]:
    return {(no, name): actual for no, name, actual in Goal.objects.filter(
        sheet__period=period, rule="linear").values_list(
        "sheet__employee__employee_no", "name", "actual")}


def _refused(period, rows, personas) -> list[str]:
    before = _actuals(period)
    with pytest.raises(ActualsInvalid) as refused:
        import_actuals(period=period, file=xlsx(rows), actor=personas.hr.user)
    assert _actuals(period) == before, "a refused file must import nothing"
    return [str(e) for e in refused.value.errors]


def test_it_imports_every_row_of_a_good_file(period, personas):
    no = personas.manager.employee_no
    result = import_actuals(period=period, actor=personas.hr.user, file=xlsx([
        (no, "王强", "利润", 3500, "财务部月报"),
        (no, "王强", "任务完成数", "120", None),
        (personas.employee.employee_no, "张伟", "利润", "3,200", None),
    ]))

    actuals = _actuals(period)
    assert actuals[(no, "利润")] == Decimal(3500)
    assert actuals[(no, "任务完成数")] == Decimal(120)
    assert actuals[(personas.employee.employee_no, "利润")] == Decimal(3200)
    assert Goal.objects.get(sheet__employee=personas.manager, name="利润").notes == "财务部月报"
    assert (result.rows, result.updated, result.unchanged) == (3, 3, 0)
    event = AuditEvent.objects.get(event="period.actuals_imported")
    assert event.data["updated"] == 3 and event.actor == personas.hr.user


def test_it_refuses_a_non_numeric_actual_and_says_where(period, personas):
    no = personas.manager.employee_no
    errors = _refused(period, [
        (no, "王强", "利润", 3500, None),
        (no, "王强", "任务完成数", "一百二十", None),
    ], personas)
    assert errors == ["第 3 行 D 列（实际值）：“一百二十”不是有效的数字"]


def test_it_refuses_an_unknown_employee_number(period, personas):
    errors = _refused(period, [
        (personas.manager.employee_no, "王强", "利润", 3500, None),
        ("X9999", "无名", "利润", 100, None),
    ], personas)
    assert errors == ["第 3 行 A 列（工号）：工号“X9999”不存在"]


def test_it_refuses_an_employee_without_a_sheet_in_the_period(period, personas):
    errors = _refused(period, [(personas.outsider.employee_no, "李娜", "利润", 1, None)],
                      personas)
    no = personas.outsider.employee_no
    assert errors == [f"第 2 行 A 列（工号）：李娜（{no}）在本周期没有考核表"]


def test_it_refuses_a_goal_that_is_not_on_the_sheet(period, personas):
    errors = _refused(period, [(personas.manager.employee_no, "王强", "销售额", 1, None)],
                      personas)
    assert errors == ["第 2 行 C 列（指标名称）：王强 的考核表中没有指标“销售额”"]


def test_it_refuses_a_duplicate_row(period, personas):
    no = personas.manager.employee_no
    errors = _refused(period, [(no, "王强", "利润", 3500, None),
                               (no, "王强", "利润", 3600, None)], personas)
    assert errors == ["第 3 行 C 列（指标名称）：与第 2 行重复（同一员工的同一指标）"]


def test_it_refuses_an_actual_for_a_manager_rated_goal(period, personas):
    errors = _refused(period, [(personas.manager.employee_no, "王强", "日常表现", 18, None)],
                      personas)
    assert errors == ["第 2 行 C 列（指标名称）：指标“日常表现”由上级评分，不导入实际值"]


def test_it_reports_every_bad_row_not_just_the_first(period, personas):
    no = personas.manager.employee_no
    errors = _refused(period, [
        (no, "王强", "利润", "abc", None),
        ("X1", "", "利润", 1, None),
        (no, "王强", "不存在的指标", 1, None),
        (no, "王强", "任务完成数", 120, None),
    ], personas)
    assert [e.split("：")[0] for e in errors] == [
        "第 2 行 D 列（实际值）", "第 3 行 A 列（工号）", "第 4 行 C 列（指标名称）"]


def test_it_refuses_a_file_without_the_required_columns(period, personas):
    with pytest.raises(ActualsInvalid) as refused:
        import_actuals(period=period, actor=personas.hr.user,
                       file=xlsx([("E1", "利润")], header=("工号", "指标名称")))
    assert [str(e) for e in refused.value.errors] == ["第 1 行：缺少必填列“实际值”"]


def test_it_refuses_something_that_is_not_a_workbook(period, personas):
    with pytest.raises(ActualsInvalid, match="1 个问题"):
        import_actuals(period=period, actor=personas.hr.user, file=io.BytesIO(b"not excel"))


def test_it_skips_rows_whose_actual_is_blank(period, personas):
    no = personas.manager.employee_no
    result = import_actuals(period=period, actor=personas.hr.user, file=xlsx([
        (no, "王强", "利润", 3500, None), (no, "王强", "任务完成数", None, None)]))
    assert (result.updated, result.skipped) == (1, 1)
    assert _actuals(period)[(no, "任务完成数")] is None


def test_it_is_refused_once_results_are_released(period, personas):
    period.status = PeriodStatus.RELEASED
    period.save()
    with pytest.raises(DomainError, match="结果已发布"):
        import_actuals(period=period, actor=personas.hr.user, file=xlsx(
            [(personas.manager.employee_no, "王强", "利润", 3500, None)]))


def test_it_takes_back_a_score_the_import_changes(period, personas):
    Goal.objects.filter(sheet__period=period, name="利润").update(actual=Decimal(3500))
    Goal.objects.filter(sheet__period=period, name="任务完成数").update(actual=Decimal(120))
    score_period(period=period, actor=personas.hr.user)

    result = import_actuals(period=period, actor=personas.hr.user, file=xlsx([
        (personas.manager.employee_no, "王强", "利润", 3600, None),
        (personas.employee.employee_no, "张伟", "利润", 3500, None)]))

    assert (result.updated, result.unchanged, result.extra["scores_withdrawn"]) == (1, 1, 1)
    statuses = dict(period.sheets.values_list("employee__name", "status"))
    assert statuses == {"王强": SheetStatus.CONFIRMED, "张伟": SheetStatus.SCORED}


def test_it_offers_a_template_prefilled_with_the_goals_that_need_actuals(period, personas):
    book = load_workbook(io.BytesIO(build_template(period=period)))
    rows = list(book["实际值"].iter_rows(values_only=True))
    assert rows[0] == ("工号*", "姓名", "指标名称*", "实际值", "备注")
    assert {(r[0], r[2]) for r in rows[1:] if r[0]} == {
        (p.employee_no, goal) for p in (personas.manager, personas.employee)
        for goal in ("利润", "任务完成数")}


def test_it_reads_back_its_own_template(period, personas):
    book = load_workbook(io.BytesIO(build_template(period=period)))
    sheet = book["实际值"]
    for row in sheet.iter_rows(min_row=2):
        row[3].value = 42
    filled = io.BytesIO()
    book.save(filled)
    filled.seek(0)
    result = import_actuals(period=period, actor=personas.hr.user, file=filled)
    assert result.updated == 4
    assert set(_actuals(period).values()) == {Decimal(42)}


def test_it_imports_12000_actuals_in_a_bounded_number_of_queries(personas):
    """Rows per second are measured by `make bench`; here the query count."""
    period = scoring_period(personas.tech)
    sheets = many_sheets(period, 2000, department=personas.tech,
                         position=make_employee().position, actual_of=lambda i, j: None)
    nos = dict(period.sheets.values_list("pk", "employee__employee_no"))
    rows = [(nos[s.pk], "", f"指标{j + 1}", 100 + j, None) for s in sheets for j in range(6)]
    file = xlsx(rows)

    with CaptureQueriesContext(connection) as queries:
        result = import_actuals(period=period, actor=personas.hr.user, file=file)

    assert result.updated == 12000
    assert len(queries) <= 20, [q["sql"][:80] for q in queries]


def test_the_upload_page_lists_the_problems_and_imports_nothing(period, personas, client_for):
    no = personas.manager.employee_no
    file = xlsx([(no, "王强", "利润", 3500, None), (no, "王强", "任务完成数", "n/a", None)])
    response = client_for("hr").post(
        reverse("periods:results_actuals_import", args=[period.pk]), {"file": file},
        HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert "发现 1 个问题，未导入任何数据。" in body
    assert "第 3 行 D 列（实际值）" in body and "“n/a”不是有效的数字" in body
    assert _actuals(period)[(no, "利润")] is None


def test_the_upload_page_reports_what_was_imported(period, personas, client_for):
    file = xlsx([(personas.manager.employee_no, "王强", "利润", 3500, None)])
    response = client_for("hr").post(
        reverse("periods:results_actuals_import", args=[period.pk]), {"file": file})
    assert "更新 1 个实际值" in response.content.decode()
