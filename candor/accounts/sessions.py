"""Session bookkeeping on login: the absolute-lifetime clock, the user's language, and the
session-to-user link that lets deactivation end every session at once."""

from __future__ import annotations

import time

from django.contrib.sessions.models import Session
from django.http import HttpRequest

from candor.accounts.middleware import LOGIN_AT_KEY, TOUCH_KEY
from candor.accounts.models import User, UserSession


def on_user_logged_in(sender, request: HttpRequest, user: User, **kwargs) -> None:
    if request is None or not hasattr(request, "session"):
        return
    request.session[LOGIN_AT_KEY] = request.session[TOUCH_KEY] = time.time()
    request.session["candor_language"] = user.language
    if not request.session.session_key:
        request.session.save()
    UserSession.objects.update_or_create(
        session_key=request.session.session_key,
        defaults={"user": user, "ip_address": request.META.get("REMOTE_ADDR") or None},
    )


def end_sessions(user: User) -> int:
    """Delete every session of the user; returns how many were ended."""
    keys = list(UserSession.objects.filter(user=user).values_list("session_key", flat=True))
    deleted, _ = Session.objects.filter(session_key__in=keys).delete()
    UserSession.objects.filter(user=user).delete()
    return deleted
