"""Reads behind the record pages: the record as this user may see it, the header as the paper
form prints it, each section editor's state and what the user may do next."""

from __future__ import annotations

from datetime import date, datetime

from django.http import Http404
from django.urls import reverse
from django.utils import timezone

from candor import access
from candor.core.models import AuditEvent
from candor.interviews import agenda, sections
from candor.interviews.models import (
    Interview,
    InterviewPolicy,
    InterviewType,
    Record,
    RecordSection,
    RecordStatus,
    SignerRole,
)
from candor.interviews.selectors import carryover
from candor.interviews.services import appeals, rules
from candor.interviews.services.record import (
    EDITABLE_BY_MANAGER,
    EMPLOYEE_HIDDEN,
    employee_signed,
)
from candor.interviews.services.record import _snapshot as live_header
from candor.plans import smart
from candor.plans.services.lifecycle import carryover_problems
from candor.plans.services.rows import agreed_on, row_problems

INTERVIEW_RELATED = ("employee__department", "employee__position", "employee__user",
                     "manager__position", "manager__department", "manager__user",
                     "host__position", "host__department", "host__user", "room",
                     "sheet__period")
_UNSET = object()


def record_for(user, pk: int, *, request=None, log: bool = True) -> Record:
    """The interview's record if this user may read it, else 404 (an employee never sees
    their draft). Autosaves pass log=False: a write is audited, not logged as a read."""
    if log:
        interview = access.get_interview_for(user, pk, request=request, what="record")
    else:
        interview = (access.visible_interviews(user).select_related(*INTERVIEW_RELATED)
                     .filter(pk=pk).first())
        if interview is None:
            raise Http404
    record = Record.objects.filter(interview=interview).first()
    if record is None or not access.can_read_record(user, record):
        raise Http404
    record.interview = interview
    return record


def writes(user, record: Record, key: str) -> bool:
    """Whether the user is one of the section's writers at all, whatever the record's state:
    the employee writes their comments, the manager and the host everything else."""
    if sections.BY_KEY[key].writer == "employee":
        return access.is_interviewee(user, record.interview)
    return access.can_write_record(user, record.interview)


def hidden_keys(user, record: Record) -> tuple[str, ...]:
    """Sections this reader does not get: the manager's working notes stay away from the
    employee (they remain part of the sealed content and its hash), and the previous plan's
    completion exists only when there was a previous plan (R4.2)."""
    hidden = EMPLOYEE_HIDDEN if access.is_interviewee(user, record.interview) else ()
    if not carryover.applies(record):
        hidden = (*hidden, carryover.KEY)
    return hidden


def may_edit(user, record: Record, key: str) -> bool:
    if not writes(user, record, key):
        return False
    if sections.BY_KEY[key].writer == "employee":
        return (record.status == RecordStatus.WITH_EMPLOYEE
                and not employee_signed(record))
    return record.status in EDITABLE_BY_MANAGER


def signer_role(user, record: Record) -> str | None:
    """The role this user would sign in (the same rule as services.sealing)."""
    interview = record.interview
    if access.is_interviewee(user, interview):
        return SignerRole.EMPLOYEE
    if access.scope_for(user).employee_id == interview.manager_id:
        return SignerRole.MANAGER
    return None


def may_add_addendum(user, record: Record) -> bool:
    interview = record.interview
    scope = access.scope_for(user)
    return (scope.employee_id in (interview.employee_id, interview.manager_id,
                                  interview.host_id) or scope.sees_everyone)


def _moment(value: str | None) -> datetime | None:
    return timezone.localtime(datetime.fromisoformat(value)) if value else None


def _actual(starts_at, started_at, ended_at) -> tuple[str, str] | None:
    """When the talk really took place: a date is written where it is not the one before
    (a talk held on another day than booked, or one that ran past midnight)."""
    if started_at is None or ended_at is None:
        return None
    start = (f"{started_at:%H:%M}" if starts_at and started_at.date() == starts_at.date()
             else f"{started_at:%Y-%m-%d %H:%M}")
    end = (f"{ended_at:%H:%M}" if ended_at.date() == started_at.date()
           else f"{ended_at:%Y-%m-%d %H:%M}")
    return start, end


