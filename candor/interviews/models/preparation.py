"""What each side prepares: the employee's self-assessment (R3.3) and the manager's notes (R3.4)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from candor.core.models import TimeStampedModel


class SelfAssessment(TimeStampedModel):
    """The five-part self-assessment and 3–5 questions; the manager sees it once submitted."""

    interview = models.OneToOneField("interviews.Interview", on_delete=models.CASCADE,
                                     related_name="self_assessment")
    performance = models.TextField(_("本期工作表现"), blank=True)
    against_standards = models.TextField(_("对照绩效标准的完成情况"), blank=True)
    self_evaluation = models.TextField(_("自我评价"), blank=True)
    next_goals = models.TextField(_("下期目标设想"), blank=True)
    support_needed = models.TextField(_("需要的资源与支持"), blank=True)
    questions = models.JSONField(_("想提出的问题或要求"), default=list, blank=True)
    submitted_at = models.DateTimeField(_("提交时间"), null=True, blank=True)

    PARTS = ("performance", "against_standards", "self_evaluation", "next_goals",
             "support_needed")

    class Meta:
        verbose_name = _("员工自评")
        verbose_name_plural = pgettext_lazy("plural", "员工自评")

    def __str__(self) -> str:
        return str(self.interview)


class Temperament(models.TextChoices):
    NERVOUS = "nervous", _("紧张、不安")
    CALM = "calm", _("准备充分、冷静")
    DEFENSIVE = "defensive", _("容易辩解、情绪化")
    RESERVED = "reserved", _("沉默、不善表达")
    CONFIDENT = "confident", _("自信、强势")


class Preparation(TimeStampedModel):
    """The manager's own notes for the interview. Never shown to the employee."""

    interview = models.OneToOneField("interviews.Interview", on_delete=models.CASCADE,
                                     related_name="preparation")
    questions = models.JSONField(_("准备提出的问题"), default=list, blank=True)
    goal_analysis = models.TextField(_("目标分析（目标是否合理）"), blank=True)
    disagreements = models.JSONField(_("预计的分歧与依据"), default=list, blank=True)
    temperament = models.CharField(_("员工性格特点"), max_length=12, blank=True,
                                   choices=Temperament.choices)
    approach = models.TextField(_("面谈策略"), blank=True)
    checklist = models.JSONField(_("面谈前检查"), default=dict, blank=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("面谈准备")
        verbose_name_plural = pgettext_lazy("plural", "面谈准备")

    def __str__(self) -> str:
        return str(self.interview)
