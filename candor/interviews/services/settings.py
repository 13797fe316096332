"""HR's interview settings: the room list and the interview rules (R3.2, R3.9).

Kept apart from scheduling because they change the frame every later booking is judged
by; each change is audited so that a disputed refusal ("not enough notice") can be traced
to the rule in force at the time.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from candor import access
from candor.core.audit import audit
from candor.core.errors import ConcurrentEdit, DomainError
from candor.interviews.models import InterviewPolicy, Room

ROOM_FIELDS = ("name", "location", "capacity", "is_leader_office", "is_active")
NUMBER_FIELDS = ("notice_workdays", "min_minutes", "max_minutes", "default_minutes",
                 "max_days_after_period", "record_due_hours", "appeal_window_workdays",
                 "reminder_workdays")
SWITCH_FIELDS = ("require_smart_measures",)
POLICY_FIELDS = NUMBER_FIELDS + SWITCH_FIELDS


def _require_settings_right(actor) -> None:
    if not access.can_manage_interview_settings(actor):
        raise DomainError(_("只有绩效专员可以修改面谈设置。"), code="forbidden")


def _check_version(obj, version: int | None) -> None:
    if version is not None and obj.version != version:
        raise ConcurrentEdit(_("该设置已被他人修改，请刷新后重试。"))


@transaction.atomic
def save_room(*, actor, data: dict, room: Room | None = None,
              version: int | None = None) -> Room:
    """Create a room, or change one; a room in use is deactivated rather than deleted."""
    _require_settings_right(actor)
    name = str(data.get("name", "")).strip()
    if not name:
        raise DomainError(_("请填写面谈室名称。"), code="name")
    if room is not None:
        room = Room.objects.select_for_update(of=("self",)).get(pk=room.pk)
        _check_version(room, version)
    clash = Room.objects.filter(name=name)
    if room is not None:
        clash = clash.exclude(pk=room.pk)
    if clash.exists():
        raise DomainError(_("已有名为“%(name)s”的面谈室。") % {"name": name}, code="name")
    before = {f: getattr(room, f) for f in ROOM_FIELDS} if room is not None else {}
    created = room is None
    room = room or Room()
    room.name = name
    room.location = str(data.get("location", "")).strip()
    room.capacity = int(data.get("capacity") or 4)
    room.is_leader_office = bool(data.get("is_leader_office"))
    room.is_active = bool(data.get("is_active", True))
    if not created:
        room.version += 1
    room.save()
    after = {f: getattr(room, f) for f in ROOM_FIELDS}
    audit(actor=actor, event="interview.room_created" if created else "interview.room_updated",
          target=room, data={"before": before, "after": after} if before else after)
    return room


@transaction.atomic
def save_policy(*, actor, data: dict, version: int | None = None) -> InterviewPolicy:
    """Change the interview rules; the default duration must lie within the allowed range.
    A switch left out of `data` keeps its value (an API caller may send only numbers)."""
    _require_settings_right(actor)
    policy = InterviewPolicy.current()
    policy = InterviewPolicy.objects.select_for_update(of=("self",)).get(pk=policy.pk)
    _check_version(policy, version)
    values = {f: int(data[f]) for f in NUMBER_FIELDS if data.get(f) is not None}
    values |= {f: bool(data[f]) for f in SWITCH_FIELDS if data.get(f) is not None}
    merged = {f: values.get(f, getattr(policy, f)) for f in POLICY_FIELDS}
    if merged["min_minutes"] > merged["max_minutes"]:
        raise DomainError(_("最短时长不能超过最长时长。"), code="duration")
    if not merged["min_minutes"] <= merged["default_minutes"] <= merged["max_minutes"]:
        raise DomainError(_("默认时长应在 %(min)s–%(max)s 分钟之间。") % {
            "min": merged["min_minutes"], "max": merged["max_minutes"]}, code="duration")
    if merged["notice_workdays"] < 1 or merged["record_due_hours"] < 1:
        raise DomainError(_("提前通知天数和记录时限至少为 1。"), code="invalid")
    before = {f: getattr(policy, f) for f in POLICY_FIELDS}
    changed = {f: v for f, v in merged.items() if before[f] != v}
    if not changed:
        return policy
    for field, value in changed.items():
        setattr(policy, field, value)
    policy.version += 1
    policy.save()
    audit(actor=actor, event="interview.policy_updated", target=policy,
          data={"before": {f: before[f] for f in changed}, "after": changed})
    return policy