def header_for(record: Record) -> dict:
    """The snapshot taken at submission, or the live interview before it."""
    raw = record.header or live_header(record)
    starts_at, started_at = _moment(raw.get("starts_at")), _moment(raw.get("started_at"))
    ended_at = _moment(raw.get("ended_at"))
    return {**raw, "kind_label": dict(InterviewType.choices).get(raw.get("kind"), ""),
            "starts_at": starts_at, "ends_at": _moment(raw.get("ends_at")),
            "started_at": started_at, "ended_at": ended_at,
            "actual": _actual(starts_at, started_at, ended_at)}


def label_and_help(key: str, kind: str) -> tuple[str, str]:
    if key == "type_focus":
        label, help_text = sections.focus_for(kind)
        return str(label), str(help_text)
    section = sections.BY_KEY[key]
    return str(section.label), str(section.help)


def _shown(value, column: sections.Column):
    """A stored value as a reader sees it: a choice by its label, not its code."""
    if column.choices:
        return dict(column.choices).get(value, value)
    return value


def display(key: str, content: dict) -> dict:
    """A section's content arranged for reading: rows under column labels, labelled texts,
    or the notes under their agenda steps. Hidden columns (ids) are left out."""
    section = sections.BY_KEY[key]
    if key == "notes":
        steps = content.get("steps") or {}
        return {"kind": "notes", "entries": [(step.title, steps[step.key])
                                             for step in agenda.STEPS if steps.get(step.key)]}
    if section.is_list:
        columns = [column for column in section.columns if not column.hidden]
        return {"kind": "list", "columns": [column.label for column in columns],
                "rows": [[_shown(item.get(column.name, ""), column) for column in columns]
                         for item in content.get("items") or []],
                "none": bool(content.get("none")),
                "none_label": sections.NONE_LABEL if section.allows_none else ""}
    return {"kind": "text", "single": len(section.text_fields) == 1,
            "entries": [(column.label, content.get(column.name, ""))
                        for column in section.text_fields]}


# Sections whose rows are laid out as cards (many columns, or a measure's state shown with
# each row); the others stay a table. Widths are the Bootstrap grid classes of a field.
CARDS = ("measures", carryover.KEY)
WIDTHS = {(carryover.KEY, "final_status"): "col-sm-4 col-lg-3",
          (carryover.KEY, "comment"): "col-sm-8 col-lg-9"}


def smart_state(row: dict, *, today: date) -> dict:
    """A measures row's SMART findings, as shown under the row while it is being written."""
    return {"findings": [f.as_dict() for f in smart.check_row(row, today=today)],
            "checked": bool(str(row.get("measure") or "").strip())}


def _cell(key: str, number: int, column: sections.Column, item: dict) -> dict:
    value = item.get(column.name)
    value = "" if value is None else value
    return {"name": f"items-{number}-{column.name}", "id": f"f-{key}-{number}-{column.name}",
            "column": column, "value": value, "shown": _shown(value, column),
            "width": WIDTHS.get((key, column.name))
            or ("col-12" if column.wide else "col-sm-6 col-lg-3")}


def _rows(key: str, items: list[dict], *, today: date, states: dict) -> list[dict]:
    columns = sections.BY_KEY[key].columns
    found = []
    for number, item in enumerate(items[:sections.MAX_ROWS + 1]):
        cells = [_cell(key, number, column, item) for column in columns]
        row = {"number": number, "position": number + 1,
               "cells": [c for c in cells if not c["column"].hidden],
               "hidden": [c for c in cells if c["column"].hidden]}
        if key == "measures":
            row["smart"] = smart_state(item, today=today)
        elif key == carryover.KEY:
            row["state"] = states.get(item.get("measure_id"))
        found.append(row)
    return found


