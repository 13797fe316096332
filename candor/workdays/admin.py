from django.contrib import admin

from candor.workdays.models import CalendarDay


@admin.register(CalendarDay)
class CalendarDayAdmin(admin.ModelAdmin):
    list_display = ("date", "kind", "name", "note", "updated_at")
    list_filter = ("kind",)
    search_fields = ("name", "note")
    date_hierarchy = "date"
