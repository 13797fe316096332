from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeriodsConfig(AppConfig):
    name = "candor.periods"
    label = "periods"
    verbose_name = _("绩效周期")
