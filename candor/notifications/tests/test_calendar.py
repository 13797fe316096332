"""Calendar invitations: what a calendar client reads back from the ics."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from candor.notifications.calendar import build_event
from candor.notifications.tests.factories import START, invitation


def _event(ics: bytes):
    calendar = Calendar.from_ical(ics)
    return calendar, calendar.walk("VEVENT")[0]


def test_it_builds_a_request_in_shanghai_time_that_parses_back():
    calendar, event = _event(invitation(sequence=3))
    assert calendar["METHOD"] == "REQUEST"
    assert calendar["PRODID"] == "-//Candor//Performance interviews//ZH"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    assert event["UID"] == "interview-7@candor" and event["SEQUENCE"] == 3
    assert event["STATUS"] == "CONFIRMED"
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert event.decoded("DTSTART") == START
    assert event.decoded("DTEND") - event.decoded("DTSTART") == dt.timedelta(hours=1)
    assert event["SUMMARY"] == "绩效面谈：张伟" and event["LOCATION"] == "3 号会议室"
    assert "DTSTAMP" in event


def test_it_addresses_the_organizer_and_attendees_by_mailto():
    _calendar, event = _event(invitation())
    assert event["ORGANIZER"] == "mailto:manager@example.com"
    assert event["ORGANIZER"].params["CN"] == "王强"
    attendees = event["ATTENDEE"]
    attendees = attendees if isinstance(attendees, list) else [attendees]
    # The attendee without an e-mail address cannot be invited by a calendar.
    assert [str(a) for a in attendees] == ["mailto:employee@example.com"]
    assert attendees[0].params["ROLE"] == "REQ-PARTICIPANT"
    assert attendees[0].params["RSVP"] == "TRUE" and attendees[0].params["CN"] == "张伟"


def test_it_converts_other_time_zones_to_shanghai():
    utc_start = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)
    _calendar, event = _event(invitation(start=utc_start))
    assert event["DTSTART"].to_ical() == b"20260302T100000"
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"


def test_it_builds_a_cancellation_of_the_same_event():
    calendar, event = _event(invitation(method="CANCEL", sequence=4))
    assert calendar["METHOD"] == "CANCEL"
    assert event["STATUS"] == "CANCELLED"
    assert event["UID"] == "interview-7@candor" and event["SEQUENCE"] == 4


def test_it_refuses_naive_times_and_unknown_methods():
    with pytest.raises(ValueError):
        invitation(start=dt.datetime(2026, 3, 2, 10, 0))
    with pytest.raises(ValueError):
        build_event(uid="x", sequence=0, method="PUBLISH", start=START, end=START,
                    summary="x")
