"""Forms for the working-day page: an override, and the notice-period helper."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from candor.workdays.models import DayKind


class CalendarDayForm(forms.Form):
    date = forms.DateField(label=_("日期"), widget=forms.DateInput(
        attrs={"type": "date", "class": "form-control"}))
    kind = forms.ChoiceField(label=_("类型"), choices=DayKind.choices,
                             widget=forms.Select(attrs={"class": "form-select"}))
    name = forms.CharField(label=_("名称"), max_length=40, required=False,
                           help_text=_("例如：国庆节、国庆节调休"),
                           widget=forms.TextInput(attrs={"class": "form-control"}))
    note = forms.CharField(label=_("备注"), max_length=200, required=False,
                           widget=forms.TextInput(attrs={"class": "form-control"}))


class CountForm(forms.Form):
    start = forms.DateField(label=_("起始日期"), widget=forms.DateInput(
        attrs={"type": "date", "class": "form-control"}))
    n = forms.IntegerField(label=_("工作日数"), min_value=0, max_value=366,
                           widget=forms.NumberInput(attrs={"class": "form-control"}))
