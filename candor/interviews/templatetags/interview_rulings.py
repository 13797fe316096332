"""`{% committee_ruling sheet as ruling %}`: the performance committee's adjustment of a
result, for the pages that show the result (the goal sheet, the score explanation).

A ruling changes the stored total, grade and multiplier without changing the goals, so
without this note the sheet shows a total its own lines do not add up to.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import template

from candor import access
from candor.interviews.models import Appeal, AppealStatus, Ruling

register = template.Library()


@dataclass(frozen=True)
class CommitteeRuling:
    appeal: Appeal
    link: str  # the appeal's page, empty when this reader may not open it
    current: bool  # the sheet still carries the ruled total (not scored again since)


@register.simple_tag(takes_context=True)
def committee_ruling(context, sheet) -> CommitteeRuling | None:
    """The latest ruling that adjusted this sheet's result, or None."""
    if sheet is None or getattr(sheet, "pk", None) is None:
        return None
    appeal = (Appeal.objects.filter(sheet=sheet, status=AppealStatus.RULED,
                                    ruling=Ruling.ADJUSTED)
              .order_by("-ruled_at", "-pk").first())
    if appeal is None:
        return None
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    visible = user is not None and access.visible_appeals(user).filter(pk=appeal.pk).exists()
    return CommitteeRuling(appeal=appeal, link=appeal.get_absolute_url() if visible else "",
                           current=sheet.total == appeal.new_total)
