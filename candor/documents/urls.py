"""URLs of the documents app: downloads of records, plans and packs; exports."""

from django.urls import path

from candor.documents import views, views_bulk

app_name = "documents"
urlpatterns: list = [
    # <pk> of a record or a pack is the interview's, as on the interview pages
    path("records/<int:pk>.docx", views.record_docx, name="record_docx"),
    path("records/<int:pk>.pdf", views.record_pdf, name="record_pdf"),
    path("plans/<int:pk>.docx", views.plan_docx, name="plan_docx"),
    path("plans/<int:pk>.pdf", views.plan_pdf, name="plan_pdf"),
    path("packs/<int:pk>.docx", views.pack_docx, name="pack_docx"),
    path("packs/<int:pk>.pdf", views.pack_pdf, name="pack_pdf"),
    # a period's sealed records as one zip (HR), built by the task worker
    path("periods/<int:period_pk>/exports/", views_bulk.bulk_exports, name="bulk_exports"),
    path("exports/<int:pk>/status/", views_bulk.bulk_export_status,
         name="bulk_export_status"),
    path("exports/<int:pk>/download/", views_bulk.bulk_export_download,
         name="bulk_export_download"),
]
