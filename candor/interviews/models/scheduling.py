"""Interviews as scheduled events: type, time, room, the three people, and HR's rules."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from candor.core.models import TimeStampedModel


class InterviewType(models.TextChoices):
    REGULAR = "regular", _("定期绩效面谈")
    IMPROVEMENT = "improvement", _("绩效改进面谈")
    DEVELOPMENT = "development", _("职业发展面谈")
    PROMOTION = "promotion", _("晋升/调薪前评估面谈")
    TRANSFER = "transfer", _("调岗面谈")
    WARNING = "warning", _("绩效警告面谈")


class InterviewStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("已安排")
    IN_PROGRESS = "in_progress", _("面谈中")
    HELD = "held", _("已面谈")
    CANCELLED = "cancelled", _("已取消")


class Room(TimeStampedModel):
    """A place HR lets interviews use. A leader's office is allowed but flagged (R3.9)."""

    name = models.CharField(_("名称"), max_length=80, unique=True)
    location = models.CharField(_("位置"), max_length=120, blank=True)
    capacity = models.PositiveSmallIntegerField(_("容纳人数"), default=4)
    is_leader_office = models.BooleanField(
        _("领导办公室"), default=False,
        help_text=_("在领导办公室面谈容易让员工感到压力，安排时会提示。"),
    )
    is_active = models.BooleanField(_("启用"), default=True)

    class Meta:
        verbose_name = _("面谈室")
        verbose_name_plural = pgettext_lazy("plural", "面谈室")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class InterviewPolicy(TimeStampedModel):
    """The company's interview rules, one row (pk=1), edited by HR."""

    notice_workdays = models.PositiveSmallIntegerField(
        _("提前通知（工作日）"), default=3,
        help_text=_("员工至少提前多少个工作日收到面谈通知（按法定节假日和调休计算）。"))
    min_minutes = models.PositiveSmallIntegerField(_("最短时长（分钟）"), default=45)
    max_minutes = models.PositiveSmallIntegerField(_("最长时长（分钟）"), default=90)
    default_minutes = models.PositiveSmallIntegerField(_("默认时长（分钟）"), default=60)
    max_days_after_period = models.PositiveSmallIntegerField(
        _("周期结束后最迟天数"), default=30,
        help_text=_("面谈应在周期结束后约一个月内进行：晚于这个天数时，安排面谈会提示。"))
    record_due_hours = models.PositiveSmallIntegerField(
        _("记录完成时限（小时）"), default=24,
        help_text=_("面谈结束后，直属上级须在此时限内完成面谈记录草稿。"))
    appeal_window_workdays = models.PositiveSmallIntegerField(
        _("申诉期限（工作日）"), default=5,
        help_text=_("签字后多少个工作日内员工可以提出申诉。"))
    reminder_workdays = models.PositiveSmallIntegerField(
        _("面谈提醒（提前工作日）"), default=1)
    require_smart_measures = models.BooleanField(
        _("改进措施须通过 SMART 检查"), default=False,
        help_text=_("开启后，改进措施还有 SMART 检查提示（无可衡量目标、无期限、无负责人、"
                    "用语空泛）时，面谈记录不能提交。"))

    class Meta:
        verbose_name = _("面谈规则")
        verbose_name_plural = pgettext_lazy("plural", "面谈规则")

    def __str__(self) -> str:
        return str(_("面谈规则"))

    @classmethod
    def current(cls) -> InterviewPolicy:
        policy, _created = cls.objects.get_or_create(pk=1)
        return policy


class Interview(TimeStampedModel):
    """One interview between an employee and their manager, hosted by HR (R3.2)."""

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(
        default=0, help_text="iCalendar SEQUENCE, raised on every reschedule and cancel")
    kind = models.CharField(_("面谈类型"), max_length=12, choices=InterviewType.choices,
                            default=InterviewType.REGULAR)
    status = models.CharField(_("状态"), max_length=12, choices=InterviewStatus.choices,
                              default=InterviewStatus.SCHEDULED, db_index=True)
    sheet = models.ForeignKey("periods.GoalSheet", verbose_name=_("绩效考核表"), null=True,
                              blank=True, on_delete=models.PROTECT, related_name="interviews")
    employee = models.ForeignKey("org.Employee", verbose_name=_("员工"),
                                 on_delete=models.PROTECT, related_name="interviews")
    manager = models.ForeignKey("org.Employee", verbose_name=_("直属上级"),
                                on_delete=models.PROTECT, related_name="interviews_led")
    host = models.ForeignKey("org.Employee", verbose_name=_("面谈主导人"), null=True,
                             blank=True, on_delete=models.PROTECT,
                             related_name="interviews_hosted")
    starts_at = models.DateTimeField(_("开始时间"), db_index=True)
    duration_minutes = models.PositiveSmallIntegerField(_("时长（分钟）"))
    room = models.ForeignKey(Room, verbose_name=_("面谈室"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="interviews")
    location = models.CharField(_("地点说明"), max_length=120, blank=True)
    notice_given_on = models.DateField(_("通知日期"))
    warnings = models.JSONField(_("安排时确认的提示"), default=list, blank=True)
    cancel_reason = models.CharField(_("取消原因"), max_length=200, blank=True)
    started_at = models.DateTimeField(_("实际开始"), null=True, blank=True)
    ended_at = models.DateTimeField(_("实际结束"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("绩效面谈")
        verbose_name_plural = pgettext_lazy("plural", "绩效面谈")
        ordering = ["-starts_at"]
        indexes = [models.Index(fields=["employee", "status"]),
                   models.Index(fields=["manager", "status"])]

    def __str__(self) -> str:
        return f"{self.employee.name} {self.get_kind_display()} {self.starts_at:%Y-%m-%d}"

    def get_absolute_url(self) -> str:
        return reverse("interviews:detail", args=[self.pk])

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def place(self) -> str:
        parts = [str(self.room) if self.room_id else "", self.location]
        return " · ".join(p for p in parts if p)

    @property
    def actual_minutes(self) -> int | None:
        if self.started_at and self.ended_at:
            return int((self.ended_at - self.started_at).total_seconds() // 60)
        return None

    @property
    def finished_at(self) -> datetime:
        """When the conversation ended: as recorded, else as scheduled."""
        return self.ended_at or self.ends_at

    @property
    def is_open(self) -> bool:
        return self.status in (InterviewStatus.SCHEDULED, InterviewStatus.IN_PROGRESS)
