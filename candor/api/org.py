"""The org chart over the API: who am I, departments, and the employees the caller may see.

Reads go through `candor.access` exactly as the pages do (out of scope answers 404 and a
read of someone else's profile is logged); writes call the same services as HR's forms.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import PageNumberPagination, paginate
from ninja.responses import Status

from candor import access
from candor.accounts.models import User
from candor.core.errors import DomainError
from candor.org import services
from candor.org.models import Department, Employee, EmploymentType, HrRole, Level, Position

router = Router(tags=["org"])


# ---- schemas -------------------------------------------------------------------------------

class DepartmentOut(Schema):
    id: int
    code: str
    name: str
    parent_id: int | None
    head_id: int | None
    is_active: bool


class EmployeeOut(Schema):
    id: int
    employee_no: str
    name: str
    email: str
    department_id: int
    department_name: str = Field(alias="department.name")
    position_id: int
    position_name: str = Field(alias="position.name")
    level: Level
    level_label: str = Field(alias="get_level_display")
    employment_type: EmploymentType
    employment_type_label: str = Field(alias="get_employment_type_display")
    hire_date: dt.date
    manager_id: int | None
    manager_name: str | None = None
    is_active: bool
    hr_role: HrRole
    is_committee_member: bool
    version: int = Field(description="Send back unchanged in PATCH to detect concurrent edits.")

    @staticmethod
    def resolve_manager_name(obj: Employee) -> str | None:
        return obj.manager.name if obj.manager_id else None


class EmployeeDetailOut(EmployeeOut):
    hr_department_ids: list[int]

    @staticmethod
    def resolve_hr_department_ids(obj: Employee) -> list[int]:
        return [d.pk for d in obj.hr_departments.all()]


class RolesOut(Schema):
    is_manager: bool
    is_hr: bool
    is_committee: bool
    is_admin: bool
    can_manage_org: bool


class MeOut(Schema):
    id: int
    username: str
    display_name: str
    language: str
    employee: EmployeeOut | None
    roles: RolesOut


class EmployeeIn(Schema):
    employee_no: str
    name: str
    email: str = ""
    department_id: int
    position_id: int
    level: Level = Level.STAFF
    employment_type: EmploymentType = EmploymentType.REGULAR
    hire_date: dt.date
    manager_id: int | None = None
    hr_role: HrRole = HrRole.NONE
    hr_department_ids: list[int] = []
    is_committee_member: bool = False


class EmployeePatch(Schema):
    """Only the fields sent are changed; `version` is the one the client last read."""

    version: int
    employee_no: str | None = None
    name: str | None = None
    email: str | None = None
    department_id: int | None = None
    position_id: int | None = None
    level: Level | None = None
    employment_type: EmploymentType | None = None
    hire_date: dt.date | None = None
    manager_id: int | None = None
    hr_role: HrRole | None = None
    hr_department_ids: list[int] | None = None
    is_committee_member: bool | None = None


class ErrorOut(Schema):
    detail: str
    code: str


# ---- helpers -------------------------------------------------------------------------------

def _caller(request: HttpRequest) -> User:
    return request.auth  # set by candor.api.auth; anonymous calls never get this far


def _employees() -> QuerySet[Employee]:
    """Everything the employee schemas print, in the same query."""
    return Employee.objects.select_related("department", "position", "manager")


def _model_fields(data: dict) -> dict:
    """API ids → the objects the service expects, checked as HR's form checks them."""
    fields = {}
    for key, value in data.items():
        if key == "department_id":
            department = Department.objects.filter(pk=value, is_active=True).first()
            if department is None:
                raise DomainError(_("部门不存在或已停用。"))
            fields["department"] = department
        elif key == "position_id":
            position = Position.objects.filter(pk=value).first()
            if position is None:
                raise DomainError(_("岗位不存在。"))
            fields["position"] = position
        elif key == "manager_id":
            manager = None
            if value is not None:
                manager = Employee.objects.filter(pk=value, is_active=True).first()
                if manager is None:
                    raise DomainError(_("直属上级不存在或已离职。"))
            fields["manager"] = manager
        elif key == "hr_department_ids":
            departments = list(Department.objects.filter(pk__in=value or []))
            if len(departments) != len(set(value or [])):
                raise DomainError(_("负责的部门中有不存在的部门。"))
            fields["hr_departments"] = departments
        else:
            fields[key] = value
    return fields


def _managed_or_404(user: User, employee_id: int) -> Employee:
    if not access.can_manage_org(user):
        raise Http404
    return access.get_managed_employee_for(user, employee_id)


def _ensure_still_managed(user: User, employee: Employee) -> None:
    """A clerk may not move someone (or create someone) outside their own departments."""
    if not access.managed_employees(user).filter(pk=employee.pk).exists():
        raise HttpError(403, _("只能维护您负责范围内的人员。"))


def _detail(employee_id: int) -> Employee:
    return _employees().prefetch_related("hr_departments").get(pk=employee_id)


