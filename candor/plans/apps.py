from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "candor.plans"
    verbose_name = _("改进计划")

    def ready(self) -> None:
        from candor.plans import reminders  # noqa: F401  (registers the reminder handlers)
