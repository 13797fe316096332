"""The interview issue's acceptance walk in a real browser, as the people involved would click
it: the manager 王强 books the Q3 interview → the employee 张伟 prepares → the manager
prepares, runs conversation mode and writes the record → the employee asks for a correction
→ both sign with their password → the employee appeals → the committee member 陈静 rules.
The host is HR's 刘洋, chosen by the rules.

Only what HR and the periods issue would have produced is written directly: a released Q3
result for 张伟 (109, 优-, ×1.1) and one interview room. The pages use the real "today", so
the earliest date allowed is computed here the same way. The committee's new total 121 falls
in the default scale's 优+ band (> 120, ×1.2).

Screenshots land in test-output/screenshots/interview-walk-NN-<step>.png.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import Locator, Page, expect

from candor.core.testing import PERSONA_PASSWORD
from candor.core.tests.browser_support import PageWatcher, log_in, log_out, screenshot
from candor.core.tests.conftest import browser, page  # noqa: F401 (fixtures)
from candor.core.text import with_note
from candor.interviews.models import Interview, InterviewPolicy, Record
from candor.interviews.services.rules import earliest_date
from candor.interviews.tests.factories import make_room, released_sheet
from candor.periods.models import PeriodKind, PeriodStatus
from candor.periods.tests.factories import make_period
from candor.workdays.calendar import is_workday

pytestmark = pytest.mark.browser

PERIOD = "2026年第三季度"
PERIOD_END = dt.date(2026, 9, 30)
ROOM = "3楼小会议室"
SELF_ASSESSMENT = {
    "本期工作表现": "主导订单服务重构，接口平均响应时间从 800ms 降到 200ms。",
    "对照绩效标准的完成情况": "利润 3500 万元，超出目标；任务完成 120 项。",
    "自我评价": "技术上进步明显，跨部门沟通还需要加强。",
    "下期目标设想": "完成支付服务的拆分，利润达到 3800 万元。",
    "需要的资源与支持": "希望参加一次架构设计培训。",
}
EMPLOYEE_QUESTIONS = ("明年有没有机会带小组？", "测试环境能否扩容？", "培训预算怎么申请？")
MANAGER_QUESTIONS = ("你认为本期最大的成绩是什么？", "哪些方面需要我提供支持？",
                     "下期最想挑战的目标是什么？")
CORRECTION = "改进措施的期限记错了：我们约定的是 11 月底完成，不是年底。"
CONVERSATION_SECTIONS = ("type_focus", "goal_review", "strengths", "shortcomings", "agreement",
                         "support", "measures", "next_goals", "notes")
APPEAL_REASON = "利润实际值应按财务部 10 月 8 日的最终报表计算，为 3900 万元，而不是 3500 万元。"


class Walk:
    """Numbered screenshots, so the folder reads in the order the walk happened."""

    def __init__(self, tab: Page) -> None:
        self.tab = tab
        self.numbers = itertools.count(1)

    def shot(self, step: str) -> Path:
        return screenshot(self.tab, f"interview-walk-{next(self.numbers):02d}-{step}")

    def nav(self, key: str) -> None:
        self.tab.locator(f'nav [data-nav="{key}"]').click()
        self.tab.wait_for_load_state()

    def as_(self, username: str) -> None:
        """Whoever was logged in leaves, the next person logs in (on the home page)."""
        if self.tab.get_by_test_id("user-menu").count():
            log_out(self.tab)
        log_in(self.tab, username)


def open_interview(walk: Walk) -> None:
    walk.nav("interviews")
    walk.tab.get_by_test_id("interviews").locator("tr", has_text="张伟").get_by_role(
        "link", name="查看").click()


def interview_day() -> dt.date:
    """The first working day the notice rule allows from today (what the form proposes)."""
    day = earliest_date(timezone.localdate(), InterviewPolicy.current())
    while not is_workday(day):
        day += dt.timedelta(days=1)
    return day


def field(label: str) -> re.Pattern[str]:
    """A form field's accessible name: its label, with " *" when required."""
    return re.compile(rf"^{re.escape(label)}( \*)?$")


def section(tab: Page, key: str) -> Locator:
    return tab.locator(f"#section-{key}")


def save_section(tab: Page, key: str, values: dict[str, str], *, hints: int = 0) -> None:
    """Type into one section editor (a list section's first row) by its labels and save it;
    all of it is saved when "已保存" shows and exactly `hints` problems are left."""
    editor = section(tab, key)
    rows = editor.locator("[data-row]")
    inputs = rows.first if rows.count() else editor
    for label, value in values.items():
        inputs.get_by_label(label, exact=True).fill(value)
    editor.get_by_role("button", name="保存", exact=True).click()
    expect(editor.get_by_test_id("saved")).to_contain_text("已保存")
    expect(editor.get_by_test_id("section-hints").locator("li")).to_have_count(hints)


