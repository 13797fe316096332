"""Roster import: the whole file or nothing, a row-and-column report, idempotent re-imports."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.test import Client
from django.urls import reverse, reverse_lazy
from openpyxl import load_workbook

from candor.accounts.models import User, UserSession
from candor.core.models import AuditEvent
from candor.org.models import Employee, EmploymentType, HrRole, Level
from candor.org.roster import parse as parse_module
from candor.org.roster.parse import parse_workbook
from candor.org.roster.report import RosterInvalid
from candor.org.roster.service import import_roster
from candor.org.tests.roster_helpers import HEADERS, roster_bytes, roster_row, roster_upload

URL = reverse_lazy("org:roster_import")


def _import(rows, actor, **kwargs):
    roster = parse_workbook(io.BytesIO(roster_bytes(rows, **kwargs)))
    return import_roster(rows=roster, actor=actor)


def _snapshot():
    """Everything an import could touch, to prove a refused file changed nothing."""
    return (
        sorted(Employee.objects.values_list("employee_no", "version", "is_active", "manager_id")),
        User.objects.count(),
        AuditEvent.objects.count(),
    )


def _refusal(rows, actor, **kwargs) -> list[str]:
    before = _snapshot()
    with pytest.raises(RosterInvalid) as caught:
        _import(rows, actor, **kwargs)
    assert _snapshot() == before
    return [str(e) for e in caught.value.errors]


@pytest.fixture
def pos(personas) -> str:
    return personas.employee.position.code


@pytest.fixture
def team(personas, pos):
    """A new manager under the existing second-line manager, and two reports listed first."""
    boss = personas.second_line.employee_no
    return [
        roster_row("N100", "周一", position=pos, email="zhou@example.com", manager="N102"),
        roster_row("N101", "吴二", position=pos, hired="2023-07-15", manager="N102",
                   kind="实习"),
        roster_row("N102", "郑三", position=pos, level="中层管理者", manager=boss),
    ]


def test_it_creates_employees_with_managers_and_login_accounts(personas, team):
    result = _import(team, personas.admin)

    assert result.counts == {"created": 3, "updated": 0, "unchanged": 0, "deactivated": 0}
    assert result.accounts_created == 3
    zhou = Employee.objects.select_related("manager", "user").get(employee_no="N100")
    assert zhou.manager.employee_no == "N102"
    assert zhou.department == personas.tech
    assert zhou.user.username == "N100"
    assert zhou.user.email == "zhou@example.com"
    assert not zhou.user.has_usable_password()
    wu = Employee.objects.get(employee_no="N101")
    assert wu.hire_date == dt.date(2023, 7, 15)
    assert wu.employment_type == EmploymentType.INTERN
    zheng = Employee.objects.get(employee_no="N102")
    assert zheng.level == Level.MIDDLE
    assert zheng.manager == personas.second_line
    summary = AuditEvent.objects.get(event="roster.imported")
    assert summary.data["created"] == 3
    assert summary.data["created_employee_nos"] == ["N100", "N101", "N102"]


def test_it_changes_nothing_when_the_same_file_is_imported_again(personas, team):
    _import(team, personas.admin)
    versions = dict(Employee.objects.values_list("employee_no", "version"))
    last_event = AuditEvent.objects.order_by("-pk").first().pk

    result = _import(team, personas.admin)

    assert result.counts == {"created": 0, "updated": 0, "unchanged": 3, "deactivated": 0}
    assert dict(Employee.objects.values_list("employee_no", "version")) == versions
    new_events = AuditEvent.objects.filter(pk__gt=last_event).values_list("event", flat=True)
    assert list(new_events) == ["roster.imported"]


def test_it_updates_an_existing_employee_and_bumps_only_their_version(personas, pos):
    person = personas.employee
    before = person.version
    row = roster_row(person.employee_no, "张伟伟", position=pos, email=person.email,
                     hired=person.hire_date, manager=personas.manager.employee_no)

    result = _import([row], personas.hr.user)

    person.refresh_from_db()
    assert person.name == "张伟伟"
    assert person.version == before + 1
    assert result.counts["updated"] == 1
    assert [(c.old, c.new) for c in result.outcomes[0].changes] == [("张伟", "张伟伟")]
    assert personas.manager.version == Employee.objects.get(pk=personas.manager.pk).version


def test_it_deactivates_a_leaver_and_ends_their_sessions(personas, pos):
    Client().login(username="employee", password="persona-pass-123")
    person = personas.employee
    assert UserSession.objects.filter(user=person.user).exists()
    row = roster_row(person.employee_no, person.name, position=pos, email=person.email,
                     hired=person.hire_date, manager=personas.manager.employee_no, active="否")

    result = _import([row], personas.hr.user)

    person.refresh_from_db()
    person.user.refresh_from_db()
    assert result.counts["deactivated"] == 1
    assert not person.is_active and not person.user.is_active
    assert not UserSession.objects.filter(user=person.user).exists()
    assert AuditEvent.objects.filter(event="employee.deactivated", target_id=str(person.pk))


def test_it_accepts_headers_in_any_order_without_stars_and_numeric_ids(personas, pos):
    headers = ["姓名", "工号", "入职日期", "部门编码", "岗位编码", "用工类型", "职级层次"]
    rows = [["孔四", 2001, "2024/05/06", "SVC", pos, "part_time", "staff"]]

    result = _import(rows, personas.admin, headers=headers)

    kong = Employee.objects.get(employee_no="2001")
    assert result.counts["created"] == 1
    assert kong.is_active and kong.manager is None and kong.hire_date == dt.date(2024, 5, 6)


def _bad(personas, pos, **changes):
    fields = {"no": "N200", "name": "冯五", "position": pos} | changes
    no, name = fields.pop("no"), fields.pop("name")
    return [roster_row("N199", "陈六", position=pos), roster_row(no, name, **fields)]


@pytest.mark.parametrize(("changes", "expected"), [
    ({"name": ""}, "第 3 行 B 列（姓名）：必填，不能为空"),
    ({"no": ""}, "第 3 行 A 列（工号）：必填，不能为空"),
    ({"hired": "2024-13-45"}, "第 3 行 H 列（入职日期）：“2024-13-45”不是有效日期"),
    ({"level": "专家"}, "第 3 行 F 列（职级层次）：“专家”不是有效的职级层次"),
    ({"kind": "外包"}, "第 3 行 G 列（用工类型）：“外包”不是有效的用工类型"),
    ({"email": "not-an-email"}, "第 3 行 C 列（电子邮箱）：“not-an-email”不是有效的电子邮箱"),
    ({"active": "也许"}, "第 3 行 J 列（在职）：“也许”无效"),
    ({"dept": "XYZ"}, "第 3 行 D 列（部门编码）：部门编码“XYZ”不存在"),
    ({"position": "NOPE"}, "第 3 行 E 列（岗位编码）：岗位编码“NOPE”不存在"),
    ({"no": "N199"}, "第 3 行 A 列（工号）：工号“N199”与第 2 行重复"),
    ({"manager": "GHOST"}, "第 3 行 I 列（直属上级工号）：直属上级工号“GHOST”在系统和本文件中"),
    ({"manager": "N200"}, "第 3 行 I 列（直属上级工号）：直属上级不能是本人"),
    ({"no": "admin"}, "第 3 行 A 列（工号）：登录名“admin”已被其他账户占用"),
])
def test_it_refuses_a_bad_cell_naming_row_and_column(personas, pos, changes, expected):
    errors = _refusal(_bad(personas, pos, **changes), personas.admin)

    assert any(e.startswith(expected) for e in errors), errors
    assert not Employee.objects.filter(employee_no="N199").exists()


def test_it_refuses_a_manager_loop_within_the_file(personas, pos):
    rows = [roster_row("N300", "甲", position=pos, manager="N301"),
            roster_row("N301", "乙", position=pos, manager="N300")]

    errors = _refusal(rows, personas.admin)

    assert "第 2 行 I 列（直属上级工号）：直属上级关系形成循环：N300 → N301 → N300" in errors
    assert "第 3 行 I 列（直属上级工号）：直属上级关系形成循环：N301 → N300 → N301" in errors


def test_it_refuses_a_loop_formed_with_existing_employees(personas, pos):
    boss = personas.manager
    rows = [roster_row(boss.employee_no, boss.name, position=boss.position.code,
                       level="中层管理者", hired=boss.hire_date,
                       manager=personas.employee.employee_no)]

    errors = _refusal(rows, personas.admin)

    assert any(e.startswith("第 2 行 I 列（直属上级工号）：直属上级关系形成循环") for e in errors)


def test_it_refuses_a_leaver_who_still_has_active_reports(personas):
    boss = personas.manager
    rows = [roster_row(boss.employee_no, boss.name, position=boss.position.code,
                       level="中层管理者", hired=boss.hire_date, active="否",
                       manager=personas.second_line.employee_no)]

    errors = _refusal(rows, personas.admin)

    assert any(e.startswith("第 2 行 J 列（在职）：王强 仍有在职的直属下级（张伟") for e in errors)


def test_it_allows_a_leaver_whose_reports_leave_or_move_in_the_same_file(personas):
    boss, report = personas.manager, personas.employee
    rows = [
        roster_row(boss.employee_no, boss.name, position=boss.position.code, level="中层管理者",
                   hired=boss.hire_date, active="否", manager=personas.second_line.employee_no),
        roster_row(report.employee_no, report.name, position=report.position.code,
                   hired=report.hire_date, manager=personas.second_line.employee_no),
    ]

    result = _import(rows, personas.admin)

    assert result.counts["deactivated"] == 1 and result.counts["updated"] == 1


@pytest.mark.parametrize(("data", "expected"), [
    (b"employee_no,name\nE1,x\n", "文件：无法读取该文件，请上传 Excel 工作簿（.xlsx）。"),
    (roster_bytes([], headers=[]), "文件：工作表“花名册”是空的，第 1 行应为表头。"),
    (roster_bytes([]), "文件：工作表“花名册”没有数据行。"),
    (roster_bytes([["E1", "某"]], headers=["工号*", "姓名*"]), "第 1 行：缺少必填列“部门编码”"),
])
def test_it_refuses_a_file_that_is_not_a_roster(personas, data, expected):
    before = _snapshot()
    with pytest.raises(RosterInvalid) as caught:
        import_roster(rows=parse_workbook(io.BytesIO(data)), actor=personas.admin)

    assert expected in [str(e) for e in caught.value.errors]
    assert _snapshot() == before


def test_it_refuses_more_rows_than_the_limit(personas, pos, monkeypatch):
    monkeypatch.setattr(parse_module, "MAX_ROWS", 2)
    rows = [roster_row(f"N40{i}", "某", position=pos) for i in range(3)]

    errors = _refusal(rows, personas.admin)

    assert errors == ["文件：数据超过 2 行，请拆分成多个文件分批导入。"]


@pytest.fixture
def clerk(personas):
    """赵敏 as the service department's HR clerk."""
    person = personas.outsider_manager
    person.hr_role = HrRole.CLERK
    person.save()
    person.hr_departments.set([personas.service])
    return person.user


