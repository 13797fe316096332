"""`manage.py verify_records` (R3.7): a changed sealed record, a rewritten hash, a rewritten
record together with its hashes and a changed addendum are all named; a clean chain passes."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

from candor.interviews.models import Record, RecordSection
from candor.interviews.services import sealing
from candor.interviews.tests.factories import sealed

pytestmark = pytest.mark.django_db


def _verify() -> tuple[str, CommandError | None]:
    out = io.StringIO()
    try:
        call_command("verify_records", stdout=out)
    except CommandError as error:
        return out.getvalue(), error
    return out.getvalue(), None


def test_a_clean_chain_passes(personas):
    sealed(personas)
    sealed(personas)
    output, error = _verify()
    assert error is None and "已检查 2 份归档记录，全部一致。" in output


def test_a_changed_section_names_the_record(personas):
    record = sealed(personas)
    RecordSection.objects.filter(record=record, key="strengths").update(
        content={"items": [{"text": "客户沟通主动", "case": "（事后改写的事例）"}]})
    output, error = _verify()
    assert error is not None and error.returncode == 1
    assert f"记录 {record.pk}（面谈 {record.interview_id}，员工 张伟）" in output
    assert "内容被改动过" in output and "发现" in str(error)


def test_a_rewritten_content_hash_breaks_the_chain(personas):
    record = sealed(personas)
    Record.objects.filter(pk=record.pk).update(content_hash="0" * 64)
    output, error = _verify()
    assert error is not None
    assert f"记录 {record.pk}" in output and "链哈希与内容哈希不一致" in output


def test_rewriting_a_record_with_all_its_hashes_breaks_the_next_link(personas):
    first, second = sealed(personas), sealed(personas)
    RecordSection.objects.filter(record=first, key="agreement").update(
        content={"agreed": "本期等级为优+。", "disagreements": "无"})
    digest = sealing.compute_hash(Record.objects.get(pk=first.pk))
    Record.objects.filter(pk=first.pk).update(
        content_hash=digest, chain_hash=sealing.link_hash(first.chain_prev, digest))
    output, error = _verify()
    assert error is not None
    assert f"记录 {second.pk}" in output and "哈希链断开" in output


def test_a_changed_addendum_is_named(personas):
    record = sealed(personas)
    addendum = sealing.add_addendum(actor=personas.manager.user, record=record, text="已补发")
    type(addendum).objects.filter(pk=addendum.pk).update(text="从未承诺")
    output, error = _verify()
    assert error is not None and "补充说明" in output and "张伟" in output
