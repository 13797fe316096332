"""Invitations reach people over a real SMTP conversation, with a calendar entry their mail
client understands: a REQUEST with a stable UID, a higher SEQUENCE after a reschedule, and a
CANCEL with the same UID when the interview is called off (R3.2)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import translation
from django.utils.translation import gettext
from icalendar import Calendar

from candor.interviews.services import scheduling
from candor.interviews.tests.factories import BOOKED_ON, SHANGHAI, STARTS_AT, book

pytestmark = pytest.mark.django_db(transaction=True)

SELF_ASSESSMENT_PARTS = ("本期工作表现的描述", "对照绩效标准的完成情况", "自我评价",
                         "下期目标设想", "需要的资源与支持")


def _to(messages, address: str) -> list:
    return [m for m in messages if m["X-Envelope-To"] == address]


def _calendar_part(message):
    parts = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert len(parts) == 1, "one text/calendar alternative"
    return parts[0]


def _event(message) -> tuple[str, dict]:
    part = _calendar_part(message)
    calendar = Calendar.from_ical(part.get_content())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    return part.get_param("method"), {"calendar": calendar, "event": events[0]}


def _body(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def test_it_sends_the_employee_an_invitation_with_a_calendar_request(personas, smtp_server):
    interview = book(personas)
    mails = _to(smtp_server, "employee@example.com")
    assert len(mails) == 1
    method, parsed = _event(mails[0])
    event = parsed["event"]
    assert method == "REQUEST" and str(parsed["calendar"]["METHOD"]) == "REQUEST"
    assert str(event["UID"]) == f"{interview.uid}@candor"
    assert event["SEQUENCE"] == 0
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert event.decoded("DTSTART") == STARTS_AT
    assert event.decoded("DTEND") == STARTS_AT + dt.timedelta(minutes=60)
    body = _body(mails[0])
    for part in SELF_ASSESSMENT_PARTS:
        assert part in body
    assert f"/interviews/{interview.pk}/self-assessment/" in body


def test_the_manager_and_the_host_receive_the_same_entry(personas, smtp_server):
    interview = book(personas)
    for address in ("manager@example.com", "hr@example.com"):
        mails = _to(smtp_server, address)
        assert len(mails) == 1, address
        method, parsed = _event(mails[0])
        assert method == "REQUEST"
        assert str(parsed["event"]["UID"]) == f"{interview.uid}@candor"
    assert len(smtp_server) == 3


def test_a_reschedule_sends_a_higher_sequence_with_the_same_uid(personas, smtp_server):
    interview = book(personas)
    later = dt.datetime(2026, 10, 20, 14, 0, tzinfo=SHANGHAI)
    scheduling.reschedule_interview(actor=personas.manager.user, interview=interview,
                                    starts_at=later, duration_minutes=60,
                                    room=interview.room, now=BOOKED_ON)
    updates = _to(smtp_server, "employee@example.com")
    assert len(updates) == 2
    method, parsed = _event(updates[-1])
    event = parsed["event"]
    assert method == "REQUEST"
    assert str(event["UID"]) == f"{interview.uid}@candor"
    assert event["SEQUENCE"] == 1
    assert event.decoded("DTSTART") == later
    assert "2026-10-20" in str(updates[-1]["Subject"])


def test_a_cancel_sends_method_cancel_with_the_same_uid(personas, smtp_server):
    interview = book(personas)
    scheduling.cancel_interview(actor=personas.manager.user, interview=interview,
                                reason="员工出差")
    cancels = [m for m in smtp_server if _calendar_part(m).get_param("method") == "CANCEL"]
    assert {m["X-Envelope-To"] for m in cancels} == {"employee@example.com",
                                                     "manager@example.com", "hr@example.com"}
    _method, parsed = _event(cancels[0])
    event = parsed["event"]
    assert str(parsed["calendar"]["METHOD"]) == "CANCEL"
    assert str(event["UID"]) == f"{interview.uid}@candor"
    assert event["SEQUENCE"] == 1
    assert str(event["STATUS"]) == "CANCELLED"
    assert "员工出差" in _body(cancels[0])


def test_each_recipient_reads_the_invitation_in_their_language(personas, smtp_server):
    user = personas.employee.user
    user.language = "en"
    user.save(update_fields=["language"])
    interview = book(personas)
    with translation.override("en"):
        # Until the English catalogue has this message, gettext answers the Chinese source.
        english_prefix = gettext("绩效面谈邀请：%(when)s").split("%(when)s")[0]
    employee_mail = _to(smtp_server, "employee@example.com")[0]
    manager_mail = _to(smtp_server, "manager@example.com")[0]
    assert str(employee_mail["Subject"]).strip().startswith(english_prefix)
    assert str(manager_mail["Subject"]).strip().startswith("绩效面谈：张伟")
    # The calendar entry is the same event whatever the language.
    assert str(_event(employee_mail)[1]["event"]["UID"]) == f"{interview.uid}@candor"
