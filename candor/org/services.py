"""Org-chart state changes: every write to departments, positions, sequences and employees."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from candor.accounts.models import User
from candor.accounts.sessions import end_sessions
from candor.core.audit import audit
from candor.core.errors import ConcurrentEdit, DomainError
from candor.core.text import join_clauses, labelled
from candor.org.models import Employee


def _changes(instance: models.Model, fields: dict[str, Any]) -> dict[str, list[str]]:
    changed = {}
    for name, value in fields.items():
        old = getattr(instance, name)
        if old != value:
            changed[name] = [str(old), str(value)]
    return changed


def _validate(instance: models.Model) -> None:
    try:
        instance.full_clean(exclude=["version"])
    except ValidationError as e:
        messages = []
        for field, errors in e.message_dict.items():
            label = (instance._meta.get_field(field).verbose_name
                     if field != "__all__" else "")
            messages.extend(labelled(label, msg) if label else msg for msg in errors)
        raise DomainError(join_clauses(messages)) from e


@transaction.atomic
def save_org_object(*, instance: models.Model, fields: dict[str, Any], actor: User,
                    expected_version: int | None = None) -> models.Model:
    """Create or update a department, position, job sequence or employee.

    `expected_version` is the version the editor loaded; if someone saved in between, the
    edit is refused instead of silently overwriting theirs.
    """
    creating = instance.pk is None
    label = instance._meta.model_name
    m2m = {k: fields.pop(k) for k in list(fields) if k == "hr_departments"}
    if not creating:
        current = type(instance).objects.select_for_update().get(pk=instance.pk)
        if expected_version is not None and current.version != expected_version:
            raise ConcurrentEdit(_("该记录已被他人修改，请刷新页面后重新编辑。"))
        instance = current
    changes = {} if creating else _changes(instance, fields)
    for name, value in fields.items():
        setattr(instance, name, value)
    _validate(instance)
    if creating:
        instance.save()
    else:
        instance.version = F("version") + 1
        instance.save()
        instance.refresh_from_db()
    for name, value in m2m.items():
        before = sorted(str(o) for o in getattr(instance, name).all())
        getattr(instance, name).set(value)
        after = sorted(str(o) for o in value)
        if before != after:
            changes[name] = [", ".join(before), ", ".join(after)]
    if creating or changes:
        audit(actor=actor, event=f"{label}.{'created' if creating else 'updated'}",
              target=instance, data={"changes": changes})
    return instance


@transaction.atomic
def deactivate_employee(*, employee: Employee, actor: User) -> Employee:
    """Mark the employee as having left; their login stops working and every session ends."""
    if not employee.is_active:
        raise DomainError(_("该员工已是离职状态。"))
    if employee.direct_reports.filter(is_active=True).exists():
        raise DomainError(_("%(name)s 仍有在职的直属下级，请先为他们调整直属上级。")
                          % {"name": employee.name})
    employee.is_active = False
    employee.version = F("version") + 1
    employee.save(update_fields=["is_active", "version", "updated_at"])
    employee.refresh_from_db()
    ended = 0
    if employee.user_id:
        user = employee.user
        user.is_active = False
        user.save(update_fields=["is_active"])
        ended = end_sessions(user)
    audit(actor=actor, event="employee.deactivated", target=employee,
          data={"sessions_ended": ended})
    return employee


@transaction.atomic
def reactivate_employee(*, employee: Employee, actor: User) -> Employee:
    if employee.is_active:
        raise DomainError(_("该员工已是在职状态。"))
    employee.is_active = True
    employee.version = F("version") + 1
    employee.save(update_fields=["is_active", "version", "updated_at"])
    employee.refresh_from_db()
    if employee.user_id:
        employee.user.is_active = True
        employee.user.save(update_fields=["is_active"])
    audit(actor=actor, event="employee.reactivated", target=employee)
    return employee
