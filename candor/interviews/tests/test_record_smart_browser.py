"""The measures editor and the carry-over in a real browser: a vague measure is flagged under
its row as it is typed and the flag goes when it is fixed; the second interview's record
opens with the previous plan's measure, and once it is reported on the record goes out."""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from candor.core.tests.browser_support import PageWatcher, log_in, screenshot
from candor.core.tests.conftest import browser, page  # noqa: F401 (fixtures)
from candor.interviews.tests.factories import sealed
from candor.interviews.tests.test_carryover import FIRST_MEASURE, _second

pytestmark = pytest.mark.browser


def test_a_vague_measure_is_flagged_while_typing_and_the_previous_plan_is_closed(
        page, personas):  # noqa: F811
    watcher = PageWatcher().attach(page)
    sealed(personas)
    record = _second(personas)
    page.set_viewport_size({"width": 1366, "height": 900})
    log_in(page, "manager")
    page.goto(reverse("interviews:record_edit", args=[record.interview_id]))

    previous = page.locator("#section-previous_plan")
    expect(previous.get_by_test_id("carryover-state")).to_contain_text("未开始")
    expect(previous).to_contain_text(FIRST_MEASURE)
    expect(page.locator("[data-section]").first).to_have_attribute(
        "data-section", "previous_plan")

    measure = page.locator("#section-measures [data-row]").first.get_by_label("措施", exact=True)
    measure.fill("提升数据分析能力")
    measure.press("End")  # a key comes up: the editor saves and answers with the findings
    findings = page.locator("#section-measures-smart-0")
    expect(findings).to_contain_text("“提升”只说了方向，没有可以数的结果。")
    expect(page.locator("#section-measures-status")).to_contain_text("已保存")
    screenshot(page, "record-measures-vague")

    measure.fill("每季度独立完成 2 份客户流失分析报告")
    measure.press("End")
    expect(findings.get_by_test_id("smart-ok")).to_be_visible()

    row = previous.locator("[data-row]").first
    row.get_by_label("最终状态", exact=True).select_option(label="已完成")
    row.get_by_label("说明", exact=True).fill("11 月已完成 3 门课程。")
    row.get_by_label("说明", exact=True).press("End")
    expect(previous.get_by_test_id("saved")).to_contain_text("已保存")
    expect(previous.get_by_test_id("section-hints")).to_have_count(0)
    screenshot(page, "record-previous-plan")

    page.get_by_test_id("submit-form").get_by_role("button", name="提交给员工确认").click()
    expect(page.get_by_text("记录已提交给员工确认。")).to_be_visible()
    expect(page.locator("#part-previous_plan")).to_contain_text("11 月已完成 3 门课程。")
    assert watcher.errors == []
