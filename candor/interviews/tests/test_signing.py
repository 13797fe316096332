"""Signing (R3.7): the password again, the employee's comments first, a change voids an
earlier signature, both signatures seal the record, and later information is an addendum."""

from __future__ import annotations

import pytest
from django.urls import reverse

from candor.core.errors import DomainError, InvalidTransition
from candor.core.testing import PERSONA_PASSWORD
from candor.interviews.models import Addendum, RecordStatus, Signature, SignerRole
from candor.interviews.services import record as record_services
from candor.interviews.services import sealing
from candor.interviews.tests.factories import sealed, submitted

pytestmark = pytest.mark.django_db


def _comment(personas, record, text="同意记录内容。", version=0):
    record_services.save_section(actor=personas.employee.user, record=record,
                                 key="employee_comments", data={"text": text},
                                 version=version)


def _sign(client, record, password=PERSONA_PASSWORD, **extra):
    return client.post(reverse("interviews:record_sign", args=[record.interview_id]),
                       {"password": password}, **extra)


def test_a_wrong_password_signs_nothing(personas, client_for):
    record = submitted(personas)
    response = _sign(client_for("manager"), record, password="not-my-password")
    assert response.status_code == 200 and "密码不正确，未签字" in response.content.decode()
    assert not record.signatures.exists()
    with pytest.raises(DomainError):
        sealing.sign_record(actor=personas.manager.user, record=record, password="")


def test_the_employee_cannot_sign_without_comments(personas, client_for):
    record = submitted(personas)
    response = _sign(client_for("employee"), record)
    assert "签字前请先填写员工意见" in response.content.decode()
    assert not record.signatures.exists()


def test_a_signature_stores_who_when_and_the_content_hash(personas, client_for):
    record = submitted(personas)
    response = _sign(client_for("manager"), record, REMOTE_ADDR="10.0.0.8")
    assert response.status_code == 302
    signature = Signature.objects.get(record=record)
    assert (signature.role, signature.signer_name, signature.ip) == (
        SignerRole.MANAGER, "王强", "10.0.0.8")
    assert signature.content_hash == sealing.compute_hash(record)
    page = client_for("employee").get(response["Location"]).content.decode()
    assert "王强" in page and signature.content_hash[:12] in page


def test_a_change_after_one_signature_clears_it(personas):
    record = submitted(personas)
    sealing.sign_record(actor=personas.manager.user, record=record, password=PERSONA_PASSWORD)
    _comment(personas, record, "基本同意，测试环境问题希望尽快解决。")
    assert not record.signatures.exists()
    record.refresh_from_db()
    assert record.status == RecordStatus.WITH_EMPLOYEE


def test_a_correction_request_clears_the_signatures(personas):
    record = submitted(personas)
    sealing.sign_record(actor=personas.manager.user, record=record, password=PERSONA_PASSWORD)
    record_services.request_correction(actor=personas.employee.user, record=record,
                                       section="strengths", text="漏了 8 月的项目上线")
    assert not record.signatures.exists()


def test_both_signatures_seal_the_record(personas, client_for):
    record = submitted(personas)
    employee = client_for("employee")
    employee.post(reverse("interviews:section", args=[record.interview_id,
                                                      "employee_comments"]),
                  {"version": "0", "text": "同意记录内容。"})
    assert _sign(employee, record).status_code == 302
    record.refresh_from_db()
    assert record.status == RecordStatus.WITH_EMPLOYEE
    _sign(client_for("manager"), record)
    record.refresh_from_db()
    assert record.status == RecordStatus.SEALED and record.chain_index == 1
    assert record.content_hash == sealing.compute_hash(record)
    page = employee.get(reverse("interviews:record", args=[record.interview_id])).content.decode()
    assert "已签字归档" in page and record.content_hash in page and "签字确认" not in page


def test_only_the_employee_and_the_manager_sign(personas, client_for):
    record = submitted(personas)
    assert _sign(client_for("hr"), record).status_code == 403
    assert _sign(client_for("second_line"), record).status_code == 403
    assert _sign(client_for("outsider"), record).status_code == 404


def test_nobody_signs_twice(personas):
    record = submitted(personas)
    sealing.sign_record(actor=personas.manager.user, record=record, password=PERSONA_PASSWORD)
    with pytest.raises(InvalidTransition):
        sealing.sign_record(actor=personas.manager.user, record=record,
                            password=PERSONA_PASSWORD)


def test_an_addendum_is_added_after_sealing_and_the_content_stays(personas, client_for):
    record = sealed(personas)
    before = record.content_hash
    response = client_for("manager").post(
        reverse("interviews:addendum_new", args=[record.interview_id]),
        {"text": "11 月 15 日测试环境已到位。"}, follow=True)
    page = response.content.decode()
    assert "11 月 15 日测试环境已到位。" in page and "补充说明已添加" in page
    addendum = Addendum.objects.get(record=record)
    assert addendum.author_name == "王强" and addendum.content_hash == sealing.addendum_hash(
        addendum)
    record.refresh_from_db()
    assert record.content_hash == before == sealing.compute_hash(record)


def test_an_addendum_before_sealing_is_refused(personas):
    record = submitted(personas)
    with pytest.raises(InvalidTransition):
        sealing.add_addendum(actor=personas.manager.user, record=record, text="补充")


def test_an_empty_addendum_keeps_the_form(personas, client_for):
    record = sealed(personas)
    response = client_for("hr").post(
        reverse("interviews:addendum_new", args=[record.interview_id]), {"text": "  "})
    assert response.status_code == 200 and not Addendum.objects.exists()
    assert client_for("second_line").post(
        reverse("interviews:addendum_new", args=[record.interview_id]),
        {"text": "补充"}).status_code == 403
