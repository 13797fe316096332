"""The English catalogue keeps every placeholder and HTML tag of its Chinese source: a lost
%(name)s shows an English reader a sentence with a hole in it, and a renamed one raises
KeyError when the message is formatted. Checked both in the reviewed dictionary
(scripts/i18n/en_translations.py and the modules merged into it) and in the .po file that
ships, so a hand edit of the .po is caught too."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from django.conf import settings

I18N = Path(settings.BASE_DIR) / "scripts" / "i18n"
EN_PO = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"

# Named (%(name)s, %(n)d, %(seconds).1f), positional (%s, %d) and the escaped percent sign.
PLACEHOLDER = re.compile(r"%\([A-Za-z_][A-Za-z0-9_]*\)[-#0 +]?\d*(?:\.\d+)?[sdif]|%[sdif]|%%")
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b")


def placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text))


def tags(text: str) -> Counter:
    return Counter(TAG.findall(text))


def _dictionary() -> dict:
    if str(I18N) not in sys.path:
        sys.path.insert(0, str(I18N))
    from en_translations import T

    return T


def _pairs_from_dictionary() -> list[tuple[str, str]]:
    pairs = []
    for key, value in _dictionary().items():
        msgid = key.split("\x04", 1)[-1]  # drop the context
        for text in (value if isinstance(value, tuple) else (value,)):
            pairs.append((msgid, text))
    return pairs


def _pairs_from_po() -> list[tuple[str, str]]:
    if str(I18N) not in sys.path:
        sys.path.insert(0, str(I18N))
    import pofile

    pairs = []
    for entry in pofile.read(str(EN_PO))[1:]:
        if entry.obsolete:
            continue
        if entry.msgid_plural is not None:
            # Chinese has one form, so msgid and msgid_plural carry the same placeholders.
            pairs += [(entry.msgid_plural, text) for text in entry.msgstr_plural.values() if text]
        elif entry.msgstr:
            pairs.append((entry.msgid, entry.msgstr))
    return pairs


def _mismatches(pairs: list[tuple[str, str]]) -> list[str]:
    wrong = []
    for msgid, text in pairs:
        if placeholders(msgid) != placeholders(text):
            wrong.append(f"placeholders differ: {msgid!r} -> {text!r}")
        if tags(msgid) != tags(text):
            wrong.append(f"HTML tags differ: {msgid!r} -> {text!r}")
    return wrong


def test_it_finds_a_lost_or_renamed_placeholder():
    assert _mismatches([("第 %(row)s 行", "Row %(line)s"), ("%(n)s 分钟", "minutes"),
                        ("<code>令牌</code>", "token")]) != []
    assert _mismatches([("约 %(target)s%% 的时间", "About %(target)s%% of the time")]) == []


def test_it_keeps_every_placeholder_and_tag_in_the_dictionary():
    assert _mismatches(_pairs_from_dictionary()) == []


def test_it_keeps_every_placeholder_and_tag_in_the_shipped_catalogue():
    assert _mismatches(_pairs_from_po()) == []