def manager_schedules(walk: Walk, personas, day: dt.date) -> Interview:
    tab = walk.tab
    walk.as_("manager")
    walk.nav("interviews")
    tab.get_by_test_id("schedule").click()
    expect(tab.get_by_test_id("earliest")).to_contain_text(
        f"最早可安排在 {earliest_date(timezone.localdate(), InterviewPolicy.current())}")
    tab.get_by_label(field("员工")).select_option(
        label=with_note("张伟", personas.employee.department.name))
    sheet = tab.get_by_label(field("绩效考核表"))
    expect(sheet).to_be_visible()  # the form came back for 张伟, with his released sheets
    tab.get_by_label(field("面谈类型")).select_option(label="定期绩效面谈")
    sheet.select_option(label=with_note(PERIOD, "优-"))
    tab.get_by_label(field("日期")).fill(day.isoformat())
    tab.get_by_label(field("开始时间")).fill("10:00")
    tab.get_by_label(field("时长（分钟）")).fill("60")
    tab.get_by_label(field("面谈室")).select_option(label=ROOM)
    expect(tab.get_by_test_id("rule-host")).to_contain_text("刘洋")
    walk.shot("manager-schedule-form")
    tab.get_by_role("button", name="安排面谈", exact=True).click()
    expect(tab.get_by_test_id("warnings")).to_contain_text(
        f"面谈日期在周期结束（2026-09-30）{(day - PERIOD_END).days} 天之后")
    assert not Interview.objects.exists(), "nothing is booked before the warning is confirmed"
    walk.shot("manager-schedule-warning")
    tab.get_by_label("我已了解以上提示，仍然安排").check()
    tab.get_by_role("button", name="安排面谈", exact=True).click()
    expect(tab.get_by_text("已安排面谈，邀请已发送给员工、直属上级和主导人。")).to_be_visible()
    expect(tab.get_by_test_id("status")).to_have_text("已安排")
    expect(tab.get_by_test_id("when")).to_have_text(re.compile(
        rf"^{day.isoformat()} .+ 10:00–11:00（60 分钟）$"))
    expect(tab.get_by_test_id("warnings")).to_contain_text("面谈日期在周期结束（2026-09-30）")
    walk.shot("manager-interview-booked")
    return Interview.objects.get()


def employee_prepares(walk: Walk, personas) -> None:
    tab = walk.tab
    walk.as_("employee")
    expect(tab.get_by_test_id("my-interviews")).to_contain_text("定期绩效面谈 与 王强")
    walk.shot("employee-home")
    tab.get_by_test_id("notifications").click()
    expect(tab.locator("[data-notification]").first).to_contain_text("绩效面谈邀请")
    walk.shot("employee-notifications")
    invitations = [m for m in mail.outbox
                   if m.to == [personas.employee.email] and m.subject.startswith("绩效面谈邀请")]
    assert len(invitations) == 1
    walk.nav("home")
    tab.get_by_test_id("write-self-assessment").click()
    for label, text in SELF_ASSESSMENT.items():
        tab.get_by_label(label, exact=True).fill(text)
    rows = tab.get_by_test_id("question-row").locator("input")
    for number, question in enumerate(EMPLOYEE_QUESTIONS):
        rows.nth(number).fill(question)
    walk.shot("employee-self-assessment-form")
    tab.get_by_test_id("submit").click()
    expect(tab.get_by_text("自我评估已提交，直属上级现在可以看到。")).to_be_visible()
    expect(tab.get_by_test_id("submitted-badge")).to_have_text("已提交")
    expect(tab.get_by_test_id("self-assessment-view")).to_contain_text(EMPLOYEE_QUESTIONS[0])
    walk.shot("employee-self-assessment-submitted")


def manager_prepares(walk: Walk) -> None:
    tab = walk.tab
    walk.as_("manager")
    open_interview(walk)
    tab.get_by_test_id("actions").get_by_role("link", name="面谈准备").click()
    expect(tab.get_by_test_id("self-assessment-view")).to_contain_text(
        SELF_ASSESSMENT["本期工作表现"])
    expect(tab.get_by_test_id("goal-results").get_by_test_id("goal-row")).to_have_count(3)
    expect(tab.get_by_test_id("sheet-result")).to_contain_text("109")
    form = tab.get_by_test_id("preparation-form")
    rows = form.get_by_test_id("question-row").locator("input")
    for number, question in enumerate(MANAGER_QUESTIONS):
        rows.nth(number).fill(question)
    boxes = form.get_by_test_id("checklist").get_by_role("checkbox")
    for number in range(boxes.count()):
        boxes.nth(number).check()
    form.get_by_role("button", name="保存准备").click()
    expect(tab.get_by_text("面谈准备已保存。")).to_be_visible()
    expect(tab.get_by_test_id("preparation-form").get_by_role("checkbox").first).to_be_checked()
    walk.shot("manager-preparation")


