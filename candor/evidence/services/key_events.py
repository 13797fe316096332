"""关键事件: recorded by the manager line or HR, private until cited in an interview record."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from candor import access
from candor.core.audit import audit
from candor.core.errors import ConcurrentEdit, DomainError
from candor.evidence.models import KeyEvent, Polarity
from candor.evidence.services.common import (
    is_locked,
    require_detail,
    require_past,
    require_recorder,
    resolve_period,
)
from candor.org.models import Employee
from candor.periods.models import Period


def _clean(*, employee: Employee, date: dt.date, polarity: str, facts: str, impact: str,
           period: Period | None) -> dict:
    if polarity not in Polarity.values:
        raise DomainError(_("请选择事件性质：正面或负面。"))
    return {
        "date": require_past(date),
        "polarity": polarity,
        "facts": require_detail(facts, label=_("事实经过")),
        "impact": require_detail(impact, label=_("影响")),
        "period": resolve_period(employee, date, period),
    }


@transaction.atomic
def record_key_event(*, employee: Employee, actor, date: dt.date, polarity: str, facts: str,
                     impact: str, period: Period | None = None) -> KeyEvent:
    """Log a dated positive or negative event with what happened and what it changed."""
    require_recorder(actor, employee)
    values = _clean(employee=employee, date=date, polarity=polarity, facts=facts,
                    impact=impact, period=period)
    event = KeyEvent.objects.create(employee=employee, author=actor, **values)
    audit(actor=actor, event="key_event.recorded", target=event,
          data={"employee": employee.pk, "date": date.isoformat(), "polarity": polarity,
                "period": event.period_id})
    return event


def _require_open(event: KeyEvent) -> None:
    if event.cited_at is not None:
        raise DomainError(_("该关键事件已在面谈记录中引用，不能再修改或删除。"))
    if is_locked(event.period):
        raise DomainError(_("绩效周期“%(period)s”已发布结果，该关键事件不能再修改或删除。")
                          % {"period": event.period.name})


@transaction.atomic
def update_key_event(*, event: KeyEvent, actor, date: dt.date, polarity: str, facts: str,
                     impact: str, period: Period | None = None,
                     expected_version: int | None = None) -> KeyEvent:
    """Only the author edits, and only until the event is cited or the period released."""
    current = (KeyEvent.objects.select_for_update(of=("self",))
               .select_related("employee", "period").get(pk=event.pk))
    if current.author_id != getattr(actor, "pk", None):
        raise DomainError(_("只有记录人本人可以修改该关键事件。"), code="forbidden")
    if expected_version is not None and current.version != expected_version:
        raise ConcurrentEdit(_("该记录已被他人修改，请刷新页面后重新编辑。"))
    _require_open(current)
    values = _clean(employee=current.employee, date=date, polarity=polarity, facts=facts,
                    impact=impact, period=period)
    changes = {name: [str(getattr(current, name)), str(value)] for name, value in values.items()
               if getattr(current, name) != value}
    if not changes:
        return current
    for name, value in values.items():
        setattr(current, name, value)
    current.version = F("version") + 1
    current.save()
    current.refresh_from_db()
    audit(actor=actor, event="key_event.updated", target=current,
          data={"changes": {k: v for k, v in changes.items() if k not in {"facts", "impact"}},
                "fields": sorted(changes)})
    return current


@transaction.atomic
def delete_key_event(*, event: KeyEvent, actor) -> None:
    """The author (or HR) may withdraw an event until it is cited in a record."""
    current = (KeyEvent.objects.select_for_update(of=("self",))
               .select_related("employee", "period").get(pk=event.pk))
    if current.author_id != getattr(actor, "pk", None) and \
            not access.scope_for(actor).sees_everyone:
        raise DomainError(_("只有记录人本人或绩效专员可以删除该关键事件。"), code="forbidden")
    _require_open(current)
    audit(actor=actor, event="key_event.deleted", target=current,
          data={"employee": current.employee_id, "date": current.date.isoformat(),
                "polarity": current.polarity})
    current.delete()


@transaction.atomic
def cite_key_event(*, event: KeyEvent, actor) -> KeyEvent:
    """Mark the event as cited in an interview record; from then on the employee sees it.

    Called by the interview record when it quotes the event; citing twice keeps the first
    time.
    """
    current = KeyEvent.objects.select_for_update().get(pk=event.pk)
    if current.cited_at is not None:
        return current
    current.cited_at = timezone.now()
    current.version = F("version") + 1
    current.save(update_fields=["cited_at", "version", "updated_at"])
    current.refresh_from_db()
    audit(actor=actor, event="key_event.cited", target=current,
          data={"employee": current.employee_id})
    return current
