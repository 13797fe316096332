"""What a person sees in a real browser: logging in, switching language, pages that load
nothing from outside, and the login lock.

Driven through Playwright with Debian's Chromium against the live server (see conftest.py).
Screenshots land in test-output/screenshots/.
"""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from candor.core.tests.browser_support import (
    PageWatcher,
    log_in,
    log_out,
    screenshot,
)

pytestmark = pytest.mark.browser

ENGLISH_LOGIN_LABELS = ("Username", "Password", "Log in")


def test_it_switches_to_english_and_remembers_it_at_the_next_login(page, browser, live_server,
                                                                     personas):
    log_in(page, "employee")

    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    expect(page.get_by_role("heading", level=1)).to_contain_text("你好")
    screenshot(page, "home-zh-hans")

    page.get_by_test_id("language-switch").locator('button[data-language="en"]').click()

    expect(page.locator("html")).to_have_attribute("lang", "en")
    screenshot(page, "home-en")
    # Needs the English catalogue (locale/en/LC_MESSAGES/django.mo, built by `make test`):
    # without it the heading stays Chinese and this fails.
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")

    log_out(page)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    log_in(page, "employee", labels=ENGLISH_LOGIN_LABELS)
    expect(page.locator("html")).to_have_attribute("lang", "en")

    # The account remembers it, not just this browser: a fresh one set to Chinese logs in
    # on a Chinese login page and is then shown English.
    elsewhere = browser.new_context(base_url=live_server.url, locale="zh-CN")
    try:
        other_page = elsewhere.new_page()
        log_in(other_page, "employee")
        expect(other_page.get_by_test_id("user-menu")).to_be_visible()
        expect(other_page.locator("html")).to_have_attribute("lang", "en")
    finally:
        elsewhere.close()


def test_it_loads_nothing_from_outside_this_server(page, personas):
    watcher = PageWatcher().attach(page)
    log_in(page, "hr")
    pages = [
        reverse("core:home"),
        reverse("org:chart"),
        reverse("org:employees"),
        personas.tech.get_absolute_url(),
        personas.employee.get_absolute_url(),
        reverse("org:roster_import"),
        reverse("accounts:tokens"),
        "/api/v1/docs",
        "/admin/",
    ]
    statuses = {}
    for path in pages:
        response = page.goto(path)
        # Late requests (the API docs fetch their schema after loading) count too.
        page.wait_for_load_state("networkidle")
        statuses[path] = response.status if response else None

    assert statuses == dict.fromkeys(pages, 200)
    assert len(watcher.requests) > len(pages)  # style sheets and scripts were seen
    assert watcher.outside_requests() == []
    assert watcher.errors == []
    # Browsers ask every site for /favicon.ico on their own (the admin pages name no icon);
    # a 404 there shows up as a console error on some page loads and not others.
    assert page.request.get("/favicon.ico", max_redirects=3).ok


def test_it_locks_the_login_after_five_wrong_passwords(page, personas):
    for _attempt in range(5):
        log_in(page, "employee", "wrong-password")
        expect(page.get_by_role("alert")).to_contain_text("用户名或密码不正确")

    log_in(page, "employee")

    expect(page.get_by_role("alert")).to_contain_text("登录失败次数过多")
    expect(page).to_have_url(re.compile(re.escape(reverse("accounts:login"))))
    expect(page.get_by_test_id("user-menu")).to_have_count(0)
