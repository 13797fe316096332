"""Appeals through the services (R3.8): who may file and when, what the committee sees, and
what a ruling changes and tells."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from candor import access
from candor.accounts.models import User
from candor.core.errors import DomainError
from candor.core.models import AuditEvent
from candor.interviews.models import AppealStatus, RecordStatus, Ruling
from candor.interviews.selectors import appeals as selectors
from candor.interviews.services import appeals
from candor.interviews.services.appeals import appeal_deadline
from candor.interviews.tests.factories import SHANGHAI, book, released_sheet, sealed, submitted
from candor.notifications.models import Notification
from candor.periods.models import GoalSheet

pytestmark = pytest.mark.django_db

DATA = {"kind": "data_accuracy", "reason": "9 月利润数据少算了一笔回款。"}


def _file(personas, record, items=None):
    return appeals.file_appeal(actor=personas.employee.user, record=record,
                               items=items or [DATA])


def _notified(user, kind: str) -> bool:
    return Notification.objects.filter(recipient=user, kind=kind).exists()


# ---- filing --------------------------------------------------------------------------------

def test_it_lets_the_employee_appeal_within_the_window_after_signing(personas):
    record = sealed(personas)
    appeal = _file(personas, record, [DATA, {"kind": "other", "reason": "  评分口径不一致  "}])
    assert appeal.status == AppealStatus.REFERRED
    assert appeal.items == [DATA, {"kind": "other", "reason": "评分口径不一致"}]
    assert (appeal.old_total, appeal.old_grade, appeal.old_multiplier) == (
        Decimal("109.00"), "优-", Decimal("1.10"))
    assert _notified(personas.committee.user, "appeal.filed")
    assert AuditEvent.objects.filter(event="appeal.filed").count() == 1


def test_it_refuses_an_appeal_after_the_window_naming_the_deadline(personas):
    record = sealed(personas)
    record.sealed_at = dt.datetime(2026, 10, 20, 15, 0, tzinfo=SHANGHAI)
    record.save(update_fields=["sealed_at"])
    deadline = appeal_deadline(record)
    assert deadline == dt.date(2026, 10, 27)  # five working days after a Tuesday
    assert not appeals.can_appeal(record)
    with pytest.raises(DomainError) as refused:
        _file(personas, record)
    assert "2026-10-27" in str(refused.value.message)
    assert not record.appeals.exists()


def test_it_lets_the_employee_appeal_instead_of_signing(personas):
    record = submitted(personas)
    assert record.status == RecordStatus.WITH_EMPLOYEE and not record.signatures.exists()
    appeal = _file(personas, record)
    record.refresh_from_db()
    assert appeal.status == AppealStatus.REFERRED
    assert record.status == RecordStatus.WITH_EMPLOYEE


def test_it_refuses_an_appeal_before_the_record_reaches_the_employee(personas):
    record = book(personas).record
    with pytest.raises(DomainError) as refused:
        _file(personas, record)
    assert "提交给您确认后" in str(refused.value.message)


def test_it_refuses_an_item_without_a_reason_naming_the_item(personas):
    record = submitted(personas)
    with pytest.raises(DomainError) as refused:
        _file(personas, record, [{"kind": "scoring_method", "reason": "   "}])
    assert "评分方法" in str(refused.value.message)
    with pytest.raises(DomainError):
        _file(personas, record, [{"kind": "nonsense", "reason": "x"}])
    assert not record.appeals.exists()


def test_it_lets_only_the_employee_appeal(personas):
    record = submitted(personas)
    with pytest.raises(DomainError) as refused:
        appeals.file_appeal(actor=personas.manager.user, record=record, items=[DATA])
    assert refused.value.code == "forbidden"


def test_it_refuses_a_second_appeal_while_one_waits(personas):
    record = submitted(personas)
    _file(personas, record)
    with pytest.raises(DomainError) as refused:
        _file(personas, record)
    assert "等待委员会裁决" in str(refused.value.message)
    assert selectors.refusal(record) == str(refused.value.message)


# ---- what the committee sees ---------------------------------------------------------------

def test_it_shows_the_committee_only_the_referred_cases_of_others(personas):
    record = submitted(personas)
    quiet = book(personas, employee=personas.outsider)  # 李娜: no appeal
    user = personas.committee.user
    assert not access.visible_interviews(user).filter(pk=record.interview_id).exists()
    appeal = _file(personas, record)
    visible = access.visible_interviews(user)
    assert visible.filter(pk=record.interview_id).exists()
    assert not visible.filter(pk=quiet.pk).exists()
    assert list(access.visible_appeals(user)) == [appeal]
    assert access.can_read_record(user, record)


# ---- ruling --------------------------------------------------------------------------------

def test_it_applies_an_adjusted_ruling_and_tells_both_parties(personas):
    record = sealed(personas)
    appeal = _file(personas, record)
    appeals.rule_appeal(actor=personas.committee.user, appeal=appeal, ruling=Ruling.ADJUSTED,
                        reason="核实后补记回款。", new_total="121")
    sheet = GoalSheet.objects.get(pk=record.interview.sheet_id)
    assert (sheet.total, sheet.grade, sheet.multiplier) == (
        Decimal("121.00"), "优+", Decimal("1.20"))
    appeal.refresh_from_db()
    assert appeal.status == AppealStatus.RULED and appeal.ruled_by == personas.committee.user
    assert (appeal.old_total, appeal.new_total, appeal.new_grade, appeal.new_multiplier) == (
        Decimal("109.00"), Decimal("121.00"), "优+", Decimal("1.20"))
    for person in (personas.employee, personas.manager):
        note = Notification.objects.get(recipient=person.user, kind="appeal.ruled")
        assert "121" in note.body and "优+" in note.body
    assert not _notified(personas.outsider.user, "appeal.ruled")


def test_it_keeps_the_result_when_the_committee_upholds_it(personas):
    record = submitted(personas)
    appeal = appeals.rule_appeal(actor=personas.committee.user, appeal=_file(personas, record),
                                 ruling=Ruling.UPHELD, reason="数据核实无误。")
    sheet = GoalSheet.objects.get(pk=record.interview.sheet_id)
    assert (sheet.total, sheet.grade) == (Decimal("109.00"), "优-")
    assert appeal.ruling == Ruling.UPHELD and appeal.new_total is None
    assert _notified(personas.employee.user, "appeal.ruled")
    assert _notified(personas.manager.user, "appeal.ruled")


def test_it_reranks_the_department_after_an_adjustment(personas):
    record = submitted(personas)
    colleague_sheet = released_sheet(personas.manager, total="115",
                                     period=record.interview.sheet.period)
    appeal = _file(personas, record)
    appeals.rule_appeal(actor=personas.committee.user, appeal=appeal, ruling=Ruling.ADJUSTED,
                        reason="补记回款。", new_total="118")
    colleague_sheet.refresh_from_db()
    mine = GoalSheet.objects.get(pk=record.interview.sheet_id)
    assert (mine.rank_department, colleague_sheet.rank_department) == (1, 2)
    assert mine.rank_department_size == 2


@pytest.mark.parametrize("persona", ["hr", "manager", "employee"])
def test_it_refuses_a_ruling_by_anyone_but_the_committee(personas, persona):
    appeal = _file(personas, submitted(personas))
    with pytest.raises(DomainError) as refused:
        appeals.rule_appeal(actor=getattr(personas, persona).user, appeal=appeal,
                            ruling=Ruling.UPHELD, reason="无")
    assert refused.value.code == "forbidden"
    appeal.refresh_from_db()
    assert appeal.status == AppealStatus.REFERRED


def test_it_makes_a_committee_member_who_manages_the_employee_step_aside(personas):
    appeal = _file(personas, submitted(personas))
    personas.manager.is_committee_member = True
    personas.manager.save()
    manager = User.objects.get(pk=personas.manager.user_id)  # a fresh scope
    with pytest.raises(DomainError) as refused:
        appeals.rule_appeal(actor=manager, appeal=appeal, ruling=Ruling.UPHELD, reason="无")
    assert refused.value.code == "conflict_of_interest"


@pytest.mark.parametrize("total", ["", "NaN", "abc", "-1", "1001", "109"])
def test_it_refuses_an_adjustment_without_a_usable_new_total(personas, total):
    appeal = _file(personas, submitted(personas))
    with pytest.raises(DomainError) as refused:
        appeals.rule_appeal(actor=personas.committee.user, appeal=appeal,
                            ruling=Ruling.ADJUSTED, reason="调整", new_total=total)
    assert refused.value.code == "total"


def test_it_refuses_a_second_ruling(personas):
    appeal = _file(personas, submitted(personas))
    appeals.rule_appeal(actor=personas.committee.user, appeal=appeal, ruling=Ruling.UPHELD,
                        reason="维持。")
    with pytest.raises(DomainError):
        appeals.rule_appeal(actor=personas.committee.user, appeal=appeal,
                            ruling=Ruling.ADJUSTED, reason="改判", new_total="121")


# ---- the grade a total would bring ---------------------------------------------------------

def test_it_previews_the_grade_and_multiplier_of_a_total(personas):
    period = released_sheet(personas.employee).period
    bands = selectors.grade_bands(period)
    shown = selectors.preview(bands, "121")
    assert (shown.band.label, shown.band.multiplier) == ("优+", Decimal("1.20"))
    assert selectors.preview(bands, "100").band.label == "良好"
    assert selectors.preview(bands, "") is None
    assert selectors.preview(bands, "abc").problem
    assert selectors.preview(bands, "NaN").problem
    assert selectors.preview(bands, "2000").band is None
