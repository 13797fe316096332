"""Setup URLs, combined with the results URLs under /periods/ (namespace "periods")."""

from django.urls import path

from candor.periods.setup import views_goals_import
from candor.periods.setup.views import abilities, catalogue, periods, sheets

urlpatterns: list = [
    path("", periods.period_list, name="period_list"),
    path("new/", periods.period_create, name="period_create"),
    path("<int:pk>/", periods.period_detail, name="period"),
    path("<int:pk>/edit/", periods.period_edit, name="period_edit"),
    path("<int:pk>/goals/export/", periods.period_goals_export, name="goals_export"),
    path("<int:pk>/assign/", periods.period_assign, name="period_assign"),
    path("<int:pk>/advance/", periods.period_advance, name="period_advance"),
    path("<int:pk>/bands/", catalogue.period_bands, name="period_bands"),
    path("<int:pk>/goals/import/", views_goals_import.goals_import,
         name="period_goals_import"),
    path("sheets/<int:pk>/", sheets.sheet_detail, name="sheet"),
    path("sheets/<int:pk>/confirm/", sheets.sheet_confirm, name="sheet_confirm"),
    path("sheets/<int:pk>/goals/new/", sheets.goal_create, name="goal_create"),
    path("goals/<int:pk>/edit/", sheets.goal_edit, name="goal_edit"),
    path("goals/<int:pk>/delete/", sheets.goal_delete, name="goal_delete"),
    path("templates/", catalogue.template_list, name="template_list"),
    path("templates/new/", catalogue.template_edit, name="template_create"),
    path("templates/<int:pk>/", catalogue.template_edit, name="template_edit"),
    path("templates/<int:pk>/delete/", catalogue.template_delete, name="template_delete"),
    path("bands/", catalogue.company_bands, name="company_bands"),
    path("abilities/", abilities.ability_list, name="ability_list"),
    path("abilities/new/", abilities.ability_edit, name="ability_create"),
    path("abilities/<int:pk>/", abilities.ability_edit, name="ability_edit"),
    path("abilities/<int:pk>/active/", abilities.ability_active, name="ability_active"),
]
