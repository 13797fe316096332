"""Shared pytest fixtures: personas and logged-in clients."""

from __future__ import annotations

import pytest
from django.test import Client

from candor.core.testing import Personas, make_personas


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """PBKDF2 at production strength would dominate the suite's run time."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's language. A request through the test client runs in
    this thread and leaves its user's language active (LocaleMiddleware does not reset it),
    which would otherwise leak into the next test."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


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


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on loopback (aiosmtpd); Django's SMTP backend talks to it.

    Yields the list of received messages as `email.message.EmailMessage` objects.
    """
    import email
    import email.policy
    import socket

    from aiosmtpd.controller import Controller

    received: list = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd API)
            message = email.message_from_bytes(envelope.original_content,
                                               policy=email.policy.default)
            message["X-Envelope-To"] = ", ".join(envelope.rcpt_tos)
            received.append(message)
            return "250 Message accepted for delivery"

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    try:
        yield received
    finally:
        controller.stop()
