from django.contrib import admin

from candor.core.models import AccessEvent, AuditEvent


class ReadOnlyAdmin(admin.ModelAdmin):
    """Trails are append-only: nobody edits or deletes them through the admin."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    list_display = ["at", "actor", "event", "target_repr"]
    list_filter = ["event"]
    search_fields = ["target_repr", "event"]


@admin.register(AccessEvent)
class AccessEventAdmin(ReadOnlyAdmin):
    list_display = ["at", "actor", "subject", "what", "ip_address"]
    search_fields = ["subject__name", "actor__username"]
