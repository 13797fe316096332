"""Fixtures for the browser tests: Debian's Chromium driven by Playwright's sync API.

One Chromium per test module, a fresh browser context (cookies, storage) per test, pointed
at pytest-django's live server on 127.0.0.1. Only tests asking for `page` or `browser` start
anything, so the rest of the suite does not pay for it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# The live server listens on 127.0.0.1 rather than "localhost", which Chromium may try as
# ::1 first; the tests also assert that pages load nothing from any other host.
os.environ.setdefault("DJANGO_LIVE_TEST_SERVER_ADDRESS", "127.0.0.1")

ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"


@pytest.fixture(scope="module")
def browser() -> Iterator:
    """A headless Chromium for the module's tests.

    Playwright's sync API keeps an asyncio loop running in this thread, which makes Django
    refuse ORM calls from it (SynchronousOnlyOperation) unless DJANGO_ALLOW_ASYNC_UNSAFE is
    set; it is set only while Playwright runs, so the rest of the suite keeps the check.
    """
    from candor.core.tests.browser_support import CHROMIUM, CHROMIUM_ARGS, CHROMIUM_ENV

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: install the Debian package `chromium` "
                    f'(make test does), or leave these tests out with -m "not browser"')
    from playwright.sync_api import sync_playwright

    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                                  env={**os.environ, **CHROMIUM_ENV})
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop(ASYNC_UNSAFE, None)
        else:
            os.environ[ASYNC_UNSAFE] = previous


@pytest.fixture
def page(browser, live_server) -> Iterator:
    """A page in a fresh context, as a Chinese-speaking user in Shanghai would open it."""
    context = browser.new_context(base_url=live_server.url, locale="zh-CN",
                                  timezone_id="Asia/Shanghai",
                                  viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()
