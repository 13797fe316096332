"""Writing a validated roster: all rows or none, and nothing at all for rows that match.

Re-importing the same file must be a no-op (no version bumps, no per-employee audit
events), so every existing row is compared field by field before it is touched.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from candor import access
from candor.access.scopes import forget_scope
from candor.accounts.models import User
from candor.accounts.sessions import end_sessions
from candor.core.audit import audit
from candor.core.errors import DomainError
from candor.org.models import Employee, EmploymentType, Level
from candor.org.roster.columns import NO, YES
from candor.org.roster.parse import ParsedRoster
from candor.org.roster.report import Change, ImportResult, RowOutcome, Status
from candor.org.roster.validate import RosterRow, validate_roster


def _shown(name: str, value: Any) -> str:
    if value is None:
        return "—"
    if name == "level":
        return str(Level(value).label)
    if name == "employment_type":
        return str(EmploymentType(value).label)
    if name == "is_active":
        return str(YES if value else NO)
    if name == "hire_date":
        return value.isoformat()
    return str(value) if value != "" else "—"


def _target(row: RosterRow, manager: Employee | None) -> dict[str, Any]:
    """The values the row asks for; columns absent from the file are left out (kept)."""
    target: dict[str, Any] = {
        "name": row.name, "department": row.department, "position": row.position,
        "level": row.level, "employment_type": row.employment_type, "hire_date": row.hire_date,
    }
    if row.email is not None:
        target["email"] = row.email
    if row.manager_given:
        target["manager"] = manager
    if row.is_active is not None:
        target["is_active"] = row.is_active
    return target


def _managers(rows: list[RosterRow], people: dict[str, Employee]) -> dict[str, Employee]:
    """The file's existing employees plus every other existing employee named as a manager."""
    wanted = {r.manager_no for r in rows if r.manager_given and r.manager_no} - set(people)
    found = {e.employee_no: e for e in Employee.objects.filter(employee_no__in=wanted)}
    return people | found


def _create(rows: list[RosterRow], people: dict[str, Employee]) -> dict[str, Employee]:
    """New employees and their logins, managers before their reports.

    Each round inserts the rows whose manager already exists, so every employee is written
    once, complete; validation has ruled out loops, so every round makes progress.
    """
    users = []
    for row in rows:
        user = User(username=row.employee_no, email=row.email or "",
                    is_active=row.is_active is not False)
        user.set_unusable_password()
        users.append(user)
    user_for = {u.username: u for u in User.objects.bulk_create(users)}
    pending = {row.employee_no: row for row in rows}
    created: dict[str, Employee] = {}
    while pending:
        ready = [r for r in pending.values() if not r.manager_given or r.manager_no not in pending]
        if not ready:
            raise RuntimeError("manager loop among new employees passed validation")
        batch = Employee.objects.bulk_create([
            Employee(user=user_for[row.employee_no], employee_no=row.employee_no, name=row.name,
                     email=row.email or "", department=row.department, position=row.position,
                     level=row.level, employment_type=row.employment_type,
                     hire_date=row.hire_date, is_active=row.is_active is not False,
                     manager=(people.get(row.manager_no) or created.get(row.manager_no)
                              if row.manager_given and row.manager_no else None))
            for row in ready
        ])
        for employee in batch:
            created[employee.employee_no] = employee
            del pending[employee.employee_no]
    return created


def _update(row: RosterRow, employee: Employee, manager: Employee | None, *,
            actor: User) -> RowOutcome:
    target = _target(row, manager)
    changed = {name: (getattr(employee, name), value) for name, value in target.items()
               if getattr(employee, name) != value}
    outcome = RowOutcome(row=row.number, employee_no=row.employee_no, name=row.name,
                         status=Status.UNCHANGED)
    if not changed:
        return outcome
    for name, (_old, new) in changed.items():
        setattr(employee, name, new)
    employee.version = F("version") + 1
    employee.save(update_fields=[*changed, "version", "updated_at"])
    outcome.changes = [
        Change(label=str(Employee._meta.get_field(name).verbose_name),
               old=_shown(name, old), new=_shown(name, new))
        for name, (old, new) in changed.items()
    ]
    data: dict[str, Any] = {"via": "roster", "row": row.number, "changes": {
        name: [_shown(name, old), _shown(name, new)] for name, (old, new) in changed.items()}}
    event = "employee.updated"
    outcome.status = Status.UPDATED
    user = employee.user
    if user is not None:
        if "email" in changed and user.email != employee.email:
            user.email = employee.email
            user.save(update_fields=["email"])
        if "is_active" in changed:
            user.is_active = employee.is_active
            user.save(update_fields=["is_active"])
    if "is_active" in changed and not employee.is_active:
        outcome.status, event = Status.DEACTIVATED, "employee.deactivated"
        data["sessions_ended"] = end_sessions(user) if user is not None else 0
    elif "is_active" in changed:
        event = "employee.reactivated"
    audit(actor=actor, event=event, target=employee, data=data)
    return outcome


@transaction.atomic
def import_roster(*, rows: ParsedRoster, actor: User) -> ImportResult:
    """Validate the whole file, then create or update every employee in one transaction.

    Validation runs inside the transaction so that the org chart it checked against is
    the one written to; any problem raises RosterInvalid and nothing is kept.
    """
    if not access.can_manage_org(actor):
        raise DomainError(_("您无权导入花名册。"))
    valid = validate_roster(roster=rows, actor=actor)
    existing = {
        e.employee_no: e for e in Employee.objects.select_for_update(of=("self",))
        .select_related("user", "department", "position", "manager")
        .filter(employee_no__in=[r.employee_no for r in valid])
    }
    people = _managers(valid, existing)
    created = _create([r for r in valid if r.employee_no not in existing], people)
    people |= created
    outcomes: list[RowOutcome] = []
    for row in valid:
        if row.employee_no in created:
            outcomes.append(RowOutcome(row=row.number, employee_no=row.employee_no,
                                       name=row.name, status=Status.CREATED))
        else:
            manager = people[row.manager_no] if row.manager_no else None
            outcomes.append(_update(row, existing[row.employee_no], manager, actor=actor))
    result = ImportResult(outcomes=outcomes, accounts_created=len(created))
    # New employees are listed in the summary rather than one event each: a first import of
    # thousands of rows would otherwise spend most of its time writing audit rows.
    audit(actor=actor, event="roster.imported", target=actor,
          data={**result.counts, "rows": len(valid), "accounts_created": len(created),
                "created_employee_nos": sorted(created)})
    forget_scope(actor)
    return result
