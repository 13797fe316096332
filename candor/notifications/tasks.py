"""Reminder delivery on the task queue (django-tasks; `manage.py db_worker` runs it).

Exactly once per event: the delivery first claims the reminder with a conditional UPDATE
(still pending, already due), and the handler runs in the same transaction. A second run,
a duplicate task from the sweep, or a task left over from before a reschedule to a later
time finds nothing to claim. If the worker dies mid-delivery the transaction rolls back and
the reminder is pending again; the e-mail leaves only after the commit.
"""

from __future__ import annotations

import logging

from django.apps import apps
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from candor.notifications.models import Reminder, ReminderStatus
from candor.notifications.services import handler_for

logger = logging.getLogger(__name__)

# A reminder whose handler keeps failing is left to an operator after this many attempts.
MAX_ATTEMPTS = 5


def _target(reminder: Reminder):
    try:
        model = apps.get_model(reminder.target_type)
    except (LookupError, ValueError):
        return None
    return model._default_manager.filter(pk=reminder.target_id).first()


def deliver(reminder_id: int) -> str:
    """Claim and deliver one reminder; answers its status afterwards, or "" when there was
    nothing to claim (delivered already, cancelled, or moved to a later time)."""
    now = timezone.now()
    try:
        with transaction.atomic():
            claimed = Reminder.objects.filter(
                pk=reminder_id, status=ReminderStatus.PENDING, due_at__lte=now,
            ).update(status=ReminderStatus.SENT, sent_at=now, attempts=F("attempts") + 1,
                     updated_at=now)
            if not claimed:
                return ""
            reminder = Reminder.objects.get(pk=reminder_id)
            target = _target(reminder)
            outcome = (handler_for(reminder.kind)(reminder, target) if target is not None
                       else _("提醒的对象已不存在"))
            if outcome is not True:
                reminder.status, reminder.sent_at = ReminderStatus.SKIPPED, None
                reminder.note = str(outcome or "")[:200]
                reminder.save(update_fields=["status", "sent_at", "note", "updated_at"])
            return reminder.status
    except Exception as error:
        # Rolled back to pending; count the attempt so that the sweep gives up eventually.
        Reminder.objects.filter(pk=reminder_id, status=ReminderStatus.PENDING).update(
            attempts=F("attempts") + 1, note=f"{type(error).__name__}: {error}"[:200],
            updated_at=timezone.now())
        raise


@task()
def deliver_reminder(reminder_id: int) -> str:
    return deliver(reminder_id)


def enqueue_due_reminders() -> int:
    """The safety sweep: queue every pending reminder that is due (a task lost with a queue,
    a failed attempt, a backend that cannot defer). Duplicates are harmless: see `deliver`."""
    due = list(Reminder.objects.filter(
        status=ReminderStatus.PENDING, due_at__lte=timezone.now(), attempts__lt=MAX_ATTEMPTS,
    ).values_list("pk", flat=True))
    for pk in due:
        deliver_reminder.enqueue(pk)
    return len(due)


@task()
def send_due_reminders() -> int:
    return enqueue_due_reminders()
