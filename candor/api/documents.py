"""The printable documents over the API: the record form and the improvement plan as Word
or PDF, with the same access rules as the download links (an employee downloads only their
own record, once submitted; out of scope answers 404 and the read is logged)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import Router

from candor.api.org import ErrorOut
from candor.documents.views import DOCX, PDF, plan_file, record_file

router = Router(tags=["documents"])


def _file(content_type: str) -> dict:
    """The 200 answer is a file, not JSON: say so in the schema."""
    return {"responses": {"200": {"description": "file", "content": {
        content_type: {"schema": {"type": "string", "format": "binary"}}}}}}


@router.get("/interviews/{int:interview_id}/record.docx", response={404: ErrorOut},
            openapi_extra=_file(DOCX))
def record_docx(request: HttpRequest, interview_id: int) -> HttpResponse:
    """The interview record form as a Word document."""
    return record_file(request, interview_id, "docx")


@router.get("/interviews/{int:interview_id}/record.pdf", response={404: ErrorOut},
            openapi_extra=_file(PDF))
def record_pdf(request: HttpRequest, interview_id: int) -> HttpResponse:
    """The interview record form as a PDF (A4)."""
    return record_file(request, interview_id, "pdf")


@router.get("/plans/{int:plan_id}.docx", response={404: ErrorOut}, openapi_extra=_file(DOCX))
def plan_docx(request: HttpRequest, plan_id: int) -> HttpResponse:
    """The improvement plan as a Word document."""
    return plan_file(request, plan_id, "docx")


@router.get("/plans/{int:plan_id}.pdf", response={404: ErrorOut}, openapi_extra=_file(PDF))
def plan_pdf(request: HttpRequest, plan_id: int) -> HttpResponse:
    """The improvement plan as a PDF (A4)."""
    return plan_file(request, plan_id, "pdf")
