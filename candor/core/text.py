"""Punctuation that differs between Chinese and English, as translatable strings.

Chinese lists use the enumeration comma 、, clauses end in ；, labels take a full-width
colon and notes sit in full-width brackets; English wants ", ", "; ", ": " and " (…)".
Gluing pieces with hard-coded Chinese punctuation leaves it in English pages, so every such
separator goes through gettext here (with a context, since a bare "、" means nothing to a
translator) and the rest of the code joins through these helpers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.utils.translation import ngettext, pgettext


def join_list(items: Iterable[object]) -> str:
    """张伟、王强 / 张伟, 王强 — names, choices, departments."""
    return pgettext("list separator", "、").join(str(item) for item in items)


def join_names(names: Sequence[object], limit: int) -> str:
    """The first `limit` names, then how many people there are in all: 张伟、王强 等 12 人."""
    shown = join_list(names[:limit])
    if len(names) <= limit:
        return shown
    return ngettext("%(names)s 等 %(count)s 人", "%(names)s 等 %(count)s 人", len(names)) % {
        "names": shown, "count": len(names)}


def join_clauses(items: Iterable[object]) -> str:
    """Several complete statements in one message: 甲；乙 / A; B."""
    return pgettext("clause separator", "；").join(str(item) for item in items)


def labelled(label: object, value: object) -> str:
    """部门：技术部 / Department: Engineering."""
    return pgettext("label and value", "%(label)s：%(value)s") % {
        "label": label, "value": value}


def with_note(text: object, note: object) -> str:
    """张伟（E001） / 张伟 (E001) — a name followed by its number or kind."""
    return pgettext("text and bracketed note", "%(text)s（%(note)s）") % {
        "text": text, "note": note}
