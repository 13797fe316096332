"""The SMART checker on a table of real-looking measures (acceptance: the table passes and
every finding carries a reason a manager can act on)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest
from django.utils import translation

from candor.plans import smart
from candor.plans.tests.smart_cases import CASES, TODAY, Case

# What each reason must tell the manager to write (Chinese source wording).
ADVICE = {"vague": ("写明", "多少"), "measurable": ("加上", "数量"),
          "deadline": ("写明", "日期"), "deadline_past": ("改到", "完成期限"),
          "owner": ("写明", "姓名")}


def _check(case: Case) -> list[smart.Finding]:
    return smart.check(case.text, owner=case.owner, deadline=case.deadline, today=TODAY)


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_it_ships_a_table_of_at_least_forty_measures_good_and_bad_in_both_languages():
    assert len(CASES) >= 40
    assert len({c.id for c in CASES}) == len(CASES)
    chinese = sum(_is_chinese(c.text) for c in CASES)
    good = sum(not c.expected for c in CASES)
    assert 0.4 <= chinese / len(CASES) <= 0.6
    assert 0.4 <= good / len(CASES) <= 0.6
    kinds = Counter(code for c in CASES for code in c.expected)
    assert set(kinds) == set(smart.CODES)
    for case in CASES:
        assert list(case.expected) == sorted(case.expected, key=smart.CODES.index), case.id


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_it_finds_what_the_table_expects(case):
    assert tuple(f.code for f in _check(case)) == case.expected


@pytest.mark.parametrize("case", [c for c in CASES if c.expected], ids=lambda c: c.id)
def test_each_finding_says_what_to_write_in_a_full_sentence(case):
    for finding in _check(case):
        assert finding.message.strip() and finding.message.endswith("。"), finding
        assert len(finding.reason) > 20 and finding.reason.endswith("。"), finding
        for words in ADVICE[finding.code]:
            assert words in finding.reason, (finding.code, finding.reason)


def test_each_kind_of_finding_has_its_own_message_and_reason():
    seen: dict[str, set[tuple[str, str]]] = {}
    for case in CASES:
        for f in _check(case):
            seen.setdefault(f.code, set()).add((f.message, f.reason))
    reasons = {code: {r for _m, r in pairs} for code, pairs in seen.items()}
    assert all(len(r) == 1 for r in reasons.values())  # one reason per kind…
    assert len({next(iter(r)) for r in reasons.values()}) == len(smart.CODES)  # …all distinct
    messages = [{m for m, _r in pairs} for pairs in seen.values()]
    for i, mine in enumerate(messages):
        for theirs in messages[i + 1:]:
            assert not mine & theirs


def test_a_finding_names_the_word_or_value_it_is_about():
    def messages(text, **kwargs):
        return [f.message for f in smart.check(text, today=TODAY, **kwargs)]

    assert "提升" in messages("提升数据分析能力", owner="张伟", deadline="年底")[0]
    assert "improve" in messages("improve data skills", owner="Zhang Wei",
                                 deadline="2026-12-31")[0]
    assert "尽快" in messages("完成 3 份报告", owner="张伟", deadline="尽快")[0]
    assert "2026-09-30" in messages("完成 3 份报告", owner="张伟", deadline="2026-09-30")[0]
    assert "待定" in messages("完成 3 份报告", owner="待定", deadline="年底")[0]
    assert "大家" in messages("由大家负责整理 20 个案例", deadline="年底")[0]
    assert "每天" in messages("每天注意代码质量", owner="张伟", deadline="年底")[0]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_english_readers_get_the_same_findings(case):
    """The rules read the measure, not the reader's language: only the wording changes."""
    with translation.override("en"):
        findings = _check(case)
    assert tuple(f.code for f in findings) == case.expected
    for finding in findings:
        assert finding.message and finding.reason[-1] in ".。", finding


def test_it_is_deterministic_and_stores_as_plain_dicts():
    case = next(c for c in CASES if len(c.expected) == 3)
    first, again = _check(case), _check(case)
    assert first == again
    assert [f.as_dict() for f in first] == [
        {"code": f.code, "message": f.message, "reason": f.reason} for f in again]


def test_an_empty_measure_has_nothing_to_check():
    assert smart.check("  ", owner="", deadline="", today=TODAY) == []


def test_check_row_reads_the_record_columns():
    row = {"measure": "提升数据分析能力", "owner": "", "deadline": "季度末", "steps": "…"}
    assert [f.code for f in smart.check_row(row, today=TODAY)] == ["vague", "owner"]


def test_the_deadline_field_is_read_relative_to_the_day_of_agreement():
    """"1月15日" agreed on 20 December is next January, not a date already past."""
    late_december = date(2026, 12, 20)
    assert smart.check("完成 3 份报告", owner="张伟", deadline="1月15日",
                       today=late_december) == []
    assert [f.code for f in smart.check("完成 3 份报告", owner="张伟", deadline="2026-12-01",
                                        today=late_december)] == ["deadline_past"]


def test_the_rules_are_documented_in_the_module():
    doc = smart.__doc__ or ""
    for code in smart.CODES:
        assert re.search(rf'"{code}"', doc), code
