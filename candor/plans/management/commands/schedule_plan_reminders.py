"""(Re)schedule the reminders of every active improvement plan.

Safe to run any number of times (e.g. from cron after a restore, or after HR changed the
reminder rule): reminders are keyed by their event, so nothing is scheduled twice and
nothing already sent is sent again.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _

from candor.plans.models import Plan, PlanStatus
from candor.plans.reminders import schedule_plan_reminders


class Command(BaseCommand):
    help = "Schedule the checkpoint, deadline and commitment reminders of every active plan."

    def handle(self, *args, **options) -> None:
        plans = reminders = 0
        for plan in Plan.objects.filter(status=PlanStatus.ACTIVE).iterator():
            with transaction.atomic():
                reminders += schedule_plan_reminders(plan)
            plans += 1
        if options["verbosity"]:
            self.stdout.write(_("已为 %(plans)s 个改进计划安排 %(reminders)s 条提醒。")
                              % {"plans": plans, "reminders": reminders})
