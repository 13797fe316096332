"""The plan issue's acceptance walk in a real browser: the manager 王强 writes a vague measure
in 张伟's record and sees the SMART finding, fixes it, and both sign → the real task worker
delivers the checkpoint reminder, once however often it runs → 张伟 records progress at the
checkpoint → the next interview's record opens with the plan's completion and refuses to go
out until the measure has a final status and a comment.

Only what the interview issue would have produced is written directly: the first interview,
held three hours ago, with its record complete except the measures; later the second one.
The pages run on the real clock, so the checkpoint is put on the latest day whose reminder
(09:00 on the working day before) is already due, and the other dates are counted from
today.

Screenshots land in test-output/screenshots/plan-walk-NN-<step>.png.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import Locator, Page, expect

from candor.core.testing import PERSONA_PASSWORD
from candor.core.tests.browser_support import PageWatcher, log_in, log_out, screenshot
from candor.core.tests.conftest import browser, page  # noqa: F401 (fixtures)
from candor.interviews.models import Interview, Record, RecordStatus
from candor.interviews.tests.factories import COMPLETE_RECORD, SHANGHAI, book, fill, hold
from candor.notifications.models import Notification
from candor.plans.models import Checkpoint, Measure, MeasureStatus, Plan, ProgressNote
from candor.plans.reminders import due_time

pytestmark = pytest.mark.browser

VAGUE = "提升数据分析能力"
MEASURE = "每月完成 1 门数据分析课程，季度末前独立完成 1 份分析报告"
STEPS = "报名公司数据分析课程；每周学习 3 小时"
CHECKPOINT = "提交第一份分析报告"
PROGRESS = "第一份分析报告已提交：10 月客户流失分析，王强已审阅。"
FINAL_COMMENT = "按期完成 2 门课程和 1 份分析报告。"
COMMENTS = "同意记录内容，会按检查点推进。"


class Walk:
    """Numbered screenshots, so the folder reads in the order the walk happened."""

    def __init__(self, tab: Page) -> None:
        self.tab = tab
        self.numbers = itertools.count(1)

    def shot(self, step: str) -> Path:
        return screenshot(self.tab, f"plan-walk-{next(self.numbers):02d}-{step}")

    def nav(self, key: str) -> None:
        self.tab.locator(f'nav [data-nav="{key}"]').click()
        self.tab.wait_for_load_state()

    def as_(self, username: str) -> None:
        """Whoever was logged in leaves, the next person logs in (on the home page)."""
        if self.tab.get_by_test_id("user-menu").count():
            log_out(self.tab)
        log_in(self.tab, username)


# Dates ----------------------------------------------------------------------------------

def checkpoint_day() -> dt.date:
    """The latest checkpoint day whose reminder (09:00 on the working day before) is due
    already: on a working day after nine, the next working day; before nine, today; over a
    weekend or a holiday, the first working day after it."""
    now = timezone.now()
    day = timezone.localdate()
    while due_time(day + dt.timedelta(days=1)) <= now:
        day += dt.timedelta(days=1)
    return day


def quarter_end(day: dt.date) -> dt.date:
    """The end of the quarter "季度末" in the measure names."""
    month = (day.month - 1) // 3 * 3 + 3
    return dt.date(day.year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def dated_record(day: dt.date, *, measures: bool) -> dict:
    """COMPLETE_RECORD with its dates counted from the interview day (a commitment long past
    would be reminded too, and a checkpoint after its deadline refuses the record)."""
    content = {key: value for key, value in COMPLETE_RECORD.items() if key != "measures"}
    content["support"] = {"items": [{"commitment": "安排 IT 测试环境", "owner": "王强",
                                     "due": (day + dt.timedelta(days=30)).isoformat()}]}
    content["next_goals"] = {"items": [{"goal": "利润 3500 万元", "target": "季度财报",
                                        "deadline": (day + dt.timedelta(days=90)).isoformat()}]}
    if measures:
        content["measures"] = {"items": [{
            "measure": "每季度独立完成 2 份客户流失分析报告", "owner": "张伟",
            "deadline": (day + dt.timedelta(days=90)).isoformat(), "support_type": "people",
            "support": "王强每两周辅导一次",
            "checkpoints": f"{(day + dt.timedelta(days=30)).isoformat()} 完成第 1 份报告"}]}
    return content


def first_interview(personas) -> Interview:
    """张伟's interview, held three hours ago; its record has everything but the measures."""
    starts_at = timezone.localtime(timezone.now(), SHANGHAI).replace(
        second=0, microsecond=0) - dt.timedelta(hours=3)
    interview = hold(book(personas, starts_at=starts_at,
                          now=starts_at - dt.timedelta(days=21)))
    fill(interview.record, content=dated_record(starts_at.date(), measures=False))
    return interview


