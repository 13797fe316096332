"""Template side of candor.core.text: list and bracket punctuation that follows the language."""

from __future__ import annotations

from django import template

from candor.core import text

register = template.Library()


@register.filter
def join_list(items) -> str:
    """{{ departments|join_list }}: 技术部、客服部 / 技术部, 客服部."""
    return text.join_list(items)


@register.filter
def join_clauses(items) -> str:
    """{{ flags|join_clauses }}: 甲；乙 / A; B."""
    return text.join_clauses(items)


@register.filter
def with_note(value, note) -> str:
    """{{ person.name|with_note:person.employee_no }}: 张伟（E001） / 张伟 (E001)."""
    return text.with_note(value, note)
