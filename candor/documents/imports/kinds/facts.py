"""Attendance, rewards/penalties and training records (R2.7), in one sheet with a 类型 column.

They are one model (evidence.PersonnelFact, told apart by its kind), so one import: a fact
is identified by employee, kind, date and title, and importing the same file again
changes nothing. HR and department clerks import, each for the people they manage.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from candor import access
from candor.core.errors import DomainError
from candor.documents.excel_read import ImportInvalid
from candor.documents.imports.cells import Choice, Date, EmployeeNo, Number, Text
from candor.documents.imports.engine import IN_LIMIT
from candor.documents.imports.kind import CREATED, UPDATED, Field, Kind, Row, Unique
from candor.evidence.models import FactKind, PersonnelFact

KEY_FIELDS = ("employee_id", "kind", "date", "title")
VALUE_FIELDS = ("quantity", "detail", "source_ref")
QUANTITY_LIMIT = Decimal("99999999.99")


class FactsInvalid(ImportInvalid):
    """The personnel facts file was refused; nothing was written."""

    error_code = "facts_invalid"
    max_shown = 500


class FactsKind(Kind):
    code = "personnel_facts"
    title = gettext_lazy("人事记录导入")
    sheet_name = gettext_lazy("人事记录")
    file_label = gettext_lazy("人事记录文件")
    invalid = FactsInvalid
    max_rows = 20_000
    max_bytes = 10 * 1024 * 1024
    columns = (
        Field("employee_no", gettext_lazy("工号"), True, width=12, type=EmployeeNo()),
        Field("kind", gettext_lazy("类型"), True, width=10, type=Choice(choices=FactKind)),
        Field("date", gettext_lazy("日期"), True, width=12, type=Date()),
        Field("title", gettext_lazy("事项"), True,
              gettext_lazy("如“病假”“季度优秀员工”“安全培训”。"), 24, type=Text(120)),
        Field("quantity", gettext_lazy("数量"), False,
              gettext_lazy("如缺勤天数、培训学时、奖惩金额；可留空。"), 10,
              type=Number(places=2, least=-QUANTITY_LIMIT, most=QUANTITY_LIMIT)),
        Field("detail", pgettext_lazy("fact detail", "说明"), False,
              gettext_lazy("补充说明，可留空。"), 40, type=Text(2000)),
        Field("source_ref", gettext_lazy("来源编号"), False,
              gettext_lazy("来源系统中的单号，可留空。"), 16, type=Text(60)),
    )
    unique = Unique(("employee_no", "kind", "date", "title"), "title",
                    gettext_lazy("同一员工、类型、日期和事项"))
    instructions = (
        gettext_lazy("考勤、奖励、处罚和培训记录都填在同一张表中，用“类型”列区分。"),
        gettext_lazy("同一员工、类型、日期和事项视为同一条记录，再次导入会更新数量、说明和"
                     "来源编号，不会重复添加。"),
    )
    example = {"employee_no": "XH0101", "kind": FactKind.ATTENDANCE,
               "date": dt.date(2026, 10, 15), "title": "病假", "quantity": Decimal("1.5"),
               "detail": "医院证明", "source_ref": "KQ-2026-1015"}
    report_columns = ("employee_no", "kind", "date", "title", "quantity")

    def prepare(self) -> None:
        if not access.can_manage_org(self.actor):
            raise DomainError(_("您无权导入人事记录。"), code="forbidden")

    def preload(self, rows: list[Row]) -> None:
        people = {row["employee_no"].pk for row in rows if row["employee_no"]}
        managed = access.managed_employees(self.actor)
        if len(people) <= IN_LIMIT:
            managed = managed.filter(pk__in=people)
        self.allowed = set(managed.values_list("pk", flat=True))
        dates = [row["date"] for row in rows if row["date"]]
        self.existing = {} if not dates else {
            tuple(getattr(fact, k) for k in KEY_FIELDS): fact
            for fact in PersonnelFact.objects.filter(
                employee_id__in=people, date__range=(min(dates), max(dates)))}

    def check_row(self, row: Row):
        employee = row["employee_no"]
        if employee is not None and employee.pk not in self.allowed:
            yield "employee_no", _("工号“%(value)s”是您无权管理的部门的员工") % {
                "value": employee.employee_no}

    def apply(self, rows: list[Row]) -> dict[str, Any]:
        new, changed = [], []
        now = timezone.now()
        for row in rows:
            employee = row["employee_no"]
            target = {"quantity": row["quantity"], "detail": row.get("detail", ""),
                      "source_ref": row.get("source_ref", "")}
            fact = self.existing.get((employee.pk, row["kind"], row["date"], row["title"]))
            if fact is None:
                new.append(PersonnelFact(employee_id=employee.pk, kind=row["kind"],
                                         date=row["date"], title=row["title"], **target))
                row.status = CREATED
            elif any(getattr(fact, k) != v for k, v in target.items()):
                for k, v in target.items():
                    setattr(fact, k, v)
                fact.version += 1
                fact.updated_at = now
                changed.append(fact)
                row.status = UPDATED
        PersonnelFact.objects.bulk_create(new, batch_size=1000)
        PersonnelFact.objects.bulk_update(changed, [*VALUE_FIELDS, "version", "updated_at"],
                                          batch_size=1000)
        return {}
