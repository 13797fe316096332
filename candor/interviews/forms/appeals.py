"""The appeal form (the employee names what they dispute) and the committee's ruling form.

They only shape input; whether an appeal or a ruling is allowed, and what it needs, is
decided by candor.interviews.services.appeals.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from candor.interviews.models import AppealItemKind, Ruling

REASON_MAX = 2000


def _box(name: str) -> str:
    return f"item_{name}"


def _reason(name: str) -> str:
    return f"reason_{name}"


class AppealForm(forms.Form):
    """One checkbox and one reason per kind of item (评分方法 / 数据准确性 / 其他)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for kind in AppealItemKind:
            self.fields[_box(kind.value)] = forms.BooleanField(
                label=kind.label, required=False,
                widget=forms.CheckboxInput(attrs={"class": "form-check-input"}))
            self.fields[_reason(kind.value)] = forms.CharField(
                label=gettext_lazy("理由"), required=False, max_length=REASON_MAX,
                widget=forms.Textarea(attrs={"rows": 4, "class": "form-control"}))

    def clean(self) -> dict:
        """A reason typed under an item left unticked would be dropped without a word."""
        data = super().clean()
        for kind in AppealItemKind:
            if not data.get(_box(kind.value)) and (data.get(_reason(kind.value)) or "").strip():
                self.add_error(_reason(kind.value),
                               _("请勾选“%(item)s”，或清空这里的理由。") % {"item": kind.label})
        return data

    def rows(self) -> list[tuple[str, forms.BoundField, forms.BoundField]]:
        return [(kind.value, self[_box(kind.value)], self[_reason(kind.value)])
                for kind in AppealItemKind]

    def items(self) -> list[dict]:
        """The ticked items as the service takes them; the service refuses a missing reason."""
        data = self.cleaned_data
        return [{"kind": kind.value, "reason": data.get(_reason(kind.value)) or ""}
                for kind in AppealItemKind if data.get(_box(kind.value))]


class RulingForm(forms.Form):
    ruling = forms.ChoiceField(
        label=gettext_lazy("裁决"), choices=Ruling.choices, required=False,
        widget=forms.RadioSelect(attrs={"class": "form-check-input"}))
    new_total = forms.CharField(
        label=gettext_lazy("调整后的总分"), required=False, max_length=12,
        help_text=gettext_lazy("选择“调整结果”时填写；等级和奖金系数按本周期的等级标准得出。"),
        widget=forms.NumberInput(attrs={"class": "form-control", "step": "0.01", "min": "0",
                                        "max": "1000", "inputmode": "decimal"}))
    reason = forms.CharField(
        label=gettext_lazy("裁决理由"), required=False, max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4, "class": "form-control"}))
