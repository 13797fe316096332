"""Forms HR uses to keep the org chart; each carries the version it was loaded at."""

from __future__ import annotations

from django import forms

from candor.org.models import Department, Employee, JobSequence, Position


class VersionedModelForm(forms.ModelForm):
    """Adds a hidden `loaded_version` so a concurrent save by someone else is detected."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["loaded_version"] = self.instance.version
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.CheckboxInput):
                widget.attrs.setdefault("class", "form-check-input")
            elif isinstance(widget, forms.Select | forms.SelectMultiple):
                widget.attrs.setdefault("class", "form-select")
            elif not isinstance(widget, forms.HiddenInput):
                widget.attrs.setdefault("class", "form-control")

    def field_values(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class DepartmentForm(VersionedModelForm):
    class Meta:
        model = Department
        fields = ["code", "name", "parent", "head", "is_active"]


class PositionForm(VersionedModelForm):
    class Meta:
        model = Position
        fields = ["code", "name", "sequence", "is_key"]


class JobSequenceForm(VersionedModelForm):
    class Meta:
        model = JobSequence
        fields = ["code", "name"]


class EmployeeForm(VersionedModelForm):
    class Meta:
        model = Employee
        fields = ["employee_no", "name", "email", "department", "position", "level",
                  "employment_type", "hire_date", "manager", "hr_role", "hr_departments",
                  "is_committee_member"]
        widgets = {"hire_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    ROLE_FIELDS = ("hr_role", "hr_departments", "is_committee_member")

    def __init__(self, *args, editor_scope=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["manager"].queryset = Employee.objects.filter(is_active=True)
        departments = Department.objects.filter(is_active=True)
        if editor_scope is not None and not editor_scope.sees_everyone:
            # A department HR clerk keeps people inside their departments and grants no roles.
            departments = departments.filter(pk__in=editor_scope.clerk_department_ids)
            for name in self.ROLE_FIELDS:
                del self.fields[name]
        self.fields["department"].queryset = departments

    def field_values(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields
                if name in self.fields}
