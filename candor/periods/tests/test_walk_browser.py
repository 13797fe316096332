"""The issue's acceptance walk in a real browser, every step clicked the way its user would:
HR opens a period from templates → the employee confirms their goals → HR imports the
actual values from the Excel template → the manager rates → HR scores and releases → the
employee reads their score explanation.

Only the company's configuration is written directly (personas, two goal templates);
everything else goes through the pages, HR's two ability items included. The employee's
sheet carries the seed's worked example (003), so the numbers at the end are the seed's
own: profit 3,200 → 3,500 w60 → 69, tasks 100 → 120 w20 → 22, everyday 18 of 20 → 109,
优-, ×1.1 (shown as 109 and ×1.1, without trailing zeros).

Screenshots land in test-output/screenshots/walk-NN-<step>.png (see test_setup_browser.py
for the goal-editing part of setup, which this walk does not repeat).
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from playwright.sync_api import Page, expect

from candor.core.tests.browser_support import PageWatcher, log_in, log_out, screenshot
from candor.core.tests.conftest import browser, page  # noqa: F401 (fixtures)
from candor.periods.models import AbilityItem, GoalSheet, Period, Rule
from candor.periods.tests.factories import SEED_GOALS, make_template

pytestmark = pytest.mark.browser

PERIOD = "2026年第四季度"
# The seed's actual values (003) for the employee; the manager's one goal lands on target.
ACTUALS = {"利润": 3500, "任务完成数": 120, "团队交付": 100}
MANAGER_GOALS = ({"name": "团队交付", "unit": "项", "target": Decimal(100),
                  "weight": Decimal(100), "rule": Rule.LINEAR},)
STRENGTH_CASE = "10月主导订单服务重构，上线后接口平均响应时间从 800ms 降到 200ms。"
WEAKNESS_CASE = "11月两次版本发布前未按约定同步测试报告，导致回归测试延后一天。"


def shown(number: str, prefix: str = "") -> re.Pattern[str]:
    """The number exactly as a page shows it: 109, not 109.00; ×1.1, not ×1.10."""
    return re.compile(rf"^\s*{re.escape(prefix)}{re.escape(number)}\s*$")


class Walk:
    """Numbered screenshots, so the folder reads in the order the walk happened."""

    def __init__(self, tab: Page) -> None:
        self.tab = tab
        self.numbers = itertools.count(1)

    def shot(self, step: str) -> Path:
        return screenshot(self.tab, f"walk-{next(self.numbers):02d}-{step}")

    def nav(self, key: str) -> None:
        self.tab.locator(f'nav [data-nav="{key}"]').click()
        self.tab.wait_for_load_state()


def _company(personas) -> None:
    """The goal templates HR would have set up before the first period."""
    make_template("研发工程师", position=personas.employee.position, items=SEED_GOALS)
    make_template("管理序列", sequence=personas.manager.position.sequence, items=MANAGER_GOALS)


def hr_sets_up_ability_items(walk: Walk) -> None:
    """From 绩效周期 to the ability catalogue, next to the templates and grade bands."""
    tab = walk.tab
    for kind, name, description in (("能力", "专业能力", "掌握岗位所需的专业知识和技能"),
                                    ("态度", "责任心", "")):
        tab.get_by_test_id("ability-create").click()
        tab.get_by_label("类别").select_option(label=kind)
        tab.get_by_label("名称").fill(name)
        tab.get_by_label("说明").fill(description)
        tab.get_by_label("顺序").fill("1")
        tab.get_by_role("button", name="保存").click()
        expect(tab.get_by_text(f"能力态度项“{name}”已保存")).to_be_visible()
    expect(tab.get_by_test_id("ability-items").locator("tr[data-item]")).to_have_count(2)
    walk.shot("hr-ability-items")
    assert AbilityItem.objects.filter(is_active=True).count() == 2


def hr_opens_period_from_templates(walk: Walk) -> None:
    tab = walk.tab
    log_in(tab, "hr")
    walk.shot("hr-home")
    walk.nav("periods")
    tab.get_by_role("link", name="能力态度项").click()
    hr_sets_up_ability_items(walk)
    walk.nav("periods")
    tab.get_by_role("link", name="新建周期").click()
    tab.get_by_label("名称").fill(PERIOD)
    tab.get_by_label("开始日期").fill("2026-10-01")
    tab.get_by_label("结束日期").fill("2026-12-31")
    tab.get_by_label("覆盖部门").select_option(label="技术部")
    tab.get_by_label("目标确认截止").fill("2026-10-10")
    tab.get_by_label("评分截止").fill("2027-01-10")
    tab.get_by_label("结果发布截止").fill("2027-01-20")
    walk.shot("hr-period-form")
    tab.get_by_role("button", name="保存").click()
    expect(tab.get_by_text(f"已创建周期“{PERIOD}”")).to_be_visible()
    tab.get_by_test_id("assign-goals").click()
    expect(tab.get_by_text("为 2 人分配了模板目标")).to_be_visible()
    walk.shot("hr-goals-assigned")
    log_out(tab)


def confirms_own_goals(walk: Walk, username: str, step: str) -> None:
    """From the home tab's 我的绩效考核表 card to the confirmation button."""
    tab = walk.tab
    log_in(tab, username)
    mine = tab.get_by_test_id("my-sheets")
    expect(mine).to_contain_text("待我确认目标")
    walk.shot(f"{step}-home")
    mine.get_by_role("link", name=PERIOD).click()
    walk.shot(f"{step}-sheet-to-confirm")
    tab.get_by_test_id("confirm-goals").click()
    expect(tab.get_by_text("你已确认本期目标")).to_be_visible()
    expect(tab.get_by_test_id("confirmation-status")).to_contain_text("已确认")
    walk.shot(f"{step}-confirmed")
    log_out(tab)


