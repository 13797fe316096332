"""Who is calling the API: a personal token (scripts) or the browser session (the docs page).

Both are accepted on every endpoint. A token is looked up by its SHA-256 only; a revoked
token, or one whose user has been deactivated, is refused. The session is only trusted for
unsafe methods when the request carries the CSRF token, as the HTML forms do.
"""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError, HttpError
from ninja.security import HttpBearer
from ninja.security import SessionAuth as NinjaSessionAuth
from ninja.utils import check_csrf

from candor.accounts.models import ApiToken, User, hash_token

# Recording every use would turn each read into a write; a minute is precise enough to
# tell an owner whether a token is still in use.
LAST_USED_PRECISION = dt.timedelta(minutes=1)


class ApiTokenAuth(HttpBearer):
    """`Authorization: Bearer cnd_…`: the token acts with its owner's rights, no more."""

    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        token = token.strip()
        found = (
            ApiToken.objects.select_related("user")
            .filter(token_hash=hash_token(token), revoked_at__isnull=True)
            .first()
            if token else None
        )
        if found is None or not found.user.is_active:
            # A caller who sent a token means to use it: answer 401 rather than falling back
            # to whatever session cookie the client happens to hold.
            raise AuthenticationError()
        now = timezone.now()
        if found.last_used_at is None or now - found.last_used_at >= LAST_USED_PRECISION:
            ApiToken.objects.filter(pk=found.pk).update(last_used_at=now)
        request.user = found.user
        return found.user


class SessionAuth(NinjaSessionAuth):
    """The logged-in browser session, with Django's CSRF check on unsafe methods.

    Without a logged-in session there is nothing a forged request could borrow, so the CSRF
    check only runs when the session is authenticated; an anonymous call answers 401.
    """

    def __call__(self, request: HttpRequest) -> User | None:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not user.is_active:
            return None
        if (self.csrf and not getattr(request, "_ninja_csrf_exempt", False)
                and check_csrf(request) is not None):
            raise HttpError(403, _("安全校验（CSRF）失败，请刷新页面后重试。"))
        return user


def api_auth() -> list:
    """The order matters: an explicit token is tried before the ambient session."""
    return [ApiTokenAuth(), SessionAuth()]
