from django.urls import path

from candor.core import views

app_name = "core"
urlpatterns = [
    path("", views.home, name="home"),
    path("access-log/", views.access_log, name="access_log"),
    path("access-log/export/", views.access_log_export, name="access_log_export"),
]
