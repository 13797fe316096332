"""Reading deadlines and checkpoints as people type them in a record's plan rows."""

from __future__ import annotations

from datetime import date

import pytest

from candor.plans.parsing import date_spans, find_dates, parse_checkpoints, parse_date

AGREED = date(2026, 10, 19)  # the seed's Q3 interview, a Monday
LATE_DECEMBER = date(2026, 12, 20)

DATES = [
    ("2026-12-31", AGREED, date(2026, 12, 31)),
    ("2026/12/31", AGREED, date(2026, 12, 31)),
    ("2026.12.31", AGREED, date(2026, 12, 31)),
    ("2026年12月31日前", AGREED, date(2026, 12, 31)),
    ("12月31日", AGREED, date(2026, 12, 31)),
    ("12月5号", AGREED, date(2026, 12, 5)),
    ("12-31", AGREED, date(2026, 12, 31)),
    ("12/31", AGREED, date(2026, 12, 31)),
    ("5 Nov", AGREED, date(2026, 11, 5)),
    ("Nov 5, 2026", AGREED, date(2026, 11, 5)),
    ("5th of November 2027", AGREED, date(2027, 11, 5)),
    ("by Dec 15th", AGREED, date(2026, 12, 15)),
    ("月底", AGREED, date(2026, 10, 31)),
    ("季度末前", AGREED, date(2026, 12, 31)),
    ("年底", AGREED, date(2026, 12, 31)),
    ("by quarter end", AGREED, date(2026, 12, 31)),
    ("end of the month", AGREED, date(2026, 10, 31)),
    ("year-end", AGREED, date(2026, 12, 31)),
    ("11月底", AGREED, date(2026, 11, 30)),
    ("11月中旬", AGREED, date(2026, 11, 20)),
    ("end of November", AGREED, date(2026, 11, 30)),
    ("2026年底", AGREED, date(2026, 12, 31)),
    ("end of 2027", AGREED, date(2027, 12, 31)),
    ("下月底", AGREED, date(2026, 11, 30)),
    ("下季度末", AGREED, date(2027, 3, 31)),
    ("end of next quarter", AGREED, date(2027, 3, 31)),
    ("明年底", AGREED, date(2027, 12, 31)),
    ("第四季度末", AGREED, date(2026, 12, 31)),
    ("Q4 end", AGREED, date(2026, 12, 31)),
    ("本周五", AGREED, date(2026, 10, 23)),
    ("下周一", AGREED, date(2026, 10, 26)),
    ("next Monday", AGREED, date(2026, 10, 26)),
    ("2周内", AGREED, date(2026, 11, 2)),
    ("3个月内", AGREED, date(2027, 1, 19)),
    ("半年内", AGREED, date(2027, 4, 19)),
    ("within 6 weeks", AGREED, date(2026, 11, 30)),
    # Read forward from the day of agreement, across the year boundary.
    ("1月15日", LATE_DECEMBER, date(2027, 1, 15)),
    ("01-15", LATE_DECEMBER, date(2027, 1, 15)),
    ("Jan 15", LATE_DECEMBER, date(2027, 1, 15)),
    ("12月25日", LATE_DECEMBER, date(2026, 12, 25)),
    ("月底", LATE_DECEMBER, date(2026, 12, 31)),
    ("quarter end", LATE_DECEMBER, date(2026, 12, 31)),
    ("下季度末", LATE_DECEMBER, date(2027, 3, 31)),
    ("季度末", date(2027, 1, 4), date(2027, 3, 31)),
    ("第三季度末", AGREED, date(2027, 9, 30)),  # Q3 2026 is over: the next one
    ("2025-12-31", AGREED, date(2025, 12, 31)),  # a full date stays as written
]


@pytest.mark.parametrize(("text", "today", "expected"), DATES, ids=[d[0] for d in DATES])
def test_it_reads_the_date(text, today, expected):
    assert parse_date(text, today=today) == expected


