"""The actuals template: one row per goal that needs an actual value, prefilled.

HR fills in 实际值 (and 备注 if wanted) and uploads the file again; rows left blank are
skipped. Written in openpyxl's write-only mode so a 20,000-person period stays quick.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from candor.documents.excel_write import HEADER_FILL, HEADER_FONT, workbook_bytes
from candor.periods.models import Goal, Period, Rule
from candor.periods.results.actuals_import import COLUMNS, SHEET_NAME


def _header(sheet) -> list[WriteOnlyCell]:
    cells = []
    for column in COLUMNS:
        cell = WriteOnlyCell(sheet, value=str(column.label))
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        cells.append(cell)
    return cells


def build_template(*, period: Period) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(str(SHEET_NAME))
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    sheet.append(_header(sheet))
    goals = (Goal.objects.filter(sheet__period=period, rule=Rule.LINEAR)
             .order_by("sheet__employee__employee_no", "order", "pk")
             .values_list("sheet__employee__employee_no", "sheet__employee__name", "name",
                          "actual"))
    for employee_no, name, goal, actual in goals.iterator(chunk_size=5000):
        sheet.append([employee_no, name, goal, float(actual) if actual is not None else None,
                      None])
    help_sheet = workbook.create_sheet(pgettext("workbook sheet", "说明"))
    help_sheet.column_dimensions["A"].width = 100
    for line in (
        _("实际值导入说明（%(period)s）") % {"period": period.name},
        _("每行是一名员工的一个指标，已按本周期的考核表预先填好工号、姓名和指标名称。"),
        _("在“实际值”列填写数字；百分比指标请填写百分数本身，例如 8% 填 8。"),
        _("“实际值”留空的行会被跳过；“备注”留空则保留系统中原有的备注。"),
        _("按工号和指标名称匹配；“姓名”列仅供核对，不会导入。"),
        _("整个文件校验通过后才会导入；有任何问题则不导入任何数据，并逐行列出问题。"),
    ):
        help_sheet.append([line])
    return workbook_bytes(workbook)
