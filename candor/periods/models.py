"""Performance periods, goal sheets, goals, templates, grade scales (R2.1–R2.5)."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from candor.core.models import TimeStampedModel
from candor.periods import scoring

DEC = {"max_digits": 14, "decimal_places": 4}


class PeriodKind(models.TextChoices):
    MONTHLY = "monthly", _("月度")
    QUARTERLY = "quarterly", _("季度")
    HALF_YEARLY = "half_yearly", _("半年度")
    YEARLY = "yearly", _("年度")


class PeriodStatus(models.TextChoices):
    PLANNING = "planning", _("制定目标")  # HR and managers set goals; employees confirm them
    GOALS_CONFIRMED = "goals_confirmed", _("目标已确认")  # every sheet confirmed; goals locked
    IN_PROGRESS = "in_progress", _("执行中")  # key events, check-ins, 360° feedback
    SCORING = "scoring", _("评分中")  # actuals entered, ratings given, scores computed
    RELEASED = "released", _("结果已发布")  # employees see their score and grade
    CLOSED = "closed", _("已关闭")  # read-only archive


PERIOD_FLOW = [s.value for s in PeriodStatus]


class Direction(models.TextChoices):
    HIGHER = scoring.Direction.HIGHER, _("越高越好")
    LOWER = scoring.Direction.LOWER, _("越低越好")


class Rule(models.TextChoices):
    LINEAR = scoring.Rule.LINEAR, _("按偏差计分")  # ± points per 1 % from target
    MANAGER = scoring.Rule.MANAGER, _("上级评分")  # 0..weight awarded by the manager
    RATING = scoring.Rule.RATING, _("等级评定")  # A/B/C/D


def default_rating_scale() -> dict[str, str]:
    return {k: str(v) for k, v in scoring.DEFAULT_RATING_SCALE.items()}


class GradeScale(TimeStampedModel):
    """A set of grade bands. The company default is copied into each new period."""

    name = models.CharField(_("名称"), max_length=80)
    is_company_default = models.BooleanField(_("公司默认"), default=False)

    class Meta:
        verbose_name = _("等级标准")
        verbose_name_plural = pgettext_lazy("plural", "等级标准")

    def __str__(self) -> str:
        return self.name

    def as_bands(self) -> list[scoring.Band]:
        return [b.as_band() for b in self.bands.all()]


class GradeBand(models.Model):
    scale = models.ForeignKey(GradeScale, on_delete=models.CASCADE, related_name="bands")
    order = models.PositiveSmallIntegerField(_("顺序"), default=0)
    label = models.CharField(_("等级"), max_length=20)
    multiplier = models.DecimalField(_("奖金系数"), max_digits=5, decimal_places=2)
    lower = models.DecimalField(_("下限"), max_digits=8, decimal_places=2, null=True,
                                blank=True)
    lower_inclusive = models.BooleanField(_("含下限"), default=True)
    upper = models.DecimalField(_("上限"), max_digits=8, decimal_places=2, null=True,
                                blank=True)
    upper_inclusive = models.BooleanField(_("含上限"), default=False)

    class Meta:
        verbose_name = _("等级区间")
        verbose_name_plural = pgettext_lazy("plural", "等级区间")
        ordering = ["scale", "order"]

    def __str__(self) -> str:
        return self.label

    def as_band(self) -> scoring.Band:
        return scoring.Band(self.label, self.multiplier, self.lower, self.upper,
                            self.lower_inclusive, self.upper_inclusive)


class Period(TimeStampedModel):
    name = models.CharField(_("名称"), max_length=80, unique=True)
    kind = models.CharField(_("周期类型"), max_length=12, choices=PeriodKind.choices)
    start_date = models.DateField(_("开始日期"))
    end_date = models.DateField(_("结束日期"))
    status = models.CharField(_("状态"), max_length=16, choices=PeriodStatus.choices,
                              default=PeriodStatus.PLANNING)
    departments = models.ManyToManyField(
        "org.Department", verbose_name=_("覆盖部门"), related_name="periods",
        help_text=_("包含所选部门的下级部门。"),
    )
    grade_scale = models.ForeignKey(GradeScale, verbose_name=_("等级标准"),
                                    on_delete=models.PROTECT, related_name="periods")
    confirm_due = models.DateField(_("目标确认截止"), null=True, blank=True)
    scoring_due = models.DateField(_("评分截止"), null=True, blank=True)
    release_due = models.DateField(_("结果发布截止"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("绩效周期")
        verbose_name_plural = pgettext_lazy("plural", "绩效周期")
        ordering = ["-start_date", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("periods:period", args=[self.pk])

    @property
    def results_released(self) -> bool:
        return self.status in {PeriodStatus.RELEASED, PeriodStatus.CLOSED}


class GoalTemplate(TimeStampedModel):
    """Goals handed out in one action to everyone in a position or job sequence."""

    name = models.CharField(_("名称"), max_length=80)
    position = models.ForeignKey("org.Position", verbose_name=_("岗位"), null=True, blank=True,
                                 on_delete=models.CASCADE, related_name="goal_templates")
    sequence = models.ForeignKey("org.JobSequence", verbose_name=_("岗位序列"), null=True,
                                 blank=True, on_delete=models.CASCADE,
                                 related_name="goal_templates")
    is_active = models.BooleanField(_("启用"), default=True)

    class Meta:
        verbose_name = _("目标模板")
        verbose_name_plural = pgettext_lazy("plural", "目标模板")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class GoalFields(models.Model):
    """What a goal is, shared by template items and goals."""

    order = models.PositiveSmallIntegerField(_("顺序"), default=0)
    name = models.CharField(_("指标名称"), max_length=120)
    unit = models.CharField(_("单位"), max_length=20, blank=True)
    target = models.DecimalField(_("目标值"), null=True, blank=True, **DEC)
    direction = models.CharField(_("方向"), max_length=8, choices=Direction.choices,
                                 default=Direction.HIGHER)
    weight = models.DecimalField(_("权重"), max_digits=6, decimal_places=2)
    rule = models.CharField(_("计分规则"), max_length=10, choices=Rule.choices,
                            default=Rule.LINEAR)
    points_per_pct = models.DecimalField(_("每 1% 偏差的分数"), max_digits=6,
                                         decimal_places=3, default=Decimal(1))
    floor = models.DecimalField(_("最低分"), max_digits=8, decimal_places=2, null=True,
                                blank=True)
    cap = models.DecimalField(_("最高分"), max_digits=8, decimal_places=2, null=True,
                              blank=True)
    rating_scale = models.JSONField(_("等级分值"), default=default_rating_scale, blank=True)

    class Meta:
        abstract = True


class GoalTemplateItem(GoalFields):
    template = models.ForeignKey(GoalTemplate, on_delete=models.CASCADE, related_name="items")

    class Meta:
        verbose_name = _("模板指标")
        verbose_name_plural = pgettext_lazy("plural", "模板指标")
        ordering = ["template", "order"]

    def __str__(self) -> str:
        return self.name


class SheetStatus(models.TextChoices):
    DRAFT = "draft", _("草稿")  # goals being set
    CONFIRMED = "confirmed", _("已确认")  # the employee confirmed the current goals
    SCORED = "scored", _("已评分")  # a score has been computed from actuals and ratings


class GoalSheet(TimeStampedModel):
    """One employee's goals, confirmation and result in one period (绩效考核表)."""

    # no index of its own: (period, employee) and (period, status) below both start with it
    period = models.ForeignKey(Period, on_delete=models.CASCADE, related_name="sheets",
                               db_index=False)
    employee = models.ForeignKey("org.Employee", on_delete=models.PROTECT,
                                 related_name="goal_sheets")
    status = models.CharField(_("状态"), max_length=10, choices=SheetStatus.choices,
                              default=SheetStatus.DRAFT)
    confirmed_at = models.DateTimeField(_("确认时间"), null=True, blank=True)
    confirmed_digest = models.CharField(max_length=64, blank=True)
    total = models.DecimalField(_("总分"), max_digits=8, decimal_places=2, null=True,
                                blank=True)
    grade = models.CharField(_("等级"), max_length=20, blank=True)
    multiplier = models.DecimalField(_("奖金系数"), max_digits=5, decimal_places=2,
                                     null=True, blank=True)
    rank_department = models.PositiveIntegerField(_("部门排名"), null=True, blank=True)
    rank_sequence = models.PositiveIntegerField(_("序列排名"), null=True, blank=True)
    # the n of "rank x of n", stored with the ranks by the scoring pass that computed them
    rank_department_size = models.PositiveIntegerField(_("部门参与排名人数"), null=True,
                                                       blank=True)
    rank_sequence_size = models.PositiveIntegerField(_("序列参与排名人数"), null=True,
                                                     blank=True)
    scored_at = models.DateTimeField(_("评分时间"), null=True, blank=True)
    score_problem = models.CharField(_("无法评分的原因"), max_length=200, blank=True)
    # a judgement goal or an active ability item is not rated yet; kept up to date by the
    # services that change either (periods.results.awaiting), read by the period page
    rating_pending = models.BooleanField(_("待评分"), default=False, db_default=False)

    class Meta:
        verbose_name = _("绩效考核表")
        verbose_name_plural = pgettext_lazy("plural", "绩效考核表")
        constraints = [models.UniqueConstraint(fields=["period", "employee"],
                                               name="periods_one_sheet_per_person")]
        indexes = [models.Index(fields=["period", "status"])]

    def __str__(self) -> str:
        return f"{self.period} · {self.employee.name}"

    def get_absolute_url(self) -> str:
        return reverse("periods:sheet", args=[self.pk])


