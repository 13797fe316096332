"""The employee's self-assessment page (R3.3): drafts stay private, submitting needs all
five parts and 3–5 questions, and the manager reads it once submitted."""

from __future__ import annotations

import pytest
from django.urls import reverse

from candor.interviews.models import SelfAssessment
from candor.interviews.tests.factories import book, hold

pytestmark = pytest.mark.django_db

PARTS = {
    "performance": "本季度完成了客户回访系统的上线。",
    "against_standards": "利润完成 109%，任务数完成 95%。",
    "self_evaluation": "沟通主动，但测试覆盖不足。",
    "next_goals": "下季度把测试覆盖率提高到 80%。",
    "support_needed": "需要一套独立的测试环境。",
}
QUESTIONS = ["下季度的利润目标会调整吗？", "能否参加数据分析培训？", "测试环境何时到位？"]


def _post(client, interview, *, action="draft", parts=None, questions=None, version=1):
    data = {**(PARTS if parts is None else parts), "version": version, "action": action,
            "questions": QUESTIONS if questions is None else questions}
    return client.post(reverse("interviews:self_assessment", args=[interview.pk]), data)


def test_it_shows_five_question_inputs_and_the_due_time(personas, client_for):
    interview = book(personas)
    page = client_for("employee").get(
        reverse("interviews:self_assessment", args=[interview.pk])).content.decode()
    assert page.count('name="questions"') == 5
    assert "2026-10-19 10:00" in page
    for label in ("本期工作表现", "对照绩效标准的完成情况", "自我评价", "下期目标设想",
                  "需要的资源与支持"):
        assert label in page


def test_it_keeps_a_draft_from_the_manager(personas, client_for):
    interview = book(personas)
    response = _post(client_for("employee"), interview, parts={"performance": "草稿里的一句话"},
                     questions=["只有一个问题"])
    assert response.status_code == 302
    assessment = SelfAssessment.objects.get(interview=interview)
    assert assessment.submitted_at is None and assessment.questions == ["只有一个问题"]
    page = client_for("manager").get(
        reverse("interviews:self_assessment", args=[interview.pk])).content.decode()
    assert "员工尚未提交自我评估" in page and "草稿里的一句话" not in page


def test_it_refuses_to_submit_without_a_part_and_keeps_the_input(personas, client_for):
    interview = book(personas)
    parts = {**PARTS, "self_evaluation": ""}
    response = _post(client_for("employee"), interview, action="submit", parts=parts)
    page = response.content.decode()
    assert response.status_code == 200
    assert "请填写：自我评价。" in page
    assert PARTS["performance"] in page and QUESTIONS[1] in page
    assert not SelfAssessment.objects.filter(interview=interview,
                                             submitted_at__isnull=False).exists()


@pytest.mark.parametrize("questions", [QUESTIONS[:2], [*QUESTIONS, "四", "五", "六"]])
def test_it_refuses_to_submit_fewer_than_three_or_more_than_five_questions(
        personas, client_for, questions):
    interview = book(personas)
    page = _post(client_for("employee"), interview, action="submit",
                 questions=questions).content.decode()
    assert "请提出 3–5 个问题或要求" in page
    assert questions[0] in page and PARTS["next_goals"] in page


def test_it_submits_and_the_manager_reads_it(personas, client_for):
    interview = book(personas)
    employee = client_for("employee")
    assert _post(employee, interview, action="submit").status_code == 302
    assessment = SelfAssessment.objects.get(interview=interview)
    assert assessment.submitted_at is not None and assessment.questions == QUESTIONS
    url = reverse("interviews:self_assessment", args=[interview.pk])
    page = client_for("manager").get(url).content.decode()
    assert PARTS["support_needed"] in page and QUESTIONS[2] in page
    own = employee.get(url).content.decode()
    assert 'data-testid="submitted-badge"' in own and 'name="questions"' not in own


def test_it_tells_the_employee_of_an_edit_made_in_another_window(personas, client_for):
    interview = book(personas)
    employee = client_for("employee")
    _post(employee, interview, parts={**PARTS, "performance": "第一个窗口"})
    response = _post(employee, interview, parts={**PARTS, "performance": "第二个窗口"},
                     version=1)
    page = response.content.decode()
    assert "内容已被他人修改" in page and "第二个窗口" in page
    assert SelfAssessment.objects.get(interview=interview).performance == "第一个窗口"


def test_it_shows_the_released_result_for_reference(personas, client_for):
    interview = book(personas)
    page = client_for("employee").get(
        reverse("interviews:self_assessment", args=[interview.pk])).content.decode()
    assert 'data-testid="sheet-result"' in page and "109" in page and "利润" in page


def test_it_adds_a_question_row(personas, client_for):
    interview = book(personas)
    response = client_for("employee").get(
        reverse("interviews:self_assessment", args=[interview.pk]) + "?part=question_row",
        headers={"HX-Request": "true"})
    assert response.content.decode().count('name="questions"') == 1


def test_it_is_read_only_once_the_interview_is_held(personas, client_for):
    interview = hold(book(personas))
    page = client_for("employee").get(
        reverse("interviews:self_assessment", args=[interview.pk])).content.decode()
    assert 'data-testid="closed"' in page and 'name="questions"' not in page


def test_nobody_else_writes_it(personas, client_for):
    interview = book(personas)
    assert _post(client_for("manager"), interview).status_code == 403
    assert _post(client_for("outsider"), interview).status_code == 404
    assert not SelfAssessment.objects.filter(interview=interview).exists()
