"""Logging in and out, throttling, and the two session limits."""

from __future__ import annotations

import time

from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from candor.accounts.middleware import LOGIN_AT_KEY
from candor.core.testing import PERSONA_PASSWORD


def login(client: Client, username: str, password: str, ip: str = "10.0.0.1"):
    return client.post(reverse("accounts:login"), {"username": username, "password": password},
                       REMOTE_ADDR=ip)


def test_it_logs_in_and_out(personas):
    client = Client()
    response = login(client, "employee", PERSONA_PASSWORD)
    assert response.status_code == 302
    assert client.get(reverse("core:home")).status_code == 200
    client.post(reverse("accounts:logout"))
    assert client.get(reverse("core:home")).status_code == 302


def test_it_says_what_went_wrong_without_revealing_which_part(personas):
    response = login(Client(), "employee", "wrong")
    assert "用户名或密码不正确" in response.content.decode()


def test_it_locks_the_username_after_repeated_failures(personas, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    client = Client()
    for _ in range(3):
        login(client, "employee", "wrong")
    response = login(client, "employee", PERSONA_PASSWORD)
    assert response.status_code == 200
    assert "登录失败次数过多" in response.content.decode()
    assert client.get(reverse("core:home")).status_code == 302


def test_it_unlocks_once_the_window_has_passed(personas, settings):
    from candor.accounts.models import LoginFailure

    settings.LOGIN_FAILURE_LIMIT = 2
    for _ in range(2):
        login(Client(), "employee", "wrong")
    LoginFailure.objects.update(at="2000-01-01T00:00:00Z")
    assert login(Client(), "employee", PERSONA_PASSWORD).status_code == 302


def test_it_locks_an_address_that_tries_many_usernames(personas, settings):
    settings.LOGIN_FAILURE_IP_LIMIT = 4
    for name in ["a", "b", "c", "d"]:
        login(Client(), name, "wrong", ip="10.9.9.9")
    assert login(Client(), "employee", PERSONA_PASSWORD, ip="10.9.9.9").status_code == 200
    assert login(Client(), "employee", PERSONA_PASSWORD, ip="10.9.9.8").status_code == 302


def test_it_expires_a_session_after_the_idle_time(personas):
    client = Client()
    login(client, "employee", PERSONA_PASSWORD)
    session = Session.objects.get()
    remaining = (session.expire_date - session.expire_date.now(session.expire_date.tzinfo))
    assert 29 * 60 < remaining.total_seconds() <= 30 * 60
    Session.objects.update(expire_date="2000-01-01T00:00:00Z")
    assert client.get(reverse("core:home")).status_code == 302


def test_it_expires_a_busy_session_twelve_hours_after_login(personas):
    client = Client()
    login(client, "employee", PERSONA_PASSWORD)
    session = client.session
    session[LOGIN_AT_KEY] = time.time() - 12 * 3600 - 1
    session.save()
    response = client.get(reverse("core:home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))
    assert client.get(reverse("core:home")).status_code == 302


def test_it_changes_the_password(personas):
    client = Client()
    login(client, "employee", PERSONA_PASSWORD)
    response = client.post(reverse("accounts:password_change"), {
        "old_password": PERSONA_PASSWORD, "new_password1": "Xingyun-2026!",
        "new_password2": "Xingyun-2026!"})
    assert response.status_code == 302
    assert client.get(reverse("core:home")).status_code == 200
    assert login(Client(), "employee", "Xingyun-2026!").status_code == 302


def test_it_pushes_the_idle_expiry_ahead_at_most_once_a_minute(personas):
    from candor.accounts.middleware import TOUCH_KEY

    client = Client()
    login(client, "employee", PERSONA_PASSWORD)
    first = Session.objects.get().expire_date
    client.get(reverse("core:home"))
    assert Session.objects.get().expire_date == first
    session = client.session
    session[TOUCH_KEY] = time.time() - 61
    session.save()
    Session.objects.update(expire_date=first)
    client.get(reverse("core:home"))
    assert Session.objects.get().expire_date > first
