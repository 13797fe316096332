"""The next interview with the same employee closes the previous plan (R4.2): its record
opens with the previous measures, cannot be submitted until each has a final status and a
comment, and sealing it closes that plan (met → recognition, missed → follow-ups) and opens
the new one."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from candor.core.errors import DomainError
from candor.core.testing import PERSONA_PASSWORD
from candor.interviews.models import RecordStatus
from candor.interviews.services import record as record_services
from candor.interviews.services import sealing
from candor.interviews.tests.factories import COMPLETE_RECORD, SHANGHAI, book, fill, hold, sealed
from candor.plans.models import (
    Checkpoint,
    FollowUp,
    FollowUpKind,
    Measure,
    MeasureStatus,
    Plan,
    PlanStatus,
    ProgressNote,
    Recognition,
)
from candor.plans.services.tracking import record_progress

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}
FIRST_MEASURE = "每月完成 1 门数据分析课程"
# The second interview, in December: its own measures have next year's dates.
SECOND_RECORD = dict(COMPLETE_RECORD, measures={"items": [{
    "measure": "每季度独立完成 2 份客户流失分析报告", "owner": "张伟", "deadline": "2027-03-31",
    "support_type": "people", "support": "王强每两周辅导一次",
    "checkpoints": "2027-01-15 完成第 1 份报告"}]},
    support={"items": [{"commitment": "开通 BI 工具账号", "owner": "王强", "due": "2027-01-10"}]})


def _second(personas):
    """张伟's December interview, held, its record filled with everything but the carry-over."""
    interview = hold(book(personas, starts_at=dt.datetime(2026, 12, 14, 10, 0, tzinfo=SHANGHAI),
                          now=dt.datetime(2026, 12, 1, 9, 0, tzinfo=SHANGHAI)))
    return fill(interview.record, content=SECOND_RECORD)


def _first_plan(record) -> Plan:
    return record.plans.get()


def _report(personas, record, plan: Plan, *, final_status: str, comment: str = "已按期完成。"):
    current = record.sections.filter(key="previous_plan").first()
    rows = [{"measure_id": m.pk, "measure": m.text, "final_status": final_status,
             "comment": comment} for m in plan.measures.all()]
    return record_services.save_section(
        actor=personas.manager.user, record=record, key="previous_plan",
        data={"items": rows}, version=current.version if current else 0)


def _submit(record):
    interview = record.interview
    return record_services.submit_draft(actor=interview.manager.user, record=record,
                                        now=interview.ended_at + dt.timedelta(hours=2))


def _seal(personas, record):
    record_services.save_section(actor=personas.employee.user, record=record,
                                 key="employee_comments", data={"text": "同意。"}, version=0)
    for who in (personas.employee, personas.manager):
        sealing.sign_record(actor=who.user, record=record, password=PERSONA_PASSWORD)
    record.refresh_from_db()
    return record


def test_it_refuses_the_second_record_until_the_previous_measures_are_closed(personas):
    plan = _first_plan(sealed(personas))
    record = _second(personas)
    with pytest.raises(DomainError) as refused:
        _submit(record)
    assert "上期改进计划还有 1 项措施未填写最终状态和说明" in refused.value.message
    assert f"“{FIRST_MEASURE}”" in refused.value.message
    _report(personas, record, plan, final_status="done", comment="")
    with pytest.raises(DomainError, match=FIRST_MEASURE):
        _submit(record)  # a final status without a comment is not enough
    _report(personas, record, plan, final_status="done")
    assert _submit(record).status == RecordStatus.WITH_EMPLOYEE


def test_sealing_closes_a_met_plan_with_a_recognition_and_opens_the_new_one(personas):
    first = sealed(personas)
    plan = _first_plan(first)
    record = _second(personas)
    _report(personas, record, plan, final_status="done", comment="3 门课程都已完成。")
    _seal(personas, _submit(record))
    plan.refresh_from_db()
    assert plan.status == PlanStatus.MET and plan.closed_by_record == record
    measure = plan.measures.get()
    assert (measure.final_status, measure.final_comment) == ("done", "3 门课程都已完成。")
    assert Recognition.objects.filter(plan=plan, employee=personas.employee).exists()
    new = record.plans.get()
    assert new.status == PlanStatus.ACTIVE
    assert new.measures.get().text == "每季度独立完成 2 份客户流失分析报告"


