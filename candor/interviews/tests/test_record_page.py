"""What the record pages show around the sections: the manager's notes kept from the
employee (page, section endpoint, API), the refusal to submit linking to each section, the
goal table's result line, and the real time of the talk with its date when it differs."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from candor.accounts import services as account_services
from candor.api.tests.clients import TokenClient
from candor.core.errors import DomainError
from candor.interviews.forms.record import CorrectionForm
from candor.interviews.services import record as record_services
from candor.interviews.services import scheduling, sealing
from candor.interviews.tests.factories import STARTS_AT, book, fill, hold, sealed, submitted

pytestmark = pytest.mark.django_db

NOTE = "张伟情绪有些紧张，先从成绩谈起。"


def _submitted_with_notes(personas):
    interview = hold(book(personas))
    record = fill(interview.record)
    record_services.save_section(actor=personas.manager.user, record=record, key="notes",
                                 data={"steps": {"opening": NOTE}}, version=0)
    return record_services.submit_draft(actor=personas.manager.user, record=record,
                                        now=interview.ended_at + dt.timedelta(hours=1))


def _record_page(client, record) -> str:
    response = client.get(reverse("interviews:record", args=[record.interview_id]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_employee_never_sees_the_managers_notes(personas, client_for):
    record = _submitted_with_notes(personas)
    assert NOTE not in _record_page(client_for("employee"), record)
    assert NOTE in _record_page(client_for("manager"), record)
    assert NOTE in _record_page(client_for("hr"), record)
    url = reverse("interviews:section", args=[record.interview_id, "notes"])
    employee = client_for("employee")
    assert employee.get(url).status_code == 404
    assert employee.post(url, {"version": "1", "step-opening": "x"}).status_code == 404
    assert client_for("manager").get(url).status_code == 200


def test_the_api_leaves_the_notes_out_for_the_employee_only(personas):
    record = _submitted_with_notes(personas)
    url = f"/api/v1/interviews/{record.interview_id}/record"

    def keys(name):
        _token, raw = account_services.create_api_token(user=personas.user(name), name="脚本")
        response = TokenClient(raw).get(url)
        assert response.status_code == 200
        return {s["key"]: s for s in response.json()["sections"]}

    assert "notes" not in keys("employee")
    assert keys("manager")["notes"]["content"] == {"steps": {"opening": NOTE}}


def test_the_notes_stay_in_the_sealed_content(personas):
    record = sealed(personas)
    assert "notes" in record_services.contents(record)
    assert record.content_hash == sealing.compute_hash(record)


def test_the_employee_cannot_ask_to_correct_notes_they_do_not_see(personas):
    record = submitted(personas)
    form = CorrectionForm(kind=record.interview.kind)
    assert "notes" not in dict(form.fields["section"].choices)
    with pytest.raises(DomainError, match="请选择需要更正的部分"):
        record_services.request_correction(actor=personas.employee.user, record=record,
                                           section="notes", text="笔记不对")


def test_the_refusal_to_submit_links_each_missing_element_to_its_section(personas,
                                                                         client_for):
    interview = hold(book(personas))
    record = interview.record
    record_services.save_section(actor=personas.manager.user, record=record,
                                 key="goal_review", data={"comment": "利润超额完成。"},
                                 version=0)
    client = client_for("manager")
    response = client.post(reverse("interviews:record_submit", args=[interview.pk]),
                           follow=True)
    page = response.content.decode()
    assert "记录还不完整，不能提交" in page
    for key in ("strengths", "shortcomings", "agreement", "measures", "support",
                "next_goals"):
        assert f'href="#section-{key}"' in page, key
        assert f'id="section-{key}"' in page, key  # the anchor exists on the same page
    assert 'href="#section-goal_review"' not in page


def test_the_goal_table_shows_the_multiplier_with_its_sign_and_separates_the_rank(
        personas, client_for):
    record = submitted(personas)
    page = _record_page(client_for("manager"), record)
    footer = page[page.index('data-testid="goal-result"'):]
    footer = footer[:footer.index("</td>")]
    assert "总分 109" in footer and "奖金系数 ×1.1" in footer
    assert '<span class="text-muted mx-2" aria-hidden="true">|</span>部门排名 1 / 1' in footer


def _held_on(personas, started: dt.datetime, ended: dt.datetime):
    interview = book(personas)
    actor = personas.manager.user
    scheduling.start_conversation(actor=actor, interview=interview, now=started)
    scheduling.end_conversation(actor=actor, interview=interview, now=ended)
    return interview


def _actual(page: str) -> str:
    text = page[page.index('data-testid="actual-time">') + len('data-testid="actual-time">'):]
    return text[:text.index("</div>")]


def test_the_real_time_carries_its_date_when_the_talk_was_held_another_day(personas,
                                                                          client_for):
    earlier = STARTS_AT - dt.timedelta(days=3, hours=-9)  # 16 Oct 19:00
    interview = _held_on(personas, earlier, earlier + dt.timedelta(minutes=50))
    page = client_for("manager").get(reverse("interviews:record_edit", args=[interview.pk]))
    assert _actual(page.content.decode()) == "实际 2026-10-16 19:00–19:50"


def test_the_real_time_on_the_booked_day_is_just_the_hours(personas, client_for):
    interview = _held_on(personas, STARTS_AT, STARTS_AT + dt.timedelta(minutes=55))
    page = client_for("manager").get(reverse("interviews:record_edit", args=[interview.pk]))
    assert _actual(page.content.decode()) == "实际 10:00–10:55"