def editors_loaded(tab: Page) -> None:
    """Conversation mode loads its section editors one after another once the page is shown.
    The walk waits for all of them before the next click: the test server's in-memory SQLite
    answers "database table is locked" (a 500) to a load that meets a write."""
    for key in CONVERSATION_SECTIONS:
        expect(section(tab, key)).to_have_count(1)
    expect(tab.get_by_text(re.compile("^正在加载"))).to_have_count(0)


def go_to_step(tab: Page, key: str) -> None:
    tab.locator("[data-step-panel]:visible").get_by_role("button", name="下一步").click()
    expect(tab.locator(f'[data-step-panel="{key}"]')).to_be_visible()


def manager_runs_conversation(walk: Walk) -> None:
    tab = walk.tab
    tab.get_by_test_id("to-conversation").click()
    expect(tab.get_by_test_id("unchecked")).to_have_count(0)  # the checklist was ticked
    editors_loaded(tab)
    # The walk runs days before the booked time: starting now is asked about first.
    expect(tab.get_by_test_id("early")).to_contain_text("面谈安排在")
    walk.shot("manager-conversation-before-start")
    asked: list[str] = []
    tab.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.accept()))
    tab.get_by_test_id("start").click()
    expect(tab.get_by_test_id("timer")).to_be_visible()
    assert asked and asked[0].startswith("面谈安排在") and asked[0].endswith("确定现在开始吗？")
    expect(tab.locator('[data-timer="elapsed"]')).to_have_text(re.compile(r"^\d+ 分 \d\d 秒"))
    editors_loaded(tab)
    save_section(tab, "type_focus",
                 {"内容": "部门本季度整体完成 105%，本次面谈回顾 Q3 并商定下期目标。"})
    walk.shot("manager-conversation-agenda")
    go_to_step(tab, "self_assessment")
    save_section(tab, "notes", {"员工自评": "张伟认为重构是最大的成绩；跨部门沟通偏少。"})
    go_to_step(tab, "manager_assessment")
    save_section(tab, "goal_review", {"总体评价": "利润超额完成，任务数达到 120%，日常表现良好。"})
    save_section(tab, "strengths", {
        "成绩 / 优点": "技术攻坚能力强",
        "具体事例": "8 月主导订单服务重构，接口平均响应时间从 800ms 降到 200ms。"})
    save_section(tab, "shortcomings", {
        "不足之处": "跨部门沟通不足", "员工认为的原因": "项目排期紧，顾不上同步",
        "上级认为的原因": "没有固定的周报机制"})
    walk.shot("manager-conversation-assessment")
    go_to_step(tab, "discussion")
    save_section(tab, "agreement", {"达成一致的事项": "本期等级为优-，重构成果突出。",
                                    "分歧及后续处理": "无"})
    go_to_step(tab, "support")
    save_section(tab, "support", {"承诺内容": "报名 12 月的架构设计培训", "负责人": "王强",
                                  "兑现期限": "2026-12-15"})
    go_to_step(tab, "improvement")
    save_section(tab, "measures", {"措施": "每周五向产品和测试发送进度周报", "负责人": "张伟",
                                   "完成期限": "2026-12-31"})
    go_to_step(tab, "next_goals")
    # The deadline is left for after the talk: the record page will ask for it.
    save_section(tab, "next_goals", {"目标": "完成支付服务拆分", "衡量标准": "上线且无 P1 故障"},
                 hints=1)
    expect(tab.locator("[data-step-spent]").first).not_to_have_text("")
    walk.shot("manager-conversation-next-goals")
    tab.once("dialog", lambda dialog: dialog.accept())
    tab.get_by_test_id("end").click()
    expect(tab.get_by_test_id("ended")).to_contain_text("面谈已于")
    editors_loaded(tab)
    expect(tab.get_by_text(re.compile(r"面谈已结束（\d+ 分钟）。请在 24 小时内完成面谈记录。"))) \
        .to_be_visible()
    walk.shot("manager-conversation-ended")