def test_a_missed_previous_plan_proposes_follow_ups(personas):
    plan = _first_plan(sealed(personas))
    record = _second(personas)
    _report(personas, record, plan, final_status="not_met", comment="只完成了 1 门课程。")
    _seal(personas, _submit(record))
    plan.refresh_from_db()
    assert plan.status == PlanStatus.MISSED
    assert sorted(FollowUp.objects.filter(plan=plan).values_list("kind", flat=True)) == sorted(
        [FollowUpKind.INTERVIEW, FollowUpKind.REVISION])
    assert not Recognition.objects.filter(plan=plan).exists()


def test_the_measure_text_is_the_plans_whatever_is_posted(personas):
    plan = _first_plan(sealed(personas))
    record = _second(personas)
    measure = plan.measures.get()
    record_services.save_section(
        actor=personas.manager.user, record=record, key="previous_plan", version=0,
        data={"items": [{"measure_id": measure.pk, "measure": "改过的措施",
                         "final_status": "done", "comment": "完成"},
                        {"measure_id": 999999, "measure": "不存在的措施",
                         "final_status": "done", "comment": "完成"}]})
    stored = record_services.contents(record)["previous_plan"]["items"]
    assert stored == [{"measure_id": measure.pk, "measure": FIRST_MEASURE,
                       "final_status": "done", "comment": "完成"}]


# --- the pages --------------------------------------------------------------------------

def _edit(interview) -> str:
    return reverse("interviews:record_edit", args=[interview.pk])


def test_the_edit_page_opens_with_the_previous_measures_and_their_state(personas, client_for):
    plan = _first_plan(sealed(personas))
    measure = plan.measures.get()
    record_progress(actor=personas.employee.user, measure=measure,
                    status=MeasureStatus.DONE, text="11 月已完成 3 门课程。",
                    checkpoint=measure.checkpoints.get())
    record = _second(personas)
    page = client_for("manager").get(_edit(record.interview)).content.decode()
    assert page.index('id="section-previous_plan"') < page.index('id="section-goal_review"')
    assert page.count('class="card mb-3 record-section"') == 11
    editor = page[page.index('id="section-previous_plan"'):page.index('id="section-goal_review"')]
    assert FIRST_MEASURE in editor and f'name="items-0-measure_id" value="{measure.pk}"' in editor
    assert "已完成" in editor and "检查点 1 / 1" in editor and "11 月已完成 3 门课程。" in editor
    assert '<option value="done" selected>' in editor  # done measures start as done
    assert reverse("plans:detail", args=[plan.pk]) in editor
    assert "上期改进计划还有 1 项措施未填写最终状态和说明" in editor  # the comment is missing


def test_submitting_through_the_page_names_the_open_measures_and_keeps_the_input(personas,
                                                                                client_for):
    plan = _first_plan(sealed(personas))
    record = _second(personas)
    interview = record.interview
    client = client_for("manager")
    measure = plan.measures.get()
    client.post(reverse("interviews:section", args=[interview.pk, "previous_plan"]), {
        "version": "0", "items-0-measure_id": str(measure.pk), "items-0-measure": FIRST_MEASURE,
        "items-0-final_status": "not_met", "items-0-comment": ""}, **HTMX)
    response = client.post(reverse("interviews:record_submit", args=[interview.pk]), follow=True)
    page = response.content.decode()
    assert "记录还不完整，不能提交" in page
    assert (f'<a class="alert-link" href="#section-previous_plan">上期改进计划还有 1 项措施'
            f'未填写最终状态和说明：“{FIRST_MEASURE}”。</a>') in page
    assert '<option value="not_met" selected>' in page
    record.refresh_from_db()
    assert record.status == RecordStatus.DRAFT