# ---- reads ---------------------------------------------------------------------------------

@router.get("/me", response=MeOut)
def me(request: HttpRequest) -> dict:
    """The caller and the roles the rest of the API will apply to them."""
    user = _caller(request)
    scope = access.scope_for(user)
    employee = _employees().filter(pk=scope.employee_id).first() if scope.employee_id else None
    return {
        "id": user.pk, "username": user.username, "display_name": user.display_name(),
        "language": user.language, "employee": employee,
        "roles": {"is_manager": scope.is_manager, "is_hr": scope.is_hr,
                  "is_committee": scope.is_committee, "is_admin": scope.is_admin,
                  "can_manage_org": access.can_manage_org(user)},
    }


# The list views keep to builtin parameter types: @paginate wraps them, and ninja evaluates
# the (postponed) annotations in ninja.pagination's namespace, where our schemas are unknown.
@router.get("/departments", response=list[DepartmentOut])
@paginate(PageNumberPagination)
def list_departments(request: HttpRequest, active: bool | None = None) -> QuerySet:
    """The department tree is directory data: every signed-in user may read it."""
    departments = Department.objects.order_by("code")
    if active is not None:
        departments = departments.filter(is_active=active)
    return departments


@router.get("/departments/{department_id}", response={200: DepartmentOut, 404: ErrorOut})
def get_department(request: HttpRequest, department_id: int) -> Department:
    return get_object_or_404(Department, pk=department_id)


@router.get("/employees", response=list[EmployeeOut])
@paginate(PageNumberPagination)
def list_employees(
    request: HttpRequest,
    q: str = Query("", description="Part of the name or the employee number."),
    department: int | None = Query(None, description="Department id, sub-departments included."),
    active: bool | None = None,
) -> QuerySet:
    """Only the people the caller may see: themself, their reports, or more for HR."""
    employees = access.visible_employees(_caller(request)).select_related(
        "department", "position", "manager")
    q = q.strip()
    if q:
        employees = employees.filter(Q(name__icontains=q) | Q(employee_no__icontains=q))
    if department is not None:
        employees = employees.filter(
            department_id__in=access.department_subtree_ids([department]))
    if active is not None:
        employees = employees.filter(is_active=active)
    return employees.order_by("employee_no")


@router.get("/employees/{employee_id}", response={200: EmployeeDetailOut, 404: ErrorOut})
def get_employee(request: HttpRequest, employee_id: int) -> Employee:
    employee = access.get_employee_for(_caller(request), employee_id, request=request,
                                       what="api.employee")
    return _detail(employee.pk)


# ---- writes (HR) ---------------------------------------------------------------------------

@router.post("/employees", response={201: EmployeeDetailOut, 400: ErrorOut, 403: ErrorOut})
def create_employee(request: HttpRequest, payload: EmployeeIn) -> Status:
    user = _caller(request)
    if not access.can_manage_org(user):
        raise HttpError(403, _("只有人事人员可以维护人员信息。"))
    fields = _model_fields(payload.dict())
    # Filled in first as a ModelForm does: the service reads the current values to
    # record what changed, and an unsaved Employee has no department to read yet.
    instance = Employee(**{k: v for k, v in fields.items() if k != "hr_departments"})
    with transaction.atomic():
        employee = services.save_org_object(instance=instance, fields=fields, actor=user)
        _ensure_still_managed(user, employee)
    return Status(201, _detail(employee.pk))


@router.patch("/employees/{employee_id}",
              response={200: EmployeeDetailOut, 400: ErrorOut, 403: ErrorOut, 404: ErrorOut,
                        409: ErrorOut})
def update_employee(request: HttpRequest, employee_id: int, payload: EmployeePatch) -> Employee:
    """Change the fields sent; 409 when someone saved the employee since `version`."""
    user = _caller(request)
    employee = _managed_or_404(user, employee_id)
    data = payload.dict(exclude_unset=True)
    version = data.pop("version")
    with transaction.atomic():
        employee = services.save_org_object(
            instance=employee, fields=_model_fields(data), actor=user, expected_version=version)
        _ensure_still_managed(user, employee)
    return _detail(employee.pk)


@router.post("/employees/{employee_id}/deactivate",
             response={200: EmployeeDetailOut, 400: ErrorOut, 404: ErrorOut})
def deactivate_employee(request: HttpRequest, employee_id: int) -> Employee:
    """The employee has left: their login and API tokens stop working at once."""
    user = _caller(request)
    employee = services.deactivate_employee(employee=_managed_or_404(user, employee_id),
                                            actor=user)
    return _detail(employee.pk)


@router.post("/employees/{employee_id}/reactivate",
             response={200: EmployeeDetailOut, 400: ErrorOut, 404: ErrorOut})
def reactivate_employee(request: HttpRequest, employee_id: int) -> Employee:
    user = _caller(request)
    employee = services.reactivate_employee(employee=_managed_or_404(user, employee_id),
                                            actor=user)
    return _detail(employee.pk)
