"""/periods/: setup (periods, templates, goals, confirmation) and results (scoring, release)."""

from candor.periods.results.urls import urlpatterns as results_urls
from candor.periods.setup.urls import urlpatterns as setup_urls

app_name = "periods"
urlpatterns = [*setup_urls, *results_urls]
