"""HR's table of holidays and make-up workdays; it beats chinesecalendar and covers later years."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from candor.core.models import TimeStampedModel


class DayKind(models.TextChoices):
    HOLIDAY = "holiday", _("节假日")
    WORKDAY = "workday", _("调休上班")


class CalendarDay(TimeStampedModel):
    """One day whose status HR sets by hand (the State Council notice comes out each December)."""

    date = models.DateField(_("日期"), unique=True)
    kind = models.CharField(_("类型"), max_length=10, choices=DayKind.choices)
    name = models.CharField(_("名称"), max_length=40, blank=True)
    note = models.CharField(_("备注"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("工作日历调整")
        verbose_name_plural = pgettext_lazy("plural", "工作日历调整")
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date.isoformat()} {self.get_kind_display()} {self.name}".strip()
