"""Checking a parsed roster as a whole before anything is written.

Every problem is collected, not just the first, so HR can fix the file in one pass. The
checks that span rows (duplicates, managers, loops, leavers with reports) run against the
org chart as it would look after the import: the database overlaid with the file.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from candor import access
from candor.accounts.models import User
from candor.core.text import join_names, with_note
from candor.documents.excel_read import RawRow, RowError
from candor.org.models import Department, Employee, Position
from candor.org.roster import cells
from candor.org.roster.columns import COLUMNS
from candor.org.roster.parse import ParsedRoster
from candor.org.roster.report import RosterInvalid

CONVERTERS = {
    "employee_no": cells.employee_no,
    "name": lambda v: cells.text(v, max_length=60),
    "email": cells.email,
    "department": lambda v: cells.text(v, max_length=30),
    "position": lambda v: cells.text(v, max_length=30),
    "level": cells.level,
    "employment_type": cells.employment_type,
    "hire_date": cells.date,
    "manager_no": lambda v: cells.text(v, max_length=30),
    "is_active": cells.yes_no,
}
MAX_NAMES_IN_MESSAGE = 5


@dataclass
class RosterRow:
    """One valid row. `None` in email/is_active and `manager_given=False` mean the column is
    absent from the file, so an existing employee keeps what the system has; a blank 在职
    cell means 是."""

    number: int
    employee_no: str
    name: str
    email: str | None
    department: Department
    position: Position
    level: str
    employment_type: str
    hire_date: dt.date
    manager_no: str | None
    manager_given: bool
    is_active: bool | None


@dataclass
class _Node:
    """One person in the org chart as it would be after the import."""

    name: str
    manager: str | None
    active: bool
    row: int | None = None
    explicit_leave: bool = False


@dataclass
class _Check:
    roster: ParsedRoster
    errors: list[RowError] = field(default_factory=list)
    bad: set[tuple[int, str]] = field(default_factory=set)

    def add(self, row: int, key: str, message: str) -> None:
        ref = self.roster.columns[key]
        self.errors.append(RowError(row, ref.letter, ref.header, message))
        self.bad.add((row, key))

    def ok(self, row: int, key: str) -> bool:
        return key in self.roster.columns and (row, key) not in self.bad


def _convert(check: _Check, raw: RawRow) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in COLUMNS:
        if column.key not in check.roster.columns:
            continue
        raw_value = raw.values.get(column.key)
        if raw_value is None and column.required:
            check.add(raw.number, column.key, _("必填，不能为空"))
            continue
        try:
            values[column.key] = CONVERTERS[column.key](raw_value)
        except cells.CellError as e:
            check.add(raw.number, column.key, e.message)
    return values


def _names(nos: list[str], nodes: dict[str, _Node]) -> str:
    return join_names([with_note(nodes[n].name, n) for n in nos], MAX_NAMES_IN_MESSAGE)


class _Validator:
    def __init__(self, roster: ParsedRoster, actor: User) -> None:
        self.roster = roster
        self.check = _Check(roster)
        self.actor = actor
        self.values: dict[int, dict[str, Any]] = {}
        self.first_row: dict[str, int] = {}

    def run(self) -> list[RosterRow]:
        for raw in self.roster.rows:
            self.values[raw.number] = _convert(self.check, raw)
        self._duplicates()
        self._references()
        self._scope_and_accounts()
        self._org_chart()
        if self.check.errors:
            raise RosterInvalid(self.check.errors)
        return [self._row(raw) for raw in self.roster.rows]

    def _duplicates(self) -> None:
        for number, values in self.values.items():
            no = values.get("employee_no")
            if no is None:
                continue
            if no in self.first_row:
                self.check.add(number, "employee_no", _("工号“%(value)s”与第 %(row)s 行重复")
                               % {"value": no, "row": self.first_row[no]})
            else:
                self.first_row[no] = number

    def _references(self) -> None:
        codes = {v.get("department") for v in self.values.values()} - {None}
        self.departments = {d.code: d for d in Department.objects.filter(code__in=codes)}
        codes = {v.get("position") for v in self.values.values()} - {None}
        self.positions = {p.code: p for p in Position.objects.filter(code__in=codes)}
        for number, values in self.values.items():
            code = values.get("department")
            if code is not None:
                dept = self.departments.get(code)
                if dept is None:
                    self.check.add(number, "department",
                                   _("部门编码“%(value)s”不存在") % {"value": code})
                elif not dept.is_active:
                    self.check.add(number, "department",
                                   _("部门“%(value)s”已停用") % {"value": code})
            code = values.get("position")
            if code is not None and code not in self.positions:
                self.check.add(number, "position",
                               _("岗位编码“%(value)s”不存在") % {"value": code})

    def _scope_and_accounts(self) -> None:
        self.existing = {
            row["employee_no"]: row for row in Employee.objects.values(
                "employee_no", "name", "is_active", "department_id", "manager__employee_no")
        }
        new_nos = set(self.first_row) - set(self.existing)
        taken = set(User.objects.filter(username__in=new_nos).values_list("username", flat=True))
        scope = access.scope_for(self.actor)
        limited = not scope.sees_everyone
        allowed = scope.clerk_department_ids
        for no, number in self.first_row.items():
            if no in taken:
                self.check.add(number, "employee_no",
                               _("登录名“%(value)s”已被其他账户占用，无法为新员工创建账户")
                               % {"value": no})
            if limited and no in self.existing and \
                    self.existing[no]["department_id"] not in allowed:
                self.check.add(number, "employee_no",
                               _("工号“%(value)s”是您无权管理的部门的员工") % {"value": no})
        if limited:
            for number, values in self.values.items():
                dept = self.departments.get(values.get("department"))
                if dept is not None and dept.pk not in allowed:
                    self.check.add(number, "department", _("您无权导入部门“%(value)s”的人员")
                                   % {"value": dept.code})

    def _nodes(self) -> dict[str, _Node]:
        nodes = {no: _Node(name=e["name"], manager=e["manager__employee_no"],
                           active=e["is_active"]) for no, e in self.existing.items()}
        for no, number in self.first_row.items():
            values = self.values[number]
            node = nodes.get(no) or _Node(name=no, manager=None, active=True)
            node.row = number
            node.name = values.get("name") or node.name
            if self.check.ok(number, "manager_no"):
                node.manager = values.get("manager_no")
            if self.check.ok(number, "is_active"):
                node.active = values.get("is_active") is not False
                node.explicit_leave = not node.active
            elif no not in self.existing:
                node.active = True
            nodes[no] = node
        return nodes

    def _org_chart(self) -> None:
        nodes = self._nodes()
        for no, number in self.first_row.items():
            manager = nodes[no].manager
            if not self.check.ok(number, "manager_no") or manager is None:
                continue
            if manager == no:
                self.check.add(number, "manager_no", _("直属上级不能是本人"))
                nodes[no].manager = None
            elif manager not in nodes:
                self.check.add(number, "manager_no",
                               _("直属上级工号“%(value)s”在系统和本文件中均不存在")
                               % {"value": manager})
                nodes[no].manager = None
        self._loops(nodes)
        self._leavers(nodes)

    def _loops(self, nodes: dict[str, _Node]) -> None:
        for no, number in self.first_row.items():
            path = [no]
            current = nodes[no].manager
            while current is not None and current in nodes and current not in path:
                path.append(current)
                current = nodes[current].manager
            if current == no:
                chain = " → ".join([*path, no])
                self.check.add(number, "manager_no",
                               _("直属上级关系形成循环：%(chain)s") % {"chain": chain})

    def _leavers(self, nodes: dict[str, _Node]) -> None:
        """A leaver may not leave active reports behind (same rule as deactivate_employee)."""
        orphans: dict[str, list[str]] = defaultdict(list)
        for no, node in nodes.items():
            manager = nodes.get(node.manager) if node.manager else None
            if not node.active or manager is None or manager.active:
                continue
            if manager.explicit_leave:
                orphans[node.manager].append(no)
            elif node.row is not None and self.check.ok(node.row, "manager_no"):
                self.check.add(node.row, "manager_no", _("直属上级“%(value)s”已离职")
                               % {"value": node.manager})
        for manager_no, reports in orphans.items():
            self.check.add(nodes[manager_no].row, "is_active",
                           _("%(name)s 仍有在职的直属下级（%(reports)s），请先为他们调整直属上级")
                           % {"name": nodes[manager_no].name,
                              "reports": _names(sorted(reports), nodes)})

    def _row(self, raw: RawRow) -> RosterRow:
        values = self.values[raw.number]
        return RosterRow(
            number=raw.number,
            employee_no=values["employee_no"],
            name=values["name"],
            email=values.get("email"),
            department=self.departments[values["department"]],
            position=self.positions[values["position"]],
            level=values["level"],
            employment_type=values["employment_type"],
            hire_date=values["hire_date"],
            manager_no=values.get("manager_no"),
            manager_given="manager_no" in self.roster.columns,
            is_active=(values.get("is_active") is not False
                       if "is_active" in self.roster.columns else None),
        )


def validate_roster(*, roster: ParsedRoster, actor: User) -> list[RosterRow]:
    """The rows ready to write, or RosterInvalid listing every problem by row and column."""
    return _Validator(roster, actor).run()