def manager_submits_record(walk: Walk) -> None:
    tab = walk.tab
    tab.get_by_test_id("to-record").click()
    expect(tab.get_by_test_id("record-status")).to_have_text("草稿")
    tab.get_by_test_id("submit-form").get_by_role("button", name="提交给员工确认").click()
    refusal = tab.get_by_role("alert").filter(has_text="记录还不完整，不能提交")
    expect(refusal).to_contain_text("“下期目标”第 1 条缺少“期限”。")
    expect(refusal.locator("li")).to_have_count(1)
    walk.shot("manager-record-refused")
    save_section(tab, "next_goals", {"期限": "2026-12-31"})
    tab.get_by_test_id("submit-form").get_by_role("button", name="提交给员工确认").click()
    expect(tab.get_by_text("记录已提交给员工确认。")).to_be_visible()
    expect(tab.get_by_test_id("record-status")).to_have_text("待员工确认")
    walk.shot("manager-record-submitted")


def employee_requests_correction(walk: Walk) -> None:
    tab = walk.tab
    walk.as_("employee")
    tab.get_by_test_id("my-interviews").get_by_role("link", name="面谈记录待我确认签字").click()
    expect(tab.locator("#part-strengths")).to_contain_text("技术攻坚能力强")
    expect(tab.locator("#part-next_goals")).to_contain_text("2026-12-31")
    form = tab.get_by_test_id("correction-form")
    form.get_by_label("涉及部分").select_option(label="改进措施")
    form.get_by_label("遗漏或记录有误的内容").fill(CORRECTION)
    form.get_by_role("button", name="要求更正").click()
    expect(tab.get_by_text("更正请求已发给直属上级。")).to_be_visible()
    expect(tab.get_by_test_id("record-status")).to_have_text("员工要求更正")
    expect(tab.get_by_test_id("correction")).to_contain_text(CORRECTION)
    walk.shot("employee-correction-requested")


def manager_answers_correction(walk: Walk) -> None:
    tab = walk.tab
    walk.as_("manager")
    tab.get_by_test_id("interview-work").get_by_test_id("corrections") \
        .get_by_role("link", name="张伟").click()
    correction = tab.get_by_test_id("correction")
    expect(correction).to_contain_text(CORRECTION)
    expect(correction).to_contain_text("待处理")
    save_section(tab, "measures", {"完成期限": "2026-11-30"})
    correction = tab.get_by_test_id("correction")
    correction.get_by_label("已按要求更正").check()
    correction.get_by_label("答复", exact=True).fill("已改为 11 月 30 日。")
    correction.get_by_role("button", name="答复").click()
    expect(tab.get_by_text("已答复更正请求。改完后请重新提交给员工确认。")).to_be_visible()
    expect(tab.get_by_test_id("correction")).to_contain_text("已更正")
    walk.shot("manager-correction-answered")
    tab.get_by_test_id("submit-form").get_by_role("button", name="提交给员工确认").click()
    expect(tab.get_by_text("记录已提交给员工确认。")).to_be_visible()
    expect(tab.locator("#part-measures")).to_contain_text("2026-11-30")


def sign(tab: Page, password: str) -> None:
    form = tab.get_by_test_id("sign-form")
    form.get_by_label("登录密码").fill(password)
    form.get_by_role("button", name="签字确认").click()


def both_sign(walk: Walk) -> Record:
    tab = walk.tab
    walk.as_("employee")
    tab.get_by_test_id("my-interviews").get_by_role("link", name="面谈记录待我确认签字").click()
    expect(tab.locator("#part-measures")).to_contain_text("2026-11-30")
    save_section(tab, "employee_comments", {"员工意见": "同意记录内容，感谢上级的支持。"})
    sign(tab, "not-my-password")
    expect(tab.get_by_text("密码不正确，未签字。")).to_be_visible()
    expect(tab.get_by_test_id("signature")).to_have_count(0)
    walk.shot("employee-wrong-password")
    sign(tab, PERSONA_PASSWORD)
    expect(tab.get_by_text("您已签字。")).to_be_visible()
    expect(tab.get_by_test_id("signature")).to_contain_text("张伟")
    walk.shot("employee-signed")

    walk.as_("manager")
    tab.get_by_test_id("manager-to-sign").get_by_role("link", name="张伟").click()
    sign(tab, PERSONA_PASSWORD)
    expect(tab.get_by_text("双方已签字，记录已归档。")).to_be_visible()
    expect(tab.get_by_test_id("record-status")).to_have_text("已签字归档")
    expect(tab.get_by_test_id("signature")).to_have_count(2)
    record = Record.objects.get()
    expect(tab.get_by_test_id("seal")).to_contain_text(record.content_hash or "no hash")
    walk.shot("manager-record-sealed")
    return record