def _fields(key: str, content: dict, extra_rows: int, *, today: date,
            states: dict | None = None) -> dict:
    """Inputs of the editor, named the way forms.record.section_data reads them back."""
    section = sections.BY_KEY[key]
    if key == "notes":
        steps = content.get("steps") or {}
        return {"fields": [{"name": f"step-{step.key}", "label": step.title,
                            "value": steps.get(step.key, ""), "wide": True, "step": step.key}
                           for step in agenda.STEPS]}
    if section.is_list:
        items = list(content.get("items") or [])
        fixed = key == carryover.KEY  # one row per previous measure, none to add
        if not fixed:
            items += [{}] * (1 + max(extra_rows, 0))  # always at least one empty row
        return {"columns": [c for c in section.columns if not c.hidden],
                "rows": _rows(key, items, today=today, states=states or {}),
                "layout": "cards" if key in CARDS else "table",
                "none": bool(content.get("none")),
                "none_label": sections.NONE_LABEL if section.allows_none else "",
                "can_add_row": not fixed and len(items) <= sections.MAX_ROWS}
    return {"fields": [{"name": column.name, "label": column.label, "wide": column.wide,
                        "value": content.get(column.name, "")}
                       for column in section.text_fields]}


def _stored(record: Record, key: str) -> RecordSection | None:
    return (record.sections.select_related("updated_by__employee").filter(key=key).first())


def conflict_for(stored: RecordSection | None) -> dict:
    """What the other writer saved, shown read-only beside one's own unsaved input."""
    if stored is None:
        return {"display": None, "who": "—", "when": None}
    return {"display": display(stored.key, stored.content),
            "who": stored.updated_by.display_name() if stored.updated_by else "—",
            "when": timezone.localtime(stored.updated_at)}


def _hints(record: Record, key: str, shown: dict, *, today: date) -> list[str]:
    """What the writer still has to do in this section before the draft can go out: the
    missing elements, dates Candor cannot read, the previous measures not yet reported on."""
    kind = record.interview.kind
    hints = (sections.problems(key, shown, kind=kind)
             if key in sections.required_keys(kind, for_seal=True) else [])
    if key in ("measures", "support"):
        hints += row_problems({key: shown}, today=today)
    elif key == carryover.KEY and carryover.plan_for(record) is not None:
        hints += carryover_problems(record, {key: shown})
    return hints


def editor(user, record: Record, key: str, *, stored=_UNSET, content: dict | None = None,
           version: int | None = None, saved_at: datetime | None = None, error: str = "",
           conflict: dict | None = None, extra_rows: int = 0) -> dict:
    """Everything the section partial needs. `content`/`version` override the stored ones
    when the user's own input must be shown again (a refused save, an added row)."""
    if stored is _UNSET:
        stored = _stored(record, key)
    kind = record.interview.kind
    editable = may_edit(user, record, key)
    shown = content if content is not None else (
        stored.content if stored is not None else sections.empty_content(key))
    if key == carryover.KEY and editable:
        # Every previous measure gets a row, whatever has been written so far.
        shown = {"items": carryover.rows(record, shown)}
    label, help_text = label_and_help(key, kind)
    today = agreed_on(record)
    context = {
        "key": key, "label": label, "help": help_text, "editable": editable,
        "url": reverse("interviews:section", args=[record.interview_id, key]),
        "version": version if version is not None else (stored.version if stored else 0),
        "display": display(key, shown),
        "hints": _hints(record, key, shown, today=today) if editable else [],
        "saved_at": saved_at, "error": error, "conflict": conflict,
        "last_by": (stored.updated_by.display_name() if stored and stored.updated_by else ""),
        "last_at": timezone.localtime(stored.updated_at) if stored else None,
    }
    if key == "measures":
        context["smart_required"] = InterviewPolicy.current().require_smart_measures
    if key == carryover.KEY:
        context["plan_url"] = carryover.plan_url(user, carryover.plan_for(record))
    if editable:
        context |= _fields(key, shown, extra_rows, today=today,
                           states=carryover.states_for(record) if key == carryover.KEY
                           else None)
    return context


