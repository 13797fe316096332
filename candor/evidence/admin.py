"""Admin for evidence. 360° answers are deliberately not registered: the admin would show
which rater gave which answer, which no screen may do."""

from __future__ import annotations

from django.contrib import admin

from candor.evidence.models import (
    CheckIn,
    FeedbackRequest,
    KeyEvent,
    PersonnelFact,
    Question,
    Questionnaire,
)


class QuestionInline(admin.TabularInline):
    model = Question
    extra = 0


@admin.register(Questionnaire)
class QuestionnaireAdmin(admin.ModelAdmin):
    list_display = ["name", "is_active"]
    inlines = [QuestionInline]


@admin.register(KeyEvent)
class KeyEventAdmin(admin.ModelAdmin):
    list_display = ["date", "employee", "polarity", "author", "cited_at"]
    list_filter = ["polarity", "period"]
    search_fields = ["employee__name", "employee__employee_no"]
    raw_id_fields = ["employee", "author"]
    readonly_fields = ["cited_at"]


@admin.register(CheckIn)
class CheckInAdmin(admin.ModelAdmin):
    list_display = ["date", "employee", "kind", "author"]
    list_filter = ["kind", "period"]
    search_fields = ["employee__name", "employee__employee_no"]
    raw_id_fields = ["employee", "author"]


@admin.register(FeedbackRequest)
class FeedbackRequestAdmin(admin.ModelAdmin):
    list_display = ["subject", "period", "relation", "status", "deadline"]
    list_filter = ["status", "relation", "period"]
    search_fields = ["subject__name", "subject__employee_no"]
    raw_id_fields = ["subject", "rater", "requested_by"]
    exclude = ["token"]


@admin.register(PersonnelFact)
class PersonnelFactAdmin(admin.ModelAdmin):
    list_display = ["date", "employee", "kind", "title", "quantity"]
    list_filter = ["kind"]
    search_fields = ["employee__name", "employee__employee_no", "title"]
    raw_id_fields = ["employee"]
