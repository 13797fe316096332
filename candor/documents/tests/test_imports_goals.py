"""Goals from Excel: every bad file refused with row and column, a good one imported once."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from candor.core.errors import DomainError
from candor.core.models import AuditEvent
from candor.documents.imports import run_import
from candor.documents.imports.kinds.goals import GoalsInvalid, GoalsKind
from candor.documents.tests.import_files import (
    downloaded,
    drop_downs,
    header,
    messages,
    xlsx,
)
from candor.periods.models import Goal, GoalSheet, PeriodStatus, SheetStatus
from candor.periods.tests.factories import make_period, make_sheet

pytestmark = pytest.mark.django_db

HEADER = ("工号*", "姓名", "指标名称*", "单位", "目标值", "方向", "权重*", "计分规则",
          "每 1% 偏差的分数", "最低分", "最高分")


@pytest.fixture
def period(personas):
    """王强 has the seed's confirmed sheet (利润 60, 任务完成数 20, 日常表现 20); 张伟 none."""
    period = make_period(departments=[personas.tech])
    make_sheet(period, personas.manager, status=SheetStatus.CONFIRMED)
    return period


def _rows(p) -> list[list]:
    e, m = p.employee.employee_no, p.manager.employee_no
    return [
        [e, "张伟", "缺陷修复数", "个", 50, "越高越好", 70, "按偏差计分", 0.5, None, None],
        [e, "张伟", "代码评审", None, None, None, 30, "上级评分", None, None, None],
        [m, "王强", "利润", "万元", 3300, None, 60, None, 1, None, None],
        [m, "王强", "任务完成数", "项", 100, "越高越好", 20, "按偏差计分", 0.1, None, None],
    ]


def _goals() -> list[tuple]:
    return sorted(Goal.objects.values_list("sheet__employee__employee_no", "name", "target",
                                           "weight", "rule", "version"))


def _import(period, personas, rows, head=HEADER):
    return run_import(GoalsKind(period=period, actor=personas.hr.user),
                      file=xlsx(head, rows, title="目标"))


def _refused(period, personas, rows, head=HEADER) -> list[str]:
    before = (_goals(), GoalSheet.objects.count())
    with pytest.raises(GoalsInvalid) as refused:
        _import(period, personas, rows, head)
    assert (_goals(), GoalSheet.objects.count()) == before, "a refused file imports nothing"
    return messages(refused)


def test_it_imports_a_good_file_through_the_goal_services(period, personas):
    result = _import(period, personas, _rows(personas))

    assert result.counts == {"created": 2, "updated": 1, "unchanged": 1}
    assert result.extra == {"sheets_created": 1, "reconfirm": 1}
    sheet = GoalSheet.objects.get(period=period, employee=personas.employee)
    review = sheet.goals.get(name="代码评审")
    assert (review.rule, review.weight, review.target) == ("manager", Decimal(30), None)
    assert sheet.goals.get(name="缺陷修复数").points_per_pct == Decimal("0.5")
    managers = GoalSheet.objects.get(period=period, employee=personas.manager)
    assert managers.status == SheetStatus.DRAFT, "changed after confirmation: confirm again"
    assert managers.goals.get(name="利润").target == Decimal(3300)
    assert AuditEvent.objects.filter(event="goal.created").count() == 2
    assert AuditEvent.objects.get(event="period.goals_imported").data["created"] == 2


def test_importing_the_same_file_again_changes_nothing(period, personas):
    _import(period, personas, _rows(personas))
    before = (_goals(), AuditEvent.objects.filter(event__startswith="goal").count())

    result = _import(period, personas, _rows(personas))

    assert result.counts == {"created": 0, "updated": 0, "unchanged": 4}
    assert (_goals(), AuditEvent.objects.filter(event__startswith="goal").count()) == before


@pytest.mark.parametrize(("change", "expected"), [
    pytest.param(lambda rows, p: rows[0].__setitem__(6, None),
                 "第 2 行 G 列（权重）：必填，不能为空", id="missing required cell"),
    pytest.param(lambda rows, p: rows[0].__setitem__(4, "五十"),
                 "第 2 行 E 列（目标值）：“五十”不是有效的数字", id="wrong type"),
    pytest.param(lambda rows, p: rows.append(["X404", "无名", "利润", None, 1, None, 100, None,
                                              None, None, None]),
                 "第 6 行 A 列（工号）：工号“X404”不存在", id="unknown employee number"),
    pytest.param(lambda rows, p: rows.append(list(rows[0])),
                 "第 6 行 C 列（指标名称）：与第 2 行重复（同一员工的同一指标）",
                 id="duplicate row"),
    pytest.param(lambda rows, p: rows[0].__setitem__(6, 150),
                 "第 2 行 G 列（权重）：“150”超出允许范围（大于 0，不超过 100）",
                 id="value out of range"),
    pytest.param(lambda rows, p: rows[0].__setitem__(5, "越大越好"),
                 "第 2 行 F 列（方向）：“越大越好”不是有效的方向，应为：越高越好、越低越好",
                 id="unknown choice"),
])
def test_each_kind_of_bad_file_is_refused_with_row_and_column(period, personas, change,
                                                              expected):
    rows = _rows(personas)
    change(rows, personas)
    assert _refused(period, personas, rows) == [expected]


