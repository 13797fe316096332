"""Improvement plans (R4.1–R4.3): what the sealed record agreed, tracked until it is done.

A plan is created from a sealed interview record: its "measures" rows become Measures with
checkpoints, its "support" rows become Commitments. The record keeps the agreement (hashed,
immutable); the plan keeps the follow-up (status, progress, delivery), which changes.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from candor.core.models import TimeStampedModel


class PlanStatus(models.TextChoices):
    ACTIVE = "active", _("执行中")
    MET = "met", _("已达成")
    MISSED = "missed", _("未达成")


class Plan(TimeStampedModel):
    record = models.ForeignKey("interviews.Record", on_delete=models.PROTECT,
                               related_name="plans",
                               help_text="the sealed record that agreed it (a revision keeps it)")
    employee = models.ForeignKey("org.Employee", verbose_name=_("员工"),
                                 on_delete=models.PROTECT, related_name="plans")
    manager = models.ForeignKey("org.Employee", verbose_name=_("直属上级"),
                                on_delete=models.PROTECT, related_name="plans_led")
    status = models.CharField(_("状态"), max_length=8, choices=PlanStatus.choices,
                              default=PlanStatus.ACTIVE, db_index=True)
    closed_at = models.DateTimeField(_("结项时间"), null=True, blank=True)
    closed_by_record = models.ForeignKey(
        "interviews.Record", null=True, blank=True, on_delete=models.PROTECT,
        related_name="closed_plans", help_text="the next interview's record that closed it")
    revision_of = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="revisions")

    class Meta:
        verbose_name = _("改进计划")
        verbose_name_plural = pgettext_lazy("plural", "改进计划")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.employee.name} {self.created_at:%Y-%m-%d}"

    def get_absolute_url(self) -> str:
        return reverse("plans:detail", args=[self.pk])


class SupportType(models.TextChoices):
    NONE = "", _("无")
    TRAINING = "training", _("培训")
    PEOPLE = "people", _("人员")
    POLICY = "policy", _("制度")
    BUDGET = "budget", _("预算")


class MeasureStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("未开始")
    ON_TRACK = "on_track", _("正常推进")
    AT_RISK = "at_risk", _("有风险")
    DONE = "done", _("已完成")
    DROPPED = "dropped", _("已放弃")


class FinalStatus(models.TextChoices):
    DONE = "done", _("已完成")
    NOT_MET = "not_met", _("未完成")
    DROPPED = "dropped", _("已放弃")


class Measure(TimeStampedModel):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="measures")
    order = models.PositiveSmallIntegerField(default=0)
    text = models.TextField(_("措施"))
    steps = models.TextField(_("行动步骤"), blank=True)
    owner = models.ForeignKey("org.Employee", verbose_name=_("负责人"), null=True,
                              blank=True, on_delete=models.SET_NULL, related_name="measures")
    owner_name = models.CharField(_("负责人"), max_length=60)
    deadline = models.DateField(_("完成期限"))
    support_type = models.CharField(_("所需支持类型"), max_length=10, blank=True,
                                    choices=SupportType.choices)
    support = models.CharField(_("所需支持"), max_length=300, blank=True)
    status = models.CharField(_("状态"), max_length=12, choices=MeasureStatus.choices,
                              default=MeasureStatus.NOT_STARTED, db_index=True)
    status_reason = models.CharField(_("放弃原因"), max_length=300, blank=True)
    findings = models.JSONField(_("SMART 检查结果"), default=list, blank=True)
    final_status = models.CharField(_("最终状态"), max_length=8, blank=True,
                                    choices=FinalStatus.choices)
    final_comment = models.TextField(_("结项说明"), blank=True)

    class Meta:
        verbose_name = _("改进措施")
        verbose_name_plural = pgettext_lazy("plural", "改进措施")
        ordering = ["plan", "order", "pk"]

    def __str__(self) -> str:
        return self.text[:60]

    @property
    def is_open(self) -> bool:
        return self.status not in (MeasureStatus.DONE, MeasureStatus.DROPPED)


class Checkpoint(TimeStampedModel):
    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="checkpoints")
    date = models.DateField(_("检查日期"), db_index=True)
    text = models.CharField(_("检查内容"), max_length=300)
    done_at = models.DateTimeField(_("检查时间"), null=True, blank=True)
    done_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="+")
    note = models.TextField(_("检查结果"), blank=True)

    class Meta:
        verbose_name = _("检查点")
        verbose_name_plural = pgettext_lazy("plural", "检查点")
        ordering = ["date", "pk"]

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.text[:40]}"


class ProgressNote(models.Model):
    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="notes")
    checkpoint = models.ForeignKey(Checkpoint, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                               related_name="+")
    author_name = models.CharField(_("记录人"), max_length=60)
    status = models.CharField(_("状态"), max_length=12, choices=MeasureStatus.choices)
    text = models.TextField(_("进展说明"))
    created_at = models.DateTimeField(_("时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("进展记录")
        verbose_name_plural = pgettext_lazy("plural", "进展记录")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.measure_id} {self.created_at:%Y-%m-%d}"


class CommitmentStatus(models.TextChoices):
    OPEN = "open", _("待兑现")
    DELIVERED = "delivered", _("已兑现")
    CANCELLED = "cancelled", _("已取消")


class Commitment(TimeStampedModel):
    """Resources and support the manager or HR promised in the interview (R4.2)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="commitments")
    text = models.CharField(_("承诺内容"), max_length=300)
    owner = models.ForeignKey("org.Employee", verbose_name=_("负责人"), null=True,
                              blank=True, on_delete=models.SET_NULL, related_name="commitments")
    owner_name = models.CharField(_("负责人"), max_length=60)
    due = models.DateField(_("兑现期限"), db_index=True)
    status = models.CharField(_("状态"), max_length=10, choices=CommitmentStatus.choices,
                              default=CommitmentStatus.OPEN, db_index=True)
    delivered_at = models.DateTimeField(_("兑现时间"), null=True, blank=True)
    note = models.CharField(_("说明"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("支持承诺")
        verbose_name_plural = pgettext_lazy("plural", "支持承诺")
        ordering = ["due", "pk"]

    def __str__(self) -> str:
        return self.text[:60]


class Recognition(models.Model):
    """A plan met earns a recognition entry, visible to the employee and HR (R4.3)."""

    employee = models.ForeignKey("org.Employee", on_delete=models.PROTECT,
                                 related_name="recognitions")
    plan = models.OneToOneField(Plan, on_delete=models.PROTECT, related_name="recognition")
    text = models.TextField(_("内容"))
    created_at = models.DateTimeField(_("时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("表彰记录")
        verbose_name_plural = pgettext_lazy("plural", "表彰记录")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.employee.name} {self.created_at:%Y-%m-%d}"


class FollowUpKind(models.TextChoices):
    INTERVIEW = "interview", _("安排绩效改进面谈")
    REVISION = "revision", _("修订改进计划")


class FollowUpStatus(models.TextChoices):
    PROPOSED = "proposed", _("待决定")
    ACCEPTED = "accepted", _("已接受")
    DECLINED = "declined", _("已拒绝")


class FollowUp(TimeStampedModel):
    """What a missed plan proposes; the manager accepts or declines with a reason."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="follow_ups")
    kind = models.CharField(_("建议"), max_length=10, choices=FollowUpKind.choices)
    status = models.CharField(_("状态"), max_length=10, choices=FollowUpStatus.choices,
                              default=FollowUpStatus.PROPOSED, db_index=True)
    reason = models.CharField(_("理由"), max_length=300, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    interview = models.ForeignKey("interviews.Interview", null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+")
    revision = models.ForeignKey(Plan, null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="+")

    class Meta:
        verbose_name = _("后续安排")
        verbose_name_plural = pgettext_lazy("plural", "后续安排")

    def __str__(self) -> str:
        return f"{self.plan_id} {self.kind}"
