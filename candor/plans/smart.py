"""Is an improvement measure SMART? A deterministic, explainable check (R4.1).

Each finding says what is missing, why it matters and what to write instead. The same text
always gives the same findings, in this order, and every rule can be told to a manager:

1. Something to count (one of, never both):
   - "vague": the measure rests on a direction word (提升 / 提高 / 加强 / 改善 / 注意 / 更好 /
     improve / better / more / enhance …) and has nothing to count;
   - "measurable": it has neither a direction word nor anything to count ("学习 Python").
   What counts: a number that is not a date, a time of day, a year ("2026年加强学习" has no
   target) or an ordinal (第3季度, Q3, 3rd); a percentage (90%, ≥95%, 百分之九十, 九成以上);
   a Chinese numeral with a measure word (两次, 三份, 一门 — but not "一个", which is mostly an
   article: "做一个更好的自己"); an English number word before a noun ("one analytics
   course", "zero defects", "twice a week"). Days and hours count ("3 天内回复", "under 2
   hours"): they say how fast. Weeks, months and years do not ("3 个月内"): they say by when.
   A frequency (每周 / weekly / every month) counts for a plain action ("每周提交周报"), not
   for a direction word ("每天注意细节" still says nothing about how much).
   Direction words are matched as words: "多" in "多少" or "多样" is not vague.
2. "deadline": neither the deadline field nor the text names a date or a period end
   (see candor.plans.parsing for what is read: 2026-12-31, 12月31日, 季度末, by quarter end …).
3. "deadline_past": the deadline (the field's, else the latest date in the text) is before
   `today` — the day the plan is agreed, or the day the measure is being edited.
4. "owner": nobody is named — neither in the owner field nor in the text ("负责人：张伟",
   "由张伟负责", "owner: Zhang Wei"), or the name is a placeholder or a group (待定, 团队,
   大家, TBD, everyone, the team): a reminder needs one person to go to.

The check never blocks on its own; HR may require "no open findings" before a record is
submitted (InterviewPolicy).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date

from django.utils.translation import gettext as _

from candor.plans.parsing import COUNTERS, EN_UNITS, date_spans, find_dates, parse_date

CODES = ("vague", "measurable", "deadline", "deadline_past", "owner")

_I = re.IGNORECASE

# Counting -------------------------------------------------------------------------------
_TIME_OF_DAY = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}(?!\d)")
_PERCENT = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|％|percent\b|per\s+cent\b)"
    r"|百分之\s*[零〇一二两三四五六七八九十百点\d.]+"
    r"|[一二三四五六七八九十]\s*成(?=\s*(?:以上|以下|左右|$|[，,。；;、）)]))", _I)
_NUMBER = re.compile(r"(?<![A-Za-z\d.#])\d+(?:[.,]\d+)*(?!\d)")
# After a number these make it a date part, a year or an ordinal, not an amount.
_NOT_AMOUNT_AFTER = re.compile(r"\s*(?:月|日|号|年|季度|(?:st|nd|rd|th)\b)", _I)
_NOT_AMOUNT_BEFORE = re.compile(r"(?:第|No\.?|#)\s*$", _I)
_UNIT = re.compile(r"\s*(?:万|千|元|" + "|".join(map(re.escape, COUNTERS)) + r"|(?:"
                   + "|".join(EN_UNITS) + r")\b)", _I)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_CN_COUNTERS = sorted({c for c in COUNTERS if c not in ("%", "％")} | {"万元"},
                      key=len, reverse=True)
_CN_COUNT = re.compile(
    r"(?<![第进统唯万])([一二两三四五六七八九十半][零〇一二两三四五六七八九十百千万]*)\s*("
    + "|".join(map(re.escape, _CN_COUNTERS)) + r")(?!性)")
_EN_NUMBER = re.compile(
    r"(?<!\bno )(?<!\bthe )(?<!\bany )(?<!\bevery )"
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|hundred|a\s+dozen|dozens)[\s-]+"
    r"(?!(?:of|or|and|to|on|by|the|a|an|another|more|less|who|that|which|in|at|is|was|"
    r"step)\b)[a-z]+"
    r"|\b(?:once|twice|thrice)\s+(?:a|an|per|every|each|weekly|monthly|daily)\b", _I)
_FREQUENCY = re.compile(
    r"每\s*(?:个)?(?:天|日|周|星期|月|季度|季|年|两周|半月|工作日)"
    r"|\b(?:daily|weekly|bi-?weekly|fortnightly|monthly|quarterly)\b"
    r"|\b(?:every|per|each|a)\s+(?:day|week|month|quarter|morning|"
    r"(?:mon|tues|wednes|thurs|fri)day)\b", _I)

# Direction words ---------------------------------------------------------------------
VAGUE_CN = ("提升", "提高", "加强", "改善", "改进", "注意", "努力", "加大", "进一步", "争取",
            "尽量", "增强", "优化", "重视", "强化", "更好", "更加", "积极", "持续", "不断",
            "力争", "深化", "完善", "关注", "尽快", "逐步", "适当", "有所")
VAGUE_EN = (r"improv(?:e|es|ed|ing|ement)", r"better", r"enhanc(?:e|es|ed|ing)",
            r"strengthen(?:s|ed|ing)?", r"increas(?:e|es|ed|ing)", r"boost(?:s|ed|ing)?",
            r"optimi[sz](?:e|es|ed|ing)", r"more", r"further", r"proactive(?:ly)?",
            r"actively", r"try\s+to", r"work\s+on", r"focus\s+on",
            r"pay\s+(?:more\s+)?attention", r"step\s+up", r"as\s+much\s+as\s+possible",
            r"as\s+soon\s+as\s+possible", r"asap")
_VAGUE = re.compile(
    "|".join(map(re.escape, VAGUE_CN))
    # 多 alone ("多沟通") and 更 alone ("更主动"), not inside other words.
    + r"|(?<![最至差许])多(?![少样元媒维于])|(?<!变)更(?![新换改正])"
    + r"|\b(?:" + "|".join(VAGUE_EN) + r")\b", _I)

# People ------------------------------------------------------------------------------
NOT_A_PERSON = {"待定", "未定", "待确认", "待分配", "团队", "全组", "全员", "大家", "所有人",
                "相关人员", "部门", "无", "tbd", "tbc", "team", "the team", "everyone", "all",
                "someone", "n/a", "na", "none", "-", "—", "?", "？"}
_OWNER_IN_TEXT = re.compile(
    r"负责人\s*[:：]\s*([^\s，,；;。)）]+)"
    r"|由\s*([^，,；;。]{1,10}?)\s*(?:负责|牵头|主导|跟进)"
    r"|\bowner\s*[:：]?\s+([^,;.()]+)", _I)


@dataclass(frozen=True)
class Finding:
    code: str  # one of CODES
    message: str  # what is wrong with this measure
    reason: str  # why it matters and what to write instead

    def as_dict(self) -> dict:
        return asdict(self)


def _mask(text: str, spans) -> str:
    """The text with the given (start, end) spans blanked, positions kept."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _amounts(text: str, today: date) -> list[str]:
    """What there is to count in the text, as written."""
    masked = _mask(text, [(s.start, s.end) for s in date_spans(text, today=today)])
    masked = _mask(masked, [m.span() for m in _TIME_OF_DAY.finditer(masked)])
    found = [m[0] for m in _PERCENT.finditer(masked)]
    for m in _NUMBER.finditer(masked):
        after, before = masked[m.end():], masked[:m.start()]
        if _NOT_AMOUNT_AFTER.match(after) or _NOT_AMOUNT_BEFORE.search(before):
            continue
        if _YEAR.fullmatch(m[0]) and not _UNIT.match(after):
            continue
        found.append(m[0])
    for m in _CN_COUNT.finditer(masked):
        if (m[1], m[2]) != ("一", "个"):
            found.append(m[0])
    found += [m[0] for m in _EN_NUMBER.finditer(masked)]
    return found


