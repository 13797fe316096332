"""Writes to HR's working-day table, each audited in its own transaction."""

from __future__ import annotations

from datetime import date as date_type

from django.db import transaction
from django.utils.translation import gettext as _

from candor.core.audit import audit
from candor.core.errors import DomainError
from candor.workdays.models import CalendarDay, DayKind


def _clean(*, kind: str, name: str, note: str) -> tuple[str, str]:
    if kind not in DayKind.values:
        raise DomainError(_("类型必须是“节假日”或“调休上班”。"))
    name, note = (name or "").strip(), (note or "").strip()
    if kind == DayKind.HOLIDAY and not name:
        raise DomainError(_("节假日需要填写名称，例如“国庆节”。"))
    if len(name) > 40:
        raise DomainError(_("名称不能超过 %(max)s 个字。") % {"max": 40})
    if len(note) > 200:
        raise DomainError(_("备注不能超过 %(max)s 个字。") % {"max": 200})
    return name, note


@transaction.atomic
def save_calendar_day(*, date: date_type, kind: str, name: str = "", note: str = "",
                      actor) -> CalendarDay:
    """Create the override for a date, or replace the one already there (one row per date)."""
    name, note = _clean(kind=kind, name=name, note=note)
    day = CalendarDay.objects.select_for_update().filter(date=date).first()
    before = None
    if day is None:
        day = CalendarDay.objects.create(date=date, kind=kind, name=name, note=note)
        event = "workdays.day_created"
    else:
        before = {"kind": day.kind, "name": day.name, "note": day.note}
        day.kind, day.name, day.note = kind, name, note
        day.version += 1
        day.save()
        event = "workdays.day_updated"
    data = {"date": date.isoformat(), "kind": kind, "name": name, "note": note}
    if before is not None:
        data["before"] = before
    audit(actor=actor, event=event, target=day, data=data)
    return day


@transaction.atomic
def delete_calendar_day(*, day: CalendarDay, actor) -> None:
    """Remove an override; the date falls back to chinesecalendar or the weekday rule."""
    audit(actor=actor, event="workdays.day_deleted", target=day,
          data={"date": day.date.isoformat(), "kind": day.kind, "name": day.name})
    day.delete()
