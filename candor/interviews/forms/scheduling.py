"""Forms for booking interviews and for HR's interview settings.

They parse input and offer only choices the user may make; the scheduling services own every
rule (notice, duration, conflicts), so a form never refuses what a service would allow.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, time

from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from candor.core.text import join_list, with_note
from candor.interviews.models import InterviewPolicy, InterviewType, Room
from candor.org.models import Employee, HrRole
from candor.periods.models import GoalSheet

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME = forms.TimeInput(attrs={"type": "time", "step": 300}, format="%H:%M")


def warnings_digest(warnings: list[dict]) -> str:
    """Names the exact warnings shown, so a tick confirms those and not later ones."""
    text = json.dumps(warnings, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class Styled(forms.Form):
    """Bootstrap classes on every widget."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for f in self.fields.values():
            widget = f.widget
            if isinstance(widget, forms.CheckboxInput):
                widget.attrs.setdefault("class", "form-check-input")
            elif isinstance(widget, forms.Select):
                widget.attrs.setdefault("class", "form-select")
            elif not isinstance(widget, forms.HiddenInput):
                widget.attrs.setdefault("class", "form-control")


class EmployeeChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Employee) -> str:
        return with_note(obj.name, obj.department.name)


class SheetChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return with_note(obj.period.name, obj.grade) if obj.grade else obj.period.name


class RoomChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Room) -> str:
        notes = [n for n in (obj.location, _("领导办公室") if obj.is_leader_office else "") if n]
        return with_note(obj.name, join_list(notes)) if notes else obj.name


class HostChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Employee) -> str:
        return with_note(obj.name, obj.get_hr_role_display())


class ScheduleForm(Styled):
    """Book (or, with `rescheduling`, move) an interview."""

    employee = EmployeeChoice(label=_("员工"), queryset=Employee.objects.none(),
                              empty_label=_("请选择员工"))
    kind = forms.ChoiceField(label=_("面谈类型"), choices=InterviewType.choices,
                             initial=InterviewType.REGULAR)
    sheet = SheetChoice(label=_("绩效考核表"), queryset=GoalSheet.objects.none(),
                        required=False, empty_label=_("不关联"),
                        help_text=_("只能选择已发布结果的考核表。"))
    date = forms.DateField(label=_("日期"), widget=DATE)
    start = forms.TimeField(label=_("开始时间"), widget=TIME, initial=time(10, 0))
    duration_minutes = forms.IntegerField(label=_("时长（分钟）"))
    room = RoomChoice(label=_("面谈室"), required=False, empty_label=_("不使用面谈室"),
                      queryset=Room.objects.filter(is_active=True).order_by("name"))
    location = forms.CharField(label=_("地点说明"), max_length=120, required=False,
                               help_text=_("未选面谈室时必填，例如“3 楼小会议室”。"))
    host = HostChoice(label=_("面谈主导人"), queryset=Employee.objects.none(), required=False,
                      empty_label=_("按规则"))
    confirm = forms.BooleanField(label=_("我已了解以上提示，仍然安排"), required=False)
    warned = forms.CharField(widget=forms.HiddenInput, required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, employees=None, sheets=None, policy: InterviewPolicy,
                 host_override: bool = False, rescheduling: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.policy = policy
        if rescheduling:
            for name in ("employee", "kind", "sheet"):
                del self.fields[name]
        else:
            self.fields["employee"].queryset = employees
            self.fields["employee"].widget.attrs.update({
                "hx-get": reverse("interviews:schedule"), "hx-trigger": "change",
                "hx-target": "#schedule-form", "hx-swap": "outerHTML",
                "hx-include": "closest form"})
            self.fields["sheet"].queryset = sheets
            # Required for some interview types only: the page says which, next to the label.
            self.fields["sheet"].widget.attrs["aria-describedby"] = (
                f"{self['sheet'].auto_id}-required-when")
        duration = self.fields["duration_minutes"]
        # The range is shown and hinted to the browser; refusing is the service's job.
        duration.widget.attrs.update({"min": policy.min_minutes, "max": policy.max_minutes,
                                      "step": 5})
        duration.initial = policy.default_minutes
        duration.help_text = _("允许 %(min)s–%(max)s 分钟。") % {
            "min": policy.min_minutes, "max": policy.max_minutes}
        if host_override:
            self.fields["host"].queryset = (Employee.objects.filter(is_active=True)
                                            .exclude(hr_role=HrRole.NONE)
                                            .order_by("hr_role", "employee_no"))
        else:
            del self.fields["host"]

    def starts_at(self) -> datetime:
        day, start = self.cleaned_data["date"], self.cleaned_data["start"]
        return timezone.make_aware(datetime.combine(day, start),
                                   timezone.get_default_timezone())

    def clean(self):
        cleaned = super().clean()
        if "room" in cleaned and cleaned.get("room") is None and not (
                cleaned.get("location") or "").strip():
            self.add_error("location", _("请选择面谈室或填写地点。"))
        return cleaned


class CancelForm(Styled):
    reason = forms.CharField(label=_("取消原因"), max_length=200,
                             widget=forms.Textarea(attrs={"rows": 3}),
                             help_text=_("原因会通知员工、直属上级和主导人。"))
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class RoomForm(Styled):
    name = forms.CharField(label=_("名称"), max_length=80)
    location = forms.CharField(label=_("位置"), max_length=120, required=False)
    capacity = forms.IntegerField(label=_("容纳人数"), min_value=1, max_value=500, initial=4)
    is_leader_office = forms.BooleanField(
        label=_("领导办公室"), required=False,
        help_text=_("在领导办公室面谈容易让员工感到压力，安排时会提示。"))
    is_active = forms.BooleanField(label=_("启用"), required=False, initial=True)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


def _number(label, *, low: int, high: int, help_text=""):
    return forms.IntegerField(label=label, min_value=low, max_value=high, help_text=help_text)


class PolicyForm(Styled):
    notice_workdays = _number(
        _("提前通知（工作日）"), low=1, high=30,
        help_text=_("员工至少提前多少个工作日收到面谈通知（按法定节假日和调休计算）。"))
    min_minutes = _number(_("最短时长（分钟）"), low=15, high=480)
    max_minutes = _number(_("最长时长（分钟）"), low=15, high=480)
    default_minutes = _number(_("默认时长（分钟）"), low=15, high=480)
    max_days_after_period = _number(_("周期结束后最迟天数"), low=1, high=365,
                                    help_text=_("面谈应在周期结束后约一个月内进行：晚于这个天数时，安排面谈会提示。"))
    record_due_hours = _number(
        _("记录完成时限（小时）"), low=1, high=240,
        help_text=_("面谈结束后，直属上级须在此时限内完成面谈记录草稿。"))
    appeal_window_workdays = _number(_("申诉期限（工作日）"), low=1, high=60,
                                     help_text=_("签字后多少个工作日内员工可以提出申诉。"))
    reminder_workdays = _number(_("面谈提醒（提前工作日）"), low=1, high=10)
    require_smart_measures = forms.BooleanField(
        label=InterviewPolicy._meta.get_field("require_smart_measures").verbose_name,
        help_text=InterviewPolicy._meta.get_field("require_smart_measures").help_text,
        required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