def employee_appeals(walk: Walk) -> None:
    tab = walk.tab
    walk.as_("employee")
    open_interview(walk)
    tab.get_by_test_id("actions").get_by_role("link", name="提出申诉").click()
    expect(tab.get_by_test_id("appeal-deadline")).to_contain_text("申诉截止日期")
    expect(tab.get_by_test_id("result-total")).to_have_text("109")
    item = tab.locator('fieldset[data-item="data_accuracy"]')
    item.get_by_label("数据准确性").check()
    item.get_by_label("理由").fill(APPEAL_REASON)
    walk.shot("employee-appeal-form")
    tab.get_by_role("button", name="提交申诉").click()
    expect(tab.get_by_text("申诉已提交绩效委员会，裁决后会通知您。")).to_be_visible()
    expect(tab.get_by_test_id("appeal-status")).to_have_text("待委员会裁决")
    expect(tab.get_by_test_id("appeal-items")).to_contain_text(APPEAL_REASON)
    walk.shot("employee-appeal-filed")


def committee_rules(walk: Walk) -> None:
    tab = walk.tab
    walk.as_("committee")
    walk.nav("appeals")
    row = tab.get_by_test_id("appeal-table").locator("tr", has_text="张伟")
    expect(row).to_contain_text("数据准确性")
    expect(row).to_contain_text("待委员会裁决")
    walk.shot("committee-appeals")
    row.get_by_role("link", name="张伟").click()
    form = tab.get_by_test_id("ruling-form")
    form.get_by_label("调整结果").check()
    form.get_by_label("调整后的总分").fill("121")
    expect(tab.get_by_test_id("ruling-preview")).to_contain_text(
        "总分 121 对应等级 优+，奖金系数 ×1.2。")
    form.get_by_label("裁决理由").fill("经财务部核实，利润实际值为 3900 万元，总分调整为 121。")
    walk.shot("committee-ruling-form")
    form.get_by_role("button", name="记录裁决").click()
    expect(tab.get_by_text("裁决已记录，并已通知员工和直属上级。")).to_be_visible()
    ruling = tab.get_by_test_id("appeal-ruling")
    expect(ruling).to_contain_text("委员会裁决：调整结果")
    for before, after in (("109", "121"), ("优-", "优+"), ("×1.1", "×1.2")):
        expect(ruling.locator("tr", has_text=before)).to_contain_text(after)
    walk.shot("committee-ruled")


def employee_reads_ruling(walk: Walk) -> None:
    tab = walk.tab
    walk.as_("employee")
    tab.get_by_test_id("notifications").click()
    tab.locator("[data-notification]", has_text="绩效委员会已裁决申诉").get_by_role(
        "button", name="查看").click()
    expect(tab.get_by_test_id("appeal-status")).to_have_text("已裁决")
    expect(tab.get_by_test_id("appeal-ruling")).to_contain_text("调整结果")
    walk.shot("employee-ruling")
    walk.nav("home")
    tab.get_by_test_id("my-sheets").get_by_role("link", name=PERIOD).click()
    for shown in ("121", "优+", "×1.2"):
        expect(tab.get_by_test_id("sheet-result")).to_contain_text(shown)
    walk.shot("employee-result-after-ruling")


def test_it_walks_an_interview_from_booking_to_the_committees_ruling(
        page, personas):  # noqa: F811
    watcher = PageWatcher().attach(page)
    period = make_period(PERIOD, kind=PeriodKind.QUARTERLY, start_date=dt.date(2026, 7, 1),
                         end_date=PERIOD_END, status=PeriodStatus.RELEASED,
                         departments=[personas.employee.department])
    sheet = released_sheet(personas.employee, period=period)
    make_room(ROOM)
    walk = Walk(page)

    interview = manager_schedules(walk, personas, interview_day())
    assert interview.host == personas.hr
    employee_prepares(walk, personas)
    manager_prepares(walk)
    manager_runs_conversation(walk)
    manager_submits_record(walk)
    employee_requests_correction(walk)
    manager_answers_correction(walk)
    record = both_sign(walk)
    employee_appeals(walk)
    committee_rules(walk)
    employee_reads_ruling(walk)

    sheet.refresh_from_db()
    assert (sheet.total, sheet.grade, sheet.multiplier) == (Decimal(121), "优+", Decimal("1.2"))
    record.refresh_from_db()
    assert record.is_sealed
    errors = [e for e in watcher.errors if "ERR_ABORTED" not in e]
    assert errors == []
    assert watcher.outside_requests() == []
