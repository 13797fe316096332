"""/periods/…/results/: scoring, actual values, ratings, release and the explanation."""

from django.urls import path

from candor.periods.results import views, views_entry

urlpatterns = [
    path("<int:pk>/results/", views.overview, name="results_overview"),
    path("<int:pk>/results/export/", views.export, name="results_export"),
    path("<int:pk>/results/score/", views.score, name="results_score"),
    path("<int:pk>/results/release/", views.release, name="results_release"),
    path("<int:pk>/results/actuals/", views_entry.actuals, name="results_actuals"),
    path("<int:pk>/results/actuals/template/", views_entry.actuals_template,
         name="results_actuals_template"),
    path("<int:pk>/results/actuals/import/", views_entry.actuals_import,
         name="results_actuals_import"),
    path("results/goals/<int:pk>/actual/", views_entry.actual_save, name="results_actual_save"),
    path("results/goals/<int:pk>/rate/", views_entry.rate_goal, name="results_rate_goal"),
    path("results/sheets/<int:pk>/rate/", views_entry.rate, name="results_rate"),
    path("results/sheets/<int:pk>/abilities/<int:item_pk>/", views_entry.rate_ability,
         name="results_rate_ability"),
    path("results/sheets/<int:pk>/explain/", views.explain, name="results_explain"),
]
