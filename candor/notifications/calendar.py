"""iCalendar invitations (RFC 5545 / iTIP RFC 5546) that Outlook, Google and Apple accept.

A calendar client matches updates to the event it already holds by UID and keeps the one with
the highest SEQUENCE, so callers pass a UID that never changes for the interview and raise
the sequence on every reschedule and on cancellation.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable

from django.utils import timezone
from icalendar import Calendar, Event, Timezone, vCalAddress, vText

PRODID = "-//Candor//Performance interviews//ZH"
TZID = "Asia/Shanghai"
METHODS = {"REQUEST": "CONFIRMED", "CANCEL": "CANCELLED"}


def _address(name: str, email: str, **params: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    if name:
        address.params["CN"] = vText(name)
    for key, value in params.items():
        address.params[key.replace("_", "-").upper()] = vText(value)
    return address


def build_event(
    *,
    uid: str,
    sequence: int,
    method: str,
    start: dt.datetime,
    end: dt.datetime,
    summary: str,
    description: str = "",
    location: str = "",
    organizer: tuple[str, str] | None = None,
    attendees: Iterable[tuple[str, str]] = (),
    status: str | None = None,
) -> bytes:
    """One VEVENT in a VCALENDAR carrying `method`, with local Asia/Shanghai times and the
    VTIMEZONE that defines them (clients without the zone database would otherwise guess).

    `organizer` and `attendees` are (name, email) pairs; attendees without an e-mail address
    are left out because a calendar can only address them by mailto. `status` defaults to
    CONFIRMED for REQUEST and CANCELLED for CANCEL.
    """
    method = method.upper()
    if method not in METHODS:
        raise ValueError(f"unsupported iTIP method {method!r}")
    if timezone.is_naive(start) or timezone.is_naive(end):
        raise ValueError("start and end must be timezone-aware")
    zone = zoneinfo.ZoneInfo(TZID)
    start, end = start.astimezone(zone), end.astimezone(zone)

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("method", method)
    # Only the rules around the event: the full history of the zone adds 1980s DST noise.
    vtimezone = Timezone.from_tzid(TZID, first_date=start.date() - dt.timedelta(days=1),
                                   last_date=end.date() + dt.timedelta(days=1))
    vtimezone.pop("COMMENT", None)  # icalendar's note on that range, not meant for people
    cal.add_component(vtimezone)

    event = Event()
    event.add("uid", uid)
    event.add("sequence", sequence)
    event.add("dtstamp", timezone.now().astimezone(dt.UTC))
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", summary)
    if description:
        event.add("description", description)
    if location:
        event.add("location", location)
    event.add("status", status or METHODS[method])
    event.add("transp", "OPAQUE")
    if organizer is not None and organizer[1]:
        event.add("organizer", _address(*organizer))
    for name, email in attendees:
        if email:
            event.add("attendee", _address(name, email, role="REQ-PARTICIPANT",
                                           partstat="NEEDS-ACTION", rsvp="TRUE"))
    cal.add_component(event)
    return cal.to_ical()
