"""Grade scales: the company default, each period's own copy, and editing their bands."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from candor.core.audit import audit
from candor.core.errors import ConcurrentEdit, DomainError
from candor.periods import scoring
from candor.periods.models import GradeBand, GradeScale, Period, PeriodStatus
from candor.periods.setup.services.messages import band_message

BAND_FIELDS = ("label", "multiplier", "lower", "lower_inclusive", "upper", "upper_inclusive")


def _band_rows(bands: Sequence[scoring.Band]) -> list[dict[str, Any]]:
    return [{"label": b.label, "multiplier": b.multiplier, "lower": b.lower,
             "lower_inclusive": b.lower_inclusive, "upper": b.upper,
             "upper_inclusive": b.upper_inclusive} for b in bands]


def _write_bands(scale: GradeScale, rows: Sequence[dict[str, Any]]) -> None:
    GradeBand.objects.bulk_create(
        GradeBand(scale=scale, order=i, **{k: row[k] for k in BAND_FIELDS})
        for i, row in enumerate(rows)
    )


@transaction.atomic
def company_grade_scale(*, actor: Any = None) -> GradeScale:
    """The company default scale, created with the documented default bands when missing."""
    scale = GradeScale.objects.filter(is_company_default=True).order_by("pk").first()
    if scale is None:
        scale = GradeScale.objects.create(name=_("公司默认等级标准"), is_company_default=True)
        _write_bands(scale, _band_rows(scoring.DEFAULT_BANDS))
        audit(actor=actor, event="grade_scale.created", target=scale,
              data={"bands": [b.label for b in scoring.DEFAULT_BANDS]})
    return scale


def copy_scale(*, source: GradeScale, name: str) -> GradeScale:
    """A period's own copy, so later edits of the company default leave it alone."""
    copy = GradeScale.objects.create(name=name[:80], is_company_default=False)
    _write_bands(copy, [{k: getattr(b, k) for k in BAND_FIELDS} for b in source.bands.all()])
    return copy


def _check(rows: Sequence[dict[str, Any]]) -> None:
    for row in rows:
        label = (row.get("label") or "").strip()
        if not label:
            raise DomainError(_("每个等级都需要名称。"))
        if row.get("multiplier") is None or row["multiplier"] < 0:
            raise DomainError(_("等级“%(name)s”的奖金系数不能为空或小于 0。") % {"name": label})
    bands = [scoring.Band(r["label"].strip(), r["multiplier"], r.get("lower"), r.get("upper"),
                          bool(r.get("lower_inclusive")), bool(r.get("upper_inclusive")))
             for r in rows]
    try:
        scoring.check_bands(bands)
    except scoring.ScoringError as e:
        raise DomainError(band_message(e)) from e


def _sorted_rows(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Lowest band first, the way the scale reads."""
    return sorted(rows, key=lambda r: (r.get("lower") is not None,
                                       r.get("lower") or Decimal(0)))


@transaction.atomic
def save_bands(*, scale: GradeScale, bands: Sequence[dict[str, Any]], actor: Any,
               expected_version: int | None = None) -> GradeScale:
    """Replace a scale's bands; refused when they leave a gap or overlap anywhere.

    A period's scale is frozen once its results are released: the grades people were told
    must stay explainable.
    """
    scale = GradeScale.objects.select_for_update().get(pk=scale.pk)
    if expected_version is not None and scale.version != expected_version:
        raise ConcurrentEdit(_("等级标准已被他人修改，请刷新页面后重新编辑。"))
    if Period.objects.filter(grade_scale=scale, status__in=[
            PeriodStatus.RELEASED, PeriodStatus.CLOSED]).exists():
        raise DomainError(_("结果已发布的周期不能再修改等级标准。"))
    rows = _sorted_rows([{k: row.get(k) for k in BAND_FIELDS} for row in bands])
    for row in rows:
        row["label"] = (row["label"] or "").strip()
        row["lower_inclusive"] = bool(row["lower_inclusive"])
        row["upper_inclusive"] = bool(row["upper_inclusive"])
    _check(rows)
    before = [b.as_band() for b in scale.bands.all()]
    scale.bands.all().delete()
    _write_bands(scale, rows)
    scale.version += 1
    scale.save(update_fields=["version", "updated_at"])
    audit(actor=actor, event="grade_scale.bands_saved", target=scale, data={
        "before": [_describe(b) for b in before],
        "after": [_describe(scoring.Band(r["label"], r["multiplier"], r["lower"], r["upper"],
                                         r["lower_inclusive"], r["upper_inclusive"]))
                  for r in rows],
    })
    return scale


def _describe(band: scoring.Band) -> str:
    low = "" if band.lower is None else f"{'[' if band.lower_inclusive else '('}{band.lower}"
    high = "" if band.upper is None else f"{band.upper}{']' if band.upper_inclusive else ')'}"
    return f"{band.label} {low}…{high} ×{band.multiplier}"
