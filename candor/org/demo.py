"""The demo company 星河科技, loaded by `manage.py load_demo` (and `make run`).

The data are explicit lists rather than random draws, so every demo shows the same people
and a bug report that mentions "张伟" means the same row everywhere. Managers are derived
from the tree: an employee reports to the head of their department, a head to the head of
the parent department; the company head (孙磊) reports to no one. That yields two
management levels under the general manager: department heads and team leads.

Logins: the named demo accounts (DEMO_ACCOUNTS) get the password DEMO_PASSWORD; every other
employee gets a login named after their employee number with an unusable password, so the
person exists as a user (notifications, sign-off) but cannot sign in until HR sets one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.db import IntegrityError, models, transaction
from django.db.models import ProtectedError
from django.utils.translation import gettext as _

from candor.accounts.models import User
from candor.core.audit import audit
from candor.core.errors import DomainError
from candor.org.demo_data import (  # noqa: F401  (re-exported for synthetic.py)
    ADMIN_USERNAME,
    CLERK_DEPARTMENTS,
    COMMITTEE,
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    DEPARTMENTS,
    EMAIL_DOMAIN,
    HR_ROLES,
    PEOPLE,
    POSITIONS,
    SEQUENCES,
    STAFF_USERS,
)
from candor.org.models import (
    Department,
    Employee,
    EmploymentType,
    HrRole,
    JobSequence,
    Level,
    Position,
)


@dataclass
class DemoSummary:
    """What a load did and what the demo company now holds, for the command to print."""

    created: int = 0
    updated: int = 0
    deleted: int = 0
    sequences: int = 0
    departments: int = 0
    positions: int = 0
    active_employees: int = 0
    inactive_employees: int = 0
    accounts: dict[str, Any] = field(default_factory=lambda: dict(DEMO_ACCOUNTS))

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


def _same(obj: models.Model, name: str, value: Any) -> bool:
    """Compare without loading related rows: foreign keys by id."""
    if isinstance(value, models.Model):
        return getattr(obj, f"{name}_id") == value.pk
    return getattr(obj, name) == value


def _upsert(model: type[models.Model], summary: DemoSummary, lookup: dict[str, Any],
            values: dict[str, Any]) -> Any:
    """Create the row, or bring an existing one up to date; untouched rows are not saved.

    Saving only what differs is what makes a second load change nothing at all (not even
    `updated_at` or `version`).
    """
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        summary.created += 1
        return model.objects.create(**lookup, **values)
    changed = [name for name, value in values.items() if not _same(obj, name, value)]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.version += 1
        obj.save(update_fields=[*changed, "version", "updated_at"])
        summary.updated += 1
    return obj


class _Logins:
    """Creates or refreshes the login behind each demo employee."""

    def __init__(self, summary: DemoSummary) -> None:
        self.summary = summary
        self.encoded = ""
        self.checked: dict[str, bool] = {}

    def _demo_hash(self) -> str:
        # One hash for all demo logins: PBKDF2 is slow by design and the password is public.
        if not self.encoded:
            self.encoded = make_password(DEMO_PASSWORD)
        return self.encoded

    def _has_demo_password(self, user: User) -> bool:
        if user.password not in self.checked:
            self.checked[user.password] = check_password(DEMO_PASSWORD, user.password)
        return self.checked[user.password]

    def ensure(self, username: str, *, email: str, demo: bool, is_active: bool = True,
               is_staff: bool = False, is_superuser: bool = False) -> User:
        values = {"email": email, "is_active": is_active, "is_staff": is_staff,
                  "is_superuser": is_superuser}
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, language=settings.LANGUAGE_CODE, **values)
            if demo:
                user.password = self._demo_hash()
            else:
                user.set_unusable_password()
            user.save()
            self.summary.created += 1
            return user
        changed = [name for name, value in values.items() if getattr(user, name) != value]
        if demo and not self._has_demo_password(user):
            user.password = self._demo_hash()
            changed.append("password")
        if changed:
            for name, value in values.items():
                setattr(user, name, value)
            user.save(update_fields=changed)
            self.summary.updated += 1
        return user


def _parse_flags(flags: str) -> tuple[set[str], str]:
    words = flags.split()
    usernames = [w[1:] for w in words if w.startswith("@")]
    return {w for w in words if not w.startswith("@")}, (usernames[0] if usernames else "")


def _load_people(summary: DemoSummary, departments: dict[str, Department],
                 positions: dict[str, Position], logins: _Logins) -> None:
    parents = {code: parent for code, _name, parent in DEPARTMENTS}
    heads: dict[str, Employee] = {}
    for dept_code, _name, _parent in DEPARTMENTS:
        department = departments[dept_code]
        for employee_no, name, email_name, position, hired, flags in PEOPLE[dept_code]:
            words, username = _parse_flags(flags)
            is_head = "head" in words
            is_active = "left" not in words
            email = f"{email_name}@{EMAIL_DOMAIN}"
            if is_head:
                boss_dept = parents[dept_code]
                manager = heads[boss_dept] if boss_dept else None
                level = Level.SENIOR if manager is None else Level.MIDDLE
            else:
                manager, level = heads[dept_code], Level.STAFF
            if "intern" in words:
                employment_type = EmploymentType.INTERN
            elif "part" in words:
                employment_type = EmploymentType.PART_TIME
            else:
                employment_type = EmploymentType.REGULAR
            user = logins.ensure(username or employee_no, email=email, demo=bool(username),
                                 is_active=is_active, is_staff=username in STAFF_USERS)
            employee = _upsert(Employee, summary, {"employee_no": employee_no}, {
                "user": user, "name": name, "email": email, "department": department,
                "position": positions[position], "level": level,
                "employment_type": employment_type, "hire_date": dt.date.fromisoformat(hired),
                "manager": manager, "is_active": is_active,
                "hr_role": HR_ROLES.get(employee_no, HrRole.NONE),
                "is_committee_member": employee_no in COMMITTEE,
            })
            wanted = {departments[c].pk for c in CLERK_DEPARTMENTS.get(employee_no, [])}
            if set(employee.hr_departments.values_list("pk", flat=True)) != wanted:
                employee.hr_departments.set(wanted)
                summary.updated += 1
            if is_head:
                heads[dept_code] = employee
                _upsert(Department, summary, {"code": dept_code}, {"head": employee})


def _wipe(summary: DemoSummary) -> None:
    """Delete the org chart and the logins of its people; the admin login survives.

    Links inside the trees are cut first because parent and manager are PROTECTed.
    """
    users = User.objects.filter(
        models.Q(employee__isnull=False)
        | models.Q(username__in=[u for u in DEMO_ACCOUNTS if u != ADMIN_USERNAME])
    ).exclude(username=ADMIN_USERNAME)
    user_ids = list(users.values_list("pk", flat=True))
    try:
        Employee.objects.update(manager=None)
        Department.objects.update(head=None, parent=None)
        for queryset in (Employee.objects.all(), User.objects.filter(pk__in=user_ids),
                         Position.objects.all(), JobSequence.objects.all(),
                         Department.objects.all()):
            summary.deleted += queryset.delete()[1].get(queryset.model._meta.label, 0)
    except (ProtectedError, IntegrityError) as e:
        raise DomainError(_("其他数据仍引用组织架构，无法重置；请先清空数据库（manage.py flush）。")
                          ) from e


@transaction.atomic
def load_demo(*, reset: bool = False) -> DemoSummary:
    """Create or refresh the demo company; with `reset`, wipe the org chart first.

    A seed rather than a user action, so it writes through the ORM; it still leaves one
    audit event when it changed anything, so the trail shows where the data came from.
    """
    summary = DemoSummary()
    if reset:
        _wipe(summary)
    sequences = {code: _upsert(JobSequence, summary, {"code": code}, {"name": name})
                 for code, name in SEQUENCES}
    positions = {
        code: _upsert(Position, summary, {"code": code},
                      {"name": name, "sequence": sequences[seq], "is_key": is_key})
        for code, name, seq, is_key in POSITIONS
    }
    departments: dict[str, Department] = {}
    for code, name, parent in DEPARTMENTS:
        departments[code] = _upsert(Department, summary, {"code": code}, {
            "name": name, "parent": departments[parent] if parent else None, "is_active": True,
        })
    logins = _Logins(summary)
    logins.ensure(ADMIN_USERNAME, email=f"{ADMIN_USERNAME}@{EMAIL_DOMAIN}", demo=True,
                  is_staff=True, is_superuser=True)
    _load_people(summary, departments, positions, logins)

    demo_codes = [code for code, _n, _p in DEPARTMENTS]
    employees = Employee.objects.filter(department__code__in=demo_codes)
    summary.sequences = JobSequence.objects.filter(code__in=sequences).count()
    summary.departments = len(demo_codes)
    summary.positions = len(positions)
    summary.active_employees = employees.filter(is_active=True).count()
    summary.inactive_employees = employees.filter(is_active=False).count()
    if summary.changed:
        audit(actor=None, event="org.demo_loaded", target=departments["ROOT"], data={
            "reset": reset, "created": summary.created, "updated": summary.updated,
            "deleted": summary.deleted,
        })
    return summary
