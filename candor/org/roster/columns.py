"""The roster file's contract: its columns, their labels in every language, and limits.

The template, the parser and the validator all read this one list, so a column added here
shows up in the download, is recognised on upload and is named the same way in errors.
"""

from __future__ import annotations

from functools import lru_cache

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from candor.documents.excel_read import Column, choice_lookup, in_every_language, normalize
from candor.org.models import EmploymentType, Level

SHEET_NAME = _("花名册")
HELP_SHEET_NAME = pgettext_lazy("workbook sheet", "说明")
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000


COLUMNS: tuple[Column, ...] = (
    Column("employee_no", _("工号"), True,
           _("唯一，用于匹配系统中已有的员工；新员工以工号作为登录名。"), 12),
    Column("name", _("姓名"), True, _("员工姓名。"), 12),
    Column("email", _("电子邮箱"), False,
           _("用于接收通知；留空表示不填。整列删去则保留系统中的邮箱。"), 26),
    Column("department", _("部门编码"), True, _("填写部门编码，见下方部门列表。"), 12),
    Column("position", _("岗位编码"), True, _("填写岗位编码，见下方岗位列表。"), 12),
    Column("level", _("职级层次"), True, _("基层员工、中层管理者或高层管理者。"), 12),
    Column("employment_type", _("用工类型"), True, _("正式、实习或兼职。"), 10),
    Column("hire_date", _("入职日期"), True,
           _("日期单元格，或文本 YYYY-MM-DD（如 2024-03-01）。"), 12),
    Column("manager_no", _("直属上级工号"), False,
           _("系统中已有员工或本表其他行的工号；留空表示没有直属上级。"
             "整列删去则保留系统中的直属上级。"), 14),
    Column("is_active", _("在职"), False,
           _("是或否，留空为是。填否即办理离职：登录停用、会话全部结束。"), 8),
)
COLUMNS_BY_KEY = {c.key: c for c in COLUMNS}


@lru_cache(maxsize=1)
def level_lookup() -> dict[str, str]:
    return choice_lookup(Level)


@lru_cache(maxsize=1)
def employment_type_lookup() -> dict[str, str]:
    return choice_lookup(EmploymentType)


YES, NO = _("是"), _("否")


@lru_cache(maxsize=1)
def yes_no_lookup() -> dict[str, bool]:
    lookup = {"yes": True, "y": True, "true": True, "1": True,
              "no": False, "n": False, "false": False, "0": False}
    lookup |= {normalize(t): True for t in in_every_language(YES)}
    lookup |= {normalize(t): False for t in in_every_language(NO)}
    return lookup
