"""Shared pytest fixtures: personas and logged-in clients."""

from __future__ import annotations

import pytest
from django.test import Client

from candor.core.testing import Personas, make_personas


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """PBKDF2 at production strength would dominate the suite's run time."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def personas(db) -> Personas:
    return make_personas()


@pytest.fixture
def client_for(personas):
    """client_for("manager") → a Client logged in as that persona (anonymous: not logged in)."""

    def build(name: str) -> Client:
        client = Client()
        user = personas.user(name)
        if user is not None:
            client.force_login(user)
        return client

    return build
