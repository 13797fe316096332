"""The personal API token page: create (raw value shown once), list, revoke."""

from __future__ import annotations

import pytest
from django.urls import reverse

from candor.accounts import services
from candor.accounts.models import ApiToken

pytestmark = pytest.mark.django_db

TOKENS_URL = "/accounts/tokens/"


def test_it_asks_an_anonymous_visitor_to_sign_in(client):
    response = client.get(TOKENS_URL)
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_it_shows_a_new_token_once(personas, client_for):
    client = client_for("manager")
    response = client.post(TOKENS_URL, {"name": "报表脚本"}, follow=True)
    assert response.redirect_chain == [(TOKENS_URL, 302)]
    raw = response.context["raw_token"]
    assert raw.startswith(ApiToken.PREFIX)
    assert raw in response.content.decode()
    token = ApiToken.objects.get(user=personas.manager.user)
    assert token.name == "报表脚本"
    assert token.token_hash != raw
    again = client.get(TOKENS_URL).content.decode()
    assert raw not in again
    assert f"{token.hint}…" in again
    assert "报表脚本" in again


def test_it_lists_only_the_callers_own_tokens(personas, client_for):
    services.create_api_token(user=personas.hr.user, name="人事脚本")
    services.create_api_token(user=personas.manager.user, name="经理脚本")
    page = client_for("manager").get(TOKENS_URL).content.decode()
    assert "经理脚本" in page
    assert "人事脚本" not in page


def test_it_refuses_a_token_without_a_name(personas, client_for):
    response = client_for("manager").post(TOKENS_URL, {"name": "  "}, follow=True)
    assert response.status_code == 200
    assert response.context["raw_token"] is None
    assert not ApiToken.objects.exists()
    assert "请为令牌起一个名称" in response.content.decode()


def test_it_revokes_a_token_which_then_stops_working(personas, client_for):
    token, raw = services.create_api_token(user=personas.manager.user, name="脚本")
    headers = {"Authorization": f"Bearer {raw}"}
    client = client_for("manager")
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    response = client.post(reverse("accounts:token_revoke", args=[token.pk]))
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert "已撤销" in client.get(TOKENS_URL).content.decode()
    assert client.get("/api/v1/me", headers=headers).status_code == 401


def test_it_answers_404_when_revoking_someone_elses_token(personas, client_for):
    token, _raw = services.create_api_token(user=personas.hr.user, name="人事脚本")
    response = client_for("manager").post(reverse("accounts:token_revoke", args=[token.pk]))
    assert response.status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_it_only_revokes_by_post(personas, client_for):
    token, _raw = services.create_api_token(user=personas.manager.user, name="脚本")
    response = client_for("manager").get(reverse("accounts:token_revoke", args=[token.pk]))
    assert response.status_code == 405
    token.refresh_from_db()
    assert token.revoked_at is None
