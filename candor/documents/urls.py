"""URLs of the documents app: downloads of records, plans and packs; exports."""

from django.urls import path  # noqa: F401

app_name = "documents"
urlpatterns: list = []
