"""In-app notifications, and reminders that the task queue delivers once per event."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from candor.core.models import TimeStampedModel


class Notification(TimeStampedModel):
    """One message in a user's inbox, rendered at creation in the recipient's language."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("接收人"), on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("类型"), max_length=60)  # e.g. "interview.invited"
    title = models.CharField(_("标题"), max_length=200)
    body = models.TextField(_("内容"), blank=True)
    url = models.CharField(_("链接"), max_length=300, blank=True)
    read_at = models.DateTimeField(_("阅读时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("通知")
        verbose_name_plural = pgettext_lazy("plural", "通知")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_read(self) -> bool:
        return self.read_at is not None


class ReminderStatus(models.TextChoices):
    # Waiting for its due time (or put back after a failed attempt).
    PENDING = "pending", _("待发送")
    # Delivered; a reminder leaves this state only when its event is rescheduled.
    SENT = "sent", _("已发送")
    # Due, but the handler found nothing to remind about (see `note`).
    SKIPPED = "skipped", _("已跳过")
    # The event went away (e.g. the interview was cancelled) before the reminder was due.
    CANCELLED = "cancelled", _("已取消")


class Reminder(TimeStampedModel):
    """A reminder due at a time about one object. `key` names the event, so that scheduling
    the same event again updates this row instead of adding a second reminder."""

    key = models.CharField(_("键"), max_length=200, unique=True)  # "interview:12:upcoming"
    kind = models.CharField(_("类型"), max_length=60)  # the handler's registry key
    target_type = models.CharField(_("对象类型"), max_length=60)  # "interviews.interview"
    target_id = models.PositiveBigIntegerField(_("对象编号"))
    due_at = models.DateTimeField(_("到期时间"), db_index=True)
    status = models.CharField(_("状态"), max_length=12, choices=ReminderStatus.choices,
                              default=ReminderStatus.PENDING)
    sent_at = models.DateTimeField(_("发送时间"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("尝试次数"), default=0)
    note = models.CharField(_("说明"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("提醒")
        verbose_name_plural = pgettext_lazy("plural", "提醒")
        ordering = ["due_at", "id"]

    def __str__(self) -> str:
        return f"{self.key} @ {self.due_at:%Y-%m-%d %H:%M}"
