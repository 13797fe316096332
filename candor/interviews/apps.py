from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterviewsConfig(AppConfig):
    name = "candor.interviews"
    verbose_name = _("绩效面谈")

    def ready(self) -> None:
        # Registers the reminder handlers in every process, the task worker included.
        from candor.interviews import reminders  # noqa: F401
