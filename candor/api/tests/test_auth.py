"""Signing in to the API: personal tokens, the browser session with CSRF, and nobody."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from candor.accounts import services as account_services
from candor.accounts.models import ApiToken
from candor.api.tests.clients import TokenClient
from candor.org import services as org_services

pytestmark = pytest.mark.django_db


def test_it_answers_401_to_an_anonymous_caller(client):
    response = client.get("/api/v1/me")
    assert response.status_code == 401
    assert response.json()["code"] == "unauthorized"
    assert response["WWW-Authenticate"] == "Bearer"


def test_it_answers_401_to_an_anonymous_post_rather_than_a_csrf_error(personas):
    client = Client(enforce_csrf_checks=True)
    response = client.post(f"/api/v1/employees/{personas.employee.pk}/deactivate")
    assert response.status_code == 401


def test_it_accepts_a_personal_token(personas, token_for):
    _token, raw = token_for("manager")
    response = TokenClient(raw).get("/api/v1/me")
    assert response.status_code == 200
    assert response.json()["username"] == "manager"


def test_it_stores_only_the_hash_of_a_token(personas, token_for):
    token, raw = token_for("manager")
    stored = ApiToken.objects.filter(pk=token.pk).values().get()
    assert raw not in {str(value) for value in stored.values()}
    assert not ApiToken.objects.filter(token_hash=raw).exists()
    assert raw.startswith(stored["hint"])


def test_it_refuses_a_revoked_token(personas, token_for):
    token, raw = token_for("manager")
    account_services.revoke_api_token(token=token, actor=personas.manager.user)
    assert TokenClient(raw).get("/api/v1/me").status_code == 401


def test_it_refuses_the_token_of_a_deactivated_employee(personas, token_for):
    _token, raw = token_for("employee")
    org_services.deactivate_employee(employee=personas.employee, actor=personas.admin)
    assert TokenClient(raw).get("/api/v1/me").status_code == 401


def test_it_refuses_an_unknown_token_even_with_a_valid_session(personas, client_for):
    client = client_for("hr")
    response = client.get("/api/v1/me", headers={"Authorization": "Bearer cnd_made-up"})
    assert response.status_code == 401


def test_it_records_when_a_token_was_last_used_at_most_once_a_minute(personas, token_for):
    token, raw = token_for("manager")
    client = TokenClient(raw)
    client.get("/api/v1/me")
    token.refresh_from_db()
    first = token.last_used_at
    assert first is not None
    client.get("/api/v1/me")
    token.refresh_from_db()
    assert token.last_used_at == first
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=first - dt.timedelta(minutes=2))
    client.get("/api/v1/me")
    token.refresh_from_db()
    assert token.last_used_at > first - dt.timedelta(seconds=1)
    assert timezone.now() - token.last_used_at < dt.timedelta(minutes=1)


def test_it_accepts_a_token_post_without_csrf_token(personas, api_client_for):
    response = api_client_for("hr").post(
        f"/api/v1/employees/{personas.employee.pk}/deactivate")
    assert response.status_code == 200
    personas.employee.refresh_from_db()
    assert not personas.employee.is_active


def test_it_accepts_the_browser_session_for_reads(personas, client_for):
    response = client_for("employee").get("/api/v1/me")
    assert response.status_code == 200
    assert response.json()["employee"]["name"] == "张伟"


def test_it_refuses_a_session_post_without_the_csrf_token(personas):
    client = Client(enforce_csrf_checks=True)
    client.force_login(personas.hr.user)
    response = client.post(f"/api/v1/employees/{personas.employee.pk}/deactivate")
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"
    personas.employee.refresh_from_db()
    assert personas.employee.is_active


def test_it_accepts_a_session_post_carrying_the_csrf_token(personas):
    client = Client(enforce_csrf_checks=True)
    client.force_login(personas.hr.user)
    client.get("/api/v1/docs")  # the docs page hands out the CSRF cookie, as in a browser
    csrf = client.cookies["csrftoken"].value
    response = client.post(f"/api/v1/employees/{personas.employee.pk}/deactivate",
                           headers={"X-CSRFToken": csrf})
    assert response.status_code == 200
    personas.employee.refresh_from_db()
    assert not personas.employee.is_active
