"""Tiny, dependency-free .po reader/writer (enough for Django's makemessages output).

Entries keep their comment lines verbatim (except the fuzzy flag, which can be
dropped) so rewriting a file only changes what we mean to change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ESC = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f",
        "v": "\v"}


def unquote(s: str) -> str:
    s = s.strip()
    assert s.startswith('"') and s.endswith('"'), s
    body = s[1:-1]
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            nxt = body[i + 1]
            if nxt in _ESC:
                out.append(_ESC[nxt])
                i += 2
                continue
            raise ValueError(f"unknown escape \\{nxt} in {s!r}")
        out.append(c)
        i += 1
    return "".join(out)


def quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace(
        "\r", "\\r").replace("\n", "\\n") + '"'


def format_field(keyword: str, value: str) -> list[str]:
    """Write like gettext: multi-line values start with "" and break after each \\n."""
    if "\n" in value and value.index("\n") != len(value) - 1 or (
            "\n" in value and len(keyword) + len(quote(value)) > 78):
        parts = value.split("\n")
        chunks = [p + "\n" for p in parts[:-1]]
        if parts[-1]:
            chunks.append(parts[-1])
        return [f'{keyword} ""'] + [quote(c) for c in chunks]
    return [f"{keyword} {quote(value)}"]


@dataclass
class Entry:
    comments: list[str] = field(default_factory=list)
    msgctxt: str | None = None
    msgid: str = ""
    msgid_plural: str | None = None
    msgstr: str = ""
    msgstr_plural: dict[int, str] = field(default_factory=dict)
    obsolete: bool = False

    @property
    def fuzzy(self) -> bool:
        return any(c.startswith("#,") and "fuzzy" in c for c in self.comments)

    @property
    def flags(self) -> list[str]:
        out = []
        for c in self.comments:
            if c.startswith("#,"):
                out += [f.strip() for f in c[2:].split(",") if f.strip()]
        return out

    def unfuzz(self) -> None:
        new = []
        for c in self.comments:
            if c.startswith("#,"):
                flags = [f.strip() for f in c[2:].split(",") if f.strip() and f.strip() != "fuzzy"]
                if flags:
                    new.append("#, " + ", ".join(flags))
                continue
            if c.startswith("#|"):  # previous-msgid lines only make sense on fuzzy entries
                continue
            new.append(c)
        self.comments = new

    @property
    def translated(self) -> bool:
        if self.msgid_plural is not None:
            return bool(self.msgstr_plural) and all(self.msgstr_plural.values())
        return bool(self.msgstr)

    def lines(self) -> list[str]:
        out = list(self.comments)
        body = []
        if self.msgctxt is not None:
            body += format_field("msgctxt", self.msgctxt)
        body += format_field("msgid", self.msgid)
        if self.msgid_plural is not None:
            body += format_field("msgid_plural", self.msgid_plural)
            for k in sorted(self.msgstr_plural):
                body += format_field(f"msgstr[{k}]", self.msgstr_plural[k])
        else:
            body += format_field("msgstr", self.msgstr)
        if self.obsolete:
            body = ["#~ " + b for b in body]
        return out + body


_KW = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr\[(\d+)\]|msgstr)\s+(".*")\s*$')


def parse(text: str) -> list[Entry]:
    entries: list[Entry] = []
    cur: Entry | None = None
    target: tuple[str, int | None] | None = None
    seen_kw = False

    def flush():
        nonlocal cur, seen_kw, target
        if cur is not None and seen_kw:
            entries.append(cur)
        cur = Entry()
        seen_kw = False
        target = None

    cur = Entry()
    for raw in text.splitlines():
        line = raw.rstrip("\n")
        if not line.strip():
            if seen_kw:
                flush()
            continue
        obsolete = False
        if line.startswith("#~"):
            obsolete = True
            line = line[2:].lstrip()
            if not line:
                continue
        elif line.startswith("#"):
            if seen_kw:
                flush()
            cur.comments.append(line)
            continue
        m = _KW.match(line)
        if m:
            kw, idx, val = m.group(1), m.group(2), unquote(m.group(3))
            starts_entry = kw == "msgctxt" or (kw == "msgid" and cur.msgctxt is None)
            if starts_entry and seen_kw:
                flush()
            seen_kw = True
            cur.obsolete = cur.obsolete or obsolete
            if kw == "msgctxt":
                cur.msgctxt = val
                target = ("msgctxt", None)
            elif kw == "msgid":
                cur.msgid = val
                target = ("msgid", None)
            elif kw == "msgid_plural":
                cur.msgid_plural = val
                target = ("msgid_plural", None)
            elif kw == "msgstr":
                cur.msgstr = val
                target = ("msgstr", None)
            else:
                cur.msgstr_plural[int(idx)] = val
                target = ("msgstr_plural", int(idx))
            continue
        if line.strip().startswith('"'):
            val = unquote(line)
            assert target is not None, raw
            name, idx = target
            if name == "msgstr_plural":
                cur.msgstr_plural[idx] += val
            else:
                setattr(cur, name, getattr(cur, name) + val)
            continue
        raise ValueError(f"cannot parse line: {raw!r}")
    flush()
    return entries


def dump(entries: list[Entry]) -> str:
    return "\n\n".join("\n".join(e.lines()) for e in entries) + "\n"


def read(path: str) -> list[Entry]:
    with open(path, encoding="utf-8") as f:
        return parse(f.read())


def write(path: str, entries: list[Entry]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(dump(entries))
