"""Downloading the documents from the pages and over the API: the same people as on the
pages, Chinese file names that survive the download, and every read of someone else's
record logged."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from django.urls import reverse

from candor.accounts import services as account_services
from candor.api.tests.clients import TokenClient
from candor.core.models import AccessEvent
from candor.documents.tests.print_factories import cells, open_docx, pdf_pages, table_with
from candor.documents.views import DOCX, PDF
from candor.interviews.services import appeals
from candor.interviews.tests.factories import book, fill, hold, submitted
from candor.plans.tests.factories import make_plan


def _disposition(response) -> str:
    return response["Content-Disposition"]


def test_it_downloads_the_record_as_word_with_a_chinese_file_name(personas, client_for):
    record = submitted(personas)
    response = client_for("manager").get(
        reverse("documents:record_docx", args=[record.interview_id]))
    assert response.status_code == 200
    assert response["Content-Type"] == DOCX
    name = quote("绩效面谈记录-张伟-2026-10-19.docx")
    assert _disposition(response) == (
        f"attachment; filename=\"record-{record.interview_id}.docx\"; "
        f"filename*=UTF-8''{name}")
    assert response["Cache-Control"] == "private, no-store"
    doc = open_docx(response.content)
    assert cells(table_with(doc, "具体事例"))[1][0] == "客户沟通主动"


def test_it_lets_the_employee_download_their_submitted_record_as_pdf(personas, client_for):
    record = submitted(personas)
    response = client_for("employee").get(
        reverse("documents:record_pdf", args=[record.interview_id]))
    assert response.status_code == 200
    assert response["Content-Type"] == PDF
    assert "张伟" in pdf_pages(response.content)[0]


def test_it_hides_a_draft_record_from_the_employee(personas, client_for):
    interview = hold(book(personas))
    fill(interview.record)
    for name in ("record_docx", "record_pdf"):
        url = reverse(f"documents:{name}", args=[interview.pk])
        assert client_for("employee").get(url).status_code == 404
        assert client_for("manager").get(url).status_code == 200


def test_it_hides_the_record_from_an_outsider_and_logs_hrs_download(
        personas, client_for):
    record = submitted(personas)
    url = reverse("documents:record_pdf", args=[record.interview_id])
    assert client_for("outsider").get(url).status_code == 404
    assert client_for("hr").get(url).status_code == 200
    event = AccessEvent.objects.get(what="record_document")
    assert event.actor == personas.hr.user and event.subject == personas.employee
    assert event.path == url


def test_it_lets_the_committee_download_a_referred_case_only(personas, client_for):
    record = submitted(personas)
    url = reverse("documents:record_pdf", args=[record.interview_id])
    assert client_for("committee").get(url).status_code == 404
    appeals.file_appeal(actor=personas.employee.user, record=record, items=[
        {"kind": "data_accuracy", "reason": "9 月利润数据少算了一笔回款。"}])
    assert client_for("committee").get(url).status_code == 200


def test_it_never_gives_the_employee_the_preparation_pack(personas, client_for):
    interview = book(personas)
    for name in ("pack_docx", "pack_pdf"):
        url = reverse(f"documents:{name}", args=[interview.pk])
        assert client_for("employee").get(url).status_code == 404
        assert client_for("manager").get(url).status_code == 200
    assert AccessEvent.objects.filter(what="pack_document").count() == 2


def test_it_downloads_the_plan_for_the_employee_and_not_for_an_outsider(personas, client_for):
    plan = make_plan(personas)
    url = reverse("documents:plan_pdf", args=[plan.pk])
    response = client_for("employee").get(url)
    assert response.status_code == 200
    assert "filename*=UTF-8''" + quote("改进计划-张伟-") in _disposition(response)
    assert client_for("outsider").get(url).status_code == 404
    assert client_for("anonymous").get(url).status_code == 302


def test_it_answers_a_post_with_405(personas, client_for):
    record = submitted(personas)
    url = reverse("documents:record_pdf", args=[record.interview_id])
    assert client_for("manager").post(url).status_code == 405


def test_it_writes_the_document_in_the_users_language(personas, client_for):
    record = submitted(personas)
    client = client_for("manager")
    client.post(reverse("accounts:set_language"), {"language": "en"})
    response = client.get(reverse("documents:record_docx", args=[record.interview_id]))
    doc = open_docx(response.content)
    assert doc.paragraphs[0].text == "Performance interview record and improvement measures"


# --- the API ---------------------------------------------------------------------------------

@pytest.fixture
def api_client_for(personas):
    """A client calling with a fresh personal token of that persona (no session)."""

    def build(name: str) -> TokenClient:
        _token, raw = account_services.create_api_token(user=personas.user(name), name="脚本")
        return TokenClient(raw, enforce_csrf_checks=True)

    return build


def test_the_api_gives_the_record_to_whoever_may_read_it(personas, api_client_for):
    record = submitted(personas)
    path = f"/api/v1/interviews/{record.interview_id}/record"
    response = api_client_for("employee").get(f"{path}.pdf")
    assert response.status_code == 200 and response["Content-Type"] == PDF
    assert "张伟" in pdf_pages(response.content)[0]
    response = api_client_for("manager").get(f"{path}.docx")
    assert response.status_code == 200 and response["Content-Type"] == DOCX
    assert "filename*=UTF-8''" in _disposition(response)
    response = api_client_for("outsider").get(f"{path}.pdf")
    assert response.status_code == 404 and response.json()["code"] == "not_found"


def test_the_api_hides_a_draft_record_from_the_employee(personas, api_client_for):
    interview = hold(book(personas))
    path = f"/api/v1/interviews/{interview.pk}/record"
    assert api_client_for("employee").get(f"{path}.docx").status_code == 404
    assert api_client_for("manager").get(f"{path}.docx").status_code == 200


def test_the_api_gives_the_plan_as_pdf_and_word(personas, api_client_for):
    plan = make_plan(personas)
    response = api_client_for("employee").get(f"/api/v1/plans/{plan.pk}.pdf")
    assert response.status_code == 200 and response["Content-Type"] == PDF
    response = api_client_for("hr").get(f"/api/v1/plans/{plan.pk}.docx")
    assert response.status_code == 200
    assert open_docx(response.content).paragraphs[0].text == "绩效改进计划表"
    assert api_client_for("outsider").get(f"/api/v1/plans/{plan.pk}.pdf").status_code == 404
    assert api_client_for("committee").get(
        f"/api/v1/plans/{plan.pk}.docx").status_code == 404
    assert api_client_for("manager").get(f"/api/v1/plans/{plan.pk}").status_code == 200


def test_the_api_refuses_an_anonymous_caller(personas, client):
    record = submitted(personas)
    response = client.get(f"/api/v1/interviews/{record.interview_id}/record.pdf")
    assert response.status_code == 401