def is_measurable(text: str, *, today: date | None = None) -> bool:
    """Is there something to count (a frequency alone is not enough here)?"""
    return bool(_amounts(text or "", today or date.today()))


def _vague_word(text: str) -> str | None:
    found = _VAGUE.search(text)
    return found[0] if found else None


def _named(name: str) -> bool:
    name = " ".join((name or "").split()).strip(" 。.，,")
    return bool(name) and name.lower() not in NOT_A_PERSON


def _owners_in_text(text: str) -> list[str]:
    """Who the text itself makes responsible ("由张伟负责", "owner: Zhang Wei")."""
    return [(m[1] or m[2] or m[3] or "").strip() for m in _OWNER_IN_TEXT.finditer(text)]


def _something_to_count(text: str, today: date) -> Finding | None:
    if _amounts(text, today):
        return None
    vague = _vague_word(text)
    frequency = _FREQUENCY.search(text)
    if vague is None:
        if frequency:
            return None  # a plain action at a frequency: once per period can be counted
        return Finding(
            "measurable", _("没有可衡量的目标。"),
            _("加上数量、比例或次数（如“完成 3 份报告”“投诉率降到 5% 以下”“每周 1 次”），"
              "到期时才能判断措施是否完成。"))
    if frequency:
        message = _("“%(word)s”只说了方向，“%(frequency)s”也没有说做到多少。") % {
            "word": vague, "frequency": frequency[0]}
    else:
        message = _("“%(word)s”只说了方向，没有可以数的结果。") % {"word": vague}
    return Finding(
        "vague", message,
        _("写明做到多少、做到什么程度，到期时双方都能判断是否做到。例如把“提升数据分析能力”"
          "改成“每月完成 1 门数据分析课程，季度末前独立完成 1 份分析报告”。"))


