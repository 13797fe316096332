"""360° feedback: requests, answers that are final, and aggregates that never name a rater."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from candor.core.errors import DomainError
from candor.core.models import AuditEvent
from candor.core.testing import make_employee
from candor.evidence import selectors, services
from candor.evidence.models import (
    FeedbackAnswer,
    FeedbackRequest,
    FeedbackStatus,
    QuestionKind,
    Questionnaire,
    Relation,
)
from candor.evidence.tests.factories import (
    answer,
    company_period,
    make_feedback_request,
    today,
)

NEXT_WEEK = today() + dt.timedelta(days=7)


@pytest.fixture
def period(personas):
    return company_period(personas)


@pytest.fixture
def colleagues(personas):
    return [make_employee(name, department=personas.tech, manager=personas.manager)
            for name in ("韩梅", "李雷", "魏明", "宋佳")]


def test_the_default_questionnaire_is_created_once(db):
    first = services.ensure_default_questionnaire()
    again = services.ensure_default_questionnaire()
    assert first == again and first.name == "360° 通用问卷"
    kinds = list(first.questions.values_list("kind", flat=True))
    assert kinds.count(QuestionKind.SCALE) == 5 and kinds.count(QuestionKind.TEXT) == 1
    assert AuditEvent.objects.filter(event="questionnaire.created").count() == 1


def test_the_manager_asks_colleagues_and_customers_and_relations_come_from_the_org_chart(
        personas, period, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        created = services.request_feedback(
            period=period, subject=personas.manager, actor=personas.second_line.user,
            deadline=NEXT_WEEK, raters=[personas.second_line, personas.employee,
                                        personas.outsider_manager],
            customers=[("王先生", "Wang@Example.com")], base_url="https://candor.example/")
    relations = {(r.rater.name if r.rater else r.rater_name): r.relation for r in created}
    assert relations == {"孙磊": Relation.MANAGER, "张伟": Relation.SUBORDINATE,
                         "赵敏": Relation.COLLEAGUE, "王先生": Relation.CUSTOMER}
    customer = next(r for r in created if r.rater is None)
    assert customer.rater_email == "wang@example.com"
    customer_mail = next(m for m in mail.outbox if m.to == ["wang@example.com"])
    link = f"https://candor.example/evidence/feedback/answer/{customer.token}/"
    assert link in customer_mail.body
    assert AuditEvent.objects.filter(event="feedback.requested").count() == 4


def test_each_invitation_is_written_in_the_recipients_language(
        personas, period, django_capture_on_commit_callbacks):
    personas.outsider.user.language = "en"
    personas.outsider.user.save(update_fields=["language"])
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        services.request_feedback(
            period=period, subject=personas.manager, actor=personas.second_line.user,
            deadline=NEXT_WEEK, raters=[personas.outsider, personas.employee],
            customers=[("王先生", "wang@example.com")], base_url="https://candor.example/")
    by_address = {m.to[0]: m for m in mail.outbox}
    english = by_address[personas.outsider.email]
    assert english.subject == "360° feedback invitation: 王强"
    assert english.body.startswith("Hello,")
    for chinese in (by_address[personas.employee.email], by_address["wang@example.com"]):
        assert chinese.subject == "360° 反馈邀请：王强"
        assert chinese.body.startswith("您好，")


@pytest.mark.parametrize("problem", ["self", "again", "past", "nobody", "bad_email"])
def test_it_refuses_bad_requests(personas, period, problem):
    make_feedback_request(personas.employee, period, rater=personas.outsider)
    kwargs = {"period": period, "subject": personas.employee, "actor": personas.manager.user,
              "deadline": NEXT_WEEK, "raters": [personas.hr]}
    kwargs |= {"self": {"raters": [personas.employee]},
               "again": {"raters": [personas.outsider]},
               "past": {"deadline": today() - dt.timedelta(days=1)},
               "nobody": {"raters": []},
               "bad_email": {"customers": [("王先生", "not-an-address")]}}[problem]
    with pytest.raises(DomainError):
        services.request_feedback(**kwargs)


def test_the_employee_cannot_ask_about_themself(personas, period):
    with pytest.raises(DomainError):
        services.request_feedback(period=period, subject=personas.employee,
                                  actor=personas.employee.user, deadline=NEXT_WEEK,
                                  raters=[personas.hr])


def test_the_request_form_takes_suggested_raters_numbers_and_customer_lines(
        personas, period, colleagues, client_for):
    url = reverse("evidence:feedback_request_create", args=[personas.employee.pk])
    response = client_for("manager").post(url, {
        "period": period.pk, "deadline": NEXT_WEEK.isoformat(),
        "raters": [colleagues[0].pk, personas.manager.pk],
        "other_raters": personas.outsider.employee_no,
        "customers": "王先生 wang@example.com\n李女士 <li@example.com>"})
    assert response.status_code == 302
    assert period.feedback_requests.count() == 5


def test_the_request_form_names_unknown_numbers(personas, period, client_for):
    url = reverse("evidence:feedback_request_create", args=[personas.employee.pk])
    response = client_for("manager").post(url, {
        "period": period.pk, "deadline": NEXT_WEEK.isoformat(), "other_raters": "X999"})
    assert "X999" in response.content.decode()
    assert not period.feedback_requests.exists()


def _scores(request, value):
    return {q.pk: value for q in request.questionnaire.questions.all()
            if q.kind == QuestionKind.SCALE}


def test_every_scale_question_needs_a_score_and_answers_are_final(personas, period):
    request = make_feedback_request(personas.employee, period, rater=personas.outsider)
    scores = _scores(request, 4)
    scores.popitem()
    with pytest.raises(DomainError):
        services.answer_feedback(request=request, actor=personas.outsider.user, scores=scores,
                                 texts={})
    services.answer_feedback(request=request, actor=personas.outsider.user,
                             scores=_scores(request, 4), texts={})
    with pytest.raises(DomainError) as caught:
        services.answer_feedback(request=request, actor=personas.outsider.user,
                                 scores=_scores(request, 1), texts={})
    assert caught.value.code == "final"
    assert set(FeedbackAnswer.objects.exclude(score=None).values_list("score", flat=True)) == {4}


def test_only_the_invited_rater_answers(personas, period):
    request = make_feedback_request(personas.employee, period, rater=personas.outsider)
    with pytest.raises(DomainError):
        services.answer_feedback(request=request, actor=personas.manager.user,
                                 scores=_scores(request, 5), texts={})


def test_an_answer_after_the_deadline_is_refused_with_a_message(personas, period, client_for):
    request = make_feedback_request(personas.employee, period, rater=personas.outsider,
                                    deadline=today() - dt.timedelta(days=1))
    with pytest.raises(DomainError) as caught:
        services.answer_feedback(request=request, actor=personas.outsider.user,
                                 scores=_scores(request, 3), texts={})
    assert "截止" in caught.value.message
    page = client_for("outsider").get(reverse("evidence:feedback_answer", args=[request.pk]))
    assert 'data-testid="feedback-overdue"' in page.content.decode()


def test_the_rater_sees_open_requests_and_answers_through_the_page(personas, period,
                                                                   client_for):
    request = make_feedback_request(personas.employee, period, rater=personas.outsider)
    client = client_for("outsider")
    mine = client.get(reverse("evidence:feedback_mine")).content.decode()
    assert reverse("evidence:feedback_answer", args=[request.pk]) in mine
    data = {f"q{pk}": "5" for pk in _scores(request, 5)}
    response = client.post(reverse("evidence:feedback_answer", args=[request.pk]), data)
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == FeedbackStatus.ANSWERED
    assert selectors.pending_feedback_count(personas.outsider.user) == 0


def test_a_customer_answers_by_token_without_logging_in(personas, period, client):
    request = make_feedback_request(personas.employee, period)
    url = reverse("evidence:feedback_answer_token", args=[request.token])
    text_q = request.questionnaire.questions.get(kind=QuestionKind.TEXT)
    data = {f"q{pk}": "4" for pk in _scores(request, 4)} | {f"q{text_q.pk}": "响应很快。"}
    assert client.post(url, data).status_code == 302
    assert 'data-testid="feedback-done"' in client.get(url).content.decode()
    assert FeedbackAnswer.objects.get(question=text_q).text == "响应很快。"
    internal = make_feedback_request(personas.employee, period, rater=personas.outsider)
    assert client.get(reverse("evidence:feedback_answer_token",
                              args=[internal.token])).status_code == 404


def test_a_rater_may_decline(personas, period, client_for):
    request = make_feedback_request(personas.employee, period, rater=personas.outsider)
    client_for("outsider").post(reverse("evidence:feedback_answer", args=[request.pk]),
                                {"decline": "1"})
    request.refresh_from_db()
    assert request.status == FeedbackStatus.DECLINED


def test_the_aggregate_averages_each_question_to_one_decimal(personas, period, colleagues):
    for rater, score in zip(colleagues[:3], (4, 4, 5), strict=True):
        answer(make_feedback_request(personas.employee, period, rater=rater), score,
               text=f"{rater.name}的文字意见")
    summary = selectors.feedback_summary(personas.employee, period, for_subject=True)
    scale = [q for q in summary.questions if q.question.kind == QuestionKind.SCALE]
    assert {q.average for q in scale} == {Decimal("4.3")} and {q.count for q in scale} == {3}
    text = next(q for q in summary.questions if q.question.kind == QuestionKind.TEXT)
    assert sorted(text.texts) == text.texts and len(text.texts) == 3


def _employee_page(client_for, personas, period) -> str:
    url = reverse("evidence:employee", args=[personas.employee.pk])
    return client_for("employee").get(url, {"period": period.pk}).content.decode()


def test_the_employee_sees_averages_only_from_three_answers_and_never_a_rater(
        personas, period, colleagues, client_for):
    requests = [make_feedback_request(personas.employee, period, rater=r) for r in colleagues]
    answer(requests[0], 5)
    answer(requests[1], 3)
    page = _employee_page(client_for, personas, period)
    assert 'data-testid="feedback-not-enough"' in page
    assert 'data-testid="feedback-aggregate"' not in page
    answer(requests[2], 4)
    page = _employee_page(client_for, personas, period)
    assert 'data-testid="feedback-aggregate"' in page and "4.0" in page
    for rater in colleagues:
        assert rater.name not in page


def test_the_manager_sees_the_response_rate_and_who_has_not_answered(
        personas, period, colleagues, client_for):
    requests = [make_feedback_request(personas.employee, period, rater=r) for r in colleagues]
    answer(requests[0], 2)
    url = reverse("evidence:employee", args=[personas.employee.pk])
    page = client_for("manager").get(url, {"period": period.pk}).content.decode()
    assert "25%" in page and 'data-testid="feedback-aggregate"' in page
    unanswered = page.split('data-testid="feedback-unanswered"')[1].split("</ul>")[0]
    assert colleagues[0].name not in unanswered
    assert all(r.name in unanswered for r in colleagues[1:])


def test_a_questionnaire_must_be_active(personas, period):
    closed = Questionnaire.objects.create(name="旧问卷", is_active=False)
    with pytest.raises(DomainError):
        services.request_feedback(period=period, subject=personas.employee,
                                  actor=personas.manager.user, deadline=NEXT_WEEK,
                                  raters=[personas.hr], questionnaire=closed)


def test_it_sends_invitations_through_a_real_smtp_conversation(
        personas, period, smtp_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.request_feedback(
            period=period, subject=personas.manager, actor=personas.second_line.user,
            deadline=NEXT_WEEK, raters=[personas.employee],
            customers=[("王先生", "wang@example.com")], base_url="https://candor.example/")
    by_address = {m["X-Envelope-To"]: m for m in smtp_server}
    assert set(by_address) == {personas.employee.email, "wang@example.com"}
    customer = by_address["wang@example.com"]
    assert customer["Subject"] == "360° 反馈邀请：王强"
    token = FeedbackRequest.objects.get(rater_email="wang@example.com").token
    assert f"https://candor.example/evidence/feedback/answer/{token}/" in (
        customer.get_body(preferencelist=("plain",)).get_content())
