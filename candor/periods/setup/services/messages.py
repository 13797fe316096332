"""Translated messages for the scoring engine's reason codes.

The engine (`candor.periods.scoring`) raises `ScoringError(reason, name)` with stable codes;
these turn them into sentences that name the goal or band and say what to fix. The results
side may import `scoring_message` too, so every reason the engine knows is covered here.
"""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import gettext as _

from candor.periods.scoring import ScoringError


def _goal_messages() -> dict[str, str]:
    return {
        "zero_target": _("指标“%(name)s”：按偏差计分的指标目标值不能为 0，否则无法计算达成率。"),
        "missing_target": _("指标“%(name)s”：按偏差计分的指标必须填写目标值。"),
        "missing_actual": _("指标“%(name)s”：还没有实际值。"),
        "missing_rating": _("指标“%(name)s”：还没有评分或评定等级。"),
        "rating_out_of_range": _("指标“%(name)s”：上级评分必须在 0 到权重之间。"),
        "weight_not_positive": _("指标“%(name)s”：权重必须大于 0。"),
        "unknown_rule": _("指标“%(name)s”：计分规则无效。"),
        "weights_not_100": _("各项指标的权重合计必须等于 100。"),
        "no_single_band": _("总分没有落在唯一的一个等级区间内，请检查等级标准。"),
    }


def _band_messages() -> dict[str, str]:
    return {
        "gap": _("等级“%(name)s”与下一档等级之间有空档：部分分数没有对应的等级。"),
        "overlap": _("等级“%(name)s”与下一档等级重叠：部分分数同时属于两个等级。"),
        "not_open_below": _("最低的等级“%(name)s”不能设下限，否则低分没有对应的等级。"),
        "not_open_above": _("最高的等级“%(name)s”不能设上限，否则高分没有对应的等级。"),
        "empty_band": _("等级“%(name)s”的下限高于上限，不包含任何分数。"),
        "duplicate_label": _("等级名称不能重复。"),
        "no_bands": _("至少需要设置一个等级。"),
    }


def scoring_message(error: ScoringError) -> str:
    """The translated sentence for a goal-level or card-level scoring refusal."""
    template = _goal_messages().get(error.reason)
    if template is None:
        return _("指标“%(name)s”：无法计分（%(reason)s）。") % {
            "name": error.goal_name, "reason": error.reason}
    return template % {"name": error.goal_name} if "%(name)s" in template else template


def weights_message(total: Decimal) -> str:
    return _("各项指标的权重合计为 %(total)s，必须等于 100。") % {"total": _number(total)}


def band_message(error: ScoringError) -> str:
    template = _band_messages().get(error.reason, _("等级“%(name)s”设置有误。"))
    return template % {"name": error.goal_name} if "%(name)s" in template else template


def _number(value: Decimal) -> str:
    """100.0000 → 100, 99.50 → 99.5: how people write weights."""
    return format(value.normalize(), "f")
