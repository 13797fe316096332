"""Scopes: which employees a user may see (R1.2) and which they may change.

An employee sees themself; a manager their direct and indirect reports; an HR specialist
and the admin everyone; a department HR clerk the employees of the departments assigned to
them, sub-departments included; a committee member additionally the cases referred to the
committee (added by the appeals module). Anything outside the scope answers 404.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest

from candor.org.models import Department, Employee, HrRole

_CACHE_ATTR = "_candor_scope"


@dataclass(frozen=True)
class Scope:
    """What one user is, computed once per request from the org chart."""

    user_id: int | None
    employee_id: int | None = None
    is_admin: bool = False
    is_specialist: bool = False
    is_clerk: bool = False
    is_committee: bool = False
    clerk_department_ids: frozenset[int] = field(default_factory=frozenset)
    report_ids: frozenset[int] = field(default_factory=frozenset)
    direct_report_ids: frozenset[int] = field(default_factory=frozenset)

    @property
    def is_manager(self) -> bool:
        return bool(self.direct_report_ids)

    @property
    def is_hr(self) -> bool:
        return self.is_specialist or self.is_clerk

    @property
    def sees_everyone(self) -> bool:
        return self.is_admin or self.is_specialist


def _descendants(parent_ids: Iterable[int], *, model: type[Model], parent_field: str,
                 extra: dict | None = None) -> set[int]:
    """All ids below the given ones in a self-referencing tree (one query per level)."""
    found: set[int] = set()
    frontier = set(parent_ids)
    while frontier:
        children = set(
            model.objects.filter(**{f"{parent_field}__in": frontier}, **(extra or {}))
            .values_list("pk", flat=True)
        ) - found
        found |= children
        frontier = children
    return found


def department_subtree_ids(root_ids: Iterable[int]) -> set[int]:
    roots = set(root_ids)
    return roots | _descendants(roots, model=Department, parent_field="parent_id")


def scope_for(user) -> Scope:
    """The user's scope, cached on the user object for the rest of the request."""
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is not None:
        return cached
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        scope = Scope(user_id=None)
    else:
        employee = Employee.objects.filter(user_id=user.pk, is_active=True).first()
        if employee is not None:
            user.employee = employee  # fills the reverse cache: no second query for it
        if employee is None:
            scope = Scope(user_id=user.pk, is_admin=user.is_superuser)
        else:
            direct = set(
                Employee.objects.filter(manager_id=employee.pk).values_list("pk", flat=True)
            )
            reports = direct | _descendants(direct, model=Employee, parent_field="manager_id")
            clerk_departments: set[int] = set()
            if employee.hr_role == HrRole.CLERK:
                clerk_departments = department_subtree_ids(
                    employee.hr_departments.values_list("pk", flat=True)
                )
            scope = Scope(
                user_id=user.pk,
                employee_id=employee.pk,
                is_admin=user.is_superuser,
                is_specialist=employee.hr_role == HrRole.SPECIALIST,
                is_clerk=employee.hr_role == HrRole.CLERK,
                is_committee=employee.is_committee_member,
                clerk_department_ids=frozenset(clerk_departments),
                report_ids=frozenset(reports - {employee.pk}),
                direct_report_ids=frozenset(direct),
            )
    setattr(user, _CACHE_ATTR, scope)
    return scope


def forget_scope(user) -> None:
    """Drop the cached scope after the org chart changed within the same request."""
    if hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)


def scope_queryset(user, queryset: QuerySet, *, subject: str = "") -> QuerySet:
    """Restrict any queryset to rows whose subject employee the user may see.

    `subject` is the lookup from the queryset's model to the employee it is about
    ("" for Employee itself, "employee" for a record, "plan__employee" …).
    """
    scope = scope_for(user)
    prefix = f"{subject}__" if subject else ""
    if scope.user_id is None:
        return queryset.none()
    if scope.sees_everyone:
        return queryset
    from django.db.models import Q

    condition = Q(**{f"{prefix}pk__in": scope.report_ids})
    if scope.employee_id is not None:
        condition |= Q(**{f"{prefix}pk": scope.employee_id})
    if scope.is_clerk:
        condition |= Q(**{f"{prefix}department_id__in": scope.clerk_department_ids})
    return queryset.filter(condition)


def visible_employees(user) -> QuerySet[Employee]:
    return scope_queryset(user, Employee.objects.all())


def managed_employees(user) -> QuerySet[Employee]:
    """Employees whose roster data (department, manager, role …) the user may change."""
    scope = scope_for(user)
    if scope.sees_everyone:
        return Employee.objects.all()
    if scope.is_clerk:
        return Employee.objects.filter(department_id__in=scope.clerk_department_ids)
    return Employee.objects.none()


def can_manage_org(user) -> bool:
    """Departments, positions, sequences and the roster: HR and the admin."""
    scope = scope_for(user)
    return scope.sees_everyone or scope.is_clerk


def can_browse_access_log(user) -> bool:
    scope = scope_for(user)
    return scope.sees_everyone


def get_employee_for(user, pk: int | str, *, request: HttpRequest | None = None,
                     what: str = "profile") -> Employee:
    """The employee if the user may see them, else 404. Logs the read of someone else."""
    try:
        employee = visible_employees(user).select_related(
            "department", "position__sequence", "manager", "user"
        ).get(pk=pk)
    except (Employee.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    from candor.access.logging import log_access

    log_access(user=user, subject=employee, what=what, request=request)
    return employee


def get_managed_employee_for(user, pk: int | str) -> Employee:
    try:
        return managed_employees(user).get(pk=pk)
    except (Employee.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
