"""API test helpers: clients that call with a personal token instead of a session."""

from __future__ import annotations

import pytest

from candor.accounts import services as account_services
from candor.api.tests.clients import TokenClient


@pytest.fixture
def token_for(personas):
    """token_for("manager") → (ApiToken, raw value) for that persona."""

    def build(name: str):
        return account_services.create_api_token(user=personas.user(name), name="脚本")

    return build


@pytest.fixture
def api_client_for(token_for):
    """api_client_for("hr") → a client authenticated by a fresh personal token (no session)."""

    def build(name: str) -> TokenClient:
        _token, raw = token_for(name)
        return TokenClient(raw, enforce_csrf_checks=True)

    return build
