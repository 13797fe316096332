"""Forms for setting a period up. They parse input; the services own every rule."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from candor.org.models import Department, JobSequence, Position
from candor.periods.models import (
    AbilityItem,
    AbilityKind,
    Direction,
    GoalTemplate,
    PeriodKind,
    Rule,
    default_rating_scale,
)
from candor.periods.setup.display import normalized
from candor.periods.setup.services.rules import GOAL_FIELDS

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class StyledForm(forms.Form):
    """Bootstrap classes on every widget, and the version the object was loaded at."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.CheckboxInput):
                widget.attrs.setdefault("class", "form-check-input")
            elif isinstance(widget, forms.Select | forms.SelectMultiple):
                widget.attrs.setdefault("class", "form-select")
            elif not isinstance(widget, forms.HiddenInput):
                widget.attrs.setdefault("class", "form-control")

    def values(self) -> dict[str, Any]:
        return {k: v for k, v in self.cleaned_data.items() if k not in {"loaded_version", "DELETE"}}


class PeriodForm(StyledForm):
    name = forms.CharField(label=_("名称"), max_length=80,
                           help_text=_("例如：2026年第四季度"))
    kind = forms.ChoiceField(label=_("周期类型"), choices=PeriodKind.choices,
                             initial=PeriodKind.QUARTERLY)
    start_date = forms.DateField(label=_("开始日期"), widget=DATE)
    end_date = forms.DateField(label=_("结束日期"), widget=DATE)
    departments = forms.ModelMultipleChoiceField(
        label=_("覆盖部门"), queryset=Department.objects.filter(is_active=True).order_by("code"),
        help_text=_("包含所选部门的下级部门。按住 Ctrl 可多选。"),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    confirm_due = forms.DateField(label=_("目标确认截止"), required=False, widget=DATE)
    scoring_due = forms.DateField(label=_("评分截止"), required=False, widget=DATE)
    release_due = forms.DateField(label=_("结果发布截止"), required=False, widget=DATE)


def parse_rating_scale(text: str) -> dict[str, str]:
    """"A=1, B=0.8, C=0.6, D=0.4" → {"A": "1", …}; each value is a share of the weight."""
    scale: dict[str, str] = {}
    for part in text.replace("，", ",").replace("；", ",").replace(";", ",").split(","):
        if not part.strip():
            continue
        label, sep, value = part.replace("：", "=").replace(":", "=").partition("=")
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            number = None
        if not sep or not label.strip() or number is None or not number.is_finite():
            raise forms.ValidationError(
                _("等级分值“%(part)s”的格式应为“等级=分值”，例如 A=1。"),
                params={"part": part.strip()})
        scale[label.strip().upper()] = str(number)
    return scale


def format_rating_scale(scale: dict | None) -> str:
    return ", ".join(f"{k}={v}" for k, v in (scale or default_rating_scale()).items())


class GoalFieldsForm(StyledForm):
    """One goal's definition, as on a sheet or in a template."""

    name = forms.CharField(label=_("指标名称"), max_length=120)
    unit = forms.CharField(label=_("单位"), max_length=20, required=False)
    target = forms.DecimalField(label=_("目标值"), required=False, max_digits=14,
                                decimal_places=4)
    direction = forms.ChoiceField(label=_("方向"), choices=Direction.choices,
                                  initial=Direction.HIGHER)
    weight = forms.DecimalField(label=_("权重"), max_digits=6, decimal_places=2)
    rule = forms.ChoiceField(label=_("计分规则"), choices=Rule.choices, initial=Rule.LINEAR)
    points_per_pct = forms.DecimalField(label=_("每 1% 偏差的分数"), max_digits=6,
                                        decimal_places=3, initial=Decimal(1), required=False)
    floor = forms.DecimalField(label=_("最低分"), required=False, max_digits=8,
                               decimal_places=2)
    cap = forms.DecimalField(label=_("最高分"), required=False, max_digits=8, decimal_places=2)
    rating_scale = forms.CharField(
        label=_("等级分值"), required=False, max_length=200,
        help_text=_("仅用于等级评定：每个等级得到权重的几成，例如 A=1, B=0.8, C=0.6, D=0.4。"),
    )

    def __init__(self, *args, instance: Any = None, **kwargs):
        if instance is not None and "initial" not in kwargs:
            kwargs["initial"] = normalized({name: getattr(instance, name)
                                            for name in GOAL_FIELDS})
            kwargs["initial"]["rating_scale"] = format_rating_scale(instance.rating_scale)
            kwargs["initial"]["loaded_version"] = getattr(instance, "version", None)
            if hasattr(instance, "notes"):
                kwargs["initial"]["notes"] = instance.notes
        super().__init__(*args, **kwargs)
        if "rating_scale" not in self.initial:
            self.initial["rating_scale"] = format_rating_scale(None)

    def clean_rating_scale(self) -> dict[str, str]:
        return parse_rating_scale(self.cleaned_data.get("rating_scale") or "")

    def clean_points_per_pct(self) -> Decimal:
        value = self.cleaned_data.get("points_per_pct")
        return Decimal(1) if value is None else value


class GoalForm(GoalFieldsForm):
    notes = forms.CharField(label=_("备注（关键事件 / 数据）"), required=False,
                            widget=forms.Textarea(attrs={"rows": 2}))


class TemplateItemForm(GoalFieldsForm):
    """A row of the template's item table; an untouched extra row is skipped."""


TemplateItemFormSet = forms.formset_factory(TemplateItemForm, extra=2, can_delete=True)


class TemplateForm(StyledForm):
    name = forms.CharField(label=_("模板名称"), max_length=80)
    position = forms.ModelChoiceField(label=_("岗位"), required=False,
                                      queryset=Position.objects.select_related("sequence"))
    sequence = forms.ModelChoiceField(label=_("岗位序列"), required=False,
                                      queryset=JobSequence.objects.all())
    is_active = forms.BooleanField(label=_("启用"), required=False, initial=True)

    @classmethod
    def for_template(cls, template: GoalTemplate, data=None) -> TemplateForm:
        initial = {"name": template.name, "position": template.position_id,
                   "sequence": template.sequence_id, "is_active": template.is_active,
                   "loaded_version": template.version}
        return cls(data, initial=initial)


class AbilityItemForm(StyledForm):
    kind = forms.ChoiceField(label=_("类别"), choices=AbilityKind.choices)
    name = forms.CharField(label=_("名称"), max_length=60)
    description = forms.CharField(
        label=pgettext_lazy("description", "说明"), required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("评分页面上显示在项目名称下方，说明该项考察什么。"))
    order = forms.IntegerField(label=_("顺序"), min_value=0, max_value=999, initial=0,
                               help_text=_("同一类别内按顺序从小到大排列。"))
    is_active = forms.BooleanField(label=_("启用"), required=False, initial=True)

    @classmethod
    def for_item(cls, item: AbilityItem, data=None) -> AbilityItemForm:
        initial = {"kind": item.kind, "name": item.name, "description": item.description,
                   "order": item.order, "is_active": item.is_active,
                   "loaded_version": item.version}
        return cls(data, initial=initial)


class BandForm(StyledForm):
    label = forms.CharField(label=_("等级"), max_length=20)
    multiplier = forms.DecimalField(label=_("奖金系数"), max_digits=5, decimal_places=2)
    lower = forms.DecimalField(label=_("下限"), required=False, max_digits=8, decimal_places=2,
                               widget=forms.NumberInput(attrs={"placeholder": _("不设下限")}))
    lower_inclusive = forms.BooleanField(label=_("含下限"), required=False)
    upper = forms.DecimalField(label=_("上限"), required=False, max_digits=8, decimal_places=2,
                               widget=forms.NumberInput(attrs={"placeholder": _("不设上限")}))
    upper_inclusive = forms.BooleanField(label=_("含上限"), required=False)


BandFormSet = forms.formset_factory(BandForm, extra=1, can_delete=True)


def formset_rows(formset: forms.BaseFormSet) -> list[dict[str, Any]]:
    """The filled-in rows of a valid formset, without deleted and untouched extra rows."""
    return [form.values() for form in formset.forms
            if form.has_changed() and form.cleaned_data
            and not form.cleaned_data.get("DELETE")]
