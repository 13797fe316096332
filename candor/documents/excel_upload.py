"""Uploading a filled-in template: the form, and the page that checks, imports and reports.

The roster, personnel facts and actuals imports answer an upload the same way: a file too
large is refused before it is read; otherwise the import runs on the whole file and the
page shows either every problem (nothing was written), the reason it was refused, or what
was imported. An HTMX upload gets only the panel back, so the page is swapped in place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy

from candor.core.errors import DomainError
from candor.documents.excel_read import ImportInvalid
from candor.documents.excel_write import XLSX


class ExcelUploadForm(forms.Form):
    """One .xlsx file. Subclasses name it and set the size limit of their import."""

    label: ClassVar[Promise]
    help_text: ClassVar[Promise]
    max_bytes: ClassVar[int]
    # `size` and `max` are offered to the message; a subclass's message may use either.
    too_large: ClassVar[Promise] = gettext_lazy("文件大小为 %(size)s MB，超过上限 %(max)s MB。")

    file = forms.FileField(widget=forms.FileInput(attrs={
        "accept": f".xlsx,{XLSX}",
        "class": "form-control",
    }))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].label = self.label
        self.fields["file"].help_text = self.help_text

    @classmethod
    def max_mb(cls) -> int:
        return cls.max_bytes // 1024 // 1024

    def clean_file(self) -> UploadedFile:
        upload = self.cleaned_data["file"]
        if upload.size > self.max_bytes:
            raise forms.ValidationError(self.too_large % {
                "size": f"{upload.size / 1024 / 1024:.1f}", "max": self.max_mb()})
        return upload


def import_page(request: HttpRequest, *, form_class: type[ExcelUploadForm], template: str,
                panel_template: str, max_rows: int, run: Callable[[UploadedFile], Any],
                context: dict[str, Any] | None = None) -> HttpResponse:
    """The upload page of one import; `run` parses and imports the uploaded file.

    The templates see `form`, `max_rows`, `max_mb` and exactly one of `invalid` (the
    ImportInvalid, for partials/_import_errors.html), `refusal` (any other DomainError's
    message) or `result` (what `run` returned), besides the caller's `context`.
    """
    form = form_class(request.POST or None, request.FILES or None)
    context = {**(context or {}), "form": form, "max_rows": max_rows,
               "max_mb": form_class.max_mb()}
    if request.method == "POST" and form.is_valid():
        try:
            context["result"] = run(form.cleaned_data["file"])
        except ImportInvalid as e:
            context["invalid"] = e
        except DomainError as e:
            context["refusal"] = e.message
    return render(request, panel_template if request.htmx else template, context)
