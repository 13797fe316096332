"""Forms for one actual, one rating, one ability item and the actuals upload.

Each edit form carries the version it was loaded at, so a concurrent change is refused.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy

from candor.core.text import labelled
from candor.documents.excel_upload import ExcelUploadForm
from candor.periods.models import Assessment
from candor.periods.results.actuals_import import MAX_UPLOAD_BYTES
from candor.periods.results.entry import ABILITY_GRADES


class VersionedForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class ActualForm(VersionedForm):
    actual = forms.DecimalField(label=gettext_lazy("实际值"), required=False, max_digits=14,
                                decimal_places=4)


class ManagerPointsForm(VersionedForm):
    manager_points = forms.DecimalField(label=gettext_lazy("评分"), max_digits=8,
                                        decimal_places=2, min_value=0)


class GoalRatingForm(VersionedForm):
    rating = forms.ChoiceField(label=gettext_lazy("等级"))

    def __init__(self, *args, grades: list[str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["rating"].choices = [(g, g) for g in grades]


class AbilityForm(VersionedForm):
    rating = forms.ChoiceField(label=gettext_lazy("等级"),
                               choices=[(g, g) for g in ABILITY_GRADES])
    assessment = forms.ChoiceField(label=gettext_lazy("评价"), choices=Assessment.choices)
    case = forms.CharField(label=gettext_lazy("具体事例"), required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))


class ActualsUploadForm(ExcelUploadForm):
    label = gettext_lazy("实际值文件")
    help_text = gettext_lazy("填写好的实际值模板，Excel 工作簿（.xlsx）。")
    max_bytes = MAX_UPLOAD_BYTES


def first_error(form: forms.Form) -> str:
    for field, errors in form.errors.items():
        label = form.fields[field].label if field in form.fields else ""
        return labelled(label, errors[0]) if label else errors[0]
    return ""
