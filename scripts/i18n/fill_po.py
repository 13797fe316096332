"""Fill Candor's .po files after `manage.py makemessages`.

Source strings (msgids) are Simplified Chinese, so locale/zh_Hans only mirrors them, and the
English wording lives in one reviewed Python dictionary (scripts/i18n/en_translations.py)
rather than in hand-edited .po files: a wording change is one line there, and a string
nobody translated yet stops the run instead of shipping Chinese in English pages.

Recipe, from the repository root (repeat until fill_po.py reports nothing missing):

    .venv/bin/python manage.py makemessages -l en -l zh_Hans --ignore='.venv/*' \
        --ignore='var/*' --ignore='test-output/*' --ignore='node_modules/*' --no-obsolete
    python3 scripts/i18n/fill_po.py
    bash scripts/compilemessages.sh
    msgfmt --check --statistics locale/en/LC_MESSAGES/django.po   # 0 untranslated, 0 fuzzy

Usage: python3 scripts/i18n/fill_po.py [repository root; default: two levels above this file]

- locale/en: every entry whose msgid is in en_translations.py gets that translation (the
  dictionary wins, fuzzy flags go); entries not in it are left alone if translated.
  Entries with a context (pgettext, `{% translate … context … %}`) are keyed
  "context\x04msgid", written en_translations.ctx(context, msgid). Missing msgids are
  listed and the script exits 1, so new strings are noticed; -v also lists dictionary
  entries that no longer match any msgid.
- locale/zh_Hans: msgstr = msgid (msgstr[0] only: Chinese has one plural form).
- Headers: Language, Plural-Forms; fuzzy flags removed. Output normalised with msgcat so
  the layout matches what makemessages writes.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import pofile  # noqa: E402
from en_translations import T  # noqa: E402

PLACEHOLDER = re.compile(r"%\([a-zA-Z_]+\)[sd]|%[sd]|%%")


def set_header(entry: pofile.Entry, language: str, plural_forms: str) -> None:
    lines = entry.msgstr.split("\n")
    out = []
    have_lang = have_plural = False
    for line in lines:
        if line.startswith("Language:"):
            line, have_lang = f"Language: {language}", True
        elif line.startswith("Plural-Forms:"):
            line, have_plural = f"Plural-Forms: {plural_forms}", True
        out.append(line)
    text = "\n".join(out)
    if not have_lang:
        text = text.rstrip("\n") + f"\nLanguage: {language}\n"
    if not have_plural:
        text = text.rstrip("\n") + f"\nPlural-Forms: {plural_forms}\n"
    entry.msgstr = text
    entry.unfuzz()


def check_placeholders(msgid: str, msgstr: str) -> None:
    a, b = sorted(PLACEHOLDER.findall(msgid)), sorted(PLACEHOLDER.findall(msgstr))
    if a != b:
        raise SystemExit(f"placeholder mismatch: {msgid!r} -> {msgstr!r}")
    for tag in re.findall(r"</?[a-z]+>", msgid):
        if tag not in msgstr:
            raise SystemExit(f"HTML tag {tag} lost: {msgid!r} -> {msgstr!r}")


def key(entry: pofile.Entry) -> str:
    """The dictionary key: the msgid, prefixed by its context the way gettext stores it."""
    return entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"


def fill_en(path: str) -> tuple[int, list[str], set[str]]:
    entries = pofile.read(path)
    set_header(entries[0], "en", "nplurals=2; plural=(n != 1);")
    filled, missing, used = 0, [], set()
    for e in entries[1:]:
        if e.obsolete:
            continue
        tr = T.get(key(e))
        used.add(key(e))
        if tr is None:
            if not e.translated or e.fuzzy:
                missing.append(key(e))
            continue
        # The dictionary is authoritative: a changed wording there replaces the old one.
        if e.msgid_plural is not None:
            if not isinstance(tr, tuple):
                # Same text for one and many is allowed, but only when written out as a pair.
                raise SystemExit(f"plural entry needs (singular, plural): {e.msgid!r}")
            one, many = tr
            check_placeholders(e.msgid, one)
            check_placeholders(e.msgid_plural, many)
            e.msgstr_plural = {0: one, 1: many}
        else:
            assert isinstance(tr, str), e.msgid
            check_placeholders(e.msgid, tr)
            e.msgstr = tr
        e.unfuzz()
        filled += 1  # counts entries set from the dictionary, changed or not
    pofile.write(path, entries)
    return filled, missing, used


def fill_zh(path: str) -> int:
    entries = pofile.read(path)
    set_header(entries[0], "zh_Hans", "nplurals=1; plural=0;")
    n = 0
    for e in entries[1:]:
        if e.obsolete:
            continue
        if e.msgid_plural is not None:
            e.msgstr_plural = {0: e.msgid}
        else:
            e.msgstr = e.msgid
        e.unfuzz()
        n += 1
    pofile.write(path, entries)
    return n


def normalise(path: str) -> None:
    # A fixed command on our own catalogue; msgcat comes from the gettext package.
    subprocess.run(["msgcat", "--use-first", "-o", path, path], check=True)  # noqa: S603,S607


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "-v"]
    root = args[0] if args else str(HERE.parent.parent)
    en = f"{root}/locale/en/LC_MESSAGES/django.po"
    zh = f"{root}/locale/zh_Hans/LC_MESSAGES/django.po"
    filled, missing, used = fill_en(en)
    normalise(en)
    n = fill_zh(zh)
    normalise(zh)
    print(f"en: filled {filled} entries; zh_Hans: {n} entries")
    unused = sorted(set(T) - used)
    if unused:
        # Not an error: a string may disappear while someone edits a template.
        print(f"{len(unused)} dictionary entries match no msgid (remove them once stable)"
              + (":" if "-v" in sys.argv else "; -v lists them"))
        if "-v" in sys.argv:
            for u in unused:
                print("  " + repr(u))
    if missing:
        print(f"{len(missing)} msgids have no English translation in "
              "scripts/i18n/en_translations.py:")
        for m in missing:
            print("  " + repr(m).replace("\\x04", " | "))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
