"""Access events: every read of another person's data is written down (R1.2)."""

from __future__ import annotations

from django.db import models
from django.http import HttpRequest

from candor.core.models import AccessEvent
from candor.org.models import Employee


def client_ip(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def log_access(*, user, subject: Employee, what: str, request: HttpRequest | None = None,
               obj: models.Model | None = None) -> AccessEvent | None:
    """Record that `user` read `subject`'s data; reading one's own data is not logged."""
    from candor.access.scopes import scope_for

    if scope_for(user).employee_id == subject.pk:
        return None
    return AccessEvent.objects.create(
        actor=user if getattr(user, "pk", None) else None,
        subject=subject,
        what=what,
        object_type=obj._meta.label_lower if obj is not None else "org.employee",
        object_id=str(obj.pk if obj is not None else subject.pk),
        path=(request.get_full_path()[:300] if request is not None else ""),
        ip_address=client_ip(request),
        user_agent=(request.META.get("HTTP_USER_AGENT", "")[:300] if request is not None else ""),
    )
