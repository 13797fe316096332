"""Forms of the plan pages. They parse input only; the tracking services own every rule
(who may act, a dropped measure's reason, a decline's reason, readable checkpoints)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from candor.plans.models import Checkpoint, Measure, MeasureStatus

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class Styled(forms.Form):
    """Bootstrap classes on every widget."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for f in self.fields.values():
            widget = f.widget
            if isinstance(widget, forms.Select):
                widget.attrs.setdefault("class", "form-select")
            elif not isinstance(widget, forms.HiddenInput):
                widget.attrs.setdefault("class", "form-control")


class CheckpointChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Checkpoint) -> str:
        return f"{obj.date:%Y-%m-%d} {obj.text}"


class ProgressForm(Styled):
    status = forms.ChoiceField(label=_("状态"), choices=MeasureStatus.choices)
    text = forms.CharField(label=_("进展说明"), required=False, max_length=4000,
                           widget=forms.Textarea(attrs={"rows": 4}),
                           help_text=_("标记为“已放弃”时，请在这里写明放弃的原因。"))
    checkpoint = CheckpointChoice(label=_("本次完成的检查点"), required=False,
                                  queryset=Checkpoint.objects.none(),
                                  empty_label=_("不关联检查点"))
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, measure: Measure, **kwargs):
        kwargs.setdefault("initial", {"status": measure.status, "version": measure.version})
        super().__init__(*args, **kwargs)
        self.fields["checkpoint"].queryset = measure.checkpoints.filter(
            done_at__isnull=True).order_by("date", "pk")


def checkpoints_text(measure: Measure) -> str:
    """The open checkpoints as the editor reads them back, with full dates so that a date
    already past is not read as next year's."""
    return "；".join(f"{cp.date:%Y-%m-%d} {cp.text}"
                    for cp in measure.checkpoints.filter(done_at__isnull=True)
                    .order_by("date", "pk"))


class MeasureForm(Styled):
    text = forms.CharField(label=_("措施"), max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 3}))
    owner = forms.CharField(label=_("负责人"), required=False, max_length=60,
                            help_text=_("员工本人、直属上级或其他同事的姓名。"))
    deadline = forms.DateField(label=_("完成期限"), widget=DATE)
    checkpoints = forms.CharField(
        label=_("检查点"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("用“；”或换行分隔，例如“11-05 复核样本；11-20 提交初稿”。"
                    "留空则保留现有的未完成检查点。"))
    version = forms.IntegerField(widget=forms.HiddenInput)

    @classmethod
    def for_measure(cls, measure: Measure) -> MeasureForm:
        return cls(initial={"text": measure.text, "owner": measure.owner_name,
                            "deadline": measure.deadline,
                            "checkpoints": checkpoints_text(measure),
                            "version": measure.version})


class CommitmentForm(forms.Form):
    action = forms.ChoiceField(choices=[("deliver", _("已兑现")), ("cancel", _("取消"))])
    note = forms.CharField(label=_("说明"), required=False, max_length=300)


class FollowUpForm(forms.Form):
    MONTHS = [(1, _("延后 1 个月")), (2, _("延后 2 个月")), (3, _("延后 3 个月"))]

    action = forms.ChoiceField(choices=[("accept", _("接受")), ("decline", _("拒绝"))])
    reason = forms.CharField(label=_("理由"), required=False, max_length=300)
    months = forms.TypedChoiceField(label=_("新的完成期限"), choices=MONTHS, coerce=int,
                                    required=False, empty_value=1)
