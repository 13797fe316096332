"""Factories for notification tests."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from candor.notifications.calendar import build_event
from candor.notifications.models import Notification

SHANGHAI = ZoneInfo("Asia/Shanghai")
START = dt.datetime(2026, 3, 2, 10, 0, tzinfo=SHANGHAI)


def make_notification(user, *, title: str = "面谈邀请", url: str = "", read: bool = False,
                      kind: str = "interview.invited") -> Notification:
    from django.utils import timezone

    return Notification.objects.create(recipient=user, kind=kind, title=title,
                                       body="请准时参加。", url=url,
                                       read_at=timezone.now() if read else None)


def invitation(*, method: str = "REQUEST", sequence: int = 0, uid: str = "interview-7@candor",
               start: dt.datetime = START) -> bytes:
    return build_event(
        uid=uid, sequence=sequence, method=method, start=start,
        end=start + dt.timedelta(hours=1), summary="绩效面谈：张伟", description="第一季度绩效面谈",
        location="3 号会议室", organizer=("王强", "manager@example.com"),
        attendees=[("张伟", "employee@example.com"), ("无邮箱", "")],
    )


def calendar_parts(message) -> list:
    return [part for part in message.walk() if part.get_content_type() == "text/calendar"]
