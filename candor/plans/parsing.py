"""Reading what people type in a record's plan rows: deadlines and checkpoints.

Deterministic and forgiving, in Chinese and English. What is read as a date:
- full dates: 2026-12-31, 2026/12/31, 2026.12.31, 2026年12月31日, Nov 5, 2026, 5 November 2026;
- a month and day: 12月31日, 12-31, 12/31, Nov 5, 5th Nov — the next such day on or after
  the day the plan was agreed (`today`), so "1月15日" said on 2026-12-20 is 2027-01-15;
- period ends: 月底 / 季度末 / 年底 / end of month / quarter end / year end (the current
  period), 下月底 / 下季度末 / 明年底 / end of next quarter (the next one), 11月底 / 11月下旬 /
  end of November, 第三季度末 / Q3 end, 2026年底 / end of 2026 — read forward like a day;
- weekdays: 本周五 / 下周一 / this Friday / next Monday;
- time frames: 2周内 / 3个月内 / 半年内 / within 6 weeks — counted from `today`.
  Days and hours ("3 天内回复") are not time frames: they are how fast, i.e. a target.
What is not: a year alone ("2026年"), a month alone ("12月" — the 1st or the 31st?), a range
of counts ("每周 1-2 次", "2-3 days"), a fraction ("1/2 的用例"), lower-case "may" (the verb),
or anything else. A caller that needs a date names the text it could not read, so the person
can fix it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

# Chinese measure words and English units: "1-2 次" and "2-3 days" are counts, not dates
# ("1/2 的" is a fraction).
COUNTERS = ("个", "次", "份", "门", "篇", "项", "天", "周", "人", "名", "位", "家", "元", "条",
            "页", "场", "本", "节", "课", "套", "件", "单", "例", "倍", "级", "轮", "期", "章",
            "道", "张", "台", "笔", "遍", "批", "类", "款", "小时", "分钟", "秒", "毫秒",
            "个月", "%", "％")
EN_UNITS = ("percent", "per cent", "times", "hours?", "days?", "weeks?", "months?",
            "minutes?", "seconds?", "courses?", "reports?", "cases?", "tests?", "tickets?",
            "sessions?", "people", "persons?", "customers?", "clients?", "calls?", "pages?",
            "items?", "points?", "articles?", "visits?", "reviews?", "defects?", "bugs?",
            "workshops?", "meetings?", "units?", "yuan", "rmb", "k", "ms")
_UNIT_AFTER = (r"(?!\s*(?:" + "|".join(map(re.escape, COUNTERS)) + r"))"
               r"(?!\s*(?:" + "|".join(EN_UNITS) + r")\b)")

_MONTH_NAMES = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_NUMBER_WORDS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                 "九": 9, "十": 10, "十一": 11, "十二": 12,
                 "one": 1, "two": 2, "three": 3, "four": 4, "six": 6}
_CN_NUMBER = r"十[一二]?|[一二两三四五六七八九]"
_WEEKDAYS_CN = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ORDINAL = r"(?:st|nd|rd|th)?"


@dataclass(frozen=True)
class DateSpan:
    """Where in the text a date was read, so callers can take it out (a checkpoint's label,
    the SMART check that must not count "12-31" as a quantity)."""

    start: int
    end: int
    date: date


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _forward(month: int, day: int | None, today: date) -> date | None:
    """A month and day (None: its last day) without a year: the next one on or after today."""
    for year in (today.year, today.year + 1):
        found = _last_day(year, month) if day is None else _valid(year, month, day)
        if found is not None and found >= today:
            return found
    return None


def _add_months(d: date, months: int) -> date:
    month0 = d.month - 1 + months
    year, month = d.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _last_day_of(d: date) -> date:
    return _last_day(d.year, d.month)


def _quarter_end(d: date, ahead: int = 0) -> date:
    """The end of d's quarter, or of the quarter `ahead` quarters later."""
    first_of_last_month = date(d.year, (d.month - 1) // 3 * 3 + 3, 1)
    return _last_day_of(_add_months(first_of_last_month, 3 * ahead))


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBER_WORDS[text.lower()]


def _month(name: str) -> int:
    return _MONTHS[name.lower()[:3]]


def _part_of_month(month: int, part: str, today: date, year: int | None = None) -> date | None:
    """11月底 / 11月末 / 11月下旬 → the 30th; 上旬 → the 10th; 中旬 → the 20th."""
    if not 1 <= month <= 12:
        return None
    day = {"上旬": 10, "中旬": 20}.get(part)
    if year is not None:
        return _valid(year, month, day) if day else _last_day(year, month)
    return _forward(month, day, today)


# Each rule: a pattern and how a match becomes a date (None: not a real date). Rules are
# tried in this order and a later match that overlaps an earlier one is ignored, so
# "下月底" is read once as next month's end, not also as "月底".
Rule = tuple[re.Pattern, Callable[[re.Match, date], "date | None"]]
_I = re.IGNORECASE


def _rules() -> list[Rule]:
    def full(m, today):
        return _valid(int(m[1]), int(m[2]), int(m[3]))

    def cn_year_part(m, today):
        return _part_of_month(int(m[2]), m[3], today, year=int(m[1]))

    def cn_year_end(m, today):
        return date(int(m[1]), 12, 31)

    def cn_quarter(m, today):
        quarter = _number(m[2])
        if not 1 <= quarter <= 4:
            return None
        if m[1]:
            return _last_day(int(m[1]), quarter * 3)
        return _forward(quarter * 3, None, today)

    def en_quarter(m, today):
        quarter = int(m[1] or m[3])
        year = m[2] or m[4]
        return _last_day(int(year), quarter * 3) if year else _forward(quarter * 3, None, today)

    def en_month_end(m, today):
        month = _month(m[1] or m[3])
        year = m[2]
        return _last_day(int(year), month) if year else _forward(month, None, today)

    def en_year_end(m, today):
        return date(int(m[1]), 12, 31)

    def cn_month_part(m, today):
        return _part_of_month(_number(m[1]), m[2], today)

    def en_day_month(m, today):
        day = int(m[1] or m[4] or m[6])
        word = m[2] or m[3] or m[5]
        if word == "may":  # lower-case "may" is the verb: "we may 5 …"
            return None
        month = _month(word)
        year = m[7]
        return _valid(int(year), month, day) if year else _forward(month, day, today)

    def short(m, today):
        month, day = int(m[1]), int(m[2] or m[3] or m[4])
        return _forward(month, day, today) if 1 <= month <= 12 else None

    def weekday(m, today):
        target = _WEEKDAYS_CN[m[2]] if m[2] else _WEEKDAYS_EN.index(m[4].lower())
        monday = today - timedelta(days=today.weekday())
        ahead = 1 if (m[1] or m[3]).lower().startswith(("下", "next")) else 0
        return monday + timedelta(days=7 * ahead + target)

    def within(m, today):
        unit = (m[2] or m[4]).lower().rstrip("s")
        if m[1] == "半":  # 半年内 = six months; 半个月内 = two weeks
            return _add_months(today, 6) if unit == "年" else today + timedelta(weeks=2)
        amount = _number(m[1] or m[3])
        if unit in ("周", "星期", "个星期", "week"):
            return today + timedelta(weeks=amount)
        return _add_months(today, amount if unit in ("个月", "month") else 12 * amount)

    def fixed(rule):
        return lambda m, today: rule(today)

    cn_num = rf"(\d{{1,2}}|{_CN_NUMBER})"
    return [
        (re.compile(r"(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*[日号]?"),
         full),
        (re.compile(r"(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(底|末|上旬|中旬|下旬)"), cn_year_part),
        (re.compile(r"(20\d{2})\s*年\s*(?:年\s*)?(?:底|末)"), cn_year_end),
        (re.compile(r"(?:(20\d{2})\s*年\s*)?第?\s*([1-4一二三四])\s*季度?\s*(?:末|底)"),
         cn_quarter),
        (re.compile(r"\bq([1-4])(?:\s+(20\d{2}))?\s*(?:end\b|末|底)"
                    r"|\bend\s+of\s+q([1-4])(?:\s+(20\d{2}))?\b", _I), en_quarter),
        (re.compile(rf"\bend\s+of\s+({_MONTH_NAMES})\b\.?(?:,?\s*(20\d{{2}}))?"
                    rf"|\b({_MONTH_NAMES})\s+end\b", _I), en_month_end),
        (re.compile(r"\bend\s+of\s+(20\d{2})\b", _I), en_year_end),
        (re.compile(r"下个?月\s*(?:底|末)|\bend\s+of\s+next\s+month\b|\bnext\s+month[- ]end\b",
                    _I), fixed(lambda t: _last_day_of(_add_months(t.replace(day=1), 1)))),
        (re.compile(r"下个?季度?\s*(?:末|底)|\bend\s+of\s+next\s+quarter\b"
                    r"|\bnext\s+quarter[- ]end\b", _I), fixed(lambda t: _quarter_end(t, 1))),
        (re.compile(r"明年\s*(?:年\s*)?(?:底|末)|\bend\s+of\s+next\s+year\b"
                    r"|\bnext\s+year[- ]end\b", _I), fixed(lambda t: date(t.year + 1, 12, 31))),
        (re.compile(cn_num + r"\s*月份?\s*(底|末|上旬|中旬|下旬)"), cn_month_part),
        (re.compile(r"(?:本|这个?)?月\s*(?:底|末)|\bend\s+of\s+(?:the\s+|this\s+)?month\b"
                    r"|\bmonth[- ]end\b", _I), fixed(_last_day_of)),
        (re.compile(r"(?:本|这个?)?季度?\s*(?:末|底)|\bend\s+of\s+(?:the\s+|this\s+)?quarter\b"
                    r"|\bquarter[- ]end\b", _I), fixed(_quarter_end)),
        (re.compile(r"(?:今|本)?年\s*(?:底|末)|年终|\bend\s+of\s+(?:the\s+|this\s+)?year\b"
                    r"|\byear[- ]end\b", _I), fixed(lambda t: date(t.year, 12, 31))),
        (re.compile(rf"(?:\b(\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?({_MONTH_NAMES})\b\.?"
                    rf"|\b({_MONTH_NAMES})\b\.?\s+(\d{{1,2}}){_ORDINAL}\b"
                    rf"|\b({_MONTH_NAMES})\b\.?\s+the\s+(\d{{1,2}}){_ORDINAL}\b)"
                    r"(?:,?\s*(20\d{2})\b)?", _I), en_day_month),
        (re.compile(r"(?<![\d.])(\d{1,2})\s*(?:月\s*(\d{1,2})\s*[日号]|-(\d{1,2})(?![\d.])"
                    r"|/(\d{1,2})(?![\d.])(?!\s*的))"
                    + _UNIT_AFTER, _I), short),
        (re.compile(r"(本|这|下个?)\s*(?:周|星期|礼拜)([一二三四五六日天])"
                    r"|\b(this|next)\s+(" + "|".join(_WEEKDAYS_EN) + r")\b", _I), weekday),
        (re.compile(r"(\d{1,2}|半|" + _CN_NUMBER + r")\s*(个月|个星期|星期|周|年)\s*(?:之|以)?内"
                    r"|\bwithin\s+(\d{1,2}|one|two|three|four|six)\s+(weeks?|months?|years?)\b",
                    _I), within),
    ]


RULES = _rules()


def date_spans(text: str, *, today: date) -> list[DateSpan]:
    """Every date the text names, with where it is, in order of appearance."""
    text = text or ""
    spans: list[DateSpan] = []
    for pattern, to_date in RULES:
        for m in pattern.finditer(text):
            if any(s.start < m.end() and m.start() < s.end for s in spans):
                continue
            found = to_date(m, today)
            if found is not None:
                spans.append(DateSpan(m.start(), m.end(), found))
    return sorted(spans, key=lambda s: s.start)


def find_dates(text: str, *, today: date) -> list[date]:
    """Every date the text names, in order of appearance."""
    return [s.date for s in date_spans(text, today=today)]


def parse_date(text: str, *, today: date) -> date | None:
    """The first date the text names, or None."""
    dates = find_dates(text, today=today)
    return dates[0] if dates else None


_SPLIT = re.compile(r"[；;\n]+")
_COMMA = re.compile(r"[，,、]")
# Between two dates these make a range ("11-05 至 11-20"), not two checkpoints.
_CONNECTOR = re.compile(r"[\s至到~～–—-]*(?:(?:to|until|till|and)\b|和|及)?[\s至到~～–—-]*", _I)
_LABEL_EDGE = " \t：:，,、。.()（）-—"
_LEADING = re.compile(r"^(?:(?:by|before|on|until)\b|之前|以前|前)\s*", _I)


def _label(piece: str, spans: list[DateSpan]) -> str:
    """The piece without its dates and the "前" / "by" that tied them to the words."""
    kept, at = [], 0
    for s in spans:
        kept.append(piece[at:s.start])
        at = s.end
    kept.append(piece[at:])
    label = " ".join(p.strip(_LABEL_EDGE) for p in kept
                     if p.strip(_LABEL_EDGE) and not _CONNECTOR.fullmatch(p))
    return _LEADING.sub("", label).strip(_LABEL_EDGE)


def _pieces(part: str, today: date) -> list[str]:
    """One part may hold several checkpoints. It is cut at commas when every piece then has
    a date of its own ("11-05 复核样本，11-20 提交初稿" or "复核样本 11-05，提交初稿 11-20");
    when it starts with a date, also before each later date that follows a space
    ("11-05 复核样本 11-20 提交初稿") unless only "至" / "to" separates the two (a range)."""
    commas = [p for p in _COMMA.split(part) if p.strip()]
    if len(commas) > 1 and all(date_spans(p, today=today) for p in commas):
        return [q for p in commas for q in _pieces(p.strip(), today)]
    spans = date_spans(part, today=today)
    if not spans or spans[0].start != 0:
        return [part]
    cuts = [s.start for prev, s in zip(spans, spans[1:], strict=False)
            if part[s.start - 1:s.start].isspace()
            and not _CONNECTOR.fullmatch(part[prev.end:s.start])]
    bounds = [0, *cuts, len(part)]
    return [part[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def parse_checkpoints(text: str, *, today: date) -> tuple[list[tuple[date, str]], list[str]]:
    """"11-05 复核样本；11-20 提交初稿" → [(date, "复核样本"), …] in date order, and the parts
    without a date, as typed. A range ("11-05 至 11-20 收集样本") is checked at its end."""
    points: list[tuple[date, str]] = []
    unreadable: list[str] = []
    for part in _SPLIT.split(text or ""):
        for piece in _pieces(part.strip(" ，,、。."), today):
            piece = piece.strip(" ，,、。.")
            if not piece:
                continue
            spans = date_spans(piece, today=today)
            if not spans:
                unreadable.append(piece)
                continue
            points.append((spans[-1].date, _label(piece, spans) or piece))
    return sorted(points, key=lambda p: p[0]), unreadable