NOT_DATES = ["", "2026年", "in 2026", "12月", "尽快", "ASAP", "长期坚持", "每周 1-2 次",
             "2-3 days", "3 天内回复", "完成 1/2 的用例", "2026-13-45", "12月32日", "2月30日",
             "we may 5 people", "Q3", "第3季度"]


@pytest.mark.parametrize("text", NOT_DATES, ids=[t or "empty" for t in NOT_DATES])
def test_it_reads_no_date_where_there_is_none(text):
    assert parse_date(text, today=AGREED) is None


def test_it_finds_every_date_in_order_of_appearance():
    text = "11-05 复核样本，2026年11月20日提交初稿，季度末前定稿"
    assert find_dates(text, today=AGREED) == [
        date(2026, 11, 5), date(2026, 11, 20), date(2026, 12, 31)]


def test_a_longer_period_end_is_read_once():
    spans = date_spans("下月底前完成", today=AGREED)
    assert [(s.start, s.end, s.date) for s in spans] == [(0, 3, date(2026, 11, 30))]
    assert find_dates("2026年底", today=AGREED) == [date(2026, 12, 31)]


def test_it_reads_checkpoints_with_their_labels_in_date_order():
    points, unreadable = parse_checkpoints("11-20 提交初稿；11-05 复核样本", today=AGREED)
    assert points == [(date(2026, 11, 5), "复核样本"), (date(2026, 11, 20), "提交初稿")]
    assert unreadable == []


@pytest.mark.parametrize("text", [
    "11-05 复核样本，11-20 提交初稿",
    "复核样本 11-05，提交初稿 11-20",
    "11-05 复核样本 11-20 提交初稿",
    "11月5日：复核样本\n11月20日：提交初稿",
    "Nov 5 复核样本; Nov 20 提交初稿",
])
def test_it_splits_checkpoints_written_on_one_line(text):
    points, unreadable = parse_checkpoints(text, today=AGREED)
    assert points == [(date(2026, 11, 5), "复核样本"), (date(2026, 11, 20), "提交初稿")]
    assert unreadable == []


def test_an_english_checkpoint_keeps_its_date_and_label_apart():
    points, _ = parse_checkpoints("Nov 5, 2026: review samples; by quarter end: final report",
                                  today=AGREED)
    assert points == [(date(2026, 11, 5), "review samples"),
                      (date(2026, 12, 31), "final report")]


def test_a_range_is_one_checkpoint_at_its_end():
    points, _ = parse_checkpoints("11-05 至 11-20 收集样本", today=AGREED)
    assert points == [(date(2026, 11, 20), "收集样本")]


def test_a_period_end_checkpoint_drops_the_word_before():
    points, _ = parse_checkpoints("季度末前提交报告", today=AGREED)
    assert points == [(date(2026, 12, 31), "提交报告")]


def test_a_checkpoint_without_a_label_keeps_its_text():
    points, _ = parse_checkpoints("12-10", today=AGREED)
    assert points == [(date(2026, 12, 10), "12-10")]


def test_it_reports_the_parts_it_cannot_read_as_typed():
    points, unreadable = parse_checkpoints(
        "收集样本；11-20 提交初稿；\n尽快评审；12月 定稿", today=AGREED)
    assert points == [(date(2026, 11, 20), "提交初稿")]
    assert unreadable == ["收集样本", "尽快评审", "12月 定稿"]


def test_a_comma_inside_a_checkpoint_does_not_split_it():
    points, unreadable = parse_checkpoints("11-05 复核、整理样本，形成清单", today=AGREED)
    assert points == [(date(2026, 11, 5), "复核、整理样本，形成清单")]
    assert unreadable == []


def test_checkpoints_across_the_year_boundary():
    points, _ = parse_checkpoints("12-28 中期检查；1月15日 结项评审", today=LATE_DECEMBER)
    assert points == [(date(2026, 12, 28), "中期检查"), (date(2027, 1, 15), "结项评审")]


def test_nothing_typed_gives_nothing():
    assert parse_checkpoints("", today=AGREED) == ([], [])
    assert parse_checkpoints(" ；；\n ", today=AGREED) == ([], [])
