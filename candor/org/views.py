"""The org chart, the people list and profile, and HR's upkeep of the org data."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django.views.decorators.http import require_POST

from candor import access
from candor.core.errors import DomainError
from candor.documents.excel_export import ExportColumn, export_response, log_export
from candor.org import selectors, services
from candor.org.forms import DepartmentForm, EmployeeForm, JobSequenceForm, PositionForm
from candor.org.models import Department, Employee, JobSequence, Position


@login_required
def chart(request: HttpRequest) -> HttpResponse:
    """The department tree with heads and head counts: directory data, open to all staff."""
    return render(request, "org/chart.html", {"tree": selectors.department_tree()})


@login_required
def department(request: HttpRequest, pk: int) -> HttpResponse:
    dept = get_object_or_404(Department.objects.select_related("parent", "head"), pk=pk)
    members = (dept.employees.filter(is_active=True)
               .select_related("position", "manager").order_by("employee_no"))
    visible_ids = set(access.visible_employees(request.user).filter(department=dept)
                      .values_list("pk", flat=True))
    children = dept.children.filter(is_active=True).annotate(
        headcount=Count("employees", filter=Q(employees__is_active=True)))
    return render(request, "org/department.html", {
        "dept": dept, "members": members, "children": children, "visible_ids": visible_ids,
        "can_manage": access.can_manage_org(request.user),
    })


@login_required
def employees(request: HttpRequest) -> HttpResponse:
    """The people the user may see: reports for a manager, everyone for HR."""
    filters = selectors.parse_employee_filters(request.GET)
    page = Paginator(selectors.employees_for(request.user, filters), 50).get_page(
        request.GET.get("page"))
    template = "org/partials/_employee_rows.html" if request.htmx else "org/employees.html"
    return render(request, template, {
        "page": page, "q": filters.q, "department_id": filters.department,
        "status": filters.status,
        "departments": Department.objects.filter(is_active=True).order_by("code"),
        "can_manage": access.can_manage_org(request.user),
    })


EMPLOYEE_COLUMNS = (
    ExportColumn(_l("工号"), lambda e: e.employee_no, 12),
    ExportColumn(_l("姓名"), lambda e: e.name, 12),
    ExportColumn(_l("部门"), lambda e: e.department.name, 16),
    ExportColumn(_l("岗位"), lambda e: e.position.name, 16),
    ExportColumn(_l("岗位序列"), lambda e: e.position.sequence.name, 12),
    ExportColumn(_l("职级层次"), lambda e: e.get_level_display(), 12),
    ExportColumn(_l("用工类型"), lambda e: e.get_employment_type_display(), 10),
    ExportColumn(_l("直属上级"), lambda e: e.manager.name if e.manager else None, 12),
    ExportColumn(_l("入职日期"), lambda e: e.hire_date, 12),
    ExportColumn(_l("状态"), lambda e: _("在职") if e.is_active else _("离职"), 8),
)


@login_required
def employees_export(request: HttpRequest) -> HttpResponse:
    """The people list as a workbook: every row the page's filters select, no paging."""
    filters = selectors.parse_employee_filters(request.GET)
    people = selectors.employees_for(request.user, filters)
    department = (Department.objects.filter(pk=int(filters.department)).first()
                  if filters.department.isdigit() else None)
    statuses = {selectors.STATUS_ACTIVE: _("在职"), selectors.STATUS_INACTIVE: _("离职")}
    response = export_response(
        request, columns=EMPLOYEE_COLUMNS, rows=people.iterator(chunk_size=2000),
        title=_("人员"), filters=[
            (_("姓名或工号"), filters.q),
            (_("部门"), department.name if department else ""),
            (_("状态"), statuses.get(filters.status, _("全部"))),
        ])
    log_export(request, what="export:employees", subject_ids=people.values_list("pk", flat=True))
    return response


@login_required
def employee(request: HttpRequest, pk: int) -> HttpResponse:
    person = access.get_employee_for(request.user, pk, request=request, what="profile")
    reports = person.direct_reports.filter(is_active=True).select_related("position")
    can_manage = access.managed_employees(request.user).filter(pk=person.pk).exists()
    return render(request, "org/employee.html",
                  {"person": person, "reports": reports, "can_manage": can_manage})


def _require_org_manager(request: HttpRequest) -> None:
    if not access.can_manage_org(request.user):
        raise Http404


def _edit(request: HttpRequest, *, form_class, instance, template: str, success,
          form_kwargs: dict | None = None) -> HttpResponse:
    """Shared create/update flow: the form validates input, the service owns the write."""
    form = form_class(request.POST or None, instance=instance, **(form_kwargs or {}))
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.save_org_object(
                instance=instance, fields=form.field_values(), actor=request.user,
                expected_version=form.cleaned_data.get("loaded_version"),
            )
        except DomainError as e:
            messages.error(request, e.message)
        else:
            messages.success(request, _("已保存。"))
            return redirect(success(saved))
    return render(request, template,
                  {"form": form, "object": instance, "kind": instance._meta.verbose_name})


@login_required
def employee_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    _require_org_manager(request)
    instance = access.get_managed_employee_for(request.user, pk) if pk else Employee()
    return _edit(request, form_class=EmployeeForm, instance=instance,
                 template="org/employee_form.html", success=lambda e: e.get_absolute_url(),
                 form_kwargs={"editor_scope": access.scope_for(request.user)})


@login_required
@require_POST
def employee_set_active(request: HttpRequest, pk: int) -> HttpResponse:
    _require_org_manager(request)
    person = access.get_managed_employee_for(request.user, pk)
    try:
        if request.POST.get("active") == "1":
            services.reactivate_employee(employee=person, actor=request.user)
            messages.success(request, _("%(name)s 已恢复在职。") % {"name": person.name})
        else:
            services.deactivate_employee(employee=person, actor=request.user)
            messages.success(request, _("%(name)s 已设为离职，其登录会话已全部结束。")
                             % {"name": person.name})
    except DomainError as e:
        messages.error(request, e.message)
    return redirect(person.get_absolute_url())


@login_required
def department_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    _require_org_manager(request)
    instance = get_object_or_404(Department, pk=pk) if pk else Department()
    return _edit(request, form_class=DepartmentForm, instance=instance,
                 template="org/object_form.html", success=lambda d: d.get_absolute_url())


@login_required
def catalogue(request: HttpRequest) -> HttpResponse:
    """Positions and job sequences on one page."""
    _require_org_manager(request)
    return render(request, "org/catalogue.html", {
        "positions": Position.objects.select_related("sequence")
        .annotate(headcount=Count("employees", filter=Q(employees__is_active=True))),
        "sequences": JobSequence.objects.annotate(positions_count=Count("positions")),
    })


@login_required
def position_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    _require_org_manager(request)
    instance = get_object_or_404(Position, pk=pk) if pk else Position()
    return _edit(request, form_class=PositionForm, instance=instance,
                 template="org/object_form.html", success=lambda p: "org:catalogue")


@login_required
def sequence_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    _require_org_manager(request)
    instance = get_object_or_404(JobSequence, pk=pk) if pk else JobSequence()
    return _edit(request, form_class=JobSequenceForm, instance=instance,
                 template="org/object_form.html", success=lambda s: "org:catalogue")
