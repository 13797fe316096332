"""Attendance, rewards/penalties and training from Excel: each bad file refused, nothing written."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from candor.documents.imports.kinds.facts import FactsInvalid
from candor.documents.tests.import_files import downloaded, drop_downs, header, messages, xlsx
from candor.evidence.facts_import import import_facts, parse_facts
from candor.evidence.models import PersonnelFact

pytestmark = pytest.mark.django_db

HEADER = ("工号*", "类型*", "日期*", "事项*", "数量", "说明", "来源编号")


def _rows(p) -> list[list]:
    e, o = p.employee.employee_no, p.outsider.employee_no
    return [
        [e, "考勤", dt.date(2026, 10, 12), "病假", 1.5, "医院证明", "KQ-1"],
        [e, "奖励", "2026-10-20", "季度优秀员工", 2000, None, None],
        [o, "处罚", "2026/11/03", "迟到", None, "三次", None],
        [o, "培训", dt.datetime(2026, 11, 5), "安全培训", "4", None, "PX-9"],
    ]


def _state() -> list[tuple]:
    return sorted(PersonnelFact.objects.values_list("employee_id", "kind", "date", "title",
                                                    "quantity", "version"))


def _import(personas, rows):
    return import_facts(parsed=parse_facts(xlsx(HEADER, rows, title="人事记录")),
                        actor=personas.hr.user)


def test_a_good_file_imports_every_kind_and_again_changes_nothing(personas):
    result = _import(personas, _rows(personas))
    assert result.counts == {"created": 4, "updated": 0, "unchanged": 0}
    assert sorted(PersonnelFact.objects.values_list("kind", flat=True)) == [
        "attendance", "penalty", "reward", "training"]
    before = _state()

    again = _import(personas, _rows(personas))

    assert again.counts == {"created": 0, "updated": 0, "unchanged": 4}
    assert _state() == before


@pytest.mark.parametrize(("change", "expected"), [
    pytest.param(lambda rows: rows[2].__setitem__(3, None),
                 "第 4 行 D 列（事项）：必填，不能为空", id="missing required cell"),
    pytest.param(lambda rows: rows[2].__setitem__(2, "上周三"),
                 "第 4 行 C 列（日期）：“上周三”不是有效日期，请使用日期单元格或 YYYY-MM-DD 格式",
                 id="wrong type"),
    pytest.param(lambda rows: rows[2].__setitem__(0, "X404"),
                 "第 4 行 A 列（工号）：工号“X404”不存在", id="unknown employee number"),
    pytest.param(lambda rows: rows.append(list(rows[1])),
                 "第 6 行 D 列（事项）：与第 3 行重复（同一员工、类型、日期和事项）",
                 id="duplicate row"),
    pytest.param(lambda rows: rows[1].__setitem__(4, 1e9),
                 "第 3 行 E 列（数量）：“1000000000”超出允许范围（-99999999.99 至 99999999.99）",
                 id="value out of range"),
    pytest.param(lambda rows: rows[1].__setitem__(1, "加班"),
                 "第 3 行 B 列（类型）：“加班”不是有效的类型，应为：考勤、奖励、处罚、培训",
                 id="unknown choice"),
])
def test_each_kind_of_bad_file_is_refused_with_row_and_column(personas, change, expected):
    _import(personas, _rows(personas)[:1])
    before = _state()
    rows = _rows(personas)
    change(rows)
    with pytest.raises(FactsInvalid) as refused:
        _import(personas, rows)
    assert messages(refused) == [expected]
    assert _state() == before, "a refused file imports nothing, not even its good rows"


def test_the_template_opens_with_its_header_and_the_kind_drop_down(personas, client_for):
    data = downloaded(client_for("hr").get(reverse("evidence:facts_template")))
    assert header(data, "人事记录") == list(HEADER)
    assert drop_downs(data, "人事记录") == {"B": ["考勤", "奖励", "处罚", "培训"]}


def test_the_upload_page_reports_each_row(personas, client_for):
    page = client_for("hr").post(
        reverse("evidence:facts_import"),
        {"file": xlsx(HEADER, _rows(personas), title="人事记录")}).content.decode()
    assert "导入完成：新增 4 条" in page and 'data-testid="facts-rows"' in page
    assert "2026-11-03" in page and "安全培训" in page