def hr_advances(walk: Walk, to: str) -> None:
    tab = walk.tab
    tab.get_by_test_id("advance").click()
    expect(tab.get_by_text(f"周期已进入“{to}”阶段")).to_be_visible()


def hr_moves_to_scoring_and_imports_actuals(walk: Walk, tmp_path: Path) -> None:
    tab = walk.tab
    log_in(tab, "hr")
    walk.nav("periods")
    tab.get_by_role("link", name=PERIOD).click()
    for status in ("目标已确认", "执行中", "评分中"):
        hr_advances(walk, status)
    walk.shot("hr-period-in-scoring")
    tab.get_by_test_id("results-link").click()
    expect(tab.get_by_test_id("count-states")).to_have_text("已评分 0 份，未计算 2 份")
    expect(tab.get_by_test_id("release-results")).to_be_disabled()
    expect(tab.get_by_test_id("release-hint")).to_contain_text("还有 2 份考核表没有得分")
    walk.shot("hr-results-before-actuals")
    tab.get_by_role("link", name="导入实际值").click()
    with tab.expect_download() as download:
        tab.get_by_test_id("actuals-template").click()
    assert download.value.suggested_filename == f"{PERIOD} 实际值导入模板.xlsx"
    blank, filled = tmp_path / "template.xlsx", tmp_path / "actuals.xlsx"
    download.value.save_as(blank)
    workbook = load_workbook(blank)
    sheet = workbook.worksheets[0]
    header = [cell.value.rstrip("*") for cell in sheet[1]]  # required columns are starred
    goal_col, actual_col = header.index("指标名称"), header.index("实际值")
    listed = []
    for row in sheet.iter_rows(min_row=2):
        listed.append(row[goal_col].value)
        row[actual_col].value = ACTUALS[row[goal_col].value]
    assert sorted(listed) == sorted(ACTUALS), "the template lists exactly the linear goals"
    workbook.save(filled)
    tab.get_by_label("实际值文件").set_input_files(filled)
    walk.shot("hr-import-file-chosen")
    tab.get_by_role("button", name="校验并导入").click()
    expect(tab.get_by_test_id("actuals-result")).to_contain_text("更新 3 个实际值")
    walk.shot("hr-import-done")
    log_out(tab)


