"""Numbers as a person writes them on the periods pages: 109, not 109.00; ×1.1, not ×1.10.

`floatformat:"-2"` keeps the second decimal of 1.10, so scores, points and multipliers go
through `plain` instead (the stored precision stays in the database and the API).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django import template

from candor.periods.setup.display import num

register = template.Library()


@register.filter
def plain(value) -> str:
    """{{ sheet.total|plain }}: "" for None, the number without trailing zeros otherwise."""
    if value is None or value == "":
        return ""
    if isinstance(value, Decimal):
        return num(value)
    try:
        return num(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return str(value)
