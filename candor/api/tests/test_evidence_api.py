"""Key events, check-ins and 360° feedback over the API: the same scopes as the evidence
pages, uncited key events hidden from the employee, feedback only as aggregates."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from candor.core.models import AccessEvent, AuditEvent
from candor.evidence.models import CheckIn, FeedbackStatus, KeyEvent, QuestionKind
from candor.evidence.tests.factories import (
    FACTS,
    IMPACT,
    answer,
    company_period,
    make_check_in,
    make_feedback_request,
    make_key_event,
    today,
)

pytestmark = pytest.mark.django_db


def _post(client, url: str, body: dict):
    return client.post(url, json.dumps(body), content_type="application/json")


def _items(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["items"]


# ---- key events ----------------------------------------------------------------------------

def test_it_hides_an_uncited_key_event_from_the_employee(personas, api_client_for):
    author = personas.manager.user
    make_key_event(personas.employee, author=author, facts="尚未引用的事件：" + FACTS)
    cited = make_key_event(personas.employee, author=author, cited=True)
    url = f"/api/v1/employees/{personas.employee.pk}/key-events"
    mine = _items(api_client_for("employee").get(url))
    assert [row["id"] for row in mine] == [cited.pk]
    assert "尚未引用" not in json.dumps(mine, ensure_ascii=False)
    managers = _items(api_client_for("manager").get(url))
    assert len(managers) == 2
    assert {row["author_name"] for row in managers} == {"王强"}


def test_it_answers_404_for_the_key_events_of_someone_out_of_scope(personas, api_client_for):
    make_key_event(personas.employee, author=personas.manager.user, cited=True)
    url = f"/api/v1/employees/{personas.employee.pk}/key-events"
    assert api_client_for("outsider").get(url).status_code == 404
    assert not AccessEvent.objects.exists()


def test_it_logs_the_manager_reading_a_reports_key_events(personas, api_client_for):
    api_client_for("manager").get(f"/api/v1/employees/{personas.employee.pk}/key-events")
    event = AccessEvent.objects.get()
    assert (event.actor, event.subject, event.what) == (
        personas.manager.user, personas.employee, "api.key_events")


def test_it_filters_key_events_by_period_and_polarity(personas, api_client_for):
    period = company_period(personas)
    author = personas.manager.user
    make_key_event(personas.employee, author=author, period=period)
    make_key_event(personas.employee, author=author, polarity="negative",
                   date=period.start_date - dt.timedelta(days=30))
    url = f"/api/v1/employees/{personas.employee.pk}/key-events"
    client = api_client_for("manager")
    assert len(_items(client.get(url, {"period": period.pk}))) == 1
    assert [r["polarity"] for r in _items(client.get(url, {"polarity": "negative"}))] == [
        "negative"]


def test_it_lets_the_manager_record_a_key_event(personas, api_client_for):
    period = company_period(personas)
    body = {"date": today().isoformat(), "polarity": "positive", "facts": FACTS,
            "impact": IMPACT}
    response = _post(api_client_for("manager"),
                     f"/api/v1/employees/{personas.employee.pk}/key-events", body)
    assert response.status_code == 201, response.content
    event = KeyEvent.objects.get()
    assert response.json()["id"] == event.pk
    assert response.json()["period_id"] == period.pk  # the period covering the date
    assert response.json()["cited_at"] is None
    assert AuditEvent.objects.filter(event="key_event.recorded", actor=personas.manager.user,
                                     target_id=str(event.pk)).exists()


def test_it_refuses_a_vague_key_event_naming_the_field(personas, api_client_for):
    body = {"date": today().isoformat(), "polarity": "positive", "facts": "表现不错",
            "impact": IMPACT}
    response = _post(api_client_for("manager"),
                     f"/api/v1/employees/{personas.employee.pk}/key-events", body)
    assert response.status_code == 400
    assert "事实经过" in response.json()["detail"]
    assert not KeyEvent.objects.exists()


@pytest.mark.parametrize("persona", ["employee", "outsider", "committee"])
def test_it_answers_404_when_someone_outside_the_manager_line_records_a_key_event(
        personas, api_client_for, persona):
    body = {"date": today().isoformat(), "polarity": "negative", "facts": FACTS,
            "impact": IMPACT}
    response = _post(api_client_for(persona),
                     f"/api/v1/employees/{personas.employee.pk}/key-events", body)
    assert response.status_code == 404
    assert not KeyEvent.objects.exists()


# ---- check-ins -----------------------------------------------------------------------------

def test_it_lets_the_manager_log_a_check_in_and_the_employee_read_it(personas,
                                                                     api_client_for):
    url = f"/api/v1/employees/{personas.employee.pk}/check-ins"
    body = {"date": today().isoformat(), "kind": "weekly", "summary": "本周完成了接口联调。",
            "next_steps": "下周上线。"}
    assert _post(api_client_for("employee"), url, body).status_code == 404
    response = _post(api_client_for("manager"), url, body)
    assert response.status_code == 201, response.content
    assert response.json()["kind_label"] == "周汇总"
    rows = _items(api_client_for("employee").get(url))
    assert [r["summary"] for r in rows] == ["本周完成了接口联调。"]
    assert api_client_for("outsider").get(url).status_code == 404
    assert CheckIn.objects.get().author == personas.manager.user


def test_it_filters_check_ins_by_period(personas, api_client_for):
    period = company_period(personas)
    make_check_in(personas.employee, date=today())
    make_check_in(personas.employee, date=period.start_date - dt.timedelta(days=10))
    url = f"/api/v1/employees/{personas.employee.pk}/check-ins"
    client = api_client_for("manager")
    assert len(_items(client.get(url))) == 2
    assert len(_items(client.get(url, {"period": period.pk}))) == 1


# ---- 360° feedback -------------------------------------------------------------------------

def _scale_questions(request) -> list:
    return [q for q in request.questionnaire.questions.all() if q.kind == QuestionKind.SCALE]


def test_it_lists_the_requests_a_rater_is_asked_to_answer(personas, api_client_for):
    period = company_period(personas)
    make_feedback_request(personas.employee, period, rater=personas.outsider)
    make_feedback_request(personas.manager, period, rater=personas.hr)
    rows = _items(api_client_for("outsider").get("/api/v1/feedback/mine"))
    assert [r["subject_name"] for r in rows] == ["张伟"]
    assert len(rows[0]["questions"]) == 6
    assert _items(api_client_for("employee").get("/api/v1/feedback/mine")) == []


def test_it_takes_a_raters_answers_once(personas, api_client_for):
    period = company_period(personas)
    request = make_feedback_request(personas.employee, period, rater=personas.outsider)
    client = api_client_for("outsider")
    url = f"/api/v1/feedback/{request.pk}/answer"
    scales = _scale_questions(request)
    missing = _post(client, url, {"answers": [{"question_id": scales[0].pk, "score": 4}]})
    assert missing.status_code == 400
    body = {"answers": [{"question_id": q.pk, "score": 4} for q in scales]}
    assert _post(api_client_for("employee"), url, body).status_code == 404
    response = _post(client, url, body)
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "answered"
    request.refresh_from_db()
    assert request.status == FeedbackStatus.ANSWERED
    again = _post(client, url, body)
    assert again.status_code == 400
    assert again.json()["code"] == "final"


def _summary(client, personas, period):
    return client.get(f"/api/v1/employees/{personas.employee.pk}/feedback-summary",
                      {"period": period.pk})


def test_it_withholds_the_feedback_summary_from_the_employee_below_three_answers(
        personas, api_client_for):
    period = company_period(personas)
    for rater in (personas.outsider, personas.hr):
        answer(make_feedback_request(personas.employee, period, rater=rater), 5, "很靠谱")
    make_feedback_request(personas.employee, period, rater=personas.committee)
    response = _summary(api_client_for("employee"), personas, period)
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["requested"], body["answered"], body["enough"]) == (3, 2, False)
    assert body["questions"] == []
    assert "很靠谱" not in response.content.decode()


def test_it_shows_the_employee_aggregates_from_three_answers_without_raters(
        personas, api_client_for):
    period = company_period(personas)
    raters = (personas.outsider, personas.hr, personas.committee)
    for rater, score in zip(raters, (5, 4, 4), strict=True):
        answer(make_feedback_request(personas.employee, period, rater=rater), score, "很靠谱")
    response = _summary(api_client_for("employee"), personas, period)
    body = response.json()
    assert body["enough"] is True
    scale = [q for q in body["questions"] if q["kind"] == "scale"]
    assert {Decimal(q["average"]) for q in scale} == {Decimal("4.3")}
    text = next(q for q in body["questions"] if q["kind"] == "text")
    assert text["texts"] == ["很靠谱"] * 3
    content = response.content.decode()
    assert not any(r.name in content for r in raters)


def test_it_shows_the_summary_to_the_manager_and_hides_it_from_outsiders(personas,
                                                                         api_client_for):
    period = company_period(personas)
    answer(make_feedback_request(personas.employee, period, rater=personas.outsider), 3)
    body = _summary(api_client_for("manager"), personas, period).json()
    assert body["answered"] == 1 and body["questions"]
    assert "李娜" not in json.dumps(body, ensure_ascii=False)
    assert _summary(api_client_for("outsider"), personas, period).status_code == 404


def test_it_documents_the_evidence_endpoints_in_the_schema(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert set(paths["/api/v1/employees/{employee_id}/key-events"]) == {"get", "post"}
    assert set(paths["/api/v1/employees/{employee_id}/check-ins"]) == {"get", "post"}
    assert {"/api/v1/feedback/mine", "/api/v1/feedback/{request_id}/answer",
            "/api/v1/employees/{employee_id}/feedback-summary"} <= set(paths)
