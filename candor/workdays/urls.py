"""/workdays/: HR's working-day calendar."""

from django.urls import path

from candor.workdays import views

app_name = "workdays"
urlpatterns = [
    path("", views.index, name="index"),
    path("days/save/", views.day_save, name="day_save"),
    path("days/<int:pk>/delete/", views.day_delete, name="day_delete"),
]