def editors(user, record: Record, overrides: dict[str, dict] | None = None) -> list[dict]:
    """The edit page's editors, in the form's order (the previous plan first, when there
    is one)."""
    stored = {s.key: s for s in record.sections.select_related("updated_by__employee")}
    overrides = overrides or {}
    hidden = hidden_keys(user, record)
    return [overrides.get(key) or editor(user, record, key, stored=stored.get(key))
            for key in sections.KEYS if key not in hidden]


def _corrections(record: Record) -> list:
    kind = record.interview.kind
    corrections = list(record.corrections.select_related("requested_by__employee",
                                                         "resolved_by__employee"))
    for correction in corrections:
        correction.section_label = sections.section_label(correction.section, kind)
    return corrections


def common(record: Record) -> dict:
    """What both pages show around the sections."""
    interview: Interview = record.interview
    now = timezone.now()
    return {
        "interview": interview, "record": record, "header": header_for(record),
        "flags": [rules.warning_text(w) for w in interview.warnings],
        "overdue": bool(record.submitted_at is None and record.due_at
                        and now > record.due_at),
        "corrections": _corrections(record),
    }


def signing(record: Record, signatures: list) -> dict:
    """Who has signed, who is awaited, and which role lost its signature to a later change
    and must sign again (from the audit trail: the signature row itself is gone)."""
    signed = {s.role for s in signatures}
    resign: set[str] = set()
    if not record.is_sealed:
        for data in AuditEvent.objects.filter(
                target_type=Record._meta.label_lower, target_id=str(record.pk),
                event="record.signatures_voided").values_list("data", flat=True):
            resign |= set((data or {}).get("roles") or [])
    resign -= signed
    return {"employee": SignerRole.EMPLOYEE in signed, "manager": SignerRole.MANAGER in signed,
            "resign": [role for role in SignerRole.values if role in resign],
            "resign_labels": [label for role, label in SignerRole.choices if role in resign]}


def record_page(user, record: Record) -> dict:
    """The read-only record laid out like the paper form, with the user's next steps."""
    stored = {s.key: s.content for s in record.sections.all()}
    hidden = hidden_keys(user, record)
    parts = {}
    for key in sections.KEYS:
        if key in hidden:
            continue
        label, _help = label_and_help(key, record.interview.kind)
        parts[key] = {"label": label,
                      "display": display(key, stored.get(key) or sections.empty_content(key))}
    if carryover.KEY in parts:
        reported = carryover.plan_for(record) or record.closed_plans.order_by("pk").first()
        parts[carryover.KEY]["link"] = carryover.plan_url(user, reported)
    plan = (access.visible_plans(user).filter(record=record, revision_of__isnull=True)
            .order_by("pk").first() if record.is_sealed else None)
    if plan is not None:
        parts["measures"]["link"] = reverse("plans:detail", args=[plan.pk])
    role = signer_role(user, record)
    signatures = list(record.signatures.order_by("signed_at", "pk"))
    is_employee = role == SignerRole.EMPLOYEE
    status = record.status
    signed = signing(record, signatures)
    employee_open = is_employee and not signed["employee"]
    return common(record) | {
        "parts": parts, "plan": plan, "signatures": signatures, "signing": signed, "my_role": role,
        "show_focus": (record.interview.kind != InterviewType.REGULAR
                       or bool((stored.get("type_focus") or {}).get("text"))),
        "addenda": list(record.addenda.all()) if record.is_sealed else [],
        "is_employee": is_employee,
        "can_edit": (access.can_write_record(user, record.interview)
                     and status in EDITABLE_BY_MANAGER),
        "can_correct": employee_open and status in (RecordStatus.WITH_EMPLOYEE,
                                                    RecordStatus.CORRECTIONS),
        "can_sign": (role is not None and status == RecordStatus.WITH_EMPLOYEE
                     and all(s.role != role for s in signatures)),
        "can_appeal": is_employee and appeals.can_appeal(record),
        "can_add_addendum": record.is_sealed and may_add_addendum(user, record),
        "comments_editor": (editor(user, record, "employee_comments")
                            if employee_open and status == RecordStatus.WITH_EMPLOYEE
                            else None),
    }