def manager_rates(walk: Walk) -> None:
    """The manager is shown 张伟 waiting on the home page and in the period; the way in
    used here: 绩效周期 → the period → 张伟's sheet → the rating button in its header."""
    tab = walk.tab
    log_in(tab, "manager")
    expect(tab.get_by_test_id("to-rate").get_by_role("link", name="张伟")).to_be_visible()
    walk.shot("manager-home")
    walk.nav("periods")
    tab.get_by_role("link", name=PERIOD).click()
    rows = tab.locator("#sheet-rows")
    expect(rows.locator("tr", has_text="张伟").get_by_test_id("to-rate")).to_have_text("待评分")
    expect(rows.locator("tr", has_text="王强").get_by_test_id("to-rate")).to_have_count(0)
    walk.shot("manager-period")
    rows.get_by_role("link", name="张伟").click()
    walk.shot("manager-employee-sheet")
    tab.get_by_test_id("rate-link").click()
    expect(tab.get_by_test_id("breadcrumb")).to_contain_text("张伟的绩效考核表")
    walk.shot("manager-rating-tab")

    points = tab.get_by_label("日常表现的评分")
    points.fill("21")
    points.locator("xpath=ancestor::form").get_by_role("button", name="保存").click()
    expect(tab.get_by_test_id("rate-goals").get_by_role("alert")).to_be_visible()
    walk.shot("manager-rating-out-of-range")
    points = tab.get_by_label("日常表现的评分")
    points.fill("18")
    points.locator("xpath=ancestor::form").get_by_role("button", name="保存").click()
    expect(tab.get_by_test_id("rate-goals").get_by_role("status")).to_have_text("已保存")

    rows = {name: tab.locator(f"#ability-{AbilityItem.objects.get(name=name).pk}")
            for name in ("专业能力", "责任心")}
    skill = rows["专业能力"]
    expect(skill.get_by_label("评级")).to_have_value("")  # unrated is not an A
    skill.get_by_role("button", name="保存").click()
    expect(rows["专业能力"].get_by_role("alert")).to_contain_text("请先为“专业能力”选择评级")
    skill = rows["专业能力"]
    skill.get_by_label("评级").select_option("A")
    skill.get_by_label("评价").select_option(label="优势")
    skill.get_by_role("button", name="保存").click()
    expect(rows["专业能力"].get_by_role("alert")).to_contain_text("请写明具体事例")
    walk.shot("manager-strength-needs-case")
    rows["专业能力"].get_by_label("具体事例").fill(STRENGTH_CASE)
    rows["专业能力"].get_by_role("button", name="保存").click()
    expect(rows["专业能力"].get_by_role("status")).to_have_text("已保存")
    duty = rows["责任心"]
    duty.get_by_label("评级").select_option("C")
    duty.get_by_label("评价").select_option(label="不足")
    duty.get_by_label("具体事例").fill(WEAKNESS_CASE)
    duty.get_by_role("button", name="保存").click()
    expect(rows["责任心"].get_by_role("status")).to_have_text("已保存")
    walk.shot("manager-rated")
    tab.reload()
    expect(tab.get_by_test_id("none-left")).to_be_visible()  # 王强's own sheet is not his
    log_out(tab)


def hr_scores(walk: Walk) -> None:
    tab = walk.tab
    log_in(tab, "hr")
    walk.nav("periods")
    tab.get_by_role("link", name=PERIOD).click()
    tab.get_by_test_id("results-link").click()
    tab.get_by_test_id("score-period").click()
    expect(tab.get_by_text("已计算 2 份考核表的得分")).to_be_visible()
    table = tab.get_by_test_id("results-table")
    expect(table.locator("tr", has_text="张伟")).to_contain_text("109")
    expect(table.locator("tr", has_text="张伟")).not_to_contain_text("109.00")
    expect(table.locator("tr", has_text="张伟")).to_contain_text("优-")
    expect(tab.get_by_test_id("release-results")).to_be_enabled()
    walk.shot("hr-scored")
    log_out(tab)


def employee_sees_nothing_before_release(walk: Walk, sheet: GoalSheet) -> None:
    tab = walk.tab
    log_in(tab, "employee")
    tab.get_by_test_id("my-sheets").get_by_role("link", name=PERIOD).click()
    expect(tab.get_by_test_id("goal-table")).to_be_visible()
    expect(tab.get_by_test_id("sheet-result")).to_have_count(0)
    expect(tab.get_by_text("总分")).to_have_count(0)
    expect(tab.get_by_text("优-")).to_have_count(0)
    expect(tab.get_by_text("查看得分说明")).to_have_count(0)
    expect(tab.get_by_test_id("goal-table").get_by_role("columnheader", name="实际值")) \
        .to_have_count(0)
    expect(tab.get_by_test_id("result-later")).to_be_visible()
    expect(tab.get_by_test_id("confirmation-status")).to_contain_text("已评分")
    walk.shot("employee-sheet-before-release")
    response = tab.goto(reverse("periods:results_explain", args=[sheet.pk]))
    assert response is not None and response.status == 404
    log_out(tab)


