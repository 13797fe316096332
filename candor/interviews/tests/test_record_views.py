"""The record pages as the people involved use them: section editors that autosave and warn
instead of overwriting, the edit page, submitting, corrections, and the paper-form layout."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from candor.interviews.models import CorrectionStatus, Record, RecordSection, RecordStatus
from candor.interviews.services import record as record_services
from candor.interviews.tests.factories import (
    COMPLETE_RECORD,
    book,
    fill,
    hold,
    make_room,
    sealed,
    submitted,
)

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def _url(interview, key):
    return reverse("interviews:section", args=[interview.pk, key])


def _save(personas, record, key, data, version, who="manager"):
    return record_services.save_section(actor=getattr(personas, who).user, record=record,
                                        key=key, data=data, version=version)


def test_a_list_section_shows_one_input_per_column_and_an_empty_row(personas, client_for):
    interview = book(personas)
    page = client_for("manager").get(_url(interview, "strengths")).content.decode()
    assert 'name="items-0-text"' in page and 'name="items-0-case"' in page
    assert 'name="version" value="0"' in page and "添加一行" in page
    assert 'hx-trigger="submit, change, keyup changed delay:1500ms"' in page
    assert "无需额外支持" not in page


def test_the_support_section_may_be_declared_empty(personas, client_for):
    interview = book(personas)
    page = client_for("manager").get(_url(interview, "support")).content.decode()
    assert 'name="none"' in page and "无需额外支持" in page


def test_the_type_focus_section_asks_what_the_interview_type_needs(personas, client_for):
    interview = book(personas, kind="warning")
    page = client_for("manager").get(_url(interview, "type_focus")).content.decode()
    assert "警告事项与后果" in page and "改进期限和复核日期" in page


def test_the_notes_have_one_field_per_agenda_step(personas, client_for):
    interview = book(personas)
    _save(personas, interview.record, "notes", {"steps": {"discussion": "对测试覆盖有分歧"}}, 0)
    page = client_for("manager").get(_url(interview, "notes")).content.decode()
    for title in ("开场", "员工自评", "上级评价", "讨论与分歧", "支持与发展", "改进计划",
                  "下期目标", "确认与鼓励"):
        assert title in page
    assert 'name="step-discussion"' in page and "对测试覆盖有分歧" in page


def test_an_autosave_answers_with_the_time_and_the_new_version(personas, client_for):
    interview = book(personas)
    response = client_for("manager").post(_url(interview, "goal_review"), {
        "version": "0", "comment": "利润超额完成"}, **HTMX)
    page = response.content.decode()
    assert response.status_code == 200 and "已保存" in page
    assert 'name="version" value="1"' in page and 'hx-swap-oob="true"' in page
    stored = RecordSection.objects.get(record=interview.record, key="goal_review")
    assert stored.content == {"comment": "利润超额完成"}


def test_a_list_section_saves_its_rows_through_the_view(personas, client_for):
    interview = book(personas)
    client_for("manager").post(_url(interview, "strengths"), {
        "version": "0", "items-0-text": "主动沟通", "items-0-case": "回访 12 家客户",
        "items-1-text": "", "items-1-case": ""}, **HTMX)
    stored = RecordSection.objects.get(record=interview.record, key="strengths")
    assert stored.content == {"items": [{"text": "主动沟通", "case": "回访 12 家客户"}]}


def test_a_concurrent_save_is_refused_showing_both_versions(personas, client_for):
    record = book(personas).record
    interview = record.interview
    _save(personas, record, "agreement", {"agreed": "初稿"}, 0)
    _save(personas, record, "agreement", {"agreed": "王强写的一致事项"}, 1)
    response = client_for("hr").post(_url(interview, "agreement"), {
        "version": "1", "agreed": "刘洋写的一致事项", "disagreements": "无"}, **HTMX)
    page = response.content.decode()
    assert response.status_code == 200
    assert response["HX-Retarget"] == "#section-agreement"
    assert "已被 王强" in page and "没有覆盖对方的内容" in page
    assert "王强写的一致事项" in page  # theirs, read-only
    assert ">刘洋写的一致事项</textarea>" in page  # mine, still in the form
    assert 'name="version" value="2"' in page and "用我的内容覆盖并保存" in page
    assert 'hx-trigger="submit"' in page  # no autosave over the other's text
    stored = RecordSection.objects.get(record=record, key="agreement")
    assert stored.content["agreed"] == "王强写的一致事项" and stored.version == 2

    again = client_for("hr").post(_url(interview, "agreement"), {
        "version": "2", "overwrite": "1", "agreed": "刘洋写的一致事项",
        "disagreements": "无"}, **HTMX)
    assert "已保存" in again.content.decode()
    stored.refresh_from_db()
    assert stored.content["agreed"] == "刘洋写的一致事项" and stored.version == 3


def test_a_concurrent_save_without_htmx_shows_the_page_with_the_users_text(personas,
                                                                          client_for):
    record = book(personas).record
    _save(personas, record, "goal_review", {"comment": "王强的评价"}, 0)
    response = client_for("hr").post(_url(record.interview, "goal_review"), {
        "version": "0", "comment": "刘洋的评价"})
    page = response.content.decode()
    assert response.status_code == 200 and "填写面谈记录" in page
    assert "没有覆盖对方的内容" in page and "王强的评价" in page and "刘洋的评价" in page


def test_adding_a_row_keeps_the_input_and_saves_nothing(personas, client_for):
    interview = book(personas)
    response = client_for("manager").post(_url(interview, "measures"), {
        "version": "0", "add_row": "1", "items-0-measure": "每月一门课程",
        "items-0-owner": "张伟", "items-0-deadline": "2026-12-31"}, **HTMX)
    page = response.content.decode()
    assert '>每月一门课程</textarea>' in page and 'value="张伟"' in page
    assert 'name="items-1-measure"' in page and 'name="items-2-measure"' in page
    assert not RecordSection.objects.filter(record=interview.record, key="measures").exists()


def test_readers_get_the_section_read_only_and_may_not_write_it(personas, client_for):
    interview = book(personas)
    _save(personas, interview.record, "goal_review", {"comment": "利润超额完成"}, 0)
    page = client_for("second_line").get(_url(interview, "goal_review")).content.decode()
    assert "利润超额完成" in page and "<form" not in page
    response = client_for("second_line").post(_url(interview, "goal_review"), {
        "version": "1", "comment": "改"})
    assert response.status_code == 403
    assert client_for("employee").get(_url(interview, "goal_review")).status_code == 404
    assert client_for("outsider").get(_url(interview, "goal_review")).status_code == 404


def test_the_employee_writes_only_their_comments_once_the_record_is_with_them(personas,
                                                                             client_for):
    record = submitted(personas)
    client = client_for("employee")
    comments = client.get(_url(record.interview, "employee_comments")).content.decode()
    assert "<form" in comments and 'name="text"' in comments
    assert "<form" not in client.get(_url(record.interview, "strengths")).content.decode()
    assert client.post(_url(record.interview, "strengths"), {"version": "1"}).status_code == 403
    response = client.post(_url(record.interview, "employee_comments"), {
        "version": "0", "text": "同意"})
    assert response.status_code == 302
    assert record_services.contents(record)["employee_comments"] == {"text": "同意"}


def test_a_sealed_record_refuses_a_save_but_shows_the_users_text(personas, client_for):
    record = sealed(personas)
    version = RecordSection.objects.get(record=record, key="employee_comments").version
    response = client_for("employee").post(_url(record.interview, "employee_comments"), {
        "version": str(version), "text": "我想再补充一句"}, **HTMX)
    page = response.content.decode()
    assert "记录已签字归档，不能再修改" in page and "我想再补充一句" in page
    assert record_services.contents(record)["employee_comments"] == {"text": "同意记录内容。"}


def test_the_edit_page_shows_header_goals_flags_and_the_deadline(personas, client_for):
    interview = hold(book(personas, room=make_room("王强办公室", leader_office=True)),
                     minutes=30)
    page = client_for("manager").get(
        reverse("interviews:record_edit", args=[interview.pk])).content.decode()
    assert "张伟（岗位：" in page and "王强（岗位：技术部经理）" in page
    assert "王强办公室" in page and "定期绩效面谈" in page and "2026-07-01 至 2026-09-30" in page
    assert "利润" in page and "总分 109" in page and "优-" in page and "部门排名 1 / 1" in page
    assert "领导办公室" in page and "少于 45 分钟" in page
    assert "请在 2026-10-20 10:30 前完成并提交" in page
    assert page.count('class="card mb-3 record-section"') == 10
    assert "提交给员工确认" in page


@pytest.mark.parametrize(("due", "overdue"), [(dt.datetime(2020, 1, 2, tzinfo=dt.UTC), True),
                                              (dt.datetime(2099, 1, 2, tzinfo=dt.UTC), False)])
def test_an_overdue_draft_is_flagged(personas, client_for, due, overdue):
    interview = hold(book(personas))
    Record.objects.filter(pk=interview.record.pk).update(due_at=due)
    page = client_for("manager").get(
        reverse("interviews:record_edit", args=[interview.pk])).content.decode()
    assert ("草稿已逾期" in page) is overdue


def test_a_late_submission_stays_flagged_on_the_record(personas, client_for):
    interview = hold(book(personas))
    fill(interview.record)
    record_services.submit_draft(actor=personas.manager.user, record=interview.record,
                                 now=interview.ended_at + dt.timedelta(hours=30))
    page = client_for("employee").get(
        reverse("interviews:record", args=[interview.pk])).content.decode()
    assert "逾期提交" in page


def test_only_writers_open_the_edit_page(personas, client_for):
    interview = book(personas)
    url = reverse("interviews:record_edit", args=[interview.pk])
    assert client_for("second_line").get(url).status_code == 403
    assert client_for("employee").get(url).status_code == 404
    assert client_for("hr").get(url).status_code == 200


def test_submitting_an_incomplete_record_lists_every_missing_element(personas, client_for):
    interview = hold(book(personas))
    fill(interview.record, content=dict(
        COMPLETE_RECORD, strengths={"items": [{"text": "客户沟通主动", "case": ""}]},
        next_goals={"items": []}))
    response = client_for("manager").post(
        reverse("interviews:record_submit", args=[interview.pk]), follow=True)
    page = response.content.decode()
    assert "<li>“成绩与优点”第 1 条缺少“具体事例”。</li>" in page
    assert "<li>“下期目标”：至少填写一项。</li>" in page
    interview.record.refresh_from_db()
    assert interview.record.status == RecordStatus.DRAFT


def test_a_correction_goes_back_to_the_manager_and_returns_after_resubmission(personas,
                                                                             client_for):
    record = submitted(personas)
    interview = record.interview
    employee, manager = client_for("employee"), client_for("manager")
    response = employee.post(reverse("interviews:correction_new", args=[interview.pk]), {
        "section": "measures", "text": "漏记了公司承诺的培训预算"})
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.status == RecordStatus.CORRECTIONS
    edit = manager.get(reverse("interviews:record_edit", args=[interview.pk])).content.decode()
    assert "漏记了公司承诺的培训预算" in edit and "已按要求更正" in edit
    correction = record.corrections.get()
    declined = manager.post(
        reverse("interviews:correction_answer", args=[interview.pk, correction.pk]),
        {f"c{correction.pk}-decision": "decline", f"c{correction.pk}-response": ""})
    assert "不采纳更正时请说明理由" in declined.content.decode()
    manager.post(reverse("interviews:correction_answer", args=[interview.pk, correction.pk]),
                 {f"c{correction.pk}-decision": "accept", f"c{correction.pk}-response": "已补上"})
    correction.refresh_from_db()
    assert correction.status == CorrectionStatus.RESOLVED
    current = RecordSection.objects.get(record=record, key="measures")
    manager.post(_url(interview, "measures"), {
        "version": str(current.version), "items-0-measure": "每月完成 1 门数据分析课程",
        "items-0-owner": "张伟", "items-0-deadline": "2026-12-31",
        "items-0-support": "公司培训预算 2000 元"})
    manager.post(reverse("interviews:record_submit", args=[interview.pk]))
    record.refresh_from_db()
    assert record.status == RecordStatus.WITH_EMPLOYEE
    page = employee.get(reverse("interviews:record", args=[interview.pk])).content.decode()
    assert "公司培训预算 2000 元" in page and "已更正" in page


def test_the_employee_never_sees_the_draft(personas, client_for):
    interview = book(personas)
    url = reverse("interviews:record", args=[interview.pk])
    assert client_for("employee").get(url).status_code == 404
    page = client_for("second_line").get(url).content.decode()
    assert "绩效面谈记录与改进措施表" in page and "编辑记录" not in page


def test_the_record_reads_like_the_paper_form(personas, client_for):
    record = submitted(personas)
    page = client_for("employee").get(
        reverse("interviews:record", args=[record.interview_id])).content.decode()
    for text in ("基本信息", "绩效目标回顾与评估", "成绩与优点", "9 月主动回访 12 家重点客户",
                 "员工认为的原因", "测试环境不够用", "排期时没有预留测试时间", "分歧及后续处理",
                 "改进措施", "资源与支持承诺", "下期目标", "员工意见", "签字"):
        assert text in page
    assert "待员工确认" in page and "要求更正" in page and "签字确认" in page
    assert reverse("interviews:appeal_new", args=[record.interview_id]) in page
    assert 'id="section-employee_comments"' in page  # the comments editor


def test_the_edit_page_sends_a_submitted_record_to_the_record_page(personas, client_for):
    record = submitted(personas)
    response = client_for("manager").get(
        reverse("interviews:record_edit", args=[record.interview_id]))
    assert response.status_code == 302
    assert response["Location"] == reverse("interviews:record", args=[record.interview_id])


def test_the_edit_page_does_not_query_per_section(personas, client_for,
                                                 django_assert_max_num_queries):
    interview = hold(book(personas))
    fill(interview.record)
    client = client_for("manager")
    url = reverse("interviews:record_edit", args=[interview.pk])
    client.get(url)
    with django_assert_max_num_queries(20):
        assert client.get(url).status_code == 200
