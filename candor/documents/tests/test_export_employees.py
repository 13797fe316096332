"""The people list's Excel export: the page's scope and filters, every row, logged."""

from __future__ import annotations

import pytest
from django.urls import reverse

from candor.core.models import AccessEvent
from candor.core.testing import make_employee
from candor.documents.tests.export_helpers import read_export

pytestmark = pytest.mark.django_db
URL = reverse("org:employees_export")


def _export(client, **query):
    return read_export(client.get(URL, query))


def test_it_leaves_out_people_outside_a_managers_line(personas, client_for):
    export = _export(client_for("manager"))

    assert set(export.column("姓名")) == {"王强", "张伟"}
    assert "李娜" not in export.column("姓名")


def test_it_gives_an_employee_only_themself(personas, client_for):
    assert _export(client_for("employee")).column("姓名") == ["张伟"]


def test_it_applies_the_pages_filters(personas, client_for):
    make_employee("离职的人", department=personas.service, is_active=False)
    hr = client_for("hr")

    by_department = _export(hr, department=personas.service.pk)
    by_name = _export(hr, q="张伟")
    leavers = _export(hr, status="inactive")
    everyone = _export(hr, status="all")

    assert set(by_department.column("姓名")) == {"赵敏", "李娜"}
    assert by_department.filters == "筛选条件：部门：客服部；状态：在职"
    assert by_name.column("姓名") == ["张伟"]
    assert leavers.column("姓名") == ["离职的人"]
    assert leavers.column("状态") == ["离职"]
    assert len(everyone.rows) == 8


def test_it_exports_every_row_not_just_the_first_page(personas, client_for):
    for n in range(60):
        make_employee(f"员工{n}", department=personas.service, manager=personas.outsider_manager)

    page = client_for("hr").get(reverse("org:employees"), {"department": personas.service.pk})
    export = _export(client_for("hr"), department=personas.service.pk)

    assert page.context["page"].paginator.count == 62
    assert len(export.rows) == 62


def test_it_writes_the_columns_the_page_shows_with_typed_cells(personas, client_for):
    export = _export(client_for("hr"), q="张伟")

    (row,) = export.rows_of("姓名", "张伟")
    assert row["工号"] == personas.employee.employee_no
    assert row["部门"] == "技术部" and row["直属上级"] == "王强"
    assert row["职级层次"] == "基层员工" and row["用工类型"] == "正式"
    hired = export.cells[0][export.header.index("入职日期")]
    assert hired.is_date and hired.value.date() == personas.employee.hire_date


def test_it_escapes_a_name_that_looks_like_a_formula(personas, client_for):
    make_employee('=HYPERLINK("http://x","y")', department=personas.service)

    export = _export(client_for("hr"), department=personas.service.pk)

    assert "'=HYPERLINK(\"http://x\",\"y\")" in export.column("姓名")
    assert all(cell.data_type != "f" for row in export.cells for cell in row)


def test_it_logs_each_person_exported_but_not_the_exporter(personas, client_for):
    _export(client_for("manager"))

    events = AccessEvent.objects.filter(what="export:employees")
    assert {e.subject.name for e in events} == {"张伟"}
    assert events.get().actor == personas.manager.user
    assert events.get().path.startswith(URL)


def test_it_logs_nothing_when_an_employee_exports_themself(personas, client_for):
    _export(client_for("employee"))

    assert not AccessEvent.objects.exists()


def test_it_offers_the_export_in_the_filter_form(personas, client_for):
    body = client_for("hr").get(reverse("org:employees")).content.decode()

    assert f'formaction="{URL}"' in body and "导出 Excel" in body


@pytest.mark.parametrize("extra", [5, 40])
def test_it_runs_the_same_queries_whatever_the_head_count(
        extra, personas, client_for, django_assert_max_num_queries):
    for n in range(extra):
        make_employee(f"员工{n}", department=personas.service)
    client = client_for("hr")

    with django_assert_max_num_queries(10):
        client.get(URL)
