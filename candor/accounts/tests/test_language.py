"""zh-Hans by default, English by switch, remembered per user."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from candor.core.testing import PERSONA_PASSWORD


def test_it_speaks_simplified_chinese_by_default(personas, client_for):
    html = client_for("employee").get(reverse("core:home")).content.decode()
    assert '<html lang="zh-hans">' in html
    assert "你好，张伟" in html


def test_it_switches_to_english_and_remembers_it_on_the_account(personas, client_for):
    client = client_for("employee")
    response = client.post(reverse("accounts:set_language"),
                           {"language": "en", "next": reverse("org:chart")})
    assert response["Location"] == reverse("org:chart")
    html = client.get(reverse("core:home")).content.decode()
    assert '<html lang="en">' in html
    assert "Hello, 张伟" in html
    personas.employee.user.refresh_from_db()
    assert personas.employee.user.language == "en"
    fresh = Client()
    fresh.post(reverse("accounts:login"), {"username": "employee", "password": PERSONA_PASSWORD})
    assert '<html lang="en">' in fresh.get(reverse("core:home")).content.decode()


def test_it_keeps_one_users_language_from_another(personas, client_for):
    client_for("employee").post(reverse("accounts:set_language"), {"language": "en"})
    html = client_for("manager").get(reverse("core:home")).content.decode()
    assert '<html lang="zh-hans">' in html


def test_it_refuses_to_redirect_elsewhere_after_switching(personas, client_for):
    response = client_for("employee").post(
        reverse("accounts:set_language"), {"language": "en", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_it_shows_error_pages_in_the_chosen_language(personas, client_for):
    client = client_for("outsider")
    html = client.get(reverse("org:employee", args=[personas.employee.pk])).content.decode()
    assert "页面不存在" in html
    client.post(reverse("accounts:set_language"), {"language": "en"})
    html = client.get(reverse("org:employee", args=[personas.employee.pk])).content.decode()
    assert "Page not found" in html
