"""Each employee's goals for a period (R2.2, R2.3), one row per employee and goal.

Goals are written through the goal services (candor.periods.setup.services.goals), so the
rules of a goal and of its confirmation hold as when a manager edits one: a confirmed sheet
whose goals change goes back to draft and the employee confirms again. A row matching an
existing goal (same employee, same name) updates it; a new name adds a goal; goals the file
does not list stay as they are. Across rows, each person's weights must come to 100 with
the goals kept, so no sheet is left that cannot be confirmed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from candor import access
from candor.core.errors import DomainError
from candor.core.text import join_list
from candor.documents.excel_read import ImportInvalid
from candor.documents.imports.cells import Choice, EmployeeNo, Number, Text, plain
from candor.documents.imports.kind import CREATED, UPDATED, Field, Kind, Problem, Row, Unique
from candor.periods.models import Direction, Goal, GoalSheet, Period, Rule, SheetStatus
from candor.periods.scoring import HUNDRED, ScoringError
from candor.periods.setup.services.goals import GOALS_EDITABLE, save_goal
from candor.periods.setup.services.messages import scoring_message
from candor.periods.setup.services.rules import goal_defaults, goal_problems

FIELDS = ("unit", "target", "direction", "weight", "rule", "points_per_pct", "floor", "cap")
LARGEST_TARGET = Decimal(10) ** 10 - Decimal("0.0001")
LARGEST_POINTS = Decimal("999999.99")


class GoalsInvalid(ImportInvalid):
    """The goals file was refused; nothing was written."""

    error_code = "goals_invalid"
    max_shown = 500


class GoalsKind(Kind):
    code = "goals"
    audit_event = "period.goals_imported"
    title = gettext_lazy("目标导入")
    sheet_name = gettext_lazy("目标")
    file_label = gettext_lazy("目标文件")
    invalid = GoalsInvalid
    max_rows = 20_000
    max_bytes = 10 * 1024 * 1024
    columns = (
        Field("employee_no", gettext_lazy("工号"), True, width=12, type=EmployeeNo()),
        Field("name", gettext_lazy("姓名"), False, gettext_lazy("仅供核对，不会导入。"), 10,
              type=Text(60)),
        Field("goal", gettext_lazy("指标名称"), True, width=24, type=Text(120)),
        Field("unit", gettext_lazy("单位"), False, width=8, type=Text(20)),
        Field("target", gettext_lazy("目标值"), False,
              gettext_lazy("按偏差计分的指标必填；越低越好的指标填上限，如 ≤5% 填 5。"), 10,
              type=Number(places=4, least=-LARGEST_TARGET, most=LARGEST_TARGET)),
        Field("direction", gettext_lazy("方向"), False, gettext_lazy("留空为“越高越好”。"), 10,
              type=Choice(choices=Direction)),
        Field("weight", gettext_lazy("权重"), True,
              gettext_lazy("每名员工的权重合计必须等于 100。"), 8,
              type=Number(places=2, above=Decimal(0), most=HUNDRED)),
        Field("rule", gettext_lazy("计分规则"), False, gettext_lazy("留空为“按偏差计分”。"), 12,
              type=Choice(choices=Rule)),
        Field("points_per_pct", gettext_lazy("每 1% 偏差的分数"), False,
              gettext_lazy("按偏差计分时，实际值每偏离目标 1% 加减的分数；留空为 1。"), 12,
              type=Number(places=3, above=Decimal(0), most=Decimal("999.999")),
              aliases=("每1%偏差分数",)),
        Field("floor", gettext_lazy("最低分"), False, gettext_lazy("该指标得分的下限，可留空。"),
              8, type=Number(places=2, least=-LARGEST_POINTS, most=LARGEST_POINTS),
              aliases=("下限",)),
        Field("cap", gettext_lazy("最高分"), False, gettext_lazy("该指标得分的上限，可留空。"),
              8, type=Number(places=2, least=-LARGEST_POINTS, most=LARGEST_POINTS),
              aliases=("上限",)),
    )
    unique = Unique(("employee_no", "goal"), "goal", gettext_lazy("同一员工的同一指标"))
    instructions = (
        gettext_lazy("按工号和指标名称匹配：考核表中已有的指标按文件更新，新的指标添加到考核表；"
                     "文件中没有列出的指标保持不变，不会被删除。"),
        gettext_lazy("每名员工的权重合计（含考核表中已有、文件中没有列出的指标）必须等于 100。"),
        gettext_lazy("员工已确认的目标如有改动，考核表退回草稿，需员工重新确认。"),
        gettext_lazy("本周期覆盖部门中还没有考核表的在职员工，导入时自动新建考核表。"),
    )
    example = {"employee_no": "XH0101", "name": "王强", "goal": "利润", "unit": "万元",
               "target": Decimal(3200), "direction": Direction.HIGHER,
               "weight": Decimal(60), "rule": Rule.LINEAR, "points_per_pct": Decimal(1)}
    report_columns = ("employee_no", "goal", "weight", "target")

    def __init__(self, *, period: Period, actor: Any) -> None:
        super().__init__(actor=actor)
        self.period = period

    def prepare(self) -> None:
        if not access.can_manage_periods(self.actor):
            raise DomainError(_("您无权导入目标。"), code="forbidden")
        self.period = Period.objects.select_for_update(of=("self",)).get(pk=self.period.pk)
        if self.period.status not in GOALS_EDITABLE:
            raise DomainError(_("周期已进入“%(status)s”阶段，目标不能再修改。")
                              % {"status": self.period.get_status_display()})

    def audit_target(self) -> Period:
        return self.period

    # --- checking --------------------------------------------------------------------

    def preload(self, rows: list[Row]) -> None:
        self.sheets = {employee: (pk, status) for pk, employee, status in
                       self.period.sheets.values_list("pk", "employee_id", "status")}
        self.departments = access.department_subtree_ids(
            self.period.departments.values_list("pk", flat=True))
        self.existing: dict[int, dict[str, Goal]] = defaultdict(dict)
        for goal in Goal.objects.filter(sheet__period=self.period).only(
                "pk", "sheet_id", "name", "rating_scale", *FIELDS):
            self.existing[goal.sheet_id][goal.name] = goal

    def _in_period(self, employee: Any) -> bool:
        """Has a sheet, or will get one: active in the period's departments."""
        return employee.pk in self.sheets or (
            employee.is_active and employee.department_id in self.departments)

    def _sheet_id(self, row: Row) -> int | None:
        employee = row["employee_no"]
        return self.sheets[employee.pk][0] if employee and employee.pk in self.sheets else None

    def fields(self, row: Row) -> dict[str, Any]:
        """The goal as the row defines it: a blank cell is the default, as in the form."""
        defaults = goal_defaults()
        return {"name": row["goal"], **{k: row.get(k, defaults.get(k)) for k in FIELDS}}

    def check_row(self, row: Row) -> Iterator[tuple[str, str]]:
        employee = row["employee_no"]
        if employee is not None and not self._in_period(employee):
            yield "employee_no", _("%(name)s（%(no)s）不在本周期的考核范围内") % {
                "name": employee.name, "no": employee.employee_no}
        if not row.ok("goal", *FIELDS):
            return
        goal = self.fields(row)
        name = goal["name"] or ""
        found = False
        if goal["rule"] == Rule.LINEAR and goal["target"] in (None, 0):
            reason = "missing_target" if goal["target"] is None else "zero_target"
            found = True
            yield "target", scoring_message(ScoringError(reason, name))
        if goal["floor"] is not None and goal["cap"] is not None and goal["floor"] > goal["cap"]:
            found = True
            yield "floor", _("指标“%(name)s”：最低分不能高于最高分。") % {"name": name}
        if not found and name:
            # anything else the goal services would refuse, so the import cannot fail later
            kept = self.existing.get(self._sheet_id(row), {}).get(name)
            scale = kept.rating_scale if kept else goal_defaults()["rating_scale"]
            for problem in goal_problems(goal | {"rating_scale": scale}):
                yield "goal", problem

    def check_rows(self, rows: list[Row]) -> Iterator[Problem]:
        """Each person's weights, with the goals of their sheet the file leaves alone."""
        people: dict[int, list[Row]] = defaultdict(list)
        for row in rows:
            if row["employee_no"] is not None and self._in_period(row["employee_no"]):
                people[row["employee_no"].pk].append(row)
        for person_rows in people.values():
            named = {r["goal"] for r in person_rows}
            if len(named) < len(person_rows) or not all(r.ok("goal", "weight")
                                                        for r in person_rows):
                continue  # a bad weight or a repeated goal is reported on its own
            kept = [g for name, g in self.existing.get(self._sheet_id(person_rows[0]), {})
                    .items() if name not in named]
            total = sum((r["weight"] for r in person_rows), Decimal(0)) + sum(
                (g.weight for g in kept), Decimal(0))
            if total == HUNDRED:
                continue
            employee = person_rows[0]["employee_no"]
            values = {"name": employee.name, "no": employee.employee_no, "total": plain(total),
                      "goals": join_list(g.name for g in kept)}
            message = (_("%(name)s（%(no)s）的权重合计为 %(total)s（含考核表中已有、文件中没有的"
                         "指标：%(goals)s），必须等于 100。") if kept
                       else _("%(name)s（%(no)s）的权重合计为 %(total)s，必须等于 100。"))
            yield Problem(person_rows[0], "weight", message % values)

    # --- writing ---------------------------------------------------------------------

    def _new_sheets(self, rows: list[Row]) -> int:
        """Sheets for people of the period's departments who have none yet."""
        missing = sorted({row["employee_no"].pk for row in rows} - set(self.sheets))
        created = GoalSheet.objects.bulk_create(
            [GoalSheet(period=self.period, employee_id=pk) for pk in missing])
        self.sheets |= {sheet.employee_id: (sheet.pk, sheet.status) for sheet in created}
        return len(created)

    def apply(self, rows: list[Row]) -> dict[str, Any]:
        created = self._new_sheets(rows)
        touched = {self._sheet_id(row) for row in rows}
        sheets = GoalSheet.objects.in_bulk(touched)
        confirmed = {pk for pk in touched if sheets[pk].status == SheetStatus.CONFIRMED}
        changed = set()
        for row in rows:
            sheet_id = self._sheet_id(row)
            fields = self.fields(row)
            goal = self.existing.get(sheet_id, {}).get(fields["name"])
            if goal is not None and all(getattr(goal, k) == v for k, v in fields.items()):
                continue
            save_goal(sheet=sheets[sheet_id], goal=goal, fields=fields, actor=self.actor)
            row.status = CREATED if goal is None else UPDATED
            changed.add(sheet_id)
        reconfirm = GoalSheet.objects.filter(pk__in=confirmed & changed,
                                             status=SheetStatus.DRAFT).count()
        return {"sheets_created": created, "reconfirm": reconfirm}

    # --- the template ----------------------------------------------------------------

    def template_rows(self) -> Iterator[dict[str, Any]]:
        goals = (Goal.objects.filter(sheet__period=self.period)
                 .order_by("sheet__employee__employee_no", "order", "pk")
                 .values("sheet__employee__employee_no", "sheet__employee__name", "name",
                         *FIELDS))
        for goal in goals.iterator(chunk_size=5000):
            yield {"employee_no": goal["sheet__employee__employee_no"],
                   "name": goal["sheet__employee__name"], "goal": goal["name"],
                   **{k: goal[k] for k in FIELDS}}
