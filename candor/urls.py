"""Top-level URLs."""

from django.contrib import admin
from django.urls import include, path

from candor.api.urls import api
from candor.core import views as core_views

urlpatterns = [
    path("", include("candor.core.urls")),
    path("accounts/", include("candor.accounts.urls")),
    path("org/", include("candor.org.urls")),
    path("periods/", include("candor.periods.urls")),
    path("evidence/", include("candor.evidence.urls")),
    path("workdays/", include("candor.workdays.urls")),
    path("notifications/", include("candor.notifications.urls")),
    path("interviews/", include("candor.interviews.urls")),
    path("plans/", include("candor.plans.urls")),
    path("documents/", include("candor.documents.urls")),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
    path("favicon.ico", core_views.favicon),
]

handler404 = "candor.core.views.error_404"
handler403 = "candor.core.views.error_403"
handler500 = "candor.core.views.error_500"
