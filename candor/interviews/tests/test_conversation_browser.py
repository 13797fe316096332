"""Conversation mode in a real browser: start waits for the section editors, a section that
fails to load offers a retry instead of "loading" forever, the notes show the current step's
box only, and the clock reads in minutes and seconds."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from candor.core.tests.browser_support import PageWatcher, log_in
from candor.core.tests.conftest import browser, page  # noqa: F401 (fixtures)
from candor.interviews.tests.factories import book

pytestmark = pytest.mark.browser


def test_it_waits_for_the_editors_and_retries_a_failed_one(page, personas):  # noqa: F811
    watcher = PageWatcher().attach(page)
    interview = book(personas)
    log_in(page, "manager")
    held = []
    strengths = reverse("interviews:section", args=[interview.pk, "strengths"])
    goals = reverse("interviews:section", args=[interview.pk, "goal_review"])
    page.route(f"**{goals}", lambda route: held.append(route))  # under way until released
    page.route(f"**{strengths}", lambda route: route.fulfill(status=500, body="boom"))
    page.goto(reverse("interviews:conversation", args=[interview.pk]))

    start = page.get_by_test_id("start")
    expect(start).to_be_disabled()
    expect(page.get_by_text("（记录表加载完成后可以开始）")).to_be_visible()
    page.wait_for_timeout(300)
    expect(start).to_be_disabled()  # still waiting for the held load
    assert held, "the goal review's load was sent"
    page.unroute(f"**{goals}")
    held[0].continue_()

    failed = page.locator('[data-section="strengths"][data-loader] [data-load-failed]')
    expect(failed).to_have_count(1)
    expect(start).to_be_enabled()  # nothing is loading any more
    expect(page.get_by_text("（记录表加载完成后可以开始）")).to_be_hidden()

    page.unroute(f"**{strengths}")
    page.get_by_test_id("steps").get_by_text("上级评价").click()
    expect(failed).to_contain_text("加载失败，请检查网络后重试。")
    failed.get_by_role("button", name="重试").click()
    expect(page.locator("#section-strengths")).to_be_visible()
    expect(page.get_by_text(re.compile("^正在加载"))).to_have_count(0)

    notes = page.locator("#section-notes [data-note-step]")
    expect(notes).to_have_count(8)
    expect(page.locator("#section-notes [data-note-step]:visible")).to_have_count(1)
    expect(page.locator("#section-notes").get_by_label("上级评价")).to_be_visible()
    page.get_by_test_id("steps").get_by_text("开场").click()
    expect(page.locator("#section-notes").get_by_label("开场")).to_be_visible()
    expect(page.locator("#section-notes").get_by_label("上级评价")).to_be_hidden()

    start.click()  # booked in the past: no question asked
    expect(page.get_by_test_id("timer")).to_be_visible()
    expect(page.locator('[data-timer="elapsed"]')).to_have_text(re.compile(r"^\d+ 分 \d\d 秒"))
    expect(page.locator('[data-timer="step-planned"]')).to_have_text("计划 2 分钟")
    errors = [e for e in watcher.errors
              if "ERR_ABORTED" not in e and "500" not in e and "boom" not in e]
    assert errors == []
