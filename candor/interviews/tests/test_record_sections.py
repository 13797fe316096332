"""Writing the record section by section: each section keeps its own version, so two people
on different sections never collide and two on the same one are told (R3.5, R3.6)."""

from __future__ import annotations

import pytest

from candor.core.errors import ConcurrentEdit, DomainError, InvalidTransition
from candor.interviews.models import RecordSection
from candor.interviews.services import record as record_services
from candor.interviews.tests.factories import COMPLETE_RECORD, book, fill, hold, sealed, submitted

pytestmark = pytest.mark.django_db


def _save(actor, record, key, data, version):
    return record_services.save_section(actor=actor.user, record=record, key=key, data=data,
                                        version=version)


def test_it_saves_a_section_and_raises_its_version(personas):
    record = book(personas).record
    first = _save(personas.manager, record, "goal_review", {"comment": " 利润超额完成 "}, 0)
    second = _save(personas.manager, record, "goal_review", {"comment": "利润超额完成，任务数略低"},
                   first.version)
    stored = RecordSection.objects.get(record=record, key="goal_review")
    assert (first.version, second.version) == (1, 2)
    assert stored.content == {"comment": "利润超额完成，任务数略低"}
    assert stored.updated_by == personas.manager.user


def test_it_refuses_the_second_of_two_saves_started_from_the_same_version(personas):
    record = book(personas).record
    _save(personas.manager, record, "agreement", {"agreed": "初稿", "disagreements": "无"}, 0)
    _save(personas.manager, record, "agreement", {"agreed": "王强的版本", "disagreements": "无"}, 1)
    with pytest.raises(ConcurrentEdit) as refused:
        _save(personas.hr, record, "agreement", {"agreed": "刘洋的版本", "disagreements": "无"}, 1)
    message = str(refused.value.message)
    assert "“达成一致与分歧”已被 王强" in message and "没有覆盖" in message
    stored = RecordSection.objects.get(record=record, key="agreement")
    assert stored.content["agreed"] == "王强的版本" and stored.version == 2


def test_a_deliberate_save_from_the_current_version_overwrites(personas):
    record = book(personas).record
    _save(personas.manager, record, "agreement", {"agreed": "王强的版本"}, 0)
    _save(personas.hr, record, "agreement", {"agreed": "刘洋的版本"}, 1)
    stored = RecordSection.objects.get(record=record, key="agreement")
    assert stored.content["agreed"] == "刘洋的版本"


def test_the_manager_and_the_host_on_different_sections_do_not_collide(personas):
    record = book(personas).record
    _save(personas.manager, record, "strengths", {"items": [{"text": "主动", "case": "回访"}]}, 0)
    _save(personas.hr, record, "measures", {"items": [{"measure": "课程", "owner": "张伟",
                                                      "deadline": "2026-12-31"}]}, 0)
    _save(personas.manager, record, "strengths",
          {"items": [{"text": "主动沟通", "case": "回访"}]}, 1)
    contents = record_services.contents(record)
    assert contents["strengths"]["items"][0]["text"] == "主动沟通"
    assert contents["measures"]["items"][0]["measure"] == "课程"


def test_it_drops_empty_rows_and_keeps_the_none_declaration_only_without_rows(personas):
    record = book(personas).record
    saved = _save(personas.manager, record, "support",
                  {"items": [{"commitment": "", "owner": "", "due": ""}], "none": True}, 0)
    assert saved.content == {"items": [], "none": True}


def test_submitting_names_each_missing_element(personas):
    interview = hold(book(personas))
    content = dict(COMPLETE_RECORD, strengths={"items": [{"text": "客户沟通主动", "case": ""}]})
    fill(interview.record, content=content)
    with pytest.raises(DomainError) as refused:
        record_services.submit_draft(actor=personas.manager.user, record=interview.record)
    assert "“成绩与优点”第 1 条缺少“具体事例”" in str(refused.value.message)


def test_a_warning_interview_also_needs_its_type_focus(personas):
    interview = hold(book(personas, kind="warning"))
    content = {k: v for k, v in COMPLETE_RECORD.items() if k != "type_focus"}
    fill(interview.record, content=content)
    with pytest.raises(DomainError) as refused:
        record_services.submit_draft(actor=personas.manager.user, record=interview.record)
    assert "警告事项与后果" in str(refused.value.message)


def test_the_manager_cannot_write_the_employees_comments(personas):
    record = book(personas).record
    with pytest.raises(DomainError) as refused:
        _save(personas.manager, record, "employee_comments", {"text": "同意"}, 0)
    assert refused.value.code == "forbidden"


def test_manager_sections_are_closed_while_the_employee_checks_the_record(personas):
    record = submitted(personas)
    with pytest.raises(InvalidTransition):
        _save(personas.manager, record, "goal_review", {"comment": "改一下"}, 1)


def test_a_sealed_record_refuses_every_section_save(personas):
    record = sealed(personas)
    for actor, key in ((personas.manager, "goal_review"), (personas.employee,
                                                             "employee_comments")):
        version = RecordSection.objects.get(record=record, key=key).version
        with pytest.raises(InvalidTransition) as refused:
            _save(actor, record, key, {"comment": "改", "text": "改"}, version)
        assert "已签字归档" in str(refused.value.message)
    assert RecordSection.objects.get(record=record, key="goal_review").content == (
        COMPLETE_RECORD["goal_review"])
