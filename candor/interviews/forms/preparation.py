"""Input forms for the self-assessment and the manager's preparation. They shape the posted
rows into what the services take; the services decide what is complete and allowed."""

from __future__ import annotations

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from candor.interviews.models import Preparation, SelfAssessment, Temperament
from candor.interviews.services.preparation import CHECKLIST, MAX_QUESTIONS

QUESTION_ROWS = MAX_QUESTIONS  # inputs shown at least; more can be added
DISAGREEMENT_ROWS = 2
MAX_ROWS = 10

PART_HELP = {
    "performance": _("本期做了哪些主要工作，取得了哪些成果，举出具体事例和数据。"),
    "against_standards": _("对照绩效考核表的指标和标准，逐项说明完成情况。"),
    "self_evaluation": _("您认为自己本期的表现如何？优点和不足各是什么？"),
    "next_goals": _("下一个周期您打算达成哪些目标？"),
    "support_needed": _("为了做得更好，您需要哪些资源、培训或支持？"),
}

CHECKLIST_LABELS = {
    "room": _("已预订安静、不受打扰的会议室（不在领导办公室）"),
    "time": _("已预留足够的时间（不少于 %(min)s 分钟），不会中途被打断"),
    "self_assessment": _("已阅读员工的自我评估"),
    "evidence": _("每个预计的分歧都准备了事实和数据"),
    "questions": _("已准备好要向员工提出的问题"),
    "previous_plan": _("已回顾上次面谈的改进计划及完成情况"),
    "listen": _("计划多听少说，以平等的语气交流，不居高临下"),
}


def checklist_label(key: str, min_minutes: int) -> str:
    label = CHECKLIST_LABELS[key]
    return str(label) % {"min": min_minutes} if key == "time" else str(label)


def _styled(form: forms.Form) -> None:
    for field in form.fields.values():
        widget = field.widget
        if isinstance(widget, forms.CheckboxSelectMultiple | forms.HiddenInput):
            continue
        widget.attrs.setdefault("class", "form-select" if isinstance(widget, forms.Select)
                                else "form-control")


def _padded(values: list[str], rows: int) -> list[str]:
    values = list(values)[:MAX_ROWS]
    return values + [""] * max(0, rows - len(values))


class SelfAssessmentForm(forms.Form):
    """The five parts as fields; the 3–5 questions as repeated `questions` inputs."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, data: QueryDict | None = None, *,
                 assessment: SelfAssessment | None = None) -> None:
        initial = {"version": assessment.version if assessment else 1}
        if assessment is not None:
            initial |= {part: getattr(assessment, part) for part in SelfAssessment.PARTS}
        super().__init__(data, initial=initial)
        for part in SelfAssessment.PARTS:
            self.fields[part] = forms.CharField(
                label=SelfAssessment._meta.get_field(part).verbose_name, required=False,
                max_length=4000, help_text=PART_HELP[part],
                widget=forms.Textarea(attrs={"rows": 4}))
        self.order_fields(["version", *SelfAssessment.PARTS])
        _styled(self)
        posted = data.getlist("questions") if data is not None else None
        self.questions = _padded(posted if posted is not None
                                 else (assessment.questions if assessment else []),
                                 QUESTION_ROWS)

    def service_data(self) -> dict:
        data = {part: self.cleaned_data.get(part, "") for part in SelfAssessment.PARTS}
        data["questions"] = [q for q in self.questions if q.strip()]
        return data


class PreparationForm(forms.Form):
    """The manager's notes. Question and disagreement rows are repeated inputs."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    goal_analysis = forms.CharField(
        label=_("目标分析"), required=False, max_length=4000,
        help_text=_("本期目标定得是否合理？偏高、偏低还是合适？未完成的原因在目标本身还是执行？"),
        widget=forms.Textarea(attrs={"rows": 3}))
    temperament = forms.ChoiceField(
        label=_("员工性格特点"), required=False,
        choices=[("", _("请选择")), *Temperament.choices],
        help_text=_("根据员工的性格选择合适的沟通方式。"))
    approach = forms.CharField(
        label=_("面谈策略"), required=False, max_length=2000,
        help_text=_("打算如何开场、如何推进、重点谈什么。"),
        widget=forms.Textarea(attrs={"rows": 3}))
    checklist = forms.MultipleChoiceField(
        label=_("面谈前检查"), required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, data: QueryDict | None = None, *, preparation: Preparation | None = None,
                 min_minutes: int = 45) -> None:
        initial: dict = {"version": preparation.version if preparation else 1}
        if preparation is not None:
            initial |= {
                "goal_analysis": preparation.goal_analysis,
                "temperament": preparation.temperament,
                "approach": preparation.approach,
                "checklist": [k for k in CHECKLIST if (preparation.checklist or {}).get(k)],
            }
        super().__init__(data, initial=initial)
        self.fields["checklist"].choices = [(k, checklist_label(k, min_minutes))
                                            for k in CHECKLIST]
        self.fields["checklist"].widget.attrs["class"] = "form-check-input"
        _styled(self)
        if data is not None:
            questions = data.getlist("questions")
            rows = list(zip(data.getlist("disagreement_point"),
                            data.getlist("disagreement_evidence"), strict=False))
        else:
            questions = preparation.questions if preparation else []
            rows = [(r.get("point", ""), r.get("evidence", ""))
                    for r in (preparation.disagreements if preparation else [])]
        self.questions = _padded(questions, QUESTION_ROWS)
        rows = rows[:MAX_ROWS]
        self.disagreements = [{"point": p, "evidence": e} for p, e in rows] + [
            {"point": "", "evidence": ""}] * max(0, DISAGREEMENT_ROWS - len(rows))

    def service_data(self) -> dict:
        chosen = set(self.cleaned_data.get("checklist") or [])
        return {
            "questions": [q for q in self.questions if q.strip()],
            "goal_analysis": self.cleaned_data.get("goal_analysis", ""),
            "disagreements": [r for r in self.disagreements
                              if r["point"].strip() or r["evidence"].strip()],
            "temperament": self.cleaned_data.get("temperament", ""),
            "approach": self.cleaned_data.get("approach", ""),
            "checklist": {key: key in chosen for key in CHECKLIST},
        }
