"""Django admin for the org chart. Edits made here go through the same services."""

from __future__ import annotations

from django.contrib import admin

from candor.org import services
from candor.org.models import Department, Employee, JobSequence, Position


class ServiceSavingAdmin(admin.ModelAdmin):
    """Route admin saves through `save_org_object` so they are validated and audited."""

    def save_model(self, request, obj, form, change):
        fields = {name: form.cleaned_data[name] for name in form.cleaned_data
                  if name not in {"hr_departments"} and hasattr(obj, name)}
        saved = services.save_org_object(
            instance=type(obj)(pk=obj.pk) if change else type(obj)(),
            fields=fields, actor=request.user)
        obj.pk = saved.pk
        obj.refresh_from_db()

    def save_related(self, request, form, formsets, change):
        form.instance = form.instance.__class__.objects.get(pk=form.instance.pk)
        super().save_related(request, form, formsets, change)


@admin.register(JobSequence)
class JobSequenceAdmin(ServiceSavingAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name"]


@admin.register(Department)
class DepartmentAdmin(ServiceSavingAdmin):
    list_display = ["code", "name", "parent", "head", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["code", "name"]
    autocomplete_fields = ["parent", "head"]


@admin.register(Position)
class PositionAdmin(ServiceSavingAdmin):
    list_display = ["code", "name", "sequence", "is_key"]
    list_filter = ["sequence", "is_key"]
    search_fields = ["code", "name"]


@admin.register(Employee)
class EmployeeAdmin(ServiceSavingAdmin):
    list_display = ["employee_no", "name", "department", "position", "level",
                    "employment_type", "manager", "hr_role", "is_committee_member", "is_active"]
    list_filter = ["is_active", "level", "employment_type", "hr_role", "is_committee_member",
                   "department"]
    search_fields = ["employee_no", "name", "email"]
    autocomplete_fields = ["manager", "department", "position", "user"]
    filter_horizontal = ["hr_departments"]