def test_it_limits_a_department_clerk_to_their_departments(personas, pos, clerk):
    rows = [roster_row("N500", "卫七", position=pos, dept="SVC"),
            roster_row("N501", "蒋八", position=pos, dept="TECH"),
            roster_row(personas.employee.employee_no, "张伟", position=pos, dept="SVC")]

    errors = _refusal(rows, clerk)

    assert "第 3 行 D 列（部门编码）：您无权导入部门“TECH”的人员" in errors
    assert any(e.startswith("第 4 行 A 列（工号）：工号“") for e in errors)
    assert _import(rows[:1], clerk).counts["created"] == 1


# The pages


def test_it_serves_a_template_with_the_headers_and_current_codes(client_for):
    response = client_for("hr").get(reverse("org:roster_template"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert workbook.sheetnames == ["花名册", "说明"]
    assert [c.value for c in workbook["花名册"][1]] == HEADERS
    codes = {row[0] for row in workbook["说明"].iter_rows(values_only=True)}
    assert {"ROOT", "TECH", "SVC", "HR"} <= codes


def test_it_imports_a_filled_in_downloaded_template(personas, pos, client_for):
    client = client_for("hr")
    data = b"".join(client.get(reverse("org:roster_template")).streaming_content)
    workbook = load_workbook(io.BytesIO(data))
    workbook["花名册"].append(roster_row("N600", "韩九", position=pos, dept="HR"))
    buffer = io.BytesIO()
    workbook.save(buffer)

    response = client.post(URL, {"file": roster_upload(buffer.getvalue())})

    assert "导入完成：新增 1 人" in response.content.decode()
    assert Employee.objects.get(employee_no="N600").department.code == "HR"


@pytest.mark.parametrize(("persona", "status"), [("employee", 404), ("manager", 404),
                                                  ("hr", 200), ("admin", 200)])
def test_it_lets_only_hr_upload(personas, pos, client_for, persona, status):
    data = roster_bytes([roster_row("N700", "杨十", position=pos)])

    response = client_for(persona).post(URL, {"file": roster_upload(data)})

    assert response.status_code == status
    assert Employee.objects.filter(employee_no="N700").exists() == (status == 200)


def test_it_shows_the_error_table_by_row_and_column(personas, pos, client_for):
    data = roster_bytes(_bad(personas, pos, dept="XYZ"))

    html = client_for("hr").post(URL, {"file": roster_upload(data)}).content.decode()

    assert "未导入任何数据" in html
    assert "第 3 行" in html and "D（部门编码）" in html
    assert "部门编码“XYZ”不存在" in html
    assert not Employee.objects.filter(employee_no="N199").exists()


def test_it_reports_what_changed_and_the_passwordless_accounts(personas, team, client_for):
    html = client_for("hr").post(URL, {"file": roster_upload(roster_bytes(team))}).content.decode()

    assert "导入完成：新增 3 人，更新 0 人，未变 0 人，离职 0 人。" in html
    assert "新账户尚无密码" in html
    again = client_for("hr").post(URL, {"file": roster_upload(roster_bytes(team))})
    assert "新增 0 人，更新 0 人，未变 3 人" in again.content.decode()


def test_it_refuses_an_oversized_upload_before_reading_it(client_for):
    data = b"x" * (5 * 1024 * 1024 + 1)

    html = client_for("hr").post(URL, {"file": roster_upload(data)}).content.decode()

    assert "超过上限 5 MB" in html


def test_it_names_a_non_excel_upload_in_the_page(client_for):
    upload = roster_upload(b"%PDF-1.4 not a workbook", name="roster.pdf")

    html = client_for("hr").post(URL, {"file": upload}).content.decode()

    assert "无法读取该文件，请上传 Excel 工作簿（.xlsx）。" in html


def test_it_answers_htmx_with_the_panel_only(personas, pos, client_for):
    data = roster_bytes(_bad(personas, pos, dept="XYZ"))

    response = client_for("hr").post(URL, {"file": roster_upload(data)}, HTTP_HX_REQUEST="true")

    html = response.content.decode()
    assert html.lstrip().startswith('<div id="roster-panel">')
    assert "部门编码“XYZ”不存在" in html
