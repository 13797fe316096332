"""Operators look at reminders here to see what was sent, skipped or is stuck."""

from __future__ import annotations

from django.contrib import admin

from candor.notifications.models import Notification, Reminder


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    list_display = ["key", "kind", "due_at", "status", "sent_at", "attempts", "note"]
    list_filter = ["status", "kind"]
    search_fields = ["key"]
    readonly_fields = ["key", "kind", "target_type", "target_id", "sent_at", "attempts"]


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["title", "recipient", "kind", "created_at", "read_at"]
    list_filter = ["kind"]
    search_fields = ["title", "recipient__username"]
    raw_id_fields = ["recipient"]
