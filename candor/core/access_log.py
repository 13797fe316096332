"""The access log's rows: HR's filters over the access events, for the page and its export."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from candor.core.models import AccessEvent


@dataclass
class AccessLogFilters:
    subject: str = ""  # the person read: part of the name, or the exact 工号
    actor: str = ""  # the reader: part of the username or of the employee's name


def parse_filters(params) -> AccessLogFilters:
    return AccessLogFilters(subject=params.get("subject", "").strip(),
                            actor=params.get("actor", "").strip())


def access_events(filters: AccessLogFilters) -> QuerySet[AccessEvent]:
    """Newest first. Who may browse them is the caller's check
    (`access.can_browse_access_log`): this only narrows."""
    events = (AccessEvent.objects.select_related("actor__employee", "subject")
              .order_by("-at", "-id"))
    if filters.subject:
        events = events.filter(subject__name__icontains=filters.subject) | events.filter(
            subject__employee_no=filters.subject
        )
    if filters.actor:
        events = events.filter(actor__username__icontains=filters.actor) | events.filter(
            actor__employee__name__icontains=filters.actor
        )
    return events
