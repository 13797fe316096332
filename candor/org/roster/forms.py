"""The upload form: one .xlsx file, refused early when it is too large to be a roster."""

from __future__ import annotations

from django.utils.translation import gettext_lazy

from candor.documents.excel_upload import ExcelUploadForm
from candor.org.roster.columns import MAX_UPLOAD_BYTES


class RosterUploadForm(ExcelUploadForm):
    label = gettext_lazy("花名册文件")
    help_text = gettext_lazy("填写好的花名册模板，Excel 工作簿（.xlsx）。")
    max_bytes = MAX_UPLOAD_BYTES
