"""/evidence/: key events, check-ins, 360° feedback, imported personnel facts."""

from candor.evidence.views_urls import urlpatterns as evidence_urls

app_name = "evidence"
urlpatterns = [*evidence_urls]
