"""Login throttling: repeated failures lock a username (and a noisy address) for a while."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone

from candor.accounts.models import LoginFailure


def _window_start() -> dt.datetime:
    return timezone.now() - dt.timedelta(seconds=settings.LOGIN_FAILURE_WINDOW_SECONDS)


def is_locked(*, username: str, ip_address: str | None) -> bool:
    since = _window_start()
    by_user = LoginFailure.objects.filter(username__iexact=username, at__gte=since).count()
    if by_user >= settings.LOGIN_FAILURE_LIMIT:
        return True
    if ip_address:
        by_ip = LoginFailure.objects.filter(ip_address=ip_address, at__gte=since).count()
        if by_ip >= settings.LOGIN_FAILURE_IP_LIMIT:
            return True
    return False


def record_failure(*, username: str, ip_address: str | None) -> None:
    LoginFailure.objects.create(username=username[:150], ip_address=ip_address)
    LoginFailure.objects.filter(at__lt=_window_start()).delete()


def clear_failures(*, username: str) -> None:
    LoginFailure.objects.filter(username__iexact=username).delete()


def lock_minutes() -> int:
    return max(1, settings.LOGIN_FAILURE_WINDOW_SECONDS // 60)
