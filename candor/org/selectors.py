"""Reads of the org chart that are more than a filter."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet

from candor import access
from candor.org.models import Department, Employee


@dataclass
class DeptNode:
    dept: Department
    headcount: int
    children: list[DeptNode] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.headcount + sum(child.total for child in self.children)


def department_tree() -> list[DeptNode]:
    """The active departments as a tree, in two queries whatever the size."""
    depts = list(
        Department.objects.filter(is_active=True).select_related("head__position")
        .annotate(headcount=Count("employees", filter=Q(employees__is_active=True)))
        .order_by("code")
    )
    nodes = {d.pk: DeptNode(dept=d, headcount=d.headcount) for d in depts}
    roots: list[DeptNode] = []
    for d in depts:
        parent = nodes.get(d.parent_id)
        (parent.children if parent else roots).append(nodes[d.pk])
    return roots


# --- the people list -----------------------------------------------------------------------

STATUS_ACTIVE, STATUS_INACTIVE, STATUS_ALL = "active", "inactive", "all"


@dataclass
class EmployeeFilters:
    q: str = ""
    department: str = ""  # a department's id as typed in the query; subtree included
    status: str = STATUS_ACTIVE


def parse_employee_filters(params) -> EmployeeFilters:
    return EmployeeFilters(q=params.get("q", "").strip(),
                           department=params.get("department", ""),
                           status=params.get("status", STATUS_ACTIVE))


def employees_for(user, filters: EmployeeFilters) -> QuerySet[Employee]:
    """The people list's rows: the people the user may see, filtered as the page asks.

    The page and its Excel export both read this, so an export holds exactly the rows the
    page lists (every page of them).
    """
    qs = access.visible_employees(user).select_related(
        "department", "position__sequence", "manager")
    if filters.q:
        qs = qs.filter(Q(name__icontains=filters.q) | Q(employee_no__icontains=filters.q))
    if filters.department.isdigit():
        qs = qs.filter(department_id__in=access.department_subtree_ids(
            [int(filters.department)]))
    if filters.status == STATUS_ACTIVE:
        qs = qs.filter(is_active=True)
    elif filters.status == STATUS_INACTIVE:
        qs = qs.filter(is_active=False)
    return qs.order_by("employee_no")