# A judgement goal its manager line has not rated yet (needs_rating, a partial index).
UNRATED_GOAL = (models.Q(rule=Rule.MANAGER, manager_points__isnull=True)
                | models.Q(rule=Rule.RATING, rating=""))


class Goal(GoalFields, TimeStampedModel):
    # no index of its own: the unique (sheet, name) index serves every lookup by sheet, and
    # one index fewer to maintain when scoring writes 140,000 goals
    sheet = models.ForeignKey(GoalSheet, on_delete=models.CASCADE, related_name="goals",
                              db_index=False)
    actual = models.DecimalField(_("实际值"), null=True, blank=True, **DEC)
    manager_points = models.DecimalField(_("上级评分"), max_digits=8, decimal_places=2,
                                         null=True, blank=True)
    rating = models.CharField(_("评定等级"), max_length=2, blank=True)
    notes = models.TextField(_("备注（关键事件 / 数据）"), blank=True)
    points = models.DecimalField(_("得分"), max_digits=8, decimal_places=2, null=True,
                                 blank=True)
    rate_pct = models.DecimalField(_("达成率"), max_digits=8, decimal_places=0, null=True,
                                   blank=True)
    # not indexed: only deleting a template looks goals up by it (rare, and a scan of the
    # goals then), while every scoring pass would pay to keep the index up to date
    source_template = models.ForeignKey(GoalTemplate, null=True, blank=True,
                                        on_delete=models.SET_NULL, related_name="+",
                                        db_index=False)

    class Meta:
        verbose_name = _("绩效指标")
        verbose_name_plural = pgettext_lazy("plural", "绩效指标")
        ordering = ["sheet", "order", "pk"]
        constraints = [models.UniqueConstraint(fields=["sheet", "name"],
                                               name="periods_goal_name_unique_in_sheet")]
        # only the judgement goals still waiting for a rating: small, and enough to count
        # a period's sheets awaiting rating without reading its goals
        indexes = [models.Index(fields=["sheet"], condition=UNRATED_GOAL,
                                name="periods_goal_unrated")]

    def __str__(self) -> str:
        return self.name

    def as_input(self) -> scoring.GoalInput:
        return scoring.GoalInput(
            name=self.name, weight=self.weight, rule=self.rule, direction=self.direction,
            target=self.target, actual=self.actual, points_per_pct=self.points_per_pct,
            floor=self.floor, cap=self.cap, manager_points=self.manager_points,
            rating=self.rating,
            rating_scale={k: Decimal(str(v)) for k, v in (self.rating_scale or {}).items()}
            or scoring.DEFAULT_RATING_SCALE,
        )


