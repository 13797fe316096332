"""After a signature (R3.7): the employee's own signature closes their comments and their
correction requests, the page says who has signed and who is awaited, and a signature that
a later change voids is never lost silently — the signer is told and asked to sign again."""

from __future__ import annotations

import pytest
from django.urls import reverse

from candor.core.errors import InvalidTransition
from candor.core.testing import PERSONA_PASSWORD
from candor.interviews.models import RecordStatus, Signature, SignerRole
from candor.interviews.services import record as record_services
from candor.interviews.services import sealing
from candor.interviews.tests.factories import submitted
from candor.notifications.models import Notification

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def _comment(personas, record, text="同意记录内容。"):
    current = record.sections.filter(key="employee_comments").first()
    record_services.save_section(actor=personas.employee.user, record=record,
                                 key="employee_comments", data={"text": text},
                                 version=current.version if current else 0)


def _sign(person, record):
    sealing.sign_record(actor=person.user, record=record, password=PERSONA_PASSWORD)


def _record_page(client, record) -> str:
    response = client.get(reverse("interviews:record", args=[record.interview_id]))
    assert response.status_code == 200
    return response.content.decode()


def _voided_notices(person):
    return Notification.objects.filter(recipient=person.user, kind="record.signature_voided")


def test_after_signing_the_employee_can_no_longer_change_the_comments(personas, client_for):
    record = submitted(personas)
    _comment(personas, record)
    _sign(personas.employee, record)
    with pytest.raises(InvalidTransition, match="您已签字确认，不能再修改员工意见。"):
        _comment(personas, record, "再补充一句")
    url = reverse("interviews:section", args=[record.interview_id, "employee_comments"])
    client = client_for("employee")
    response = client.post(url, {"version": "1", "text": "再补充一句"}, **HTMX)
    assert "您已签字确认，不能再修改员工意见。" in response.content.decode()
    assert record_services.contents(record)["employee_comments"] == {"text": "同意记录内容。"}
    assert record.signatures.filter(role=SignerRole.EMPLOYEE).exists()
    editor = client.get(url).content.decode()
    assert "同意记录内容。" in editor and "<form" not in editor


def test_after_signing_the_employee_can_no_longer_ask_for_corrections(personas, client_for):
    record = submitted(personas)
    _comment(personas, record)
    _sign(personas.employee, record)
    with pytest.raises(InvalidTransition, match="您已签字确认，不能再要求更正"):
        record_services.request_correction(actor=personas.employee.user, record=record,
                                           section="strengths", text="漏了一个项目")
    client_for("employee").post(reverse("interviews:correction_new",
                                        args=[record.interview_id]),
                                {"section": "strengths", "text": "漏了一个项目"})
    record.refresh_from_db()
    assert record.status == RecordStatus.WITH_EMPLOYEE and not record.corrections.exists()


def test_the_page_after_the_employees_signature_is_read_only_and_says_who_is_awaited(
        personas, client_for):
    record = submitted(personas)
    _comment(personas, record)
    _sign(personas.employee, record)
    page = _record_page(client_for("employee"), record)
    assert "员工已签字，待直属上级签字" in page
    assert 'data-testid="employee-signed"' in page
    assert "填写员工意见后签字确认" not in page
    assert 'data-testid="correction-form"' not in page and 'data-testid="sign-form"' not in page
    assert 'name="text"' not in page and "同意记录内容。" in page
    manager = _record_page(client_for("manager"), record)
    assert "员工已签字，待直属上级签字" in manager and 'data-testid="sign-form"' in manager


def test_a_manager_who_signed_first_is_shown_waiting_for_the_employee(personas, client_for):
    record = submitted(personas)
    _sign(personas.manager, record)
    page = _record_page(client_for("employee"), record)
    assert "直属上级已签字，待员工签字" in page
    # The employee has not signed: comments, corrections and signing stay open to them.
    assert 'name="text"' in page and 'data-testid="correction-form"' in page
    assert 'data-testid="sign-form"' in page


