"""The measures editor tells, row by row and as the manager types, when a measure is not yet
SMART (R4.1). The findings are hints: the row is saved anyway, and the record can be
submitted — unless HR requires SMART measures, then submitting names the finding."""

from __future__ import annotations

import pytest
from django.urls import reverse

from candor.core.errors import DomainError
from candor.core.models import AuditEvent
from candor.interviews.models import InterviewPolicy, RecordSection
from candor.interviews.services import record as record_services
from candor.interviews.tests.factories import COMPLETE_RECORD, book, fill, hold

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}
VAGUE = "提升数据分析能力"
VAGUE_MESSAGE = "“提升”只说了方向，没有可以数的结果。"
GOOD = "每月完成 1 门数据分析课程"


def _url(interview) -> str:
    return reverse("interviews:section", args=[interview.pk, "measures"])


def _rows(*measures: str) -> dict:
    data = {"version": "0"}
    for number, measure in enumerate(measures):
        data |= {f"items-{number}-measure": measure, f"items-{number}-owner": "张伟",
                 f"items-{number}-deadline": "2026-12-31"}
    return data


def _require_smart(on: bool = True) -> None:
    InterviewPolicy.objects.filter(pk=InterviewPolicy.current().pk).update(
        require_smart_measures=on)


def test_an_autosave_answers_each_row_with_its_findings(personas, client_for):
    interview = book(personas)
    response = client_for("manager").post(_url(interview), _rows(GOOD, VAGUE), **HTMX)
    page = response.content.decode()
    vague = page[page.index('id="section-measures-smart-1"'):]
    assert '<div class="mt-2" id="section-measures-smart-1" hx-swap-oob="true">' in page
    assert VAGUE_MESSAGE in vague and "例如把“提升数据分析能力”改成" in vague
    assert "仅供参考，不影响保存" in vague
    good = page[page.index('id="section-measures-smart-0"'):page.index(
        'id="section-measures-smart-1"')]
    assert 'data-testid="smart-ok"' in good and VAGUE_MESSAGE not in good
    stored = RecordSection.objects.get(record=interview.record, key="measures")
    assert [row["measure"] for row in stored.content["items"]] == [GOOD, VAGUE]  # saved anyway


def test_the_editor_shows_the_findings_under_their_row(personas, client_for):
    interview = book(personas)
    record_services.save_section(
        actor=personas.manager.user, record=interview.record, key="measures", version=0,
        data={"items": [{"measure": VAGUE, "owner": "", "deadline": "年底前"}]})
    page = client_for("manager").get(_url(interview)).content.decode()
    row = page[page.index('data-row="0"'):page.index('data-row="1"')]
    assert VAGUE_MESSAGE in row and "没有负责人。" in row
    assert page.count('data-testid="smart-findings"') == 2  # the empty row has a place too
    assert "的完成期限无法识别为日期" not in page  # "年底前" is read as a date


def test_the_editor_hints_at_dates_it_cannot_read(personas, client_for):
    interview = book(personas)
    response = client_for("manager").post(_url(interview), _rows(GOOD) | {
        "items-0-deadline": "尽快", "items-0-checkpoints": "复核样本"}, **HTMX)
    hints = response.content.decode()
    assert "“改进措施”第 1 条的完成期限无法识别为日期" in hints
    assert "“改进措施”第 1 条的检查点“复核样本”缺少日期" in hints


def test_a_vague_measure_does_not_block_submitting_by_default(personas):
    interview = hold(book(personas))
    fill(interview.record, content=dict(COMPLETE_RECORD, measures={"items": [
        {"measure": VAGUE, "owner": "张伟", "deadline": "2026-12-31"}]}))
    record_services.submit_draft(actor=personas.manager.user, record=interview.record,
                                 now=interview.ended_at)


def test_when_hr_requires_smart_measures_submitting_names_the_finding(personas, client_for):
    _require_smart()
    interview = hold(book(personas))
    fill(interview.record, content=dict(COMPLETE_RECORD, measures={"items": [
        {"measure": VAGUE, "owner": "张伟", "deadline": "2026-12-31"}]}))
    with pytest.raises(DomainError, match=f"“改进措施”第 1 条：{VAGUE_MESSAGE}"):
        record_services.submit_draft(actor=personas.manager.user, record=interview.record,
                                     now=interview.ended_at)
    client = client_for("manager")
    page = client.post(reverse("interviews:record_submit", args=[interview.pk]),
                       follow=True).content.decode()
    assert (f'<a class="alert-link" href="#section-measures">“改进措施”第 1 条：'
            f"{VAGUE_MESSAGE}</a>") in page
    assert "人力资源要求修改后才能提交记录" in client.get(_url(interview)).content.decode()


def test_hr_turns_the_requirement_on_in_the_rules(personas, client_for):
    client = client_for("hr")
    url = reverse("interviews:policy")
    page = client.get(url).content.decode()
    assert 'name="require_smart_measures"' in page and "改进措施须通过 SMART 检查" in page
    values = {"notice_workdays": 3, "min_minutes": 45, "max_minutes": 90,
              "default_minutes": 60, "max_days_after_period": 30, "record_due_hours": 24,
              "appeal_window_workdays": 5, "reminder_workdays": 1,
              "version": InterviewPolicy.current().version}
    assert client.post(url, values | {"require_smart_measures": "on"}).status_code == 302
    policy = InterviewPolicy.current()
    assert policy.require_smart_measures is True
    event = AuditEvent.objects.filter(event="interview.policy_updated").latest("pk")
    assert event.data["after"] == {"require_smart_measures": True}
    client.post(url, values | {"version": policy.version})
    assert InterviewPolicy.current().require_smart_measures is False
