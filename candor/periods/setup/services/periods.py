"""Opening a period and moving it along its status flow, one step at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from candor.core.audit import audit
from candor.core.errors import ConcurrentEdit, DomainError, InvalidTransition
from candor.core.text import join_names
from candor.org.models import Department
from candor.periods.models import PERIOD_FLOW, GoalSheet, Period, PeriodStatus, SheetStatus
from candor.periods.results import awaiting
from candor.periods.setup.services.rules import goals_digest
from candor.periods.setup.services.scales import company_grade_scale, copy_scale

NAMES_SHOWN = 10


def _check_fields(*, name: str, start_date: dt.date, end_date: dt.date,
                  departments: list[Department], deadlines: dict[str, dt.date | None],
                  period: Period | None = None) -> str:
    name = (name or "").strip()
    if not name:
        raise DomainError(_("请填写周期名称。"))
    same_name = Period.objects.filter(name=name)
    if period is not None:
        same_name = same_name.exclude(pk=period.pk)
    if same_name.exists():
        raise DomainError(_("已有名为“%(name)s”的周期。") % {"name": name})
    if end_date <= start_date:
        raise DomainError(_("结束日期必须晚于开始日期。"))
    if not departments:
        raise DomainError(_("请至少选择一个覆盖部门。"))
    labels = {"confirm_due": _("目标确认截止"), "scoring_due": _("评分截止"),
              "release_due": _("结果发布截止")}
    given = [(key, value) for key, value in deadlines.items() if value is not None]
    for (key_a, a), (key_b, b) in zip(given, given[1:], strict=False):
        if b < a:
            raise DomainError(_("“%(later)s”不能早于“%(earlier)s”。")
                              % {"later": labels[key_b], "earlier": labels[key_a]})
    return name


@transaction.atomic
def open_period(*, name: str, kind: str, start_date: dt.date, end_date: dt.date,
                departments: Iterable[Department], actor: Any,
                confirm_due: dt.date | None = None, scoring_due: dt.date | None = None,
                release_due: dt.date | None = None) -> Period:
    """A new period in planning, with its own copy of the company's grade bands."""
    departments = list(departments)
    deadlines = {"confirm_due": confirm_due, "scoring_due": scoring_due,
                 "release_due": release_due}
    name = _check_fields(name=name, start_date=start_date, end_date=end_date,
                         departments=departments, deadlines=deadlines)
    scale = copy_scale(source=company_grade_scale(actor=actor),
                       name=_("%(period)s 等级标准") % {"period": name})
    period = Period.objects.create(name=name, kind=kind, start_date=start_date,
                                   end_date=end_date, grade_scale=scale, created_by=actor,
                                   **deadlines)
    period.departments.set(departments)
    audit(actor=actor, event="period.opened", target=period, data={
        "kind": kind, "start": start_date.isoformat(), "end": end_date.isoformat(),
        "departments": [d.name for d in departments],
    })
    return period


@transaction.atomic
def update_period(*, period: Period, fields: dict[str, Any], actor: Any,
                  expected_version: int | None = None) -> Period:
    """Rename, re-date or change deadlines; the departments covered only while planning."""
    period = Period.objects.select_for_update().get(pk=period.pk)
    if expected_version is not None and period.version != expected_version:
        raise ConcurrentEdit(_("该周期已被他人修改，请刷新页面后重新编辑。"))
    if period.status == PeriodStatus.CLOSED:
        raise DomainError(_("已关闭的周期不能修改。"))
    departments = list(fields.get("departments") or period.departments.all())
    old_departments = sorted(d.name for d in period.departments.all())
    if (sorted(d.name for d in departments) != old_departments
            and period.status != PeriodStatus.PLANNING):
        raise DomainError(_("目标确认后不能再修改覆盖部门。"))
    deadlines = {key: fields.get(key, getattr(period, key))
                 for key in ("confirm_due", "scoring_due", "release_due")}
    values = {"name": fields.get("name", period.name),
              "kind": fields.get("kind", period.kind),
              "start_date": fields.get("start_date", period.start_date),
              "end_date": fields.get("end_date", period.end_date), **deadlines}
    values["name"] = _check_fields(name=values["name"], start_date=values["start_date"],
                                   end_date=values["end_date"], departments=departments,
                                   deadlines=deadlines, period=period)
    changes = {k: [str(getattr(period, k)), str(v)] for k, v in values.items()
               if getattr(period, k) != v}
    for key, value in values.items():
        setattr(period, key, value)
    period.version += 1
    period.save()
    period.departments.set(departments)
    if sorted(d.name for d in departments) != old_departments:
        changes["departments"] = [", ".join(old_departments),
                                  ", ".join(sorted(d.name for d in departments))]
    audit(actor=actor, event="period.updated", target=period, data={"changes": changes})
    return period


def _names(sheets: Iterable[GoalSheet]) -> str:
    return join_names([s.employee.name for s in sheets], NAMES_SHOWN)


def _check_all_confirmed(period: Period) -> None:
    sheets = list(period.sheets.select_related("employee").prefetch_related("goals")
                  .order_by("employee__employee_no"))
    if not sheets:
        raise DomainError(_("该周期还没有考核表，请先从模板分配目标。"))
    unconfirmed = [s for s in sheets if s.status != SheetStatus.CONFIRMED
                   or s.confirmed_digest != goals_digest(s.goals.all())]
    if unconfirmed:
        raise DomainError(_("以下员工尚未确认目标：%(names)s。") % {"names": _names(unconfirmed)})


def next_status(period: Period) -> str | None:
    index = PERIOD_FLOW.index(period.status)
    return PERIOD_FLOW[index + 1] if index + 1 < len(PERIOD_FLOW) else None


@transaction.atomic
def advance_period(*, period: Period, to: str, actor: Any) -> Period:
    """Move to the next status; releasing results is `release_results`' job, not this one's."""
    period = Period.objects.select_for_update().get(pk=period.pk)
    if to not in PERIOD_FLOW:
        raise InvalidTransition(_("未知的周期状态。"))
    if to != next_status(period):
        raise InvalidTransition(
            _("周期只能逐步推进：当前为“%(current)s”，不能直接变为“%(to)s”。")
            % {"current": period.get_status_display(), "to": PeriodStatus(to).label})
    if to == PeriodStatus.RELEASED:
        raise InvalidTransition(_("请在评分结果页面发布结果：发布前会检查每个人都已评分。"))
    if to == PeriodStatus.GOALS_CONFIRMED:
        _check_all_confirmed(period)
    before = period.status
    period.status = to
    period.version += 1
    period.save(update_fields=["status", "version", "updated_at"])
    if to == PeriodStatus.SCORING:  # a safety net: the page counts on the stored answer
        awaiting.refresh_period(period)
    audit(actor=actor, event="period.advanced", target=period, data={"from": before, "to": to})
    return period