def hr_releases(walk: Walk) -> None:
    tab = walk.tab
    log_in(tab, "hr")
    walk.nav("periods")
    tab.get_by_role("link", name=PERIOD).click()
    tab.get_by_test_id("results-link").click()
    tab.once("dialog", lambda dialog: dialog.accept())
    tab.get_by_test_id("release-results").click()
    expect(tab.get_by_text("结果已发布，员工现在可以查看")).to_be_visible()
    expect(tab.get_by_test_id("period-status")).to_have_text("结果已发布")
    walk.shot("hr-released")
    log_out(tab)


def employee_reads_explanation(walk: Walk) -> None:
    tab = walk.tab
    log_in(tab, "employee")
    mine = tab.get_by_test_id("my-sheets")
    expect(mine).to_contain_text("优-")
    walk.shot("employee-home-after-release")
    mine.get_by_role("link", name=PERIOD).click()
    result = tab.get_by_test_id("sheet-result")
    expect(result).to_contain_text("109")
    expect(result).to_contain_text("优-")
    expect(result).to_contain_text("×1.1")
    expect(result).not_to_contain_text("109.00")
    expect(tab.get_by_test_id("confirmation-status")).to_contain_text("结果已发布")
    everyday = tab.get_by_test_id("goal-table").locator("tr", has_text="日常表现")
    expect(everyday.get_by_test_id("judgement")).to_have_text("18 / 20")
    expect(everyday.get_by_test_id("goal-points")).to_have_text("18")
    walk.shot("employee-sheet-released")
    result.get_by_role("link", name="查看得分说明").click()
    expect(tab.get_by_test_id("total")).to_have_text(shown("109"))
    expect(tab.get_by_test_id("grade")).to_have_text("优-")
    expect(tab.get_by_test_id("multiplier")).to_have_text(shown("1.1", "×"))
    lines = tab.get_by_test_id("explain-lines")
    for goal, points in (("利润", "69"), ("任务完成数", "22"), ("日常表现", "18")):
        expect(lines.locator(f'tr[data-goal="{goal}"]').get_by_test_id("points")).to_have_text(
            shown(points))
    expect(lines.locator('tr[data-goal="利润"]').get_by_test_id("achievement")).to_have_text(
        "3500万元 / 3200万元 = 109%")
    expect(lines.locator('tr[data-goal="任务完成数"]')
           .get_by_test_id("achievement")).to_have_text("120项 / 100项 = 120%")
    expect(tab.get_by_test_id("live-total")).to_have_text(shown("109"))
    expect(lines.locator('tr[data-goal="日常表现"]')).to_contain_text("上级评分 18 / 20")
    expect(tab.get_by_test_id("matched-band")).to_contain_text("优-")
    abilities = tab.get_by_test_id("abilities")
    expect(abilities).to_contain_text(STRENGTH_CASE)
    expect(abilities).to_contain_text(WEAKNESS_CASE)
    walk.shot("employee-explanation")
    tab.get_by_test_id("breadcrumb").get_by_role("link", name="张伟的绩效考核表").click()
    expect(tab.get_by_test_id("goal-table")).to_be_visible()


def test_it_walks_from_templates_to_the_employees_score_explanation(
        page, personas, tmp_path):  # noqa: F811
    watcher = PageWatcher().attach(page)
    _company(personas)
    walk = Walk(page)

    hr_opens_period_from_templates(walk)
    confirms_own_goals(walk, "employee", "employee")
    confirms_own_goals(walk, "manager", "manager")
    hr_moves_to_scoring_and_imports_actuals(walk, tmp_path)
    manager_rates(walk)
    hr_scores(walk)
    sheet = GoalSheet.objects.get(period=Period.objects.get(name=PERIOD),
                                  employee=personas.employee)
    employee_sees_nothing_before_release(walk, sheet)
    hr_releases(walk)
    employee_reads_explanation(walk)

    # a request cut short by the next navigation (ERR_ABORTED) is not a page error; the
    # 404 the employee was shown before release is the one expected complaint
    errors = [e for e in watcher.errors if "ERR_ABORTED" not in e
              and "404 (Not Found)" not in e]
    assert errors == []
    assert watcher.outside_requests() == []