def test_a_signature_voided_by_the_employees_comments_is_told_to_the_manager(personas,
                                                                             client_for):
    record = submitted(personas)
    _sign(personas.manager, record)
    _comment(personas, record, "基本同意。")
    _comment(personas, record, "基本同意，测试环境问题希望尽快解决。")  # autosave again
    assert not record.signatures.exists()
    [notice] = _voided_notices(personas.manager)
    assert "员工意见" in notice.body and "张伟" in notice.body and "已作废" in notice.body
    assert notice.url == reverse("interviews:record", args=[record.interview_id])
    assert not _voided_notices(personas.employee).exists()
    page = _record_page(client_for("manager"), record)
    assert 'data-testid="resign"' in page and "直属上级的签字已因记录修改作废，需重新签字" in page
    _sign(personas.manager, record)
    assert 'data-testid="resign"' not in _record_page(client_for("manager"), record)


def test_a_correction_request_voids_the_managers_signature_in_its_own_notice(personas):
    record = submitted(personas)
    _sign(personas.manager, record)
    record_services.request_correction(actor=personas.employee.user, record=record,
                                       section="measures", text="期限记错了")
    assert not record.signatures.exists()
    correction = Notification.objects.get(recipient=personas.manager.user,
                                          kind="record.correction_requested")
    assert "您此前的签字已作废" in correction.body
    assert not _voided_notices(personas.manager).exists()  # one notice, not two
    record.refresh_from_db()
    assert record.status == RecordStatus.CORRECTIONS


def test_the_host_changing_content_under_the_managers_signature_tells_him(personas,
                                                                         client_for):
    record = submitted(personas)
    record_services.request_correction(actor=personas.employee.user, record=record,
                                       section="measures", text="期限记错了")
    # A manager's signature present while the record is open again (however it got there):
    # the host's change must not drop it silently.
    Signature.objects.create(record=record, role=SignerRole.MANAGER,
                             signer=personas.manager.user, signer_name="王强",
                             signed_at=record.submitted_at,
                             content_hash=sealing.compute_hash(record))
    record_services.save_section(actor=personas.hr.user, record=record, key="goal_review",
                                 data={"comment": "主导人补充。"},
                                 version=record.sections.get(key="goal_review").version)
    assert not record.signatures.exists()
    [notice] = _voided_notices(personas.manager)
    assert "刘洋" in notice.body and "“目标回顾”" in notice.body
    page = _record_page(client_for("manager"), record)
    assert 'data-testid="resign"' in page and "记录重新提交后请再次签字" in page


def test_sealing_never_joins_signatures_over_different_content(personas):
    record = submitted(personas)
    _comment(personas, record)
    Signature.objects.create(record=record, role=SignerRole.MANAGER,
                             signer=personas.manager.user, signer_name="王强",
                             signed_at=record.submitted_at, content_hash="0" * 64)
    _sign(personas.employee, record)
    record.refresh_from_db()
    assert record.status == RecordStatus.WITH_EMPLOYEE
    assert list(record.signatures.values_list("role", flat=True)) == [SignerRole.EMPLOYEE]
    assert _voided_notices(personas.manager).exists()


def test_a_wrong_password_is_said_at_the_password_field(personas, client_for):
    record = submitted(personas)
    response = client_for("manager").post(
        reverse("interviews:record_sign", args=[record.interview_id]),
        {"password": "not-my-password"})
    page = response.content.decode()
    form = page[page.index('data-testid="sign-form"'):]
    form = form[:form.index("</form>")]
    assert "密码不正确，未签字。" in form and "is-invalid" in form and "autofocus" in form
    assert page.count("密码不正确，未签字。") == 1  # not repeated at the top of the page
    assert 'id="sign"' in page


def test_the_sign_form_returns_to_itself(personas, client_for):
    record = submitted(personas)
    page = _record_page(client_for("manager"), record)
    assert reverse("interviews:record_sign", args=[record.interview_id]) + "#sign" in page
