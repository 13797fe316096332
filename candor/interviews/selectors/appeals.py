"""Reads behind the appeal pages and the API: the list a user may see, the grade a total
would get under the period's scale (the committee sees it before ruling), and why an
employee cannot appeal right now."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from candor import access
from candor.interviews.models import Appeal, AppealItemKind, AppealStatus, Record, RecordStatus
from candor.interviews.services.appeals import appeal_deadline, can_appeal
from candor.periods import scoring
from candor.periods.models import GradeBand, Period


def visible_appeals(user, *, status: str = "") -> QuerySet[Appeal]:
    """The appeals `user` may see, with what the list prints, newest first."""
    appeals = access.visible_appeals(user).select_related(
        "employee__department", "sheet__period", "ruled_by__employee")
    if status in AppealStatus.values:
        appeals = appeals.filter(status=status)
    return appeals.order_by("-created_at", "-pk")


def item_rows(appeal: Appeal) -> list[dict]:
    """The disputed items with their labels, in the order the employee named them."""
    rows = []
    for item in appeal.items or []:
        kind = item.get("kind", "")
        label = AppealItemKind(kind).label if kind in AppealItemKind.values else kind
        rows.append({"kind": kind, "label": str(label), "reason": item.get("reason", "")})
    return rows


def grade_bands(period: Period) -> list[scoring.Band]:
    return [b.as_band() for b in GradeBand.objects.filter(scale_id=period.grade_scale_id)]


@dataclass(frozen=True)
class Preview:
    """What an adjusted total would bring: the band, or why there is none."""

    total: Decimal | None
    band: scoring.Band | None
    problem: str = ""


def preview(bands: list[scoring.Band], raw) -> Preview | None:
    """None when nothing was typed; otherwise the band for the total, as rule_appeal finds it."""
    text = str(raw if raw is not None else "").strip()
    if not text:
        return None
    try:
        total = Decimal(text).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return Preview(None, None, _("请填写调整后的总分。"))
    if not total.is_finite() or total < 0 or total > 1000:
        return Preview(total, None, _("调整后的总分应在 0–1000 之间。"))
    try:
        band = scoring.grade_for(total, bands)
    except scoring.ScoringError:
        return Preview(total, None, _("总分 %(total)s 不在等级标准的任何一档内。")
                       % {"total": total})
    return Preview(total, band)


def open_appeal(record: Record) -> Appeal | None:
    return record.appeals.filter(status=AppealStatus.REFERRED).first()


def refusal(record: Record) -> str:
    """Why the employee cannot appeal now ("" when they can); the same words the service
    uses when it refuses, so the page says it before the employee types anything."""
    if record.interview.sheet_id is None:
        return _("该面谈没有关联绩效结果，无需申诉。")
    if not can_appeal(record):
        if record.status == RecordStatus.SEALED:
            return _("申诉期限已于 %(date)s 结束。") % {
                "date": appeal_deadline(record).isoformat()}
        return _("记录提交给您确认后才能提出申诉。")
    if open_appeal(record) is not None:
        return _("已有一项申诉在等待委员会裁决。")
    return ""
