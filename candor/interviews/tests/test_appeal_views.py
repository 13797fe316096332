"""The appeal pages: the employee's form, the list each person sees, the case page and the
committee's ruling form."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from candor.accounts.models import User
from candor.core.testing import make_employee
from candor.interviews.models import Appeal, AppealStatus, Ruling
from candor.interviews.services import appeals
from candor.interviews.tests.factories import SHANGHAI, sealed, submitted
from candor.notifications.models import Notification
from candor.periods.models import GoalSheet

pytestmark = pytest.mark.django_db

REASON = "9 月利润数据少算了一笔回款。"


def _file(person, record, kind: str = "data_accuracy") -> Appeal:
    return appeals.file_appeal(actor=person.user, record=record,
                               items=[{"kind": kind, "reason": REASON}])


def _page(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def _messages(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


# ---- the employee's form -------------------------------------------------------------------

def test_it_shows_the_deadline_the_result_and_the_goals_on_the_form(personas, client_for):
    record = sealed(personas)
    url = reverse("interviews:appeal_new", args=[record.interview_id])
    page = _page(client_for("employee").get(url))
    deadline = appeals.appeal_deadline(record).isoformat()
    assert deadline in page
    assert 'data-testid="result-total">109<' in page and "优-" in page and "×1.1<" in page
    goal_names = list(GoalSheet.objects.get(pk=record.interview.sheet_id)
                      .goals.values_list("name", flat=True))
    assert goal_names and all(name in page for name in goal_names)
    assert "评分方法" in page and "数据准确性" in page and "其他" in page


def test_it_files_the_ticked_items_and_opens_the_case(personas, client_for):
    record = submitted(personas)
    response = client_for("employee").post(
        reverse("interviews:appeal_new", args=[record.interview_id]),
        {"item_data_accuracy": "on", "reason_data_accuracy": REASON,
         "item_scoring_method": "on", "reason_scoring_method": "权重与岗位职责不符。"})
    appeal = Appeal.objects.get()
    assert response.status_code == 302 and response["Location"] == appeal.get_absolute_url()
    assert [i["kind"] for i in appeal.items] == ["scoring_method", "data_accuracy"]


def test_it_keeps_the_input_when_a_ticked_item_has_no_reason(personas, client_for):
    record = submitted(personas)
    response = client_for("employee").post(
        reverse("interviews:appeal_new", args=[record.interview_id]),
        {"item_data_accuracy": "on", "reason_data_accuracy": REASON,
         "item_other": "on", "reason_other": ""})
    page = _page(response)
    assert any("其他" in m and "理由" in m for m in _messages(response))
    assert REASON in page
    assert not Appeal.objects.exists()


def test_it_does_not_drop_a_reason_whose_item_is_not_ticked(personas, client_for):
    record = submitted(personas)
    response = client_for("employee").post(
        reverse("interviews:appeal_new", args=[record.interview_id]),
        {"reason_other": "考核口径前后不一致。"})
    page = _page(response)
    assert "考核口径前后不一致。" in page and "请勾选" in page
    assert not Appeal.objects.exists()


def test_it_names_the_deadline_once_the_window_has_closed(personas, client_for):
    record = sealed(personas)
    record.sealed_at = dt.datetime(2026, 10, 20, 15, 0, tzinfo=SHANGHAI)
    record.save(update_fields=["sealed_at"])
    url = reverse("interviews:appeal_new", args=[record.interview_id])
    client = client_for("employee")
    page = _page(client.get(url))
    assert "2026-10-27" in page and 'data-testid="appeal-form"' not in page
    response = client.post(url, {"item_other": "on", "reason_other": "不同意。"})
    assert any("2026-10-27" in m for m in _messages(response))
    assert not Appeal.objects.exists()


def test_it_points_to_the_case_already_waiting(personas, client_for):
    record = submitted(personas)
    appeal = _file(personas.employee, record)
    page = _page(client_for("employee").get(
        reverse("interviews:appeal_new", args=[record.interview_id])))
    assert appeal.get_absolute_url() in page and 'data-testid="appeal-form"' not in page


# ---- the list ------------------------------------------------------------------------------

def _two_cases(personas) -> tuple[Appeal, Appeal]:
    mine = _file(personas.employee, submitted(personas))
    theirs = _file(personas.outsider, submitted(personas, employee=personas.outsider))
    return mine, theirs


@pytest.mark.parametrize(("persona", "sees"), [
    ("committee", {"张伟", "李娜"}), ("hr", {"张伟", "李娜"}), ("manager", {"张伟"}),
    ("employee", {"张伟"}), ("outsider", {"李娜"}), ("outsider_manager", {"李娜"}),
])
def test_it_lists_the_appeals_each_person_may_see(personas, client_for, persona, sees):
    mine, theirs = _two_cases(personas)
    page = _page(client_for(persona).get(reverse("interviews:appeals")))
    shown = {name for name, appeal in (("张伟", mine), ("李娜", theirs))
             if f'data-appeal="{appeal.pk}"' in page}
    assert shown == sees


def test_it_filters_the_list_by_status(personas, client_for):
    mine, theirs = _two_cases(personas)
    appeals.rule_appeal(actor=personas.committee.user, appeal=mine, ruling=Ruling.UPHELD,
                        reason="维持。")
    client = client_for("committee")
    page = _page(client.get(reverse("interviews:appeals"), {"status": AppealStatus.REFERRED}))
    assert f'data-appeal="{theirs.pk}"' in page and f'data-appeal="{mine.pk}"' not in page
    page = _page(client.get(reverse("interviews:appeals"), {"status": AppealStatus.RULED}))
    assert f'data-appeal="{mine.pk}"' in page and "维持原结果" in page


def _appeals_of_new_reports(personas, count: int) -> None:
    for n in range(count):
        person = make_employee(department=personas.tech, manager=personas.manager,
                               username=f"report{n}_{Appeal.objects.count()}")
        manager = User.objects.get(pk=personas.manager.user_id)  # a scope with the new report
        _file(person, submitted(personas, employee=person, actor=manager), kind="other")


def _list_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("interviews:appeals")).status_code == 200
    return len(queries)


def test_it_lists_appeals_in_the_same_number_of_queries_at_any_size(personas, client_for):
    client = client_for("committee")
    _appeals_of_new_reports(personas, 2)
    small = _list_queries(client)
    _appeals_of_new_reports(personas, 4)
    assert _list_queries(client) == small


# ---- the case and the ruling ---------------------------------------------------------------

def test_it_shows_the_committee_the_case_with_the_record_and_the_ruling_form(personas,
                                                                            client_for):
    appeal = _file(personas.employee, sealed(personas))
    page = _page(client_for("committee").get(appeal.get_absolute_url()))
    assert REASON in page and "数据准确性" in page
    assert 'data-testid="ruling-form"' in page and 'data-testid="grade-bands"' in page
    assert reverse("interviews:record", args=[appeal.record.interview_id]) in page
    assert "同意记录内容。" in page  # the employee's comments from the record


@pytest.mark.parametrize("persona", ["employee", "manager", "hr"])
def test_it_shows_the_case_without_the_ruling_form_to_others(personas, client_for, persona):
    appeal = _file(personas.employee, submitted(personas))
    page = _page(client_for(persona).get(appeal.get_absolute_url()))
    assert REASON in page and 'data-testid="ruling-form"' not in page
    assert 'data-testid="record-link"' in page


def test_it_previews_the_grade_of_a_new_total(personas, client_for):
    appeal = _file(personas.employee, submitted(personas))
    response = client_for("committee").get(appeal.get_absolute_url(), {"new_total": "121"},
                                           headers={"HX-Request": "true"})
    page = _page(response)
    assert "优+" in page and "×1.2" in page and "<html" not in page
    hr = client_for("hr").get(appeal.get_absolute_url(), {"new_total": "121"},
                              headers={"HX-Request": "true"})
    assert hr.status_code == 403


def test_it_records_an_adjusted_ruling_and_shows_old_and_new_values(personas, client_for):
    appeal = _file(personas.employee, sealed(personas))
    client = client_for("committee")
    response = client.post(reverse("interviews:appeal_rule", args=[appeal.pk]), {
        "ruling": Ruling.ADJUSTED, "new_total": "121", "reason": "核实后补记回款。"})
    assert response.status_code == 302
    sheet = GoalSheet.objects.get(pk=appeal.sheet_id)
    assert (sheet.total, sheet.grade, sheet.multiplier) == (
        Decimal("121.00"), "优+", Decimal("1.20"))
    page = _page(client.get(appeal.get_absolute_url()))
    ruling = page.split('data-testid="appeal-ruling"')[1].split("</section>")[0]
    assert "109" in ruling and "121" in ruling and "优+" in ruling and "陈静" in ruling
    assert 'data-testid="ruling-form"' not in page
    assert Notification.objects.filter(kind="appeal.ruled", recipient__in=[
        personas.employee.user, personas.manager.user]).count() == 2


def test_it_keeps_the_ruling_input_and_previews_the_grade_when_refused(personas, client_for):
    appeal = _file(personas.employee, submitted(personas))
    response = client_for("committee").post(
        reverse("interviews:appeal_rule", args=[appeal.pk]),
        {"ruling": Ruling.ADJUSTED, "new_total": "109", "reason": "复核后的说明文字"})
    page = _page(response)
    assert any("与原总分相同" in m for m in _messages(response))
    assert "复核后的说明文字" in page and 'value="109"' in page
    assert "优-" in page.split('data-testid="ruling-preview"')[1][:300]
    appeal.refresh_from_db()
    assert appeal.status == AppealStatus.REFERRED


def test_it_refuses_a_ruling_by_someone_outside_the_committee(personas, client_for):
    appeal = _file(personas.employee, submitted(personas))
    response = client_for("hr").post(reverse("interviews:appeal_rule", args=[appeal.pk]), {
        "ruling": Ruling.ADJUSTED, "new_total": "121", "reason": "改判"})
    assert response.status_code == 403
    appeal.refresh_from_db()
    assert appeal.status == AppealStatus.REFERRED
    assert GoalSheet.objects.get(pk=appeal.sheet_id).total == Decimal("109.00")


def test_it_asks_a_member_who_is_party_to_the_case_to_step_aside(personas, client_for):
    appeal = _file(personas.employee, submitted(personas))
    personas.manager.is_committee_member = True
    personas.manager.save()
    page = _page(client_for("manager").get(appeal.get_absolute_url()))
    assert "回避" in page and 'data-testid="ruling-form"' not in page
