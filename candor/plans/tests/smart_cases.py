"""Real-looking improvement measures and what the SMART checker must say about them.

Half Chinese, half English; about half good (no findings) and half not, with every kind of
finding and the cases that are easy to get wrong: a year is not a target, "多" in "多少" is
not vague, percentages written three ways, Chinese numerals, deadlines only in the text or
only in the field, a placeholder owner. The measures are read as agreed on TODAY, the day
of the seed's Q3 interview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

TODAY = date(2026, 10, 19)


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    owner: str
    deadline: str
    expected: tuple[str, ...]  # finding codes, in the checker's order


CASES: list[Case] = [
    # Chinese, SMART -------------------------------------------------------------------
    Case("cn-seed-quantified", "每月完成 1 门数据分析课程；季度末前独立完成 1 份分析报告",
         "张伟", "", ()),
    Case("cn-percent-sign", "客户投诉率降到 5% 以下", "张伟", "2026-12-31", ()),
    Case("cn-percent-words", "测试覆盖率达到百分之九十", "张伟", "2026年12月31日", ()),
    Case("cn-percent-at-least", "单元测试覆盖率≥95%", "李娜", "12月31日", ()),
    Case("cn-numeral-twice", "每周与直属上级沟通两次项目进展", "王强", "12-31", ()),
    Case("cn-numeral-three-copies", "季度末前提交三份竞品分析报告", "张伟", "", ()),
    Case("cn-nine-tenths", "客户回访满意度九成以上", "张伟", "年底", ()),
    Case("cn-month-end-in-text", "11月底前完成 2 个自动化测试脚本", "张伟", "", ()),
    Case("cn-frequency-plain-action", "每周五提交周报", "张伟", "2026-12-31", ()),
    Case("cn-days-are-a-target", "3 天内回复客户的全部书面投诉", "张伟", "2026-12-31", ()),
    Case("cn-duo-in-duoshao-not-vague", "每月统计有多少客户续约", "张伟", "2026-12-31", ()),
    Case("cn-owner-in-text", "由张伟负责，12月15日前整理 30 个典型客户案例", "", "", ()),
    Case("cn-range-of-counts", "每周参加 1-2 次复盘会", "张伟", "季度末", ()),
    # Chinese, not yet SMART -----------------------------------------------------------
    Case("cn-seed-vague", "提升数据分析能力", "张伟", "2026-12-31", ("vague",)),
    Case("cn-year-is-not-a-target", "2026年加强学习", "张伟", "", ("vague", "deadline")),
    Case("cn-nothing-at-all", "注意工作细节", "", "", ("vague", "deadline", "owner")),
    Case("cn-asap-is-not-a-date", "改善与客户的沟通", "张伟", "尽快", ("vague", "deadline")),
    Case("cn-frequency-does-not-fix-vague", "每天注意代码质量", "张伟", "2026-12-31",
         ("vague",)),
    Case("cn-action-without-count", "学习 Python", "张伟", "2026-12-31", ("measurable",)),
    Case("cn-training-without-count-or-owner", "参加公司组织的沟通培训", "", "季度末",
         ("measurable", "owner")),
    Case("cn-no-owner", "完成 3 份客户分析报告", "", "2026-12-31", ("owner",)),
    Case("cn-owner-to-be-decided", "完成 3 份客户分析报告", "待定", "2026-12-31", ("owner",)),
    Case("cn-no-deadline", "每月完成 1 门数据分析课程", "张伟", "", ("deadline",)),
    Case("cn-deadline-passed-and-team-owner", "本季度完成两次内部分享", "团队", "2026-09-30",
         ("deadline_past", "owner")),
    Case("cn-past-date-in-text", "2025年12月31日前完成 2 门课程", "张伟", "",
         ("deadline_past",)),
    Case("cn-months-are-a-time-frame", "3 个月内提升沟通能力", "张伟", "", ("vague",)),
    Case("cn-duo-alone-is-vague", "多和同事沟通", "张伟", "12月31日", ("vague",)),
    Case("cn-shifen-is-not-ten-points", "十分重视客户反馈", "张伟", "2026-12-31", ("vague",)),
    Case("cn-yige-is-an-article", "做一个更好的自己", "张伟", "年底", ("vague",)),
    Case("cn-owner-in-text-is-a-group", "由大家负责整理 20 个案例", "", "2026-12-31",
         ("owner",)),
    Case("cn-count-range-is-not-a-date", "参加 1-2 次复盘会", "张伟", "", ("deadline",)),
    # English, SMART -------------------------------------------------------------------
    Case("en-seed-quantified",
         "one analytics course a month; an independent report by quarter end",
         "Zhang Wei", "", ()),
    Case("en-response-time-under-2-hours", "Improve response time to under 2 hours",
         "Zhang Wei", "2026-12-31", ()),
    Case("en-workshops-per-quarter", "Attend 2 workshops per quarter", "Zhang Wei",
         "Dec 31, 2026", ()),
    Case("en-percent-by-month-end", "Reduce customer complaints by 30%", "Li Na",
         "end of December", ()),
    Case("en-at-least-percent", "Close ≥95% of P1 tickets within 24 hours", "Wang Qiang",
         "2026/12/31", ()),
    Case("en-twice-a-month", "Publish twice a month on the team blog", "Zhang Wei",
         "year end", ()),
    Case("en-zero-defects", "Zero defects in the Q4 release", "Zhang Wei", "2026-12-31", ()),
    Case("en-weekly-plain-action", "Hold a weekly review with the manager", "Wang Qiang",
         "Nov 30", ()),
    Case("en-deadline-in-text", "Deliver three training sessions by 15 Dec", "Zhang Wei", "",
         ()),
    Case("en-owner-in-text", "Owner: Zhang Wei. Finish 10 customer interviews by end of "
         "November", "", "", ()),
    Case("en-within-hours", "Reply to every customer e-mail within 4 hours", "Zhang Wei",
         "2026-12-31", ()),
    Case("en-zero-errors", "Cut monthly report errors to 0 by year end", "Li Na", "", ()),
    # English, not yet SMART -----------------------------------------------------------
    Case("en-seed-vague", "improve data skills", "Zhang Wei", "2026-12-31", ("vague",)),
    Case("en-be-more-proactive", "Be more proactive", "", "", ("vague", "deadline", "owner")),
    Case("en-action-without-count", "Learn SQL", "Zhang Wei", "quarter end", ("measurable",)),
    Case("en-owner-tbd", "Write 4 test reports", "TBD", "2026-12-31", ("owner",)),
    Case("en-asap-is-not-a-date", "Write 4 test reports", "Zhang Wei", "ASAP", ("deadline",)),
    Case("en-year-is-not-a-target", "Better communication with the team in 2026",
         "Zhang Wei", "", ("vague", "deadline")),
    Case("en-frequency-does-not-fix-vague", "Pay more attention to code quality every day",
         "Zhang Wei", "Dec 31", ("vague",)),
    Case("en-deadline-passed", "Finish 3 certification courses", "Zhang Wei", "2026-06-30",
         ("deadline_past",)),
    Case("en-work-on-for-the-team", "Work on presentation skills", "the team", "",
         ("vague", "deadline", "owner")),
    Case("en-programme-without-count-or-owner", "Take part in the mentoring programme", "",
         "2026-12-31", ("measurable", "owner")),
    Case("en-months-are-a-time-frame", "Increase sales within 6 months", "Zhang Wei", "",
         ("vague",)),
    Case("en-no-count-no-deadline", "Shadow senior engineers on support calls", "Zhang Wei",
         "", ("measurable", "deadline")),
    Case("en-vague-without-owner", "improve data skills", "", "12/31", ("vague", "owner")),
]
