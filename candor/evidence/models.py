"""The evidence a review rests on (R2.6–R2.8): key events, 360° feedback, check-ins, and
attendance / reward-penalty / training facts imported from other systems."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from candor.core.models import TimeStampedModel


class Polarity(models.TextChoices):
    POSITIVE = "positive", _("正面")
    NEGATIVE = "negative", _("负面")


class KeyEvent(TimeStampedModel):
    """关键事件: private to the manager line and HR until cited in an interview record."""

    employee = models.ForeignKey("org.Employee", verbose_name=_("员工"),
                                 on_delete=models.CASCADE, related_name="key_events")
    period = models.ForeignKey("periods.Period", verbose_name=_("绩效周期"), null=True,
                               blank=True, on_delete=models.SET_NULL, related_name="key_events")
    date = models.DateField(_("日期"))
    polarity = models.CharField(_("性质"), max_length=10, choices=Polarity.choices)
    facts = models.TextField(_("事实经过"))
    impact = models.TextField(_("影响"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("记录人"), null=True,
                               on_delete=models.SET_NULL, related_name="+")
    cited_at = models.DateTimeField(_("引用时间"), null=True, blank=True,
                                    help_text=_("在面谈记录中引用后，员工本人可见。"))

    class Meta:
        verbose_name = _("关键事件")
        verbose_name_plural = pgettext_lazy("plural", "关键事件")
        ordering = ["-date", "-pk"]

    def __str__(self) -> str:
        return f"{self.date} {self.employee.name} {self.get_polarity_display()}"


class Relation(models.TextChoices):
    MANAGER = "manager", _("上级")
    COLLEAGUE = "colleague", _("同事")
    SUBORDINATE = "subordinate", _("下属")
    CUSTOMER = "customer", _("客户")


class Questionnaire(TimeStampedModel):
    name = models.CharField(_("名称"), max_length=80, unique=True)
    is_active = models.BooleanField(_("启用"), default=True)

    class Meta:
        verbose_name = _("问卷")
        verbose_name_plural = pgettext_lazy("plural", "问卷")

    def __str__(self) -> str:
        return self.name


class QuestionKind(models.TextChoices):
    SCALE = "scale", _("评分（1–5）")
    TEXT = "text", _("文字")


class Question(models.Model):
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE,
                                      related_name="questions")
    order = models.PositiveSmallIntegerField(_("顺序"), default=0)
    text = models.CharField(pgettext_lazy("questionnaire", "问题"), max_length=200)
    kind = models.CharField(_("类型"), max_length=8, choices=QuestionKind.choices,
                            default=QuestionKind.SCALE)

    class Meta:
        verbose_name = pgettext_lazy("questionnaire", "问题")
        verbose_name_plural = pgettext_lazy("plural", "问题")
        ordering = ["questionnaire", "order"]

    def __str__(self) -> str:
        return self.text


class FeedbackStatus(models.TextChoices):
    PENDING = "pending", _("待答复")  # sent, waiting for the rater
    ANSWERED = "answered", _("已答复")  # answers stored; no further change
    DECLINED = "declined", _("已谢绝")  # the rater declined
    EXPIRED = "expired", _("已过期")  # the deadline passed unanswered


def new_feedback_token() -> str:
    return secrets.token_urlsafe(24)


class FeedbackRequest(TimeStampedModel):
    """A 360° request to one rater about one employee in one period."""

    period = models.ForeignKey("periods.Period", verbose_name=_("绩效周期"),
                               on_delete=models.CASCADE, related_name="feedback_requests")
    subject = models.ForeignKey("org.Employee", verbose_name=_("被评价人"),
                                on_delete=models.CASCADE, related_name="feedback_about")
    questionnaire = models.ForeignKey(Questionnaire, verbose_name=_("问卷"),
                                      on_delete=models.PROTECT, related_name="requests")
    relation = models.CharField(_("关系"), max_length=12, choices=Relation.choices)
    rater = models.ForeignKey("org.Employee", verbose_name=_("评价人"), null=True, blank=True,
                              on_delete=models.CASCADE, related_name="feedback_given")
    rater_name = models.CharField(_("外部评价人"), max_length=80, blank=True)
    rater_email = models.EmailField(_("外部评价人邮箱"), blank=True)
    token = models.CharField(max_length=40, unique=True, default=new_feedback_token,
                             editable=False)
    deadline = models.DateField(_("截止日期"))
    status = models.CharField(_("状态"), max_length=10, choices=FeedbackStatus.choices,
                              default=FeedbackStatus.PENDING)
    answered_at = models.DateTimeField(_("答复时间"), null=True, blank=True)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                     on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("360° 反馈请求")
        verbose_name_plural = pgettext_lazy("plural", "360° 反馈请求")
        ordering = ["deadline", "pk"]

    def __str__(self) -> str:
        return f"{self.subject.name} ← {self.rater.name if self.rater else self.rater_name}"


class FeedbackAnswer(models.Model):
    request = models.ForeignKey(FeedbackRequest, on_delete=models.CASCADE,
                                related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    score = models.PositiveSmallIntegerField(_("评分"), null=True, blank=True)
    text = models.TextField(_("文字意见"), blank=True)

    class Meta:
        verbose_name = _("反馈答案")
        verbose_name_plural = pgettext_lazy("plural", "反馈答案")
        constraints = [models.UniqueConstraint(fields=["request", "question"],
                                               name="evidence_one_answer_per_question")]

    def __str__(self) -> str:
        return f"{self.question}: {self.score or self.text[:20]}"


class CheckInKind(models.TextChoices):
    CONVERSATION = "conversation", _("绩效沟通")  # counts towards the two before scoring
    WEEKLY = "weekly", _("周汇总")
    DAILY = "daily", _("日常记录")


class CheckIn(TimeStampedModel):
    """A short logged conversation or note (日管理、周汇总) between manager and employee."""

    employee = models.ForeignKey("org.Employee", verbose_name=_("员工"),
                                 on_delete=models.CASCADE, related_name="check_ins")
    period = models.ForeignKey("periods.Period", verbose_name=_("绩效周期"), null=True,
                               blank=True, on_delete=models.SET_NULL, related_name="check_ins")
    date = models.DateField(_("日期"))
    kind = models.CharField(_("类型"), max_length=14, choices=CheckInKind.choices,
                            default=CheckInKind.CONVERSATION)
    summary = models.TextField(_("沟通内容"))
    next_steps = models.TextField(_("后续行动"), blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("记录人"), null=True,
                               on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("绩效沟通")
        verbose_name_plural = pgettext_lazy("plural", "绩效沟通")
        ordering = ["-date", "-pk"]

    def __str__(self) -> str:
        return f"{self.date} {self.employee.name}"


class FactKind(models.TextChoices):
    ATTENDANCE = "attendance", _("考勤")
    REWARD = "reward", _("奖励")
    PENALTY = "penalty", _("处罚")
    TRAINING = "training", _("培训")


class PersonnelFact(TimeStampedModel):
    """One imported fact from attendance, reward/penalty or training systems."""

    employee = models.ForeignKey("org.Employee", verbose_name=_("员工"),
                                 on_delete=models.CASCADE, related_name="facts")
    kind = models.CharField(_("类型"), max_length=12, choices=FactKind.choices)
    date = models.DateField(_("日期"))
    title = models.CharField(_("事项"), max_length=120)
    detail = models.TextField(pgettext_lazy("fact detail", "说明"), blank=True)
    quantity = models.DecimalField(_("数量"), max_digits=10, decimal_places=2, null=True,
                                   blank=True, help_text=_("如缺勤天数、培训学时、奖惩金额。"))
    source_ref = models.CharField(_("来源编号"), max_length=60, blank=True)

    class Meta:
        verbose_name = _("人事记录")
        verbose_name_plural = pgettext_lazy("plural", "人事记录")
        ordering = ["-date", "-pk"]
        constraints = [models.UniqueConstraint(
            fields=["employee", "kind", "date", "title"], name="evidence_fact_unique")]

    def __str__(self) -> str:
        return f"{self.date} {self.employee.name} {self.title}"
