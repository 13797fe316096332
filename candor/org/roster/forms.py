"""The upload form: one .xlsx file, refused early when it is too large to be a roster."""

from __future__ import annotations

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from candor.org.roster.columns import MAX_UPLOAD_BYTES


class RosterUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("花名册文件"),
        help_text=gettext_lazy("填写好的花名册模板，Excel 工作簿（.xlsx）。"),
        widget=forms.FileInput(attrs={
            "accept": ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "class": "form-control",
        }),
    )

    def clean_file(self) -> UploadedFile:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("文件大小为 %(size)s MB，超过上限 %(max)s MB。") % {
                    "size": f"{upload.size / 1024 / 1024:.1f}",
                    "max": MAX_UPLOAD_BYTES // 1024 // 1024,
                })
        return upload
