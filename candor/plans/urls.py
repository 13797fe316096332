"""URLs of the plans app. The names are a contract: the record, the home page and the
notifications link to them."""

from django.urls import path

from candor.plans.views import plans, tracking, training

app_name = "plans"

urlpatterns = [
    path("", plans.plan_list, name="list"),
    path("export/", plans.plan_list_export, name="list_export"),
    path("<int:pk>/", plans.plan_detail, name="detail"),
    path("measures/<int:pk>/progress/", tracking.progress, name="progress"),
    path("measures/<int:pk>/edit/", tracking.measure_edit, name="measure_edit"),
    path("smart-check/", tracking.smart_check, name="smart_check"),
    path("commitments/<int:pk>/", plans.commitment, name="commitment"),
    path("follow-ups/<int:pk>/", plans.follow_up, name="follow_up"),
    path("training/", training.training_requests, name="training"),
    path("recognitions/", training.recognitions, name="recognitions"),
]
