"""A test client for calls made with a personal API token."""

from __future__ import annotations

from django.test import Client


class TokenClient(Client):
    """A client that sends `Authorization: Bearer <raw>` on every request."""

    def __init__(self, raw: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.raw = raw

    def generic(self, method, path, data="", content_type="application/octet-stream",
                secure=False, *, headers=None, **extra):
        headers = {"Authorization": f"Bearer {self.raw}", **(headers or {})}
        return super().generic(method, path, data, content_type, secure, headers=headers,
                               **extra)