def second_interview(personas, deadline: dt.date) -> Interview:
    """The next interview, a week after the measure's deadline, held, its record filled
    with everything but the previous plan's completion."""
    day = deadline + dt.timedelta(days=7)
    starts_at = dt.datetime.combine(day, dt.time(10, 0), tzinfo=SHANGHAI)
    interview = hold(book(personas, starts_at=starts_at, now=timezone.now()))
    fill(interview.record, content=dated_record(day, measures=True))
    return interview


# Page helpers ---------------------------------------------------------------------------

def field(label: str) -> re.Pattern[str]:
    """A form field's accessible name: its label, with " *" when required."""
    return re.compile(rf"^{re.escape(label)}( \*)?$")


def settle(tab: Page) -> None:
    """No editor request in flight (htmx marks the element that sent one)."""
    tab.wait_for_function("() => !document.querySelector('.htmx-request')")


def measure_row(tab: Page) -> Locator:
    return tab.locator("#section-measures [data-row]").first


def run_worker() -> None:
    """The real task worker, once through everything due, as `manage.py db_worker` runs it."""
    call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay", "--interval=0",
                 verbosity=0)


def checkpoint_notifications(tab: Page) -> Locator:
    return tab.locator("[data-notification]", has_text="检查点提醒")


# The walk -------------------------------------------------------------------------------

def manager_writes_a_vague_measure(walk: Walk) -> None:
    tab = walk.tab
    walk.as_("manager")
    tab.get_by_test_id("interview-work").get_by_test_id("drafts-due").get_by_role(
        "link", name="张伟").click()
    expect(tab.get_by_test_id("record-status")).to_have_text("草稿")
    expect(tab.locator("#section-previous_plan")).to_have_count(0)  # no plan before this one
    row = measure_row(tab)
    row.get_by_label("负责人", exact=True).fill("张伟")
    measure = row.get_by_label("措施", exact=True)
    measure.fill(VAGUE)
    measure.press("End")  # a key comes up: the editor saves and answers with the findings
    findings = tab.locator("#section-measures-smart-0")
    expect(findings.locator('li[data-code="vague"]')).to_contain_text(
        "“提升”只说了方向，没有可以数的结果。")
    expect(findings.locator('li[data-code="vague"]')).to_contain_text(
        "例如把“提升数据分析能力”改成")
    expect(findings.locator('li[data-code="deadline"]')).to_contain_text("没有完成期限。")
    expect(findings).to_contain_text("仅供参考，不影响保存")
    expect(tab.locator("#section-measures-status")).to_contain_text("已保存")
    settle(tab)
    walk.shot("manager-vague-measure")


def manager_fixes_the_measure(walk: Walk, *, deadline: dt.date, checkpoint: dt.date) -> None:
    tab = walk.tab
    row = measure_row(tab)
    row.get_by_label("行动步骤", exact=True).fill(STEPS)
    row.get_by_label("完成期限", exact=True).fill(deadline.isoformat())
    row.get_by_label("支持类型", exact=True).select_option(label="培训")
    row.get_by_label("所需支持", exact=True).fill("数据分析课程培训预算")
    row.get_by_label("检查点", exact=True).fill(f"{checkpoint.isoformat()} {CHECKPOINT}")
    # The measure's text last: only a save that carries it can answer "SMART".
    measure = row.get_by_label("措施", exact=True)
    measure.fill(MEASURE)
    measure.press("End")
    findings = tab.locator("#section-measures-smart-0")
    expect(findings.get_by_test_id("smart-ok")).to_have_text(
        "符合 SMART 原则：目标可衡量，有期限和负责人")
    expect(findings.locator("li")).to_have_count(0)
    measure.press("Tab")  # leaving the field saves once more; let that one finish too
    settle(tab)
    expect(tab.locator("#section-measures-status")).to_contain_text("已保存")
    expect(tab.locator("#section-measures-hints")).not_to_contain_text("改进措施")
    walk.shot("manager-measure-fixed")

    tab.get_by_test_id("submit-form").get_by_role("button", name="提交给员工确认").click()
    expect(tab.get_by_text("记录已提交给员工确认。")).to_be_visible()
    expect(tab.get_by_test_id("record-status")).to_have_text("待员工确认")
    part = tab.locator("#part-measures")
    for shown in (MEASURE, STEPS, deadline.isoformat(), f"{checkpoint.isoformat()} {CHECKPOINT}"):
        expect(part).to_contain_text(shown)


