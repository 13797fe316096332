"""In a real browser: HR opens a period and hands out goals from a template, the manager
adjusts one goal in place (HTMX), the employee confirms, HR moves the period on.

Screenshots land in test-output/screenshots/setup-*.png.
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from candor.core.tests.browser_support import PageWatcher, log_in, log_out, screenshot
from candor.core.tests.conftest import browser, page  # noqa: F401 (fixtures)
from candor.periods.models import GoalSheet, Period, PeriodStatus, SheetStatus
from candor.periods.tests.factories import make_template

pytestmark = pytest.mark.browser


def test_it_walks_from_opening_a_period_to_confirmed_goals(page, personas):  # noqa: F811
    watcher = PageWatcher().attach(page)
    make_template("研发工程师", position=personas.employee.position)
    make_template("管理序列", sequence=personas.manager.position.sequence)

    log_in(page, "hr")
    page.goto(reverse("periods:period_list"))
    page.get_by_role("link", name="新建周期").click()
    page.get_by_label("名称").fill("2026年第四季度")
    page.get_by_label("开始日期").fill("2026-10-01")
    page.get_by_label("结束日期").fill("2026-12-31")
    page.get_by_label("覆盖部门").select_option(label="技术部")
    page.get_by_label("目标确认截止").fill("2026-10-10")
    page.get_by_role("button", name="保存").click()
    page.get_by_test_id("assign-goals").click()
    expect(page.get_by_text("为 2 人分配了模板目标")).to_be_visible()
    screenshot(page, "setup-period-overview")
    log_out(page)

    period = Period.objects.get(name="2026年第四季度")
    sheet = GoalSheet.objects.get(period=period, employee=personas.employee)
    log_in(page, "manager")
    page.goto(sheet.get_absolute_url())
    page.locator("#goal-{}".format(sheet.goals.get(name="指标1").pk)).get_by_role(
        "link", name="编辑").click()
    page.locator("#goal-editor").get_by_label("目标值").fill("120")
    screenshot(page, "setup-goal-edit")
    page.locator("#goal-editor").get_by_role("button", name="保存").click()
    expect(page.get_by_text("指标“指标1”已保存")).to_be_visible()
    expect(page.get_by_test_id("goal-table")).to_contain_text("120%")
    log_out(page)

    log_in(page, "employee")
    page.goto(sheet.get_absolute_url())
    screenshot(page, "setup-sheet-employee")
    page.get_by_test_id("confirm-goals").click()
    expect(page.get_by_test_id("confirmation-status")).to_contain_text("已确认")
    log_out(page)

    GoalSheet.objects.filter(period=period).exclude(pk=sheet.pk).update(
        status=SheetStatus.CONFIRMED)
    GoalSheet.objects.filter(period=period).exclude(pk=sheet.pk).update(
        confirmed_digest="")  # confirmed outside the app: HR must be told
    log_in(page, "hr")
    page.goto(period.get_absolute_url())
    page.get_by_test_id("advance").click()
    expect(page.get_by_text("以下员工尚未确认目标：王强")).to_be_visible()
    assert Period.objects.get(pk=period.pk).status == PeriodStatus.PLANNING
    page.goto(reverse("periods:template_list"))
    screenshot(page, "setup-templates")
    page.get_by_role("link", name="研发工程师").click()
    screenshot(page, "setup-template-form")
    page.goto(reverse("periods:period_bands", args=[period.pk]))
    screenshot(page, "setup-bands")
    # a request cut short by the next navigation (ERR_ABORTED) is not a page error
    assert [e for e in watcher.errors if "ERR_ABORTED" not in e] == []
    assert watcher.outside_requests() == []
