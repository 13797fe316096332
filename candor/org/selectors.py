"""Reads of the org chart that are more than a filter."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Q

from candor.org.models import Department


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