def test_the_record_page_shows_the_report_and_links_both_plans(personas, client_for):
    plan = _first_plan(sealed(personas))
    record = _second(personas)
    _report(personas, record, plan, final_status="not_met", comment="只完成了 1 门课程。")
    _seal(personas, _submit(record))
    page = client_for("employee").get(
        reverse("interviews:record", args=[record.interview_id])).content.decode()
    part = page[page.index('id="part-previous_plan"'):page.index('id="part-goal_review"')]
    assert "<th scope=\"col\">最终状态</th>" in part and "<td>未完成</td>" in part
    assert "只完成了 1 门课程。" in part and FIRST_MEASURE in part
    assert reverse("plans:detail", args=[plan.pk]) in part
    new = record.plans.get()
    assert f'href="{reverse("plans:detail", args=[new.pk])}" data-testid="record-plan"' in page


def test_without_a_previous_plan_the_section_is_nowhere(personas, client_for):
    record = sealed(personas)
    client = client_for("manager")
    page = client.get(reverse("interviews:record", args=[record.interview_id])).content.decode()
    assert 'id="part-previous_plan"' not in page and "上期改进计划完成情况" not in page
    url = reverse("interviews:section", args=[record.interview_id, "previous_plan"])
    assert client.get(url).status_code == 404


def test_a_first_interview_opens_without_a_previous_plan(personas, client_for):
    interview = book(personas)
    client = client_for("manager")
    conversation = client.get(reverse("interviews:conversation", args=[interview.pk]))
    assert "sections/previous_plan/" not in conversation.content.decode()
    pack = client.get(reverse("interviews:prepare", args=[interview.pk])).content.decode()
    assert 'data-testid="no-previous"' in pack


def test_conversation_mode_opens_with_the_previous_plan(personas, client_for):
    sealed(personas)
    record = _second(personas)
    page = client_for("manager").get(
        reverse("interviews:conversation", args=[record.interview_id])).content.decode()
    opening = page[page.index('data-step-panel="opening"'):
                   page.index('data-step-panel="self_assessment"')]
    section = reverse("interviews:section", args=[record.interview_id, "previous_plan"])
    assert opening.index(section) < opening.index("sections/type_focus/")


def test_the_pack_shows_the_previous_plan_with_statuses(personas, client_for):
    plan = _first_plan(sealed(personas))
    measure = plan.measures.get()
    record_progress(actor=personas.employee.user, measure=measure,
                    status=MeasureStatus.AT_RISK, text="课程排期冲突，只学了一半。")
    later = book(personas, starts_at=dt.datetime(2026, 12, 14, 10, 0, tzinfo=SHANGHAI),
                 now=dt.datetime(2026, 12, 1, 9, 0, tzinfo=SHANGHAI))
    page = client_for("manager").get(
        reverse("interviews:prepare", args=[later.pk])).content.decode()
    assert 'data-testid="previous-plan"' in page and "执行中" in page
    row = page[page.index('data-testid="previous-measure"'):]
    assert FIRST_MEASURE in row and "有风险" in row and "2026-12-31" in row
    assert "0 / 1" in row and "课程排期冲突，只学了一半。" in row
    assert "已兑现 0 项，待兑现 1 项" in page and "安排 IT 测试环境" in page
    assert reverse("plans:detail", args=[plan.pk]) in page
    assert reverse("interviews:record", args=[plan.record.interview_id]) in page


def test_the_edit_page_does_not_query_per_previous_measure(personas, client_for):
    plan = _first_plan(sealed(personas))
    record = _second(personas)
    client = client_for("manager")
    url = _edit(record.interview)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    queries()  # first request: policy row, content types
    small = queries()
    for n in range(4):
        measure = Measure.objects.create(plan=plan, order=n + 1, text=f"附加措施{n}",
                                         owner_name="张伟", deadline=dt.date(2026, 12, 31))
        Checkpoint.objects.create(measure=measure, date=dt.date(2026, 11, 30), text="复核")
        ProgressNote.objects.create(measure=measure, author=personas.employee.user,
                                    author_name="张伟", status="on_track", text=f"进展{n}")
    page = client.get(url).content.decode()
    assert "附加措施3" in page and "进展3" in page
    assert queries() == small
