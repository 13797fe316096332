"""The whole interview flow through the services, as the three people involved."""

from __future__ import annotations

import pytest

from candor.core.errors import DomainError
from candor.interviews.models import AppealStatus, RecordStatus, Ruling
from candor.interviews.services import appeals, sealing
from candor.interviews.tests.factories import sealed, submitted

pytestmark = pytest.mark.django_db


def test_it_seals_a_record_signed_by_both(personas):
    record = sealed(personas)
    assert record.status == RecordStatus.SEALED
    assert record.chain_index == 1 and len(record.content_hash) == 64
    assert record.signatures.count() == 2
    checked, problems = sealing.verify_records()
    assert checked == 1 and problems == []


def test_it_refuses_a_draft_naming_what_is_missing(personas):
    from candor.interviews.services import record as record_services
    from candor.interviews.tests.factories import book, hold

    interview = hold(book(personas))
    with pytest.raises(DomainError) as refused:
        record_services.submit_draft(actor=personas.manager.user, record=interview.record)
    assert "成绩与优点" in str(refused.value.message)


def test_it_applies_an_adjusted_ruling_to_the_sheet(personas):
    record = submitted(personas)
    appeal = appeals.file_appeal(actor=personas.employee.user, record=record, items=[
        {"kind": "data_accuracy", "reason": "9 月利润数据少算了一笔回款。"}])
    assert appeal.status == AppealStatus.REFERRED
    appeals.rule_appeal(actor=personas.committee.user, appeal=appeal,
                        ruling=Ruling.ADJUSTED, reason="核实后补记回款。", new_total="121")
    sheet = record.interview.sheet
    sheet.refresh_from_db()
    assert (str(sheet.total), sheet.grade, str(sheet.multiplier)) == ("121.00", "优+", "1.20")
    appeal.refresh_from_db()
    assert (appeal.old_grade, appeal.new_grade) == ("优-", "优+")
