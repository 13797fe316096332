"""Typing in actual values and the manager line's ratings, one goal or item at a time.

Each write checks the version the editor loaded, so two people editing the same goal do
not silently overwrite each other, and takes back the sheet's score if it had one.
Access (who may rate whom) is decided by the caller through `candor.access`.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from candor.core.audit import audit
from candor.core.errors import ConcurrentEdit, DomainError
from candor.periods.models import (
    AbilityItem,
    AbilityRating,
    Assessment,
    Goal,
    GoalSheet,
    Period,
    PeriodStatus,
    Rule,
)
from candor.periods.results import awaiting
from candor.periods.results.problems import plain
from candor.periods.results.services import withdraw_scores

ENTRY_STATUSES = (PeriodStatus.IN_PROGRESS, PeriodStatus.SCORING)
ABILITY_GRADES = ("A", "B", "C", "D")
MAX_ACTUAL = Decimal(10) ** 10


def ensure_entry_open(period: Period) -> None:
    """Actuals and ratings are entered while the period runs or is being scored."""
    if period.status not in ENTRY_STATUSES:
        raise DomainError(_("周期“%(period)s”当前为“%(status)s”状态，不能录入实际值或评分。")
                          % {"period": period.name, "status": period.get_status_display()})


def check_actual(value: Decimal) -> Decimal:
    """The stored precision (4 decimals); refuse what the column cannot hold."""
    if not value.is_finite() or abs(value) >= MAX_ACTUAL:
        raise DomainError(_("实际值超出允许范围。"))
    return value.quantize(Decimal("0.0001"))


def _lock_goal(goal: Goal, expected_version: int | None) -> Goal:
    current = Goal.objects.select_for_update().select_related("sheet__period").get(pk=goal.pk)
    if expected_version is not None and current.version != expected_version:
        raise ConcurrentEdit(_("指标“%(goal)s”已被他人修改，请刷新后重试。")
                             % {"goal": current.name})
    ensure_entry_open(current.sheet.period)
    return current


def _save_goal(goal: Goal, fields: list[str]) -> Goal:
    goal.version = F("version") + 1
    goal.save(update_fields=[*fields, "version", "updated_at"])
    goal.refresh_from_db()
    withdraw_scores([goal.sheet_id])
    return goal


@transaction.atomic
def set_actual(*, goal: Goal, actual: Decimal | None, actor,
               expected_version: int | None = None) -> Goal:
    """HR records the actual value of a linear goal (None clears it)."""
    goal = _lock_goal(goal, expected_version)
    if goal.rule != Rule.LINEAR:
        raise DomainError(_("指标“%(goal)s”按“%(rule)s”计分，不需要实际值。")
                          % {"goal": goal.name, "rule": goal.get_rule_display()})
    if actual is not None:
        actual = check_actual(actual)
    if goal.actual == actual:
        return goal
    old = goal.actual
    goal.actual = actual
    goal = _save_goal(goal, ["actual"])
    audit(actor=actor, event="goal.actual_set", target=goal,
          data={"old": plain(old), "new": plain(actual)})
    return goal


@transaction.atomic
def rate_goal(*, goal: Goal, actor, manager_points: Decimal | None = None, rating: str = "",
              expected_version: int | None = None) -> Goal:
    """The manager line awards 0..weight points, or a grade from the goal's rating scale."""
    goal = _lock_goal(goal, expected_version)
    if goal.rule == Rule.MANAGER:
        if manager_points is None:
            raise DomainError(_("请填写“%(goal)s”的评分。") % {"goal": goal.name})
        if not Decimal(0) <= manager_points <= goal.weight:
            raise DomainError(_("“%(goal)s”的评分应在 0 到 %(weight)s 分之间。")
                              % {"goal": goal.name, "weight": plain(goal.weight)})
        old, new, fields = plain(goal.manager_points), plain(manager_points), ["manager_points"]
        goal.manager_points = manager_points.quantize(Decimal("0.01"))
    elif goal.rule == Rule.RATING:
        scale = sorted(goal.rating_scale or {})
        if rating not in scale:
            raise DomainError(_("“%(goal)s”的等级应为 %(grades)s 之一。")
                              % {"goal": goal.name, "grades": "/".join(scale)})
        old, new, fields = goal.rating, rating, ["rating"]
        goal.rating = rating
    else:
        raise DomainError(_("指标“%(goal)s”按实际值计分，不由上级评分。") % {"goal": goal.name})
    if old == new:
        return goal
    goal = _save_goal(goal, fields)
    awaiting.refresh_sheets([goal.sheet_id])
    audit(actor=actor, event="goal.rated", target=goal, data={"old": old, "new": new})
    return goal


@transaction.atomic
def rate_ability(*, sheet: GoalSheet, item: AbilityItem, rating: str, assessment: str,
                 case: str, actor, expected_version: int | None = None) -> AbilityRating:
    """Rate one ability or attitude item; a strength or weakness needs a concrete case."""
    sheet = GoalSheet.objects.select_related("period").get(pk=sheet.pk)
    ensure_entry_open(sheet.period)
    if not item.is_active:
        raise DomainError(_("“%(item)s”已停用，不能评价。") % {"item": item.name})
    if rating not in ABILITY_GRADES:
        raise DomainError(_("“%(item)s”的等级应为 A/B/C/D 之一。") % {"item": item.name})
    if assessment not in Assessment.values:
        raise DomainError(_("“%(item)s”的评价无效。") % {"item": item.name})
    case = case.strip()
    if assessment != Assessment.MEETS and not case:
        raise DomainError(_("“%(item)s”评为“%(assessment)s”，请写明具体事例。")
                          % {"item": item.name, "assessment": Assessment(assessment).label})
    current = (AbilityRating.objects.select_for_update()
               .filter(sheet=sheet, item=item).first())
    if current is None:
        current = AbilityRating.objects.create(sheet=sheet, item=item, rating=rating,
                                               assessment=assessment, case=case, rated_by=actor)
        awaiting.refresh_sheets([sheet.pk])
        audit(actor=actor, event="ability.rated", target=current,
              data={"item": item.name, "rating": rating, "assessment": assessment})
        return current
    if expected_version is not None and current.version != expected_version:
        raise ConcurrentEdit(_("“%(item)s”的评价已被他人修改，请刷新后重试。")
                             % {"item": item.name})
    if (current.rating, current.assessment, current.case) == (rating, assessment, case):
        return current
    current.rating, current.assessment, current.case = rating, assessment, case
    current.rated_by = actor
    current.version = F("version") + 1
    current.save(update_fields=["rating", "assessment", "case", "rated_by", "version",
                                "updated_at"])
    current.refresh_from_db()
    audit(actor=actor, event="ability.rated", target=current,
          data={"item": item.name, "rating": rating, "assessment": assessment})
    return current
