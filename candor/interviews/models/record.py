"""The interview record (R3.6): sections written during and after the talk, corrections,
two signatures, the seal with its hash chain, and addenda after sealing (R3.7)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from candor.core.models import TimeStampedModel


class RecordStatus(models.TextChoices):
    DRAFT = "draft", _("草稿")
    WITH_EMPLOYEE = "with_employee", _("待员工确认")
    CORRECTIONS = "corrections", _("员工要求更正")
    SEALED = "sealed", _("已签字归档")


class Record(TimeStampedModel):
    interview = models.OneToOneField("interviews.Interview", on_delete=models.PROTECT,
                                     related_name="record")
    status = models.CharField(_("状态"), max_length=14, choices=RecordStatus.choices,
                              default=RecordStatus.DRAFT, db_index=True)
    due_at = models.DateTimeField(_("草稿截止"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("提交时间"), null=True, blank=True)
    submitted_late = models.BooleanField(_("逾期提交"), default=False)
    header = models.JSONField(_("基本信息"), default=dict, blank=True,
                              help_text="snapshot taken when the draft is submitted")
    sealed_at = models.DateTimeField(_("归档时间"), null=True, blank=True)
    content_hash = models.CharField(_("内容哈希"), max_length=64, blank=True)
    chain_index = models.PositiveIntegerField(null=True, blank=True, unique=True)
    chain_prev = models.CharField(max_length=64, blank=True)
    chain_hash = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = _("面谈记录")
        verbose_name_plural = pgettext_lazy("plural", "面谈记录")

    def __str__(self) -> str:
        return str(self.interview)

    def get_absolute_url(self) -> str:
        return reverse("interviews:record", args=[self.interview_id])

    @property
    def is_sealed(self) -> bool:
        return self.status == RecordStatus.SEALED


class RecordSection(TimeStampedModel):
    """One section of the form; each carries its own version so that two people writing
    different sections never collide, and two writing the same one are told."""

    record = models.ForeignKey(Record, on_delete=models.PROTECT, related_name="sections")
    key = models.CharField(max_length=30)
    content = models.JSONField(default=dict, blank=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("记录内容")
        verbose_name_plural = pgettext_lazy("plural", "记录内容")
        constraints = [models.UniqueConstraint(fields=["record", "key"],
                                               name="interviews_section_unique_key")]

    def __str__(self) -> str:
        return f"{self.record_id}:{self.key}"


class SignerRole(models.TextChoices):
    EMPLOYEE = "employee", _("员工")
    MANAGER = "manager", _("直属上级")


class Signature(models.Model):
    record = models.ForeignKey(Record, on_delete=models.PROTECT, related_name="signatures")
    role = models.CharField(_("签字方"), max_length=10, choices=SignerRole.choices)
    signer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                               related_name="+")
    signer_name = models.CharField(_("签字人"), max_length=60)
    signed_at = models.DateTimeField(_("签字时间"))
    content_hash = models.CharField(_("签字时的内容哈希"), max_length=64)
    ip = models.GenericIPAddressField(null=True, blank=True)

    class Meta:
        verbose_name = _("签字")
        verbose_name_plural = pgettext_lazy("plural", "签字")
        constraints = [models.UniqueConstraint(fields=["record", "role"],
                                               name="interviews_signature_unique_role")]

    def __str__(self) -> str:
        return f"{self.signer_name} {self.signed_at:%Y-%m-%d %H:%M}"


class RecordChainHead(models.Model):
    """One row locked while a record is sealed, so the hash chain has no forks."""

    last_index = models.PositiveIntegerField(default=0)
    last_hash = models.CharField(max_length=64, blank=True)

    def __str__(self) -> str:
        return f"{self.last_index}:{self.last_hash[:12]}"


class CorrectionStatus(models.TextChoices):
    OPEN = "open", _("待处理")
    RESOLVED = "resolved", _("已更正")
    DECLINED = "declined", _("未采纳")


class Correction(TimeStampedModel):
    """The employee points at a section: something missing or misrecorded."""

    record = models.ForeignKey(Record, on_delete=models.CASCADE, related_name="corrections")
    section = models.CharField(_("涉及部分"), max_length=30)
    text = models.TextField(_("更正内容"))
    status = models.CharField(_("状态"), max_length=10, choices=CorrectionStatus.choices,
                              default=CorrectionStatus.OPEN)
    response = models.TextField(_("上级答复"), blank=True)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                     related_name="+")
    resolved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("更正请求")
        verbose_name_plural = pgettext_lazy("plural", "更正请求")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.record_id}:{self.section}"


class Addendum(models.Model):
    """Information added after sealing; the sealed content itself never changes."""

    record = models.ForeignKey(Record, on_delete=models.PROTECT, related_name="addenda")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                               related_name="+")
    author_name = models.CharField(_("补充人"), max_length=60)
    text = models.TextField(_("补充内容"))
    created_at = models.DateTimeField(_("时间"))
    content_hash = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("补充说明")
        verbose_name_plural = pgettext_lazy("plural", "补充说明")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.record_id}:{self.created_at:%Y-%m-%d}"
