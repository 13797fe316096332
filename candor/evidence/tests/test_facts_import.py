"""Personnel facts from Excel: whole file or nothing, errors by row and column, idempotent."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from candor.core.errors import DomainError
from candor.core.models import AuditEvent
from candor.evidence.facts_import import FactsInvalid, import_facts, parse_facts
from candor.evidence.models import PersonnelFact
from candor.org.models import HrRole

HEADERS = ["工号*", "类型*", "日期*", "事项*", "数量", "说明", "来源编号"]


def _xlsx(rows, headers=HEADERS) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "人事记录"
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _import(rows, actor, **kwargs):
    return import_facts(parsed=parse_facts(io.BytesIO(_xlsx(rows, **kwargs))), actor=actor)


def _rows(p):
    return [
        [p.employee.employee_no, "考勤", dt.date(2026, 10, 12), "病假", 1.5, "医院证明", "KQ-1"],
        [p.employee.employee_no, "培训", "2026-10-20", "安全培训", "4", None, None],
        [p.outsider.employee_no, "奖励", dt.datetime(2026, 11, 3), "季度优秀员工", 2000, None,
         None],
    ]


def test_it_imports_every_kind_and_audits_once(personas):
    result = _import(_rows(personas), personas.hr.user)
    assert result.counts == {"created": 3, "updated": 0, "unchanged": 0}
    sick = PersonnelFact.objects.get(title="病假")
    assert sick.quantity == Decimal("1.50") and sick.kind == "attendance"
    assert AuditEvent.objects.filter(event="personnel_facts.imported").count() == 1


def test_importing_the_same_file_again_changes_nothing(personas):
    _import(_rows(personas), personas.hr.user)
    before = sorted(PersonnelFact.objects.values_list("pk", "version", "quantity"))
    result = _import(_rows(personas), personas.hr.user)
    assert result.counts == {"created": 0, "updated": 0, "unchanged": 3}
    assert sorted(PersonnelFact.objects.values_list("pk", "version", "quantity")) == before


def test_a_changed_quantity_updates_the_same_fact(personas):
    _import(_rows(personas), personas.hr.user)
    rows = _rows(personas)
    rows[0][4] = 2
    result = _import(rows, personas.hr.user)
    assert result.counts["updated"] == 1 and PersonnelFact.objects.count() == 3
    assert PersonnelFact.objects.get(title="病假").quantity == Decimal("2.00")


def test_bad_rows_import_nothing_and_each_problem_names_row_and_column(personas):
    rows = _rows(personas) + [
        ["X404", "考勤", "2026-10-12", "事假", 1, None, None],
        [personas.employee.employee_no, "加班", "2026-10-13", "加班", 1, None, None],
        [personas.employee.employee_no, "考勤", "2026/13/45", "事假", 1, None, None],
        [personas.employee.employee_no, "考勤", "2026-10-14", "事假", "一天", None, None],
        [personas.employee.employee_no, "考勤", "2026-10-15", None, 1, None, None],
    ]
    with pytest.raises(FactsInvalid) as caught:
        _import(rows, personas.hr.user)
    errors = [str(e) for e in caught.value.errors]
    assert errors == [
        "第 5 行 A 列（工号）：工号“X404”不存在",
        "第 6 行 B 列（类型）：“加班”不是有效的类型，应为：考勤、奖励、处罚、培训",
        "第 7 行 C 列（日期）：“2026/13/45”不是有效日期，请使用日期单元格或 YYYY-MM-DD 格式",
        "第 8 行 E 列（数量）：“一天”不是有效的数字",
        "第 9 行 D 列（事项）：必填，不能为空",
    ]
    assert not PersonnelFact.objects.exists()


def test_a_repeated_row_in_the_file_is_reported(personas):
    rows = _rows(personas) + [_rows(personas)[0]]
    with pytest.raises(FactsInvalid) as caught:
        _import(rows, personas.hr.user)
    assert [str(e) for e in caught.value.errors] == [
        "第 5 行 D 列（事项）：与第 2 行重复（同一员工、类型、日期和事项）"]


def test_a_missing_required_column_is_reported(personas):
    with pytest.raises(FactsInvalid) as caught:
        _import([[personas.employee.employee_no, "考勤", "病假"]],
                personas.hr.user, headers=["工号", "类型", "事项"])
    assert "缺少必填列“日期”" in str(caught.value.errors[0])


def test_a_department_clerk_imports_only_their_departments(personas):
    clerk = personas.committee
    clerk.hr_role = HrRole.CLERK
    clerk.save()
    clerk.hr_departments.set([personas.tech])
    with pytest.raises(FactsInvalid) as caught:
        _import(_rows(personas), clerk.user)
    assert [e.row for e in caught.value.errors] == [4]


def test_managers_cannot_import(personas):
    with pytest.raises(DomainError):
        _import(_rows(personas), personas.manager.user)


def test_the_template_has_the_columns_and_the_upload_page_reports(personas, client_for):
    client = client_for("hr")
    response = client.get(reverse("evidence:facts_template"))
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert [c.value for c in sheet[1]] == HEADERS
    upload = SimpleUploadedFile("facts.xlsx", _xlsx(_rows(personas)))
    page = client.post(reverse("evidence:facts_import"), {"file": upload}).content.decode()
    assert "导入完成：新增 3 条" in page
    bad = SimpleUploadedFile("facts.xlsx", _xlsx([["X404", "考勤", "2026-10-12", "事假"]]))
    page = client.post(reverse("evidence:facts_import"), {"file": bad}).content.decode()
    assert 'data-testid="facts-errors"' in page and "X404" in page


def test_the_fact_list_shows_one_employees_facts(personas, client_for):
    _import(_rows(personas), personas.hr.user)
    url = reverse("evidence:facts", args=[personas.employee.pk])
    page = client_for("manager").get(url).content.decode()
    assert "病假" in page and "安全培训" in page and "季度优秀员工" not in page
    assert "病假" not in client_for("manager").get(url, {"kind": "training"}).content.decode()