def both_sign(walk: Walk) -> None:
    tab = walk.tab
    walk.as_("employee")
    tab.get_by_test_id("my-interviews").get_by_role("link", name="面谈记录待我确认签字").click()
    expect(tab.locator("#part-measures")).to_contain_text(MEASURE)
    editor = tab.locator("#section-employee_comments")
    editor.get_by_label("员工意见", exact=True).fill(COMMENTS)
    editor.get_by_role("button", name="保存", exact=True).click()
    expect(editor.get_by_test_id("saved")).to_contain_text("已保存")
    settle(tab)
    sign(tab)
    expect(tab.get_by_text("您已签字。")).to_be_visible()

    walk.as_("manager")
    tab.get_by_test_id("manager-to-sign").get_by_role("link", name="张伟").click()
    sign(tab)
    expect(tab.get_by_text("双方已签字，记录已归档。")).to_be_visible()
    expect(tab.get_by_test_id("record-status")).to_have_text("已签字归档")
    expect(tab.get_by_test_id("record-plan")).to_have_text("改进计划")
    walk.shot("manager-record-sealed")

    tab.get_by_test_id("record-plan").click()
    expect(tab.get_by_role("heading", name="张伟 的改进计划")).to_be_visible()
    expect(tab.get_by_test_id("plan-status")).to_have_text("执行中")
    card = tab.get_by_test_id("measure")
    expect(card).to_have_count(1)
    expect(card.get_by_role("heading", level=3)).to_have_text(f"1. {MEASURE}")
    expect(card).to_contain_text("未开始")
    expect(card.get_by_test_id("checkpoints")).to_contain_text(CHECKPOINT)
    walk.shot("manager-plan")


def sign(tab: Page) -> None:
    form = tab.get_by_test_id("sign-form")
    form.get_by_label("登录密码").fill(PERSONA_PASSWORD)
    form.get_by_role("button", name="签字确认").click()


def reminder_arrives(walk: Walk, personas, checkpoint: dt.date) -> None:
    tab = walk.tab
    subject = f"检查点提醒：{checkpoint.isoformat()} {CHECKPOINT}"
    run_worker()
    walk.as_("employee")
    expect(tab.get_by_test_id("notifications")).to_contain_text("未读")
    tab.get_by_test_id("notifications").click()
    reminder = checkpoint_notifications(tab)
    expect(reminder).to_have_count(1)
    expect(reminder).to_contain_text(subject)
    expect(reminder).to_contain_text(
        f"改进措施“{MEASURE}”（张伟）在 {checkpoint.isoformat()} 有一个检查点：{CHECKPOINT}。"
        "请届时记录进展。")
    expect(reminder.get_by_text("未读")).to_be_visible()
    walk.shot("employee-checkpoint-reminder")

    run_worker()  # a second run (a restart, a duplicate) finds nothing left to send
    tab.reload()
    expect(checkpoint_notifications(tab)).to_have_count(1)
    assert Notification.objects.filter(kind="plan.checkpoint").count() == 1
    sent = [m for m in mail.outbox if m.subject == subject]
    assert [m.to for m in sent] == [[personas.employee.email]]


def employee_records_progress(walk: Walk, checkpoint: dt.date) -> None:
    tab = walk.tab
    checkpoint_notifications(tab).get_by_role("button", name="查看").click()
    expect(tab.get_by_role("heading", name="张伟 的改进计划")).to_be_visible()
    card = tab.get_by_test_id("measure")
    card.get_by_test_id("report-progress").click()
    expect(tab.get_by_role("heading", name="记录进展")).to_be_visible()
    expect(tab.get_by_test_id("measure-summary")).to_contain_text(MEASURE)
    form = tab.get_by_test_id("progress-form")
    form.get_by_label(field("状态")).select_option(label="正常推进")
    form.get_by_label(field("进展说明")).fill(PROGRESS)
    form.get_by_label(field("本次完成的检查点")).select_option(
        label=f"{checkpoint.isoformat()} {CHECKPOINT}")
    walk.shot("employee-progress-form")
    form.get_by_role("button", name="保存进展").click()

    expect(tab.get_by_text("进展已记录。")).to_be_visible()
    card = tab.get_by_test_id("measure")
    expect(card.locator(".card-header")).to_contain_text("正常推进")
    done = card.get_by_test_id("checkpoints").locator("li", has_text=CHECKPOINT)
    expect(done.get_by_text("已检查")).to_be_visible()
    expect(done).to_contain_text(PROGRESS)
    notes = card.get_by_test_id("notes")
    notes.locator("summary").click()
    expect(notes.locator("summary")).to_have_text("进展记录（1 条）")
    expect(notes.get_by_text(PROGRESS)).to_be_visible()
    expect(notes).to_contain_text(f"检查点：{CHECKPOINT}")
    walk.shot("employee-progress-recorded")


