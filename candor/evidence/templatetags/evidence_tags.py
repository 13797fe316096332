"""Template helpers for pages that show check-in flags next to people."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def flag_labels(flags, employee_id) -> list[str]:
    """{{ flags|flag_labels:employee.pk }}: the translated reasons for one employee."""
    if not flags or employee_id is None:
        return []
    return flags.labels(int(employee_id)) if hasattr(flags, "labels") else []
