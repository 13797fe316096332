"""The org chart (R1.1): departments as a tree, positions, job sequences, employees, roles."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from candor.core.models import TimeStampedModel
from candor.core.text import with_note


class Level(models.TextChoices):
    """Management level, used for who hosts an interview and for analytics."""

    STAFF = "staff", _("基层员工")
    MIDDLE = "middle", _("中层管理者")
    SENIOR = "senior", _("高层管理者")


class EmploymentType(models.TextChoices):
    REGULAR = "regular", _("正式")
    INTERN = "intern", _("实习")
    PART_TIME = "part_time", _("兼职")


class HrRole(models.TextChoices):
    """HR duties. A specialist sees the whole company; a clerk the departments assigned."""

    NONE = "", _("无")
    SPECIALIST = "specialist", _("绩效专员")
    CLERK = "clerk", _("部门人事专员")


class JobSequence(TimeStampedModel):
    """岗位序列: technical, sales, functional, management …"""

    code = models.CharField(_("编码"), max_length=30, unique=True)
    name = models.CharField(_("名称"), max_length=60, unique=True)

    class Meta:
        verbose_name = _("岗位序列")
        verbose_name_plural = pgettext_lazy("plural", "岗位序列")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class Department(TimeStampedModel):
    code = models.CharField(_("编码"), max_length=30, unique=True)
    name = models.CharField(_("名称"), max_length=80)
    parent = models.ForeignKey(
        "self", verbose_name=_("上级部门"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="children",
    )
    head = models.ForeignKey(
        "Employee", verbose_name=pgettext_lazy("department", "负责人"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="headed_departments",
    )
    is_active = models.BooleanField(_("启用"), default=True)

    class Meta:
        verbose_name = _("部门")
        verbose_name_plural = pgettext_lazy("plural", "部门")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="org_department_unique_name"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("org:department", args=[self.pk])

    def clean(self) -> None:
        node, seen = self.parent, set()
        while node is not None:
            if node.pk == self.pk or node.pk in seen:
                raise ValidationError({"parent": _("上级部门不能是本部门或其下级部门。")})
            seen.add(node.pk)
            node = node.parent


class Position(TimeStampedModel):
    """A job title (岗位), belonging to a job sequence."""

    code = models.CharField(_("编码"), max_length=30, unique=True)
    name = models.CharField(_("名称"), max_length=80)
    sequence = models.ForeignKey(
        JobSequence, verbose_name=_("岗位序列"), on_delete=models.PROTECT, related_name="positions"
    )
    is_key = models.BooleanField(
        _("关键岗位"), default=False, help_text=_("关键岗位每周进行一次绩效沟通。")
    )

    class Meta:
        verbose_name = _("岗位")
        verbose_name_plural = pgettext_lazy("plural", "岗位")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class Employee(TimeStampedModel):
    """A person on the roster. Roles other than HR and committee derive from the org chart."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("登录账户"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="employee",
    )
    employee_no = models.CharField(_("工号"), max_length=30, unique=True)
    name = models.CharField(_("姓名"), max_length=60)
    email = models.EmailField(_("电子邮箱"), blank=True)
    department = models.ForeignKey(
        Department, verbose_name=_("部门"), on_delete=models.PROTECT, related_name="employees"
    )
    position = models.ForeignKey(
        Position, verbose_name=_("岗位"), on_delete=models.PROTECT, related_name="employees"
    )
    level = models.CharField(_("职级层次"), max_length=10, choices=Level.choices,
                             default=Level.STAFF)
    employment_type = models.CharField(_("用工类型"), max_length=10,
                                       choices=EmploymentType.choices,
                                       default=EmploymentType.REGULAR)
    hire_date = models.DateField(_("入职日期"))
    manager = models.ForeignKey(
        "self", verbose_name=_("直属上级"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="direct_reports",
    )
    is_active = models.BooleanField(_("在职"), default=True)
    hr_role = models.CharField(_("人事职责"), max_length=12, choices=HrRole.choices,
                               default=HrRole.NONE, blank=True)
    hr_departments = models.ManyToManyField(
        Department, verbose_name=_("负责的部门"), blank=True, related_name="hr_clerks",
        help_text=_("部门人事专员可查看这些部门及其下级部门的人员。"),
    )
    is_committee_member = models.BooleanField(_("绩效委员会成员"), default=False)

    class Meta:
        verbose_name = _("员工")
        verbose_name_plural = pgettext_lazy("plural", "员工")
        ordering = ["employee_no"]
        indexes = [models.Index(fields=["manager", "is_active"])]

    def __str__(self) -> str:
        # Shown in selects and the admin, so the brackets follow the reader's language:
        # 张伟（E001） / 张伟 (E001). Audit rows keep whichever form the actor saw.
        return with_note(self.name, self.employee_no)

    def get_absolute_url(self) -> str:
        return reverse("org:employee", args=[self.pk])

    @property
    def is_hr(self) -> bool:
        return bool(self.hr_role)

    def clean(self) -> None:
        node, seen = self.manager, set()
        while node is not None:
            if node.pk == self.pk or node.pk in seen:
                raise ValidationError({"manager": _("直属上级不能是本人或其下属。")})
            seen.add(node.pk)
            node = node.manager
