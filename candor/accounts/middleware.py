"""Per-user language and the session's absolute lifetime."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _

LOGIN_AT_KEY = "candor_login_at"
TOUCH_KEY = "candor_touched_at"
TOUCH_EVERY_SECONDS = 60


class UserLanguageMiddleware:
    """Put the language remembered for the user (kept in the session) before LocaleMiddleware."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        language = request.session.get("candor_language")
        if language and translation.check_for_language(language):
            request.COOKIES[settings.LANGUAGE_COOKIE_NAME] = language
        return self.get_response(request)


class SessionLimitMiddleware:
    """End a session 12 hours after login whatever the activity (idle expiry is the cookie's)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            login_at = request.session.get(LOGIN_AT_KEY)
            if login_at is None or time.time() - login_at > settings.SESSION_ABSOLUTE_SECONDS:
                language = request.session.get("candor_language")
                logout(request)
                if language:
                    request.session["candor_language"] = language
                if request.path.startswith("/api/"):
                    return self.get_response(request)
                messages.info(request, _("会话已过期，请重新登录。"))
                return redirect_to_login(request.get_full_path())
            # Idle expiry: the session (and its cookie) is pushed 30 minutes ahead at most
            # once a minute, instead of writing the session row on every request.
            now = time.time()
            if now - request.session.get(TOUCH_KEY, 0) > TOUCH_EVERY_SECONDS:
                request.session[TOUCH_KEY] = now
        return self.get_response(request)
