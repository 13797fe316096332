"""A result the committee adjusted says so wherever it is shown (R3.8): the goal sheet and the
score explanation name the ruling and the old total, link to the case for those who may open
it, and the explanation says why its lines no longer add up to the total."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from candor.interviews.models import Ruling
from candor.interviews.services import appeals
from candor.interviews.tests.factories import submitted

pytestmark = pytest.mark.django_db


def _ruled(personas, ruling=Ruling.ADJUSTED):
    record = submitted(personas)
    appeal = appeals.file_appeal(actor=personas.employee.user, record=record, items=[
        {"kind": "data_accuracy", "reason": "9 月利润数据少算了一笔回款。"}])
    return appeals.rule_appeal(actor=personas.committee.user, appeal=appeal, ruling=ruling,
                               reason="核实后补记回款。",
                               new_total="121" if ruling == Ruling.ADJUSTED else None)


def _note(page: str) -> str:
    start = page.index('data-testid="committee-ruling"')
    return page[start:page.index("</div>\n", start)]


def test_the_sheet_page_names_the_adjustment_and_links_to_the_case(personas, client_for):
    appeal = _ruled(personas)
    page = client_for("employee").get(appeal.sheet.get_absolute_url()).content.decode()
    note = _note(page)
    assert f"绩效委员会于 {appeal.ruled_at:%Y-%m-%d} 裁决调整：原总分 109 → 121" in note
    assert "等级 优- → 优+，奖金系数 ×1.1 → ×1.2" in note
    assert f'href="{appeal.get_absolute_url()}"' in note


def test_the_explanation_says_why_its_lines_do_not_add_up_to_the_total(personas,
                                                                       client_for):
    appeal = _ruled(personas)
    url = reverse("periods:results_explain", args=[appeal.sheet_id])
    page = client_for("manager").get(url).content.decode()
    assert "原总分 109 → 121" in _note(page)
    assert 'data-testid="ruling-explained"' in page
    assert "需重新计算得分" not in page  # the difference is the ruling, not stale data


def test_an_upheld_result_adds_no_note(personas, client_for):
    appeal = _ruled(personas, Ruling.UPHELD)
    page = client_for("employee").get(appeal.sheet.get_absolute_url()).content.decode()
    assert 'data-testid="committee-ruling"' not in page


def test_the_case_is_linked_only_for_readers_who_may_open_it(personas):
    appeal = _ruled(personas)
    appeal.sheet.refresh_from_db()
    template = Template("{% load interview_rulings %}{% committee_ruling sheet as r %}"
                        "{{ r.link }}|{{ r.current }}")

    def render(person) -> str:
        request = RequestFactory().get("/")
        request.user = person.user if hasattr(person, "user") else person
        return template.render(Context({"request": request, "sheet": appeal.sheet}))

    assert render(personas.employee) == f"{appeal.get_absolute_url()}|True"
    assert render(personas.outsider) == "|True"
