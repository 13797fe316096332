"""The template HR downloads: an empty roster sheet and a sheet explaining how to fill it.

Generated on each download, so the department and position lists in it are current and
limited to the departments the downloading user may import into.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from candor import access
from candor.accounts.models import User
from candor.documents.excel_write import (
    list_validation,
    preformat,
    workbook_bytes,
    write_header,
)
from candor.org.models import Department, EmploymentType, Level, Position
from candor.org.roster.columns import COLUMNS, HELP_SHEET_NAME, MAX_ROWS, NO, SHEET_NAME, YES

TITLE_FONT = Font(bold=True, size=12)
NUMBER_FORMATS = {"employee_no": "@", "manager_no": "@", "hire_date": "yyyy-mm-dd"}


def _roster_sheet(sheet) -> None:
    sheet.title = str(SHEET_NAME)
    drop_downs = {"level": Level.labels, "employment_type": EmploymentType.labels,
                  "is_active": [YES, NO]}
    for index, letter, column in write_header(sheet, COLUMNS):
        if column.key in NUMBER_FORMATS:
            preformat(sheet, index, NUMBER_FORMATS[column.key])
        if column.key in drop_downs:
            list_validation(sheet, letter, [str(label) for label in drop_downs[column.key]],
                            max_rows=MAX_ROWS)


def _title(sheet, text: str) -> None:
    sheet.append([])
    sheet.append([text])
    sheet.cell(row=sheet.max_row, column=1).font = TITLE_FONT


def _help_sheet(sheet, user: User) -> None:
    sheet.title = str(HELP_SHEET_NAME)
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 28
    sheet.column_dimensions["C"].width = 70
    sheet.append([_("花名册导入说明")])
    sheet.cell(row=1, column=1).font = TITLE_FONT
    for line in (
        _("在“花名册”工作表中每行填写一名员工，第 1 行表头请勿修改；列的顺序可以调整。"),
        _("带 * 的列必须填写。整个文件校验通过后才会导入，有任何问题则不导入任何数据。"),
        _("按工号匹配：系统中已有的工号更新该员工，新工号新增员工并以工号作为登录名创建账户；"
          "新账户没有密码，需由管理员设置后才能登录。"),
        _("最多 %(max)s 行。重复导入同一文件不会产生任何变更。") % {"max": MAX_ROWS},
    ):
        sheet.append([line])
    _title(sheet, _("各列说明"))
    sheet.append([_("列"), _("是否必填"), _("填写说明")])
    for column in COLUMNS:
        sheet.append([str(column.label), str(YES if column.required else NO), str(column.help)])
    _title(sheet, _("部门编码"))
    sheet.append([_("编码"), _("名称"), _("上级部门")])
    departments = Department.objects.filter(is_active=True).select_related("parent")
    scope = access.scope_for(user)
    if not scope.sees_everyone:
        departments = departments.filter(pk__in=scope.clerk_department_ids)
    for dept in departments.order_by("code"):
        sheet.append([dept.code, dept.name, dept.parent.name if dept.parent else ""])
    _title(sheet, _("岗位编码"))
    sheet.append([_("编码"), _("名称"), _("岗位序列")])
    for position in Position.objects.select_related("sequence").order_by("code"):
        sheet.append([position.code, position.name, position.sequence.name])
    for row in sheet.iter_rows(min_col=3, max_col=3):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")


def build_template(*, user: User) -> bytes:
    workbook = Workbook()
    _roster_sheet(workbook.active)
    _help_sheet(workbook.create_sheet(), user)
    return workbook_bytes(workbook)
