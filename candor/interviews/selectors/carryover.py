"""The previous improvement plan inside the next interview (R4.2): whether a record reports on
one, the rows its "previous_plan" editor starts from, and each measure's state as context
(status, checkpoints, latest progress) for the editor and the preparation pack.

The plan is looked up once per record object (`plan_for` caches it on the record), so a page
with many section editors asks the database once.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch
from django.urls import reverse

from candor import access
from candor.interviews.models import Record
from candor.plans.models import Checkpoint, Measure, Plan, ProgressNote
from candor.plans.services.lifecycle import carryover_rows, previous_plan

KEY = "previous_plan"
_UNSET = object()


@dataclass
class MeasureState:
    """One measure of a plan as the next interview reads it."""

    measure: Measure
    checkpoints_done: int
    checkpoints_total: int
    latest: ProgressNote | None


def plan_for(record: Record) -> Plan | None:
    """The employee's plan still open from an earlier sealed record, if any."""
    cached = getattr(record, "_previous_plan", _UNSET)
    if cached is _UNSET:
        cached = previous_plan(record.interview)
        record._previous_plan = cached
    return cached


def applies(record: Record, stored: dict | None = _UNSET) -> bool:
    """Whether the record has the section: a plan to report on, or a report written before
    the plan was closed (sealing closes it, the report stays). `stored` is the section's
    stored content when the caller has it already."""
    if plan_for(record) is not None:
        return True
    if stored is _UNSET:
        stored = (record.sections.filter(key=KEY).values_list("content", flat=True).first())
    return bool((stored or {}).get("items"))


def states(plan: Plan) -> list[MeasureState]:
    """The plan's measures with checkpoint counts and the latest progress note (three
    queries, whatever the number of measures)."""
    measures = plan.measures.prefetch_related(
        Prefetch("checkpoints", queryset=Checkpoint.objects.order_by("date", "pk")),
        Prefetch("notes", queryset=ProgressNote.objects.order_by("-created_at", "-pk")))
    found = []
    for measure in measures:
        checkpoints = list(measure.checkpoints.all())
        notes = list(measure.notes.all())
        found.append(MeasureState(
            measure=measure, checkpoints_total=len(checkpoints),
            checkpoints_done=sum(1 for c in checkpoints if c.done_at is not None),
            latest=notes[0] if notes else None))
    return found


def states_for(record: Record) -> dict[int, MeasureState]:
    """The previous plan's measures by id, cached on the record like the plan."""
    cached = getattr(record, "_previous_states", None)
    if cached is None:
        plan = plan_for(record)
        cached = {s.measure.pk: s for s in states(plan)} if plan is not None else {}
        record._previous_states = cached
    return cached


def rows(record: Record, content: dict | None) -> list[dict]:
    """The editor's rows: one per measure of the previous plan, in the plan's order; what was
    stored for a measure wins, a measure not reported yet starts from its current status
    (done and dropped ones pre-filled, the comment left to write)."""
    plan = plan_for(record)
    if plan is None:
        return list((content or {}).get("items") or [])
    given = {item.get("measure_id"): item for item in (content or {}).get("items") or []
             if isinstance(item, dict)}
    merged = []
    for row in carryover_rows(plan):
        stored = given.get(row["measure_id"])
        merged.append(dict(row, **{k: v for k, v in (stored or {}).items() if k != "measure"}))
    return merged


def plan_url(user, plan: Plan | None) -> str:
    """The plan page, when this user may open it (no dead links)."""
    if plan is None or not access.visible_plans(user).filter(pk=plan.pk).exists():
        return ""
    return reverse("plans:detail", args=[plan.pk])