def next_interview_opens_with_the_completion(walk: Walk, interview: Interview,
                                             noted_on: dt.date) -> None:
    tab = walk.tab
    walk.as_("manager")
    tab.get_by_test_id("interview-work").get_by_test_id("drafts-due").get_by_role(
        "link", name="张伟").click()
    expect(tab).to_have_url(re.compile(rf"/interviews/{interview.pk}/record/edit/$"))
    expect(tab.locator("[data-section]").first).to_have_attribute("data-section",
                                                                   "previous_plan")
    previous = tab.locator("#section-previous_plan")
    expect(previous.get_by_role("heading")).to_have_text("上期改进计划完成情况")
    row = previous.locator("[data-row]")
    expect(row).to_have_count(1)
    expect(row).to_contain_text(MEASURE)
    state = row.get_by_test_id("carryover-state")
    expect(state).to_contain_text("正常推进")
    expect(state).to_contain_text("检查点 1 / 1")
    expect(state.get_by_test_id("carryover-latest")).to_contain_text(
        f"最新进展（{noted_on.isoformat()}，张伟）：{PROGRESS}")
    expect(row.get_by_label("最终状态", exact=True)).to_have_value("")
    expect(previous.get_by_test_id("previous-plan-link")).to_have_text("查看上期改进计划")
    walk.shot("manager-next-record-previous-plan")

    open_item = f"上期改进计划还有 1 项措施未填写最终状态和说明：“{MEASURE[:40]}”。"
    tab.get_by_test_id("submit-form").get_by_role("button", name="提交给员工确认").click()
    refusal = tab.get_by_role("alert").filter(has_text="记录还不完整，不能提交")
    expect(refusal.locator("li")).to_have_count(1)
    expect(refusal.locator("li")).to_have_text(open_item)
    expect(tab.get_by_test_id("record-status")).to_have_text("草稿")
    expect(previous.get_by_test_id("section-hints")).to_contain_text(open_item)
    walk.shot("manager-next-record-refused")

    row = previous.locator("[data-row]")
    row.get_by_label("最终状态", exact=True).select_option(label="已完成")
    comment = row.get_by_label("说明", exact=True)
    comment.fill(FINAL_COMMENT)
    comment.press("End")
    expect(previous.get_by_test_id("section-hints")).to_have_count(0)
    expect(previous.get_by_test_id("saved")).to_contain_text("已保存")
    comment.press("Tab")
    settle(tab)
    walk.shot("manager-next-record-completion-filled")

    tab.get_by_test_id("submit-form").get_by_role("button", name="提交给员工确认").click()
    expect(tab.get_by_text("记录已提交给员工确认。")).to_be_visible()
    part = tab.locator("#part-previous_plan")
    expect(part).to_contain_text(MEASURE)
    expect(part).to_contain_text("已完成")
    expect(part).to_contain_text(FINAL_COMMENT)
    walk.shot("manager-next-record-submitted")


def test_it_walks_a_plan_from_a_vague_measure_to_the_next_interviews_completion(
        page, personas):  # noqa: F811
    watcher = PageWatcher().attach(page)
    first = first_interview(personas)
    checkpoint = checkpoint_day()
    deadline = quarter_end(timezone.localdate() + dt.timedelta(days=20))
    walk = Walk(page)

    manager_writes_a_vague_measure(walk)
    manager_fixes_the_measure(walk, deadline=deadline, checkpoint=checkpoint)
    both_sign(walk)
    plan = Plan.objects.get(record__interview=first)
    measure = plan.measures.get()
    assert (measure.text, measure.owner, measure.deadline, measure.findings) == (
        MEASURE, personas.employee, deadline, [])
    assert list(measure.checkpoints.values_list("date", "text")) == [(checkpoint, CHECKPOINT)]

    reminder_arrives(walk, personas, checkpoint)
    employee_records_progress(walk, checkpoint)
    measure.refresh_from_db()
    assert measure.status == MeasureStatus.ON_TRACK
    assert Checkpoint.objects.get(measure=measure).done_by == personas.employee.user

    second = second_interview(personas, deadline)
    note = ProgressNote.objects.get(measure=measure)
    next_interview_opens_with_the_completion(
        walk, second, timezone.localtime(note.created_at).date())
    record = Record.objects.get(interview=second)
    assert record.status == RecordStatus.WITH_EMPLOYEE
    assert Measure.objects.get(pk=measure.pk).status == MeasureStatus.ON_TRACK  # till sealed

    errors = [e for e in watcher.errors if "ERR_ABORTED" not in e]
    assert errors == []
    assert watcher.outside_requests() == []
