"""Helpers for the Playwright browser tests: logging in and out, screenshots, and a watcher
that records what a page loads and what it complains about.

The browser is Debian's own Chromium (/usr/bin/chromium, package `chromium`), never one
downloaded by `playwright install`: the tests must run where only Debian's archive and PyPI
are reachable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from playwright.sync_api import ConsoleMessage, Page, Request

from candor.core.testing import PERSONA_PASSWORD

CHROMIUM = os.environ.get("CANDOR_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # The product is Chinese-first, so the browser's own language is too: date and time
    # inputs are drawn in it, not in the page's. This switch is what Windows and macOS read;
    # on Linux see CHROMIUM_ENV.
    "--lang=zh-CN",
]
# On Linux Chromium takes its language from the environment, and only finds it when the
# Debian package `chromium-l10n` (the locale .pak files) is installed next to `chromium`.
CHROMIUM_ENV = {"LANGUAGE": "zh_CN"}
SCREENSHOT_DIR = Path(settings.BASE_DIR) / "test-output" / "screenshots"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def log_in(page: Page, username: str, password: str = PERSONA_PASSWORD, *,
           labels: tuple[str, str, str] = ("用户名", "密码", "登录")) -> None:
    """Fill and submit the login form the way a person would, by its visible labels."""
    username_label, password_label, submit_label = labels
    page.goto(reverse("accounts:login"))
    page.get_by_label(username_label, exact=True).fill(username)
    page.get_by_label(password_label, exact=True).fill(password)
    page.get_by_role("button", name=submit_label, exact=True).click()
    page.wait_for_load_state()


def log_out(page: Page) -> None:
    """Open the user menu and press its log-out button."""
    page.get_by_test_id("user-menu").click()
    page.locator(f'form[action="{reverse("accounts:logout")}"] button').click()
    page.wait_for_load_state()


def screenshot(page: Page, name: str) -> Path:
    """Save a full-page PNG under test-output/screenshots/ for people to look at."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOT_DIR / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def is_local(url: str) -> bool:
    """True for addresses served by this machine's test server (and inline data)."""
    parts = urlsplit(url)
    if parts.scheme in {"data", "blob", "about"}:
        return True
    return parts.hostname in LOCAL_HOSTS


@dataclass
class PageWatcher:
    """Everything a page requested, and every error it reported, while being watched."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def attach(self, page: Page) -> PageWatcher:
        page.on("request", self._on_request)
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.errors.append(f"{page.url}: {error}"))
        page.on("requestfailed", lambda request: self.errors.append(
            f"{page.url}: request failed {request.url} ({request.failure})"))
        return self

    def _on_request(self, request: Request) -> None:
        self.requests.append(request.url)

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(f"{message.location.get('url', '')}: {message.text}")

    def outside_requests(self) -> list[str]:
        return [url for url in self.requests if not is_local(url)]
