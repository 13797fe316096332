"""The access log's Excel export: HR's alone, with the page's filters."""

from __future__ import annotations

import pytest
from django.test import RequestFactory
from django.urls import reverse

from candor import access
from candor.core.models import AccessEvent
from candor.documents.tests.export_helpers import read_export

pytestmark = pytest.mark.django_db
URL = reverse("core:access_log_export")


def _read(personas, reader: str, subject: str, *, agent: str = "Firefox") -> None:
    request = RequestFactory().get("/people/1/", REMOTE_ADDR="10.0.0.8",
                                   HTTP_USER_AGENT=agent)
    user = getattr(personas, reader).user
    access.log_access(user=user, subject=getattr(personas, subject), what="profile",
                      request=request)


@pytest.mark.parametrize("persona", ["employee", "manager", "second_line", "committee"])
def test_it_is_refused_to_anyone_but_hr(persona, personas, client_for):
    _read(personas, "manager", "employee")

    assert client_for(persona).get(URL).status_code == 404


def test_it_exports_who_read_whose_data(personas, client_for):
    _read(personas, "manager", "employee")

    export = read_export(client_for("hr").get(URL))

    (row,) = export.rows_of("被查看人", "张伟")
    assert row["查看人"] == "王强" and row["工号"] == personas.employee.employee_no
    assert row["查看内容"] == "profile" and row["IP 地址"] == "10.0.0.8"
    assert export.cells[0][export.header.index("时间")].is_date


def test_it_applies_the_reader_and_subject_filters(personas, client_for):
    _read(personas, "manager", "employee")
    _read(personas, "outsider_manager", "outsider")
    _read(personas, "hr", "outsider")
    hr = client_for("hr")

    by_reader = read_export(hr.get(URL, {"actor": "赵敏"}))
    by_subject = read_export(hr.get(URL, {"subject": personas.outsider.employee_no}))

    assert by_reader.column("被查看人") == ["李娜"]
    assert by_reader.filters == "筛选条件：查看人：赵敏"
    assert sorted(by_subject.column("查看人")) == ["刘洋", "赵敏"]


def test_it_escapes_a_formula_smuggled_in_as_a_browser_name(personas, client_for):
    _read(personas, "manager", "employee", agent="=cmd|' /C calc'!A0")
    _read(personas, "manager", "employee", agent='=HYPERLINK("http://x","y")')

    export = read_export(client_for("hr").get(URL))

    assert set(export.column("客户端")) == {
        "'=cmd|' /C calc'!A0", "'=HYPERLINK(\"http://x\",\"y\")"}
    assert all(cell.data_type != "f" for row in export.cells for cell in row)


def test_it_is_not_itself_logged_as_reading_each_person(personas, client_for):
    _read(personas, "manager", "employee")

    read_export(client_for("hr").get(URL))

    assert AccessEvent.objects.count() == 1


def test_it_offers_the_export_in_the_filter_form(personas, client_for):
    body = client_for("hr").get(reverse("core:access_log")).content.decode()

    assert f'formaction="{URL}"' in body
