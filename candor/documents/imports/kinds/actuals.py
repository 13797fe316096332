"""Actual values of a period's goals (R2.3), one row per employee and goal.

The template is prefilled with every goal that needs an actual, so HR fills in numbers
and uploads; a row whose 实际值 is blank is skipped, so the file can be filled in part.
Built for 100,000 rows: employees, sheets and goals are each read once for the whole
file, and the changed actuals are written in one statement.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from candor.documents.excel_read import ImportInvalid
from candor.documents.imports.cells import EmployeeNo, Number, Text
from candor.documents.imports.kind import UPDATED, Field, Kind, Row, Unique
from candor.periods.models import Goal, GoalSheet, Period, Rule
from candor.periods.results.bulk import update_by_pk
from candor.periods.results.entry import MAX_ACTUAL, ensure_entry_open
from candor.periods.results.services import withdraw_scores

LARGEST = MAX_ACTUAL - Decimal("0.0001")


class ActualsInvalid(ImportInvalid):
    """The file was refused and nothing was written; the page lists the first problems."""

    error_code = "actuals_invalid"
    max_shown = 500


class ActualsKind(Kind):
    code = "actuals"
    audit_event = "period.actuals_imported"
    title = gettext_lazy("实际值导入")
    sheet_name = gettext_lazy("实际值")
    file_label = gettext_lazy("实际值文件")
    invalid = ActualsInvalid
    max_rows = 200_000
    max_bytes = 40 * 1024 * 1024
    columns = (
        Field("employee_no", gettext_lazy("工号"), True, width=12, type=EmployeeNo()),
        Field("name", gettext_lazy("姓名"), False, gettext_lazy("仅供核对，不会导入。"), 12,
              type=Text(60)),
        Field("goal", gettext_lazy("指标名称"), True,
              gettext_lazy("与考核表中的指标名称一致。"), 28, type=Text(120)),
        Field("actual", gettext_lazy("实际值"), True,
              gettext_lazy("百分比指标请填写百分数本身，例如 8% 填 8；留空的行会被跳过。"), 14,
              type=Number(places=4, least=-LARGEST, most=LARGEST)),
        Field("notes", gettext_lazy("备注"), False,
              gettext_lazy("留空则保留系统中原有的备注。"), 40, type=Text(2000)),
    )
    unique = Unique(("employee_no", "goal"), "goal", gettext_lazy("同一员工的同一指标"))
    skip_if_blank = "actual"
    instructions = (
        gettext_lazy("每行是一名员工的一个指标，已按本周期的考核表预先填好工号、姓名和指标名称。"),
        gettext_lazy("按工号和指标名称匹配；“姓名”列仅供核对，不会导入。"),
    )
    example = {"employee_no": "XH0101", "name": "王强", "goal": "利润",
               "actual": Decimal(3500), "notes": "财务部月报"}
    report_columns = ("employee_no", "goal", "actual")

    def __init__(self, *, period: Period, actor: Any) -> None:
        super().__init__(actor=actor)
        self.period = period

    def prepare(self) -> None:
        self.period = Period.objects.select_for_update(of=("self",)).get(pk=self.period.pk)
        ensure_entry_open(self.period)

    def preload(self, rows: list[Row]) -> None:
        self.sheets = dict(GoalSheet.objects.filter(period=self.period)
                           .values_list("employee_id", "pk"))
        self.goals = {(sheet_id, name): (pk, rule, actual, notes)
                      for pk, sheet_id, name, rule, actual, notes
                      in Goal.objects.filter(sheet__period=self.period).values_list(
                          "pk", "sheet_id", "name", "rule", "actual", "notes")}

    def check_row(self, row: Row):
        employee = row["employee_no"]
        if employee is None:
            return
        sheet_id = self.sheets.get(employee.pk)
        if sheet_id is None:
            yield "employee_no", _("%(name)s（%(no)s）在本周期没有考核表") % {
                "name": employee.name, "no": employee.employee_no}
            return
        name = row["goal"]
        if name is None:
            return
        goal = self.goals.get((sheet_id, name))
        if goal is None:
            yield "goal", _("%(name)s 的考核表中没有指标“%(goal)s”") % {
                "name": employee.name, "goal": name}
        elif goal[1] != Rule.LINEAR:
            yield "goal", _("指标“%(goal)s”由上级评分，不导入实际值") % {"goal": name}
        else:
            row.target = (*goal, sheet_id)

    def apply(self, rows: list[Row]) -> dict[str, Any]:
        changes = []
        for row in rows:
            pk, _rule, actual, notes, sheet_id = row.target
            new_notes = row["notes"] or notes
            if actual != row["actual"] or new_notes != notes:
                changes.append((pk, row["actual"], new_notes, sheet_id))
                row.status = UPDATED
        update_by_pk(Goal, ("actual", "notes"),
                     ((pk, actual, notes) for pk, actual, notes, _s in changes),
                     bump_version=True)
        return {"scores_withdrawn": withdraw_scores(sheet_id for *_g, sheet_id in changes)}

    def audit_target(self) -> Period:
        return self.period

    def template_rows(self):
        goals = (Goal.objects.filter(sheet__period=self.period, rule=Rule.LINEAR)
                 .order_by("sheet__employee__employee_no", "order", "pk")
                 .values_list("sheet__employee__employee_no", "sheet__employee__name", "name",
                              "actual"))
        for employee_no, name, goal, actual in goals.iterator(chunk_size=5000):
            yield {"employee_no": employee_no, "name": name, "goal": goal, "actual": actual}
