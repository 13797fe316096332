"""Bulk exports: a period's sealed records as one zip, built by the task worker.

The row is the export's whole state: the page polls it for progress, the worker advances it
with conditional UPDATEs, and the download view serves the file it names. The file lives
under MEDIA_ROOT/exports/, which no URL serves: it leaves only through the download view,
which checks access and writes the access log.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from candor.core.models import TimeStampedModel


class ExportFormat(models.TextChoices):
    PDF = "pdf", "PDF"
    DOCX = "docx", "Word"


class ExportStatus(models.TextChoices):
    QUEUED = "queued", _("排队中")  # requested; waiting for the worker
    RUNNING = "running", _("正在导出")  # claimed by a worker; done/total move
    DONE = "done", _("已完成")  # the zip is on disk and can be downloaded
    FAILED = "failed", _("导出失败")  # stopped; `error` says why, no partial file is kept


class BulkExport(TimeStampedModel):
    period = models.ForeignKey("periods.Period", verbose_name=_("绩效周期"),
                               on_delete=models.PROTECT, related_name="bulk_exports")
    format = models.CharField(_("格式"), max_length=4, choices=ExportFormat.choices)
    status = models.CharField(_("状态"), max_length=8, choices=ExportStatus.choices,
                              default=ExportStatus.QUEUED)
    total = models.PositiveIntegerField(_("记录数"), default=0)
    done = models.PositiveIntegerField(_("已完成"), default=0)
    file = models.CharField(_("文件"), max_length=200, blank=True,
                            help_text="path relative to MEDIA_ROOT, under exports/")
    size = models.PositiveBigIntegerField(_("文件大小"), default=0)
    subjects = models.JSONField(default=list, blank=True,
                                help_text="employee ids whose records are in the file")
    error = models.TextField(_("错误信息"), blank=True)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("申请人"),
                                     null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    started_at = models.DateTimeField(_("开始时间"), null=True, blank=True)
    finished_at = models.DateTimeField(_("完成时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("批量导出")
        verbose_name_plural = pgettext_lazy("plural", "批量导出")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.period} {self.get_format_display()} #{self.pk}"

    @property
    def is_active(self) -> bool:
        """Still queued or running: the page keeps polling it."""
        return self.status in (ExportStatus.QUEUED, ExportStatus.RUNNING)

    @property
    def percent(self) -> int:
        if not self.total:
            return 100 if self.status == ExportStatus.DONE else 0
        return min(100, self.done * 100 // self.total)
