"""Django admin for periods: a read-only window onto periods, sheets, goals and scales.

Every change to them goes through the app's pages and services, which validate (weights,
bands without gaps, the confirmation digest) and audit; the admin would bypass all of that.
Ability items are a plain catalogue with no rule beyond the model's, so they stay editable.
"""

from __future__ import annotations

from django.contrib import admin

from candor.periods.models import (
    AbilityItem,
    Goal,
    GoalSheet,
    GoalTemplate,
    GoalTemplateItem,
    GradeBand,
    GradeScale,
    Period,
)


class ReadOnlyMixin:
    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class GradeBandInline(ReadOnlyMixin, admin.TabularInline):
    model = GradeBand
    extra = 0


@admin.register(GradeScale)
class GradeScaleAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["name", "is_company_default", "updated_at"]
    inlines = [GradeBandInline]


@admin.register(Period)
class PeriodAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["name", "kind", "start_date", "end_date", "status", "confirm_due",
                    "scoring_due", "release_due"]
    list_filter = ["status", "kind"]
    search_fields = ["name"]


class GoalTemplateItemInline(ReadOnlyMixin, admin.TabularInline):
    model = GoalTemplateItem
    extra = 0


@admin.register(GoalTemplate)
class GoalTemplateAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["name", "position", "sequence", "is_active"]
    list_filter = ["is_active"]
    inlines = [GoalTemplateItemInline]


class GoalInline(ReadOnlyMixin, admin.TabularInline):
    model = Goal
    extra = 0
    fields = ["order", "name", "unit", "target", "direction", "weight", "rule",
              "points_per_pct", "floor", "cap", "actual", "manager_points", "rating", "points"]


@admin.register(GoalSheet)
class GoalSheetAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["employee", "period", "status", "confirmed_at", "total", "grade"]
    list_filter = ["period", "status"]
    search_fields = ["employee__name", "employee__employee_no"]
    list_select_related = ["employee", "period"]
    inlines = [GoalInline]


@admin.register(AbilityItem)
class AbilityItemAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "order", "is_active"]
    list_filter = ["kind", "is_active"]
