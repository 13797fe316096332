"""Helpers for the results tests, on top of the shared factories in factories.py."""

from __future__ import annotations

import io
import itertools
from decimal import Decimal

from openpyxl import Workbook

from candor.org.models import Department, Employee, Position
from candor.periods.models import (
    Direction,
    Goal,
    GoalSheet,
    Period,
    PeriodStatus,
    Rule,
    SheetStatus,
)
from candor.periods.results import awaiting
from candor.periods.tests.factories import make_period, make_sheet, six_goals

_seq = itertools.count(1)

# 李娜's complaint-rate goal from the seed's goal table (004): ≤ 5 %, actual 8 % → 160 %.
COMPLAINT_GOALS = (
    {"name": "客户投诉率", "unit": "%", "target": Decimal(5), "actual": Decimal(8),
     "weight": Decimal(30), "direction": Direction.LOWER, "rule": Rule.LINEAR,
     "points_per_pct": Decimal("0.5"), "floor": Decimal(0)},
    {"name": "服务满意度", "unit": "%", "target": Decimal(90), "actual": Decimal(90),
     "weight": Decimal(70), "rule": Rule.LINEAR},
)


def scoring_period(*departments: Department, **extra) -> Period:
    extra.setdefault("status", PeriodStatus.SCORING)
    return make_period(departments=departments, **extra)


def seed_sheet(period: Period, employee: Employee, *, profit: Decimal | None = Decimal(3500),
               tasks: Decimal | None = Decimal(120),
               everyday: Decimal | None = Decimal(18)) -> GoalSheet:
    """The seed's worked example (003), confirmed, with its actuals and rating filled in."""
    sheet = make_sheet(period, employee, status=SheetStatus.CONFIRMED)
    goals = {g.name: g for g in sheet.goals.all()}
    Goal.objects.filter(pk=goals["利润"].pk).update(actual=profit)
    Goal.objects.filter(pk=goals["任务完成数"].pk).update(actual=tasks)
    Goal.objects.filter(pk=goals["日常表现"].pk).update(manager_points=everyday)
    awaiting.refresh_sheets([sheet.pk])  # as the rating service would
    return sheet


def many_sheets(period: Period, count: int, *, goals: int = 6, department: Department,
                position: Position, departments: int = 1, manager: Employee | None = None,
                actual_of=None) -> list[GoalSheet]:
    """`count` confirmed sheets with six linear goals each, written in bulk (fast setup)."""
    prefix = f"B{next(_seq):03d}"
    depts = [department] + [Department.objects.create(code=f"{prefix}D{i}", name=f"{prefix}部门{i}",
                                                      parent=department)
                            for i in range(1, departments)]
    employees = Employee.objects.bulk_create(
        Employee(employee_no=f"{prefix}{i:06d}", name=f"员工{prefix}{i}",
                 department=depts[i % len(depts)], position=position, manager=manager,
                 hire_date="2022-01-01")
        for i in range(count))
    sheets = GoalSheet.objects.bulk_create(
        GoalSheet(period=period, employee=e, status=SheetStatus.CONFIRMED) for e in employees)
    specs = six_goals()[:goals]
    if goals != 6:
        specs[0]["weight"] += Decimal(100) - sum(s["weight"] for s in specs)
    Goal.objects.bulk_create(
        Goal(sheet=sheet, order=j, actual=(actual_of(i, j) if actual_of else Decimal(100 + i % 37)),
             **spec)
        for i, sheet in enumerate(sheets) for j, spec in enumerate(specs))
    awaiting.refresh_sheets(s.pk for s in sheets)
    return sheets


ACTUALS_HEADER = ("工号", "姓名", "指标名称", "实际值", "备注")


def xlsx(rows, *, header=ACTUALS_HEADER, title: str = "实际值") -> io.BytesIO:
    """An uploaded workbook: the header row, then the given rows."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    if header is not None:
        sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    buffer.name = "actuals.xlsx"
    return buffer
