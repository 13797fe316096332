"""Telling people: in-app notifications, e-mail with calendar invitations, and reminders.

Other apps call `notify` from inside their own service transaction. The inbox rows are
written in that transaction and the e-mail leaves only after it commits, so a rolled-back
change neither shows up in the inbox nor reaches anybody's mailbox.

Reminders are rows keyed by event (`schedule_reminder`), delivered by the task queue
(`tasks.deliver_reminder`) through a handler that the owning app registers with
`@register_reminder("<kind>")` in its `reminders.py` module.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import models, transaction
from django.utils import timezone, translation
from django.utils.module_loading import autodiscover_modules

from candor.notifications.models import Notification, Reminder, ReminderStatus

logger = logging.getLogger(__name__)

MessageFn = Callable[[], tuple[str, str]]
CalendarFn = Callable[[], tuple[str, bytes]]
ReminderHandler = Callable[[Reminder, Any], "bool | str"]


@dataclass(frozen=True)
class _Recipient:
    user: Any  # accounts.User or None (an employee without a login gets e-mail only)
    email: str
    language: str


def _language_of(user: Any) -> str:
    language = getattr(user, "language", "") if user is not None else ""
    if language and translation.check_for_language(language):
        return language
    return settings.LANGUAGE_CODE


def _resolve(recipients: Iterable[Any]) -> list[_Recipient]:
    """Employees and users → one entry per person, skipping people who left or are disabled.

    The roster's address (Employee.email) wins over the login's, as HR maintains it.
    """
    from candor.org.models import Employee

    resolved: list[_Recipient] = []
    seen_users: set[int] = set()
    seen_emails: set[str] = set()
    for recipient in recipients:
        if recipient is None:
            continue
        if isinstance(recipient, Employee):
            employee, user = recipient, recipient.user
        else:
            user, employee = recipient, getattr(recipient, "employee", None)
        if (employee is not None and not employee.is_active) or (
                user is not None and not user.is_active):
            continue
        email = ((employee.email if employee is not None else "")
                 or (user.email if user is not None else "")).strip()
        if (user is not None and user.pk in seen_users) or (
                email and email.lower() in seen_emails):
            continue
        if user is not None:
            seen_users.add(user.pk)
        if email:
            seen_emails.add(email.lower())
        resolved.append(_Recipient(user=user, email=email, language=_language_of(user)))
    return resolved


def _one_line(text: str) -> str:
    """Mail headers and titles cannot hold line breaks."""
    return " ".join(str(text).split())


def _build_email(*, to: str, subject: str, body: str,
                 invitation: tuple[str, bytes] | None) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(subject=subject, body=body, to=[to])
    if invitation is not None:
        method, ics = invitation
        method = method.upper()
        # The part's `method=` must match METHOD inside the ics, or Outlook shows a plain
        # attachment instead of an invitation. Django turns the subtype string into the
        # Content-Type header: text/calendar; method=REQUEST; charset="utf-8".
        message.attach_alternative(ics.decode("utf-8"), f"text/calendar; method={method}")
        message.attach("invite.ics", ics, "application/ics")
    return message


def _send(messages: list[EmailMultiAlternatives]) -> None:
    """After commit: one SMTP connection for the batch; a failure is logged, never raised,
    because the change it reports has already been committed."""
    try:
        with get_connection() as connection:
            for message in messages:
                try:
                    connection.send_messages([message])
                except Exception:
                    logger.exception("Notification e-mail to %s failed", message.to)
    except Exception:
        logger.exception("Could not open the mail connection for %d e-mails", len(messages))


@transaction.atomic
def notify(
    *,
    recipients: Iterable[Any],
    kind: str,
    url: str = "",
    message: MessageFn,
    calendar: CalendarFn | None = None,
    email: bool = True,
    link: str | Callable[[], str] = "",
) -> None:
    """Tell each recipient (org.Employee or accounts.User; None is skipped) about something.

    `message()` returns (subject, body) and `calendar()` returns (method, ics bytes); both
    are called once per recipient inside that recipient's language, so they should build
    their text with gettext at call time. Recipients with a login get an inbox entry; those
    with an e-mail address get the message (with the invitation when `calendar` is given)
    once the caller's transaction commits.

    `link` (text, or a callable called in the recipient's language) is appended to the
    e-mail body only: typically the absolute address of `url`. The inbox entry opens `url`
    with its own button, where a printed address would only repeat it.
    """
    inbox: list[Notification] = []
    outgoing: list[EmailMultiAlternatives] = []
    for recipient in _resolve(recipients):
        with translation.override(recipient.language):
            subject, body = message()
            invitation = calendar() if calendar is not None else None
            footer = str(link() if callable(link) else link).strip()
        subject, body = _one_line(subject), str(body)
        if recipient.user is not None:
            inbox.append(Notification(recipient=recipient.user, kind=kind,
                                      title=subject[:200], body=body, url=url[:300]))
        if email and recipient.email:
            text = body.rstrip() + "\n\n" + footer + "\n" if footer else body
            outgoing.append(_build_email(to=recipient.email, subject=subject, body=text,
                                         invitation=invitation))
    Notification.objects.bulk_create(inbox)
    if outgoing:
        transaction.on_commit(partial(_send, outgoing))


@transaction.atomic
def mark_read(*, notification: Notification, user: Any) -> Notification:
    """The recipient has opened it. Not audited: it changes nothing but their own inbox."""
    if notification.recipient_id != user.pk:
        raise PermissionError("not the recipient")
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at", "updated_at"])
    return notification


@transaction.atomic
def mark_all_read(*, user: Any) -> int:
    """Clear the user's unread badge; answers how many were unread."""
    now = timezone.now()
    return Notification.objects.filter(recipient=user, read_at__isnull=True).update(
        read_at=now, updated_at=now)


def unread_count(user: Any) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


# Reminders ---------------------------------------------------------------------------------

_HANDLERS: dict[str, ReminderHandler] = {}


def register_reminder(kind: str) -> Callable[[ReminderHandler], ReminderHandler]:
    """Register `fn(reminder, target) -> True | "reason skipped"` for reminders of `kind`.

    The handler runs in the delivery transaction; it calls `notify` (whose e-mail leaves
    after that commits) and answers True, or a short reason when there is nothing to remind
    about any more (e.g. "record already submitted").
    """

    def decorator(fn: ReminderHandler) -> ReminderHandler:
        _HANDLERS[kind] = fn
        return fn

    return decorator


def handler_for(kind: str) -> ReminderHandler:
    """The registered handler; apps' `reminders.py` modules are imported on first need, as
    the worker process has not necessarily imported the app that schedules the reminder."""
    if kind not in _HANDLERS:
        autodiscover_modules("reminders")
    try:
        return _HANDLERS[kind]
    except KeyError:
        raise LookupError(f"no reminder handler registered for {kind!r}") from None


def _enqueue(reminder_id: int, due_at: dt.datetime) -> None:
    """Queue the delivery for its due time. A backend that cannot defer (the immediate one)
    only gets reminders already due; the `send_reminders` sweep delivers the rest."""
    from candor.notifications.tasks import deliver_reminder

    task = deliver_reminder
    try:
        if task.get_backend().supports_defer:
            task = task.using(run_after=due_at)
        elif due_at > timezone.now():
            return
        task.enqueue(reminder_id)
    except Exception:
        # The row stays pending, so the sweep will still deliver it.
        logger.exception("Could not enqueue reminder %s", reminder_id)


@transaction.atomic
def schedule_reminder(*, key: str, kind: str, target: models.Model,
                      due_at: dt.datetime) -> Reminder:
    """Create or move the reminder named `key`.

    A new key, or a known key at a different time (the event was rescheduled, which is a new
    event to remind about), is pending and queued for `due_at`. The same key at the same time
    is left as it is, so running a scheduling job twice never reminds twice; a cancelled
    reminder scheduled again is pending again.
    """
    if timezone.is_naive(due_at):
        raise ValueError("due_at must be timezone-aware")
    values = {"kind": kind, "target_type": target._meta.label_lower, "target_id": target.pk}
    # get_or_create settles two schedulers racing on a new key; the lock, one moving it.
    reminder, created = Reminder.objects.get_or_create(key=key,
                                                       defaults=values | {"due_at": due_at})
    if not created:
        reminder = Reminder.objects.select_for_update(of=("self",)).get(pk=reminder.pk)
        if reminder.due_at == due_at and reminder.status != ReminderStatus.CANCELLED:
            return reminder
        for field, value in values.items():
            setattr(reminder, field, value)
        reminder.due_at, reminder.status = due_at, ReminderStatus.PENDING
        reminder.sent_at, reminder.note, reminder.attempts = None, "", 0
        reminder.save()
    transaction.on_commit(partial(_enqueue, reminder.pk, due_at))
    return reminder


@transaction.atomic
def cancel_reminders(*, key_prefix: str) -> int:
    """Cancel the pending reminders whose key starts with `key_prefix`; answers how many.

    End the prefix with the separator ("interview:12:"), or "interview:1" also matches
    interview 12.
    """
    if not key_prefix:
        raise ValueError("key_prefix must not be empty")
    return Reminder.objects.filter(key__startswith=key_prefix,
                                   status=ReminderStatus.PENDING).update(
        status=ReminderStatus.CANCELLED, updated_at=timezone.now())
