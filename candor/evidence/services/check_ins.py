"""Check-ins (日管理、周汇总): short logged conversations between a manager and a report."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from candor.core.audit import audit
from candor.core.errors import DomainError
from candor.evidence.models import CheckIn, CheckInKind
from candor.evidence.services.common import require_past, require_recorder, resolve_period
from candor.org.models import Employee

MIN_SUMMARY_CHARS = 4


@transaction.atomic
def log_check_in(*, employee: Employee, actor, date: dt.date, kind: str, summary: str,
                 next_steps: str = "") -> CheckIn:
    """Write down a conversation; conversations and weekly ones feed the check-in flags."""
    require_recorder(actor, employee)
    if kind not in CheckInKind.values:
        raise DomainError(_("请选择沟通类型。"))
    summary = (summary or "").strip()
    if len(summary) < MIN_SUMMARY_CHARS:
        raise DomainError(_("请写下沟通内容（至少 %(min)s 个字）。") % {"min": MIN_SUMMARY_CHARS})
    require_past(date)
    check_in = CheckIn.objects.create(
        employee=employee, period=resolve_period(employee, date, None), date=date, kind=kind,
        summary=summary, next_steps=(next_steps or "").strip(), author=actor)
    audit(actor=actor, event="check_in.logged", target=check_in,
          data={"employee": employee.pk, "date": date.isoformat(), "kind": kind})
    return check_in
