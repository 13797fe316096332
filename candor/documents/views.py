"""Downloads of the printable documents: the record form, the improvement plan and the
preparation pack, each as Word and as PDF.

Access is exactly the pages': the record through get_interview_for and can_read_record
(the employee only once submitted, the committee only for referred cases), the pack only
for those who prepare (never the employee), the plan through get_plan_for. Out of scope
answers 404 and every download of someone else's data is logged by the getter.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

from candor import access
from candor.documents import pdf, word
from candor.documents.data.blocks import Document
from candor.documents.data.pack import pack_document, pack_for_download
from candor.documents.data.plan import plan_document
from candor.documents.data.record import record_document, record_for_download

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
FORMATS: dict[str, tuple[Callable[[Document], bytes], str]] = {
    "docx": (word.render, DOCX), "pdf": (pdf.render, PDF)}


def content_disposition(filename: str, fallback: str) -> str:
    """RFC 6266 / 5987: the Chinese name in filename*, an ASCII name for old clients."""
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename)}"


def document_response(document: Document, fmt: str, *, fallback: str) -> HttpResponse:
    """The document as a file to save: 绩效面谈记录-张伟-2026-10-19.pdf."""
    render, content_type = FORMATS[fmt]
    response = HttpResponse(render(document), content_type=content_type)
    response["Content-Disposition"] = content_disposition(f"{document.name}.{fmt}",
                                                          f"{fallback}.{fmt}")
    response["Cache-Control"] = "private, no-store"  # personnel data stays off shared caches
    return response


def record_file(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    record = record_for_download(request.user, pk, request=request)
    return document_response(record_document(record), fmt, fallback=f"record-{pk}")


def plan_file(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    plan = access.get_plan_for(request.user, pk, request=request, what="plan_document")
    return document_response(plan_document(request.user, plan), fmt, fallback=f"plan-{pk}")


def pack_file(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    interview = pack_for_download(request.user, pk, request=request)
    return document_response(pack_document(request.user, interview), fmt,
                             fallback=f"pack-{pk}")


@login_required
@require_GET
def record_docx(request: HttpRequest, pk: int) -> HttpResponse:
    return record_file(request, pk, "docx")


@login_required
@require_GET
def record_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return record_file(request, pk, "pdf")


@login_required
@require_GET
def plan_docx(request: HttpRequest, pk: int) -> HttpResponse:
    return plan_file(request, pk, "docx")


@login_required
@require_GET
def plan_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return plan_file(request, pk, "pdf")


@login_required
@require_GET
def pack_docx(request: HttpRequest, pk: int) -> HttpResponse:
    return pack_file(request, pk, "docx")


@login_required
@require_GET
def pack_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return pack_file(request, pk, "pdf")
