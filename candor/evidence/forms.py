"""Input forms for evidence. They parse and shape input; the services decide what is allowed."""

from __future__ import annotations

import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from candor.core.text import join_list, with_note
from candor.documents.excel_upload import ExcelUploadForm
from candor.evidence import selectors
from candor.evidence.facts_import import MAX_UPLOAD_BYTES
from candor.evidence.models import CheckInKind, Polarity, Question, QuestionKind, Questionnaire
from candor.org.models import Employee
from candor.periods.models import Period

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
SUGGESTED_COLLEAGUES = 30


class StyledForm(forms.Form):
    """Bootstrap classes on every widget, so templates can use the shared field partial."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.RadioSelect | forms.CheckboxSelectMultiple
                          | forms.HiddenInput):
                continue
            if isinstance(widget, forms.Select):
                widget.attrs.setdefault("class", "form-select")
            else:
                widget.attrs.setdefault("class", "form-control")


def _open_periods(employee: Employee):
    return selectors.periods_for(employee).exclude(status__in=selectors.LOCKED_STATUSES)


class PeriodChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Period) -> str:
        return with_note(obj.name, f"{obj.start_date:%Y-%m-%d} – {obj.end_date:%Y-%m-%d}")


class KeyEventForm(StyledForm):
    date = forms.DateField(label=gettext_lazy("日期"), widget=DATE_WIDGET)
    polarity = forms.ChoiceField(label=gettext_lazy("性质"), choices=Polarity.choices,
                                 widget=forms.RadioSelect)
    facts = forms.CharField(
        label=gettext_lazy("事实经过"), widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("发生了什么：时间、地点、具体行为，至少 10 个字。"))
    impact = forms.CharField(
        label=gettext_lazy("影响"), widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("带来了什么结果或影响，至少 10 个字。"))
    period = PeriodChoiceField(label=gettext_lazy("绩效周期"), queryset=Period.objects.none(),
                               required=False, empty_label=gettext_lazy("按日期自动归入"))
    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, employee: Employee, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period"].queryset = _open_periods(employee)
        if not self.is_bound:
            self.initial.setdefault("date", timezone.localdate())


class CheckInForm(StyledForm):
    date = forms.DateField(label=gettext_lazy("日期"), widget=DATE_WIDGET)
    kind = forms.ChoiceField(label=gettext_lazy("类型"), choices=CheckInKind.choices)
    summary = forms.CharField(label=gettext_lazy("沟通内容"),
                              widget=forms.Textarea(attrs={"rows": 3}))
    next_steps = forms.CharField(label=gettext_lazy("后续行动"), required=False,
                                 widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("date", timezone.localdate())


class RaterChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Employee) -> str:
        return with_note(obj.name, f"{obj.department.name} · {obj.position.name}")


def suggested_raters(subject: Employee):
    """The manager, the direct reports and some department colleagues: the usual raters."""
    colleagues = list(Employee.objects.filter(department_id=subject.department_id, is_active=True)
                      .exclude(pk=subject.pk).order_by("employee_no")
                      .values_list("pk", flat=True)[:SUGGESTED_COLLEAGUES])
    ids = set(colleagues) | set(subject.direct_reports.filter(is_active=True)
                                .values_list("pk", flat=True))
    if subject.manager_id:
        ids.add(subject.manager_id)
    return (Employee.objects.filter(pk__in=ids, is_active=True)
            .select_related("department", "position").order_by("employee_no"))


CUSTOMER_LINE = re.compile(r"^(?P<name>.+?)[\s,，;；<]+(?P<email>[^\s<>,，;；]+@[^\s<>,，;；]+)>?$")


class FeedbackRequestForm(StyledForm):
    period = PeriodChoiceField(label=gettext_lazy("绩效周期"), queryset=Period.objects.none())
    deadline = forms.DateField(label=gettext_lazy("截止日期"), widget=DATE_WIDGET)
    raters = RaterChoiceField(label=gettext_lazy("常用评价人"), queryset=Employee.objects.none(),
                              required=False, widget=forms.CheckboxSelectMultiple)
    other_raters = forms.CharField(
        label=gettext_lazy("其他评价人工号"), required=False,
        help_text=gettext_lazy("其他同事、下属或上级的工号，用逗号或空格分隔。"))
    customers = forms.CharField(
        label=gettext_lazy("客户评价人"), required=False,
        widget=forms.Textarea(attrs={
            "rows": 3, "placeholder": gettext_lazy("王先生 wang@example.com")}),
        help_text=gettext_lazy("每行一位：姓名 电子邮箱。客户通过邮件中的专属链接填写，无需登录。"))
    questionnaire = forms.ModelChoiceField(
        label=gettext_lazy("问卷"), queryset=Questionnaire.objects.none(), required=False,
        empty_label=gettext_lazy("360° 通用问卷（默认）"))

    def __init__(self, *args, subject: Employee, **kwargs):
        super().__init__(*args, **kwargs)
        self.subject = subject
        self.fields["period"].queryset = _open_periods(subject)
        self.fields["raters"].queryset = suggested_raters(subject)
        self.fields["questionnaire"].queryset = Questionnaire.objects.filter(is_active=True)

    def clean_other_raters(self) -> list[Employee]:
        nos = [n for n in re.split(r"[\s,，;；、]+", self.cleaned_data["other_raters"]) if n]
        found = {e.employee_no: e for e in Employee.objects.filter(employee_no__in=nos)}
        unknown = [n for n in nos if n not in found]
        if unknown:
            raise forms.ValidationError(_("工号不存在：%(nos)s") % {"nos": join_list(unknown)})
        return [found[n] for n in nos]

    def clean_customers(self) -> list[tuple[str, str]]:
        customers, problems = [], []
        for number, line in enumerate(self.cleaned_data["customers"].splitlines(), start=1):
            if not line.strip():
                continue
            match = CUSTOMER_LINE.match(line.strip())
            if match is None:
                problems.append(_("第 %(line)s 行“%(text)s”应为：姓名 电子邮箱")
                                % {"line": number, "text": line.strip()})
            else:
                customers.append((match["name"].strip(" <"), match["email"]))
        if problems:
            raise forms.ValidationError(problems)
        return customers

    def employee_raters(self) -> list[Employee]:
        return [*self.cleaned_data["raters"], *self.cleaned_data["other_raters"]]


class FeedbackAnswerForm(forms.Form):
    """One field per question: scale questions as 1–5 choices (required), text optional."""

    SCALE = [(str(n), str(n)) for n in range(1, 6)]

    def __init__(self, *args, questions: list[Question], **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question in questions:
            if question.kind == QuestionKind.SCALE:
                self.fields[f"q{question.pk}"] = forms.TypedChoiceField(
                    label=question.text, choices=self.SCALE, coerce=int,
                    widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
                    error_messages={"required": _("请选择 1–5 分。")})
            else:
                self.fields[f"q{question.pk}"] = forms.CharField(
                    label=question.text, required=False, max_length=2000,
                    widget=forms.Textarea(attrs={"rows": 4, "class": "form-control"}))

    def scores(self) -> dict[int, int]:
        return {q.pk: self.cleaned_data[f"q{q.pk}"] for q in self.questions
                if q.kind == QuestionKind.SCALE}

    def texts(self) -> dict[int, str]:
        return {q.pk: self.cleaned_data[f"q{q.pk}"] for q in self.questions
                if q.kind == QuestionKind.TEXT}


class FactsUploadForm(ExcelUploadForm):
    label = gettext_lazy("人事记录文件")
    help_text = gettext_lazy("填写好的人事记录模板，Excel 工作簿（.xlsx）。")
    max_bytes = MAX_UPLOAD_BYTES
    too_large = gettext_lazy("文件超过上限 %(max)s MB。")
