"""URL patterns of the evidence app (mounted at /evidence/ under the "evidence" namespace)."""

from django.urls import path

from candor.evidence import views, views_check_ins, views_facts, views_feedback, views_key_events

urlpatterns = [
    path("", views.index, name="index"),
    path("employees/<int:employee_id>/", views.employee, name="employee"),
    path("employees/<int:employee_id>/key-events/", views_key_events.key_events,
         name="key_events"),
    path("employees/<int:employee_id>/key-events/new/", views_key_events.key_event_create,
         name="key_event_create"),
    path("key-events/<int:pk>/edit/", views_key_events.key_event_edit, name="key_event_edit"),
    path("key-events/<int:pk>/delete/", views_key_events.key_event_delete,
         name="key_event_delete"),
    path("periods/<int:period_id>/key-events/", views_key_events.period_key_events,
         name="period_key_events"),
    path("employees/<int:employee_id>/check-ins/new/", views_check_ins.check_in_create,
         name="check_in_create"),
    path("periods/<int:period_id>/check-ins/", views_check_ins.period_check_ins,
         name="period_check_ins"),
    path("employees/<int:employee_id>/feedback/new/", views_feedback.feedback_request_create,
         name="feedback_request_create"),
    path("feedback/mine/", views_feedback.feedback_mine, name="feedback_mine"),
    path("feedback/<int:pk>/answer/", views_feedback.feedback_answer, name="feedback_answer"),
    path("feedback/answer/<str:token>/", views_feedback.feedback_answer_token,
         name="feedback_answer_token"),
    path("employees/<int:employee_id>/facts/", views_facts.facts, name="facts"),
    path("facts/import/", views_facts.facts_import, name="facts_import"),
    path("facts/template.xlsx", views_facts.facts_template, name="facts_template"),
]
