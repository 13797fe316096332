"""Helpers the setup views share."""

from __future__ import annotations

from django.http import Http404, HttpRequest

from candor import access


def require_period_manager(request: HttpRequest) -> None:
    """HR-only pages answer 404 to everyone else, like any object out of scope."""
    if not access.can_manage_periods(request.user):
        raise Http404


def version_from(request: HttpRequest, name: str = "loaded_version") -> int | None:
    value = request.POST.get(name, "")
    return int(value) if value.isdigit() else None