def _deadline(text: str, deadline: str, today: date) -> Finding | None:
    due = parse_date(deadline, today=today)
    if due is None:
        named = find_dates(text, today=today)
        if not named:
            value = " ".join((deadline or "").split())
            message = (_("“%(value)s”不是可以核对的日期。") % {"value": value[:30]} if value
                       else _("没有完成期限。"))
            return Finding(
                "deadline", message,
                _("写明具体日期或周期节点（如“2026-12-31”“12月31日”“季度末”），"
                  "并据此安排检查点，否则无法跟进提醒。"))
        due = max(named)
    if due < today:
        return Finding(
            "deadline_past",
            _("完成期限 %(date)s 已经过去。") % {"date": due.isoformat()},
            _("把完成期限改到今天之后（如“季度末”或一个具体日期），否则措施一确定就已逾期，"
              "检查点提醒也无从安排。"))
    return None


def _owner(text: str, owner: str) -> Finding | None:
    in_text = _owners_in_text(text)
    if _named(owner) or any(_named(name) for name in in_text):
        return None
    value = " ".join((owner or "").split()) or next((n for n in in_text if n), "")
    message = (_("“%(value)s”不是具体的负责人。") % {"value": value[:30]} if value
               else _("没有负责人。"))
    return Finding(
        "owner", message,
        _("写明由谁负责：一个人的姓名（员工本人、直属上级或其他同事），提醒和跟进都发给这个人。"))


def check(text: str, *, owner: str = "", deadline: str = "", today: date) -> list[Finding]:
    """The findings for one measure, in a fixed order; an empty list means SMART."""
    text = (text or "").strip()
    if not text:
        return []
    found = (_something_to_count(text, today), _deadline(text, deadline or "", today),
             _owner(text, owner or ""))
    return [f for f in found if f is not None]


def check_row(row: dict, *, today: date) -> list[Finding]:
    """A record's measures row: {"measure", "owner", "deadline", …}."""
    return check(row.get("measure", ""), owner=row.get("owner", ""),
                 deadline=row.get("deadline", ""), today=today)
