"""The pages of an import: the upload form of a kind, its template download, its upload page.

Views stay thin: they decide who may import and which kind (with its period), then hand
over to these helpers, which answer every kind the same way (candor.documents.excel_upload).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.http import FileResponse, HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy

from candor.documents.excel_upload import ExcelUploadForm, import_page
from candor.documents.excel_write import xlsx_download
from candor.documents.imports.engine import run_import
from candor.documents.imports.kind import Kind
from candor.documents.imports.template import build_template


@lru_cache(maxsize=16)
def upload_form(kind: type[Kind]) -> type[ExcelUploadForm]:
    """The upload form of a kind: its file label and size limit."""
    return type(f"{kind.__name__}UploadForm", (ExcelUploadForm,), {
        "label": kind.file_label,
        "help_text": gettext_lazy("填写好的导入模板，Excel 工作簿（.xlsx）。"),
        "max_bytes": kind.max_bytes,
    })


def template_download(kind: Kind, *, filename: str) -> FileResponse:
    return xlsx_download(build_template(kind), filename=filename)


def upload_page(request: HttpRequest, kind: Kind, *, template: str, panel_template: str,
                form_class: type[ExcelUploadForm] | None = None,
                context: dict[str, Any] | None = None) -> HttpResponse:
    """The upload page; a valid upload is imported as `kind`.

    The templates get `result` (an ImportReport) or `invalid`/`refusal`, as import_page
    documents.
    """
    return import_page(
        request, form_class=form_class or upload_form(type(kind)), max_rows=kind.max_rows,
        template=template, panel_template=panel_template, context=context,
        run=lambda file: run_import(kind, file=file))
