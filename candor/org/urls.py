from django.urls import path

from candor.org import views
from candor.org.roster import views as roster_views

app_name = "org"
urlpatterns = [
    path("", views.chart, name="chart"),
    path("departments/new/", views.department_edit, name="department_create"),
    path("departments/<int:pk>/", views.department, name="department"),
    path("departments/<int:pk>/edit/", views.department_edit, name="department_edit"),
    path("people/", views.employees, name="employees"),
    path("people/export/", views.employees_export, name="employees_export"),
    path("people/new/", views.employee_edit, name="employee_create"),
    path("people/<int:pk>/", views.employee, name="employee"),
    path("people/<int:pk>/edit/", views.employee_edit, name="employee_edit"),
    path("people/<int:pk>/active/", views.employee_set_active, name="employee_set_active"),
    path("catalogue/", views.catalogue, name="catalogue"),
    path("positions/new/", views.position_edit, name="position_create"),
    path("positions/<int:pk>/edit/", views.position_edit, name="position_edit"),
    path("sequences/new/", views.sequence_edit, name="sequence_create"),
    path("sequences/<int:pk>/edit/", views.sequence_edit, name="sequence_edit"),
    path("roster/", roster_views.roster_import, name="roster_import"),
    path("roster/template.xlsx", roster_views.roster_template, name="roster_template"),
]
