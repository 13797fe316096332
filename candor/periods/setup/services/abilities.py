"""The company's ability and attitude items (R2.5), rated on every sheet by the manager line.

Items are never deleted: ratings already given point at them. An item no longer wanted is
deactivated, which takes it off the rating page of sheets that have not rated it yet.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from candor.core.audit import audit
from candor.core.errors import ConcurrentEdit, DomainError
from candor.periods.models import AbilityItem, AbilityKind
from candor.periods.results import awaiting

ITEM_FIELDS = ("kind", "name", "description", "order", "is_active")
NAME_MAX = AbilityItem._meta.get_field("name").max_length


def _check(item: AbilityItem) -> None:
    if not item.name:
        raise DomainError(_("请填写能力态度项的名称。"))
    if len(item.name) > NAME_MAX:
        raise DomainError(_("名称不能超过 %(max)s 个字。") % {"max": NAME_MAX})
    if item.kind not in AbilityKind.values:
        raise DomainError(_("请选择类别：能力或态度。"))
    if AbilityItem.objects.filter(name=item.name).exclude(pk=item.pk).exists():
        raise DomainError(_("已有名为“%(name)s”的能力态度项。") % {"name": item.name})


@transaction.atomic
def save_ability_item(*, item: AbilityItem | None, fields: dict[str, Any], actor: Any,
                      expected_version: int | None = None) -> AbilityItem:
    """Create an item, or change one (a concurrent edit is refused, not overwritten)."""
    creating = item is None or item.pk is None
    if creating:
        item = AbilityItem()
    else:
        item = AbilityItem.objects.select_for_update().get(pk=item.pk)
        if expected_version is not None and item.version != expected_version:
            raise ConcurrentEdit(_("该能力态度项已被他人修改，请刷新页面后重新编辑。"))
    before = {name: getattr(item, name) for name in ITEM_FIELDS}
    for name in ITEM_FIELDS:
        if name in fields:
            setattr(item, name, fields[name])
    item.name = (item.name or "").strip()
    item.description = (item.description or "").strip()
    item.order = item.order or 0
    _check(item)
    changes = {name: [str(before[name]), str(getattr(item, name))] for name in ITEM_FIELDS
               if before[name] != getattr(item, name)}
    if not creating and not changes:
        return item
    if not creating:
        item.version += 1
    item.save()
    if creating or "is_active" in changes:
        awaiting.refresh_open_periods()
    audit(actor=actor, event=f"ability_item.{'created' if creating else 'updated'}",
          target=item, data={"changes": changes} if not creating else {
              "kind": item.kind, "name": item.name, "active": item.is_active})
    return item


@transaction.atomic
def set_ability_item_active(*, item: AbilityItem, active: bool, actor: Any) -> AbilityItem:
    """Deactivate (or bring back) an item; ratings already given stay on their sheets."""
    item = AbilityItem.objects.select_for_update().get(pk=item.pk)
    if item.is_active == active:
        return item
    item.is_active = active
    item.version += 1
    item.save(update_fields=["is_active", "version", "updated_at"])
    awaiting.refresh_open_periods()
    audit(actor=actor, event="ability_item.activated" if active else "ability_item.deactivated",
          target=item, data={"name": item.name})
    return item
