"""`manage.py send_reminders`: queue every due reminder that is still pending (cron-able)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from candor.notifications.tasks import enqueue_due_reminders


class Command(BaseCommand):
    help = ("Queue the delivery of every pending reminder that is due. Reminders are queued "
            "for their due time when they are scheduled, so this is a safety sweep for tasks "
            "that were lost or failed; run it from cron every few minutes next to the worker "
            "(`manage.py db_worker`, or `db_worker --batch` from cron too). Running it twice, "
            "or while the worker runs, never sends a reminder twice.")

    def handle(self, *args: Any, **options: Any) -> None:
        count = enqueue_due_reminders()
        if options["verbosity"]:
            self.stdout.write(f"{count} due reminder(s) queued.")
