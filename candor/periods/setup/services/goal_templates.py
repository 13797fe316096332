"""Goal templates: the goals a whole position or job sequence gets in one action."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from candor.core.audit import audit
from candor.core.errors import ConcurrentEdit, DomainError
from candor.periods.models import GoalTemplate, GoalTemplateItem, default_rating_scale
from candor.periods.setup.services.rules import (
    GOAL_FIELDS,
    goal_defaults,
    goal_set_problems,
    weight_total,
)

TEMPLATE_FIELDS = ("name", "position", "sequence", "is_active")


def _check_template(template: GoalTemplate) -> None:
    if not template.name.strip():
        raise DomainError(_("请填写模板名称。"))
    if bool(template.position_id) == bool(template.sequence_id):
        raise DomainError(_("模板必须且只能对应一个岗位或一个岗位序列。"))
    if not template.is_active:
        return
    rivals = GoalTemplate.objects.filter(is_active=True).exclude(pk=template.pk)
    if template.position_id:
        rival = rivals.filter(position_id=template.position_id).first()
        target = template.position
    else:
        rival = rivals.filter(sequence_id=template.sequence_id).first()
        target = template.sequence
    if rival is not None:
        raise DomainError(_("“%(target)s”已有启用的目标模板“%(rival)s”，请先停用它。")
                          % {"target": target, "rival": rival.name})


@transaction.atomic
def save_template(*, template: GoalTemplate | None, fields: dict[str, Any],
                  items: Sequence[dict[str, Any]], actor: Any,
                  expected_version: int | None = None) -> GoalTemplate:
    """Create or replace a template and its items; the items' weights must total 100."""
    creating = template is None or template.pk is None
    if creating:
        template = GoalTemplate()
    else:
        template = GoalTemplate.objects.select_for_update().get(pk=template.pk)
        if expected_version is not None and template.version != expected_version:
            raise ConcurrentEdit(_("该模板已被他人修改，请刷新页面后重新编辑。"))
    for name in TEMPLATE_FIELDS:
        if name in fields:
            setattr(template, name, fields[name])
    template.name = (template.name or "").strip()
    _check_template(template)
    rows = []
    for i, item in enumerate(items):
        row = goal_defaults() | {name: item[name] for name in GOAL_FIELDS if name in item}
        row["name"] = (row.get("name") or "").strip()
        row["unit"] = row["unit"] or ""
        row["rating_scale"] = row["rating_scale"] or default_rating_scale()
        row["order"] = i
        rows.append(row)
    if not rows:
        raise DomainError(_("模板至少需要一项指标。"))
    problems = goal_set_problems(rows)
    if problems:
        raise DomainError(" ".join(problems))
    if not creating:
        template.version += 1
    template.save()
    template.items.all().delete()
    GoalTemplateItem.objects.bulk_create(GoalTemplateItem(template=template, **row)
                                         for row in rows)
    audit(actor=actor, event=f"goal_template.{'created' if creating else 'updated'}",
          target=template, data={"items": [r["name"] for r in rows],
                                 "weights": str(weight_total(rows)),
                                 "active": template.is_active})
    return template


@transaction.atomic
def delete_template(*, template: GoalTemplate, actor: Any) -> None:
    """Goals already handed out stay; they only lose the link to their template."""
    name = template.name
    audit(actor=actor, event="goal_template.deleted", target=template, data={"name": name})
    template.delete()
