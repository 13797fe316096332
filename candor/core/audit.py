"""Writing the audit trail. Called by services inside their transaction."""

from __future__ import annotations

from typing import Any

from django.db import models

from candor.core.models import AuditEvent


def audit(*, actor: Any, event: str, target: models.Model, data: dict | None = None) -> AuditEvent:
    """Record one state change; the caller's transaction makes it atomic with the change."""
    return AuditEvent.objects.create(
        actor=actor if getattr(actor, "pk", None) else None,
        event=event,
        target_type=target._meta.label_lower,
        target_id=str(target.pk),
        target_repr=str(target)[:200],
        data=data or {},
    )
