"""Appeals to the performance committee (R3.8) and its rulings."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from candor.core.models import TimeStampedModel


class AppealItemKind(models.TextChoices):
    SCORING_METHOD = "scoring_method", _("评分方法")
    DATA_ACCURACY = "data_accuracy", _("数据准确性")
    OTHER = "other", _("其他")


class AppealStatus(models.TextChoices):
    REFERRED = "referred", _("待委员会裁决")
    RULED = "ruled", _("已裁决")
    WITHDRAWN = "withdrawn", _("已撤回")


class Ruling(models.TextChoices):
    UPHELD = "upheld", _("维持原结果")
    ADJUSTED = "adjusted", _("调整结果")


class Appeal(TimeStampedModel):
    """The employee disputes named items of their result; the committee rules."""

    record = models.ForeignKey("interviews.Record", on_delete=models.PROTECT,
                               related_name="appeals")
    sheet = models.ForeignKey("periods.GoalSheet", on_delete=models.PROTECT,
                              related_name="appeals")
    employee = models.ForeignKey("org.Employee", on_delete=models.PROTECT,
                                 related_name="appeals")
    items = models.JSONField(_("申诉事项"), default=list)
    status = models.CharField(_("状态"), max_length=10, choices=AppealStatus.choices,
                              default=AppealStatus.REFERRED, db_index=True)
    filed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                 related_name="+")
    ruling = models.CharField(_("裁决"), max_length=10, choices=Ruling.choices, blank=True)
    ruling_reason = models.TextField(_("裁决理由"), blank=True)
    old_total = models.DecimalField(_("原总分"), max_digits=8, decimal_places=2, null=True,
                                    blank=True)
    old_grade = models.CharField(_("原等级"), max_length=20, blank=True)
    old_multiplier = models.DecimalField(_("原奖金系数"), max_digits=5, decimal_places=2,
                                         null=True, blank=True)
    new_total = models.DecimalField(_("新总分"), max_digits=8, decimal_places=2, null=True,
                                    blank=True)
    new_grade = models.CharField(_("新等级"), max_length=20, blank=True)
    new_multiplier = models.DecimalField(_("新奖金系数"), max_digits=5, decimal_places=2,
                                         null=True, blank=True)
    ruled_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="+")
    ruled_at = models.DateTimeField(_("裁决时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("绩效申诉")
        verbose_name_plural = pgettext_lazy("plural", "绩效申诉")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.employee.name} {self.sheet.period.name}"

    def get_absolute_url(self) -> str:
        return reverse("interviews:appeal", args=[self.pk])
