from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class PeriodsConfig(AppConfig):
    name = "candor.periods"
    label = "periods"
    verbose_name = pgettext_lazy("plural", "绩效周期")
