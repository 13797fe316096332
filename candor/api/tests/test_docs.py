"""The schema and the interactive docs: served by us, readable offline."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db

EXPECTED_PATHS = {
    "/api/v1/me": {"get"},
    "/api/v1/departments": {"get"},
    "/api/v1/departments/{department_id}": {"get"},
    "/api/v1/employees": {"get", "post"},
    "/api/v1/employees/{employee_id}": {"get", "patch"},
    "/api/v1/employees/{employee_id}/deactivate": {"post"},
    "/api/v1/employees/{employee_id}/reactivate": {"post"},
    "/api/v1/periods": {"get", "post"},
    "/api/v1/periods/{period_id}": {"get"},
    "/api/v1/periods/{period_id}/assign-goals": {"post"},
    "/api/v1/periods/{period_id}/advance": {"post"},
    "/api/v1/periods/{period_id}/score": {"post"},
    "/api/v1/periods/{period_id}/release": {"post"},
    "/api/v1/periods/{period_id}/sheets": {"get"},
    "/api/v1/sheets/{sheet_id}": {"get"},
    "/api/v1/sheets/{sheet_id}/confirm": {"post"},
    "/api/v1/sheets/{sheet_id}/goals": {"post"},
    "/api/v1/goals/{goal_id}": {"patch", "delete"},
    "/api/v1/goals/{goal_id}/actual": {"put"},
    "/api/v1/goals/{goal_id}/rating": {"put"},
    "/api/v1/sheets/{sheet_id}/abilities/{item_id}": {"put"},
    "/api/v1/sheets/{sheet_id}/explanation": {"get"},
    "/api/v1/employees/{employee_id}/key-events": {"get", "post"},
    "/api/v1/employees/{employee_id}/check-ins": {"get", "post"},
    "/api/v1/feedback/mine": {"get"},
    "/api/v1/feedback/{request_id}/answer": {"post"},
    "/api/v1/employees/{employee_id}/feedback-summary": {"get"},
    "/api/v1/interviews": {"get", "post"},
    "/api/v1/interviews/{interview_id}": {"get"},
    "/api/v1/interviews/{interview_id}/reschedule": {"post"},
    "/api/v1/interviews/{interview_id}/cancel": {"post"},
    "/api/v1/interviews/{interview_id}/record": {"get"},
    "/api/v1/interviews/{interview_id}/record/sections/{key}": {"put"},
    "/api/v1/interviews/{interview_id}/record/submit": {"post"},
    "/api/v1/interviews/{interview_id}/record/corrections": {"post"},
    "/api/v1/interviews/{interview_id}/record/corrections/{correction_id}/answer": {"post"},
    "/api/v1/interviews/{interview_id}/record/sign": {"post"},
    "/api/v1/interviews/{interview_id}/appeals": {"post"},
    "/api/v1/appeals": {"get"},
    "/api/v1/appeals/{appeal_id}": {"get"},
    "/api/v1/appeals/{appeal_id}/ruling": {"post"},
    "/api/v1/plans": {"get"},
    "/api/v1/plans/smart-check": {"get"},
    "/api/v1/plans/commitments": {"get"},
    "/api/v1/plans/{plan_id}": {"get"},
    "/api/v1/plans/measures/{measure_id}/progress": {"post"},
    "/api/v1/plans/measures/{measure_id}": {"put"},
    "/api/v1/plans/commitments/{commitment_id}/deliver": {"post"},
    "/api/v1/plans/follow-ups/{follow_up_id}/decision": {"post"},
    "/api/v1/interviews/{interview_id}/record.docx": {"get"},
    "/api/v1/interviews/{interview_id}/record.pdf": {"get"},
    "/api/v1/plans/{plan_id}.docx": {"get"},
    "/api/v1/plans/{plan_id}.pdf": {"get"},
}


def test_it_serves_the_openapi_schema_listing_the_endpoints(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["info"]["title"] == "Candor API"
    paths = {path: set(ops) for path, ops in schema["paths"].items()}
    assert paths == EXPECTED_PATHS
    assert set(schema["components"]["securitySchemes"]) == {"ApiTokenAuth", "SessionAuth"}


def test_it_documents_both_ways_of_signing_in_on_every_endpoint(client):
    schema = client.get("/api/v1/openapi.json").json()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            assert operation["security"] == [{"ApiTokenAuth": []}, {"SessionAuth": []}], (
                path, method)


def test_it_serves_the_docs_page_without_outside_urls(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="swagger-ui"' in html
    referenced = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
    assert len(referenced) >= 3
    assert all(url.startswith("/api/v1/docs/assets/") for url in referenced), referenced
    assert "http://" not in html and "https://" not in html and "//cdn" not in html
    assert '"validatorUrl": null' in html


def test_it_serves_every_asset_the_docs_page_references(client):
    html = client.get("/api/v1/docs").content.decode()
    for url in re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html):
        response = client.get(url)
        assert response.status_code == 200, url
        assert b"".join(response.streaming_content)


def test_it_serves_the_swagger_bundle_as_javascript(client):
    response = client.get("/api/v1/docs/assets/swagger-ui-bundle.js")
    assert response.status_code == 200
    assert "javascript" in response["Content-Type"]


@pytest.mark.parametrize("name", ["redoc.standalone.js", "..%2F__init__.py", "nope.js"])
def test_it_refuses_files_outside_the_docs_assets(client, name):
    assert client.get(f"/api/v1/docs/assets/{name}").status_code == 404