class AbilityKind(models.TextChoices):
    ABILITY = "ability", _("能力")
    ATTITUDE = "attitude", _("态度")


class AbilityItem(TimeStampedModel):
    """A company-wide ability or attitude item rated in every sheet (R2.5)."""

    kind = models.CharField(_("类别"), max_length=10, choices=AbilityKind.choices)
    name = models.CharField(_("名称"), max_length=60, unique=True)
    description = models.TextField(pgettext_lazy("description", "说明"), blank=True)
    order = models.PositiveSmallIntegerField(_("顺序"), default=0)
    is_active = models.BooleanField(_("启用"), default=True)

    class Meta:
        verbose_name = _("能力态度项")
        verbose_name_plural = pgettext_lazy("plural", "能力态度项")
        ordering = ["kind", "order"]

    def __str__(self) -> str:
        return self.name


class Assessment(models.TextChoices):
    STRENGTH = "strength", _("优势")
    MEETS = "meets", _("符合要求")
    WEAKNESS = "weakness", _("不足")


class AbilityRating(TimeStampedModel):
    """The manager's rating of one item; a strength or weakness needs a concrete case."""

    sheet = models.ForeignKey(GoalSheet, on_delete=models.CASCADE, related_name="abilities")
    item = models.ForeignKey(AbilityItem, on_delete=models.PROTECT, related_name="+")
    rating = models.CharField(_("等级"), max_length=2)
    assessment = models.CharField(_("评价"), max_length=10, choices=Assessment.choices,
                                  default=Assessment.MEETS)
    case = models.TextField(_("具体事例"), blank=True)
    rated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                 related_name="+")

    class Meta:
        verbose_name = _("能力态度评价")
        verbose_name_plural = pgettext_lazy("plural", "能力态度评价")
        constraints = [models.UniqueConstraint(fields=["sheet", "item"],
                                               name="periods_one_rating_per_item")]

    def __str__(self) -> str:
        return f"{self.item}: {self.rating}"