def test_each_persons_weights_must_come_to_100_with_the_goals_kept(period, personas):
    rows = _rows(personas)
    rows[1][6] = 20
    rows[3][2] = "成本控制"  # 任务完成数 stays on the sheet: 60 + 20 + 20 + 20
    no = personas.employee.employee_no
    assert _refused(period, personas, rows) == [
        f"第 2 行 G 列（权重）：张伟（{no}）的权重合计为 90，必须等于 100。",
        f"第 4 行 G 列（权重）：王强（{personas.manager.employee_no}）的权重合计为 120"
        "（含考核表中已有、文件中没有的指标：任务完成数、日常表现），必须等于 100。",
    ]


def test_a_linear_goal_needs_a_target_and_people_outside_the_period_are_refused(period,
                                                                                personas):
    rows = _rows(personas)
    rows[0][4] = None
    rows.append([personas.outsider.employee_no, "李娜", "满意度", "%", 90, None, 100, None,
                 None, None, None])
    assert _refused(period, personas, rows) == [
        "第 2 行 E 列（目标值）：指标“缺陷修复数”：按偏差计分的指标必须填写目标值。",
        f"第 6 行 A 列（工号）：李娜（{personas.outsider.employee_no}）不在本周期的考核范围内",
    ]


def test_every_problem_is_listed_in_sheet_order(period, personas):
    rows = _rows(personas)
    rows[2][9], rows[2][10] = 50, 10
    rows[0][7] = "自评"
    errors = _refused(period, personas, rows)
    assert [e.split("：")[0] for e in errors] == ["第 2 行 H 列（计分规则）",
                                                 "第 4 行 J 列（最低分）"]


def test_other_names_of_a_column_are_read_and_quoted_as_written(period, personas):
    head = (*HEADER[:8], "每1%偏差分数", "下限", "上限")
    rows = _rows(personas)
    rows[2][9], rows[2][10] = 50, 10
    assert _refused(period, personas, rows, head) == [
        "第 4 行 J 列（下限）：指标“利润”：最低分不能高于最高分。"]
    rows[2][9] = 0
    _import(period, personas, rows, head)
    assert Goal.objects.get(sheet__employee=personas.manager, name="利润").cap == Decimal(10)


def test_goals_are_refused_once_the_period_is_being_scored(period, personas):
    period.status = PeriodStatus.SCORING
    period.save()
    with pytest.raises(DomainError, match="目标不能再修改"):
        _import(period, personas, _rows(personas))
    assert not GoalSheet.objects.filter(employee=personas.employee).exists()


def test_only_hr_imports_goals(period, personas):
    with pytest.raises(DomainError, match="无权导入目标"):
        run_import(GoalsKind(period=period, actor=personas.manager.user),
                   file=xlsx(HEADER, _rows(personas), title="目标"))


def test_the_template_has_the_columns_drop_downs_and_the_periods_goals(period, personas,
                                                                     client_for):
    url = reverse("periods:period_goals_import", args=[period.pk])
    data = downloaded(client_for("hr").get(url, {"download": "template"}))

    assert header(data, "目标") == list(HEADER)
    choices = drop_downs(data, "目标")
    assert choices["F"] == ["越高越好", "越低越好"]
    assert choices["H"] == ["按偏差计分", "上级评分", "等级评定"]
    book = load_workbook(io.BytesIO(data))
    rows = [r for r in book["目标"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert {r[2] for r in rows} == {"利润", "任务完成数", "日常表现"}
    assert "目标导入说明" in [c.value for c in book["说明"]["A"]]


def test_its_own_template_imports_back_unchanged(period, personas, client_for):
    url = reverse("periods:period_goals_import", args=[period.pk])
    data = downloaded(client_for("hr").get(url, {"download": "template"}))
    result = run_import(GoalsKind(period=period, actor=personas.hr.user), file=io.BytesIO(data))
    assert result.counts == {"created": 0, "updated": 0, "unchanged": 3}
    assert GoalSheet.objects.get(employee=personas.manager).status == SheetStatus.CONFIRMED


def test_the_upload_page_lists_problems_then_reports_each_row(period, personas, client_for):
    client = client_for("hr")
    url = reverse("periods:period_goals_import", args=[period.pk])
    assert 'data-testid="goals-template"' in client.get(url).content.decode()
    rows = _rows(personas)
    rows[0][6] = 150
    page = client.post(url, {"file": xlsx(HEADER, rows, title="目标")},
                       HTTP_HX_REQUEST="true").content.decode()
    assert 'data-testid="goals-errors"' in page and "第 2 行 G 列（权重）" in page
    page = client.post(url, {"file": xlsx(HEADER, _rows(personas), title="目标")}).content.decode()
    assert "导入完成：新增 2 条，更新 1 条，未变 1 条。" in page
    assert 'data-testid="goals-rows"' in page and "缺陷修复数" in page
    assert "需员工重新确认" in page
