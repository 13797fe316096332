"""Checks shared by the evidence services."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from candor import access
from candor.core.errors import DomainError
from candor.evidence import selectors
from candor.org.models import Employee
from candor.periods.models import Period

MIN_DETAIL_CHARS = 10


def require_recorder(actor, employee: Employee) -> None:
    if not access.can_record_evidence(actor, employee):
        raise DomainError(_("您无权为%(name)s记录绩效依据。") % {"name": employee.name},
                          code="forbidden")


def require_detail(value: str, *, label: str) -> str:
    """Facts and impact must be concrete: a few words like “表现不错” are refused."""
    text = (value or "").strip()
    if len(text) < MIN_DETAIL_CHARS:
        raise DomainError(
            ngettext("“%(field)s”请写明具体情况（至少 %(min)s 个字，目前 %(count)s 个字）。",
                     "“%(field)s”请写明具体情况（至少 %(min)s 个字，目前 %(count)s 个字）。",
                     len(text))
            % {"field": label, "min": MIN_DETAIL_CHARS, "count": len(text)})
    return text


def require_past(date: dt.date) -> dt.date:
    if date > timezone.localdate():
        raise DomainError(_("日期 %(date)s 晚于今天，只能记录已经发生的事。")
                          % {"date": date.isoformat()})
    return date


def is_locked(period: Period | None) -> bool:
    """Evidence under a period is frozen once its results are released."""
    return period is not None and period.status in selectors.LOCKED_STATUSES


def resolve_period(employee: Employee, date: dt.date, period: Period | None) -> Period | None:
    """The chosen period, checked; else the period covering the date, if any."""
    if period is None:
        period = selectors.covering_period(employee, date)
        if period is None:
            return None
    elif not selectors.periods_for(employee).filter(pk=period.pk).exists():
        raise DomainError(_("绩效周期“%(period)s”不包括%(name)s。")
                          % {"period": period.name, "name": employee.name})
    if not period.start_date <= date <= period.end_date:
        raise DomainError(_("日期 %(date)s 不在绩效周期“%(period)s”（%(start)s 至 %(end)s）内。")
                          % {"date": date.isoformat(), "period": period.name,
                             "start": period.start_date.isoformat(),
                             "end": period.end_date.isoformat()})
    if is_locked(period):
        raise DomainError(_("绩效周期“%(period)s”已发布结果，不能再添加或修改记录。")
                          % {"period": period.name})
    return period
