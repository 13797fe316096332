"""notify(): inbox entries and e-mail (over a real SMTP conversation), per recipient language."""

from __future__ import annotations

import logging
import socket

import pytest
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext
from icalendar import Calendar

from candor.core.testing import make_employee
from candor.notifications import services
from candor.notifications.models import Notification
from candor.notifications.tests.factories import START, calendar_parts, invitation


def _notify(recipients, **overrides):
    values = {"recipients": recipients, "kind": "interview.invited", "url": "/interviews/7/",
              "message": lambda: ("面谈邀请", "请于 3 月 2 日 10:00 参加绩效面谈。")}
    services.notify(**(values | overrides))


def test_it_mails_an_invitation_that_calendars_accept(
        personas, smtp_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _notify([personas.employee], calendar=lambda: ("REQUEST", invitation(sequence=1)))
    [message] = smtp_server
    assert message["X-Envelope-To"] == "employee@example.com"
    assert message["Subject"] == "面谈邀请"
    assert "10:00" in message.get_body(("plain",)).get_content()
    [part] = calendar_parts(message)
    assert part.get_param("method") == "REQUEST" and part.get_content_charset() == "utf-8"
    calendar = Calendar.from_ical(part.get_content())
    event = calendar.walk("VEVENT")[0]
    assert calendar["METHOD"] == "REQUEST"
    assert event["UID"] == "interview-7@candor" and event["SEQUENCE"] == 1
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert event.decoded("DTSTART") == START
    attachment = next(p for p in message.iter_attachments() if p.get_filename() == "invite.ics")
    assert Calendar.from_ical(attachment.get_content())["METHOD"] == "REQUEST"


def test_it_mails_a_cancellation_with_the_cancel_method(
        personas, smtp_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _notify([personas.employee],
                calendar=lambda: ("CANCEL", invitation(method="CANCEL", sequence=2)))
    [part] = calendar_parts(smtp_server[0])
    assert part.get_param("method") == "CANCEL"
    assert Calendar.from_ical(part.get_content())["METHOD"] == "CANCEL"


def test_each_recipient_reads_it_in_their_own_language(
        personas, smtp_server, django_capture_on_commit_callbacks):
    user = personas.employee.user
    user.language = "en"
    user.save()
    with translation.override("zh-hans"), django_capture_on_commit_callbacks(execute=True):
        _notify([personas.employee, personas.manager],
                message=lambda: (gettext("首页"), translation.get_language()))
    received = {m["X-Envelope-To"]: (m["Subject"], m.get_body(("plain",)).get_content().strip())
                for m in smtp_server}
    assert received == {"employee@example.com": ("Home", "en"),
                        "manager@example.com": ("首页", "zh-hans")}
    assert Notification.objects.get(recipient=user).title == "Home"
    assert Notification.objects.get(recipient=personas.manager.user).title == "首页"


def test_it_puts_the_notification_in_the_inbox_of_recipients_with_a_login(
        personas, smtp_server, django_capture_on_commit_callbacks):
    no_login = make_employee("周婷", department=personas.tech)
    no_login.email = "zhou@example.com"
    no_login.save()
    with django_capture_on_commit_callbacks(execute=True):
        _notify([personas.employee, no_login])
    assert sorted(m["X-Envelope-To"] for m in smtp_server) == [
        "employee@example.com", "zhou@example.com"]
    [notification] = Notification.objects.all()
    assert notification.recipient == personas.employee.user
    assert (notification.title, notification.url, notification.read_at) == (
        "面谈邀请", "/interviews/7/", None)


def test_the_link_goes_into_the_email_only(
        personas, smtp_server, django_capture_on_commit_callbacks):
    user = personas.employee.user
    user.language = "en"
    user.save()
    with django_capture_on_commit_callbacks(execute=True):
        _notify([personas.employee], link=lambda: gettext("首页") + ": https://candor.example/i/7/")
    body = smtp_server[0].get_body(("plain",)).get_content()
    assert body.startswith("请于 3 月 2 日 10:00 参加绩效面谈。")
    assert "Home: https://candor.example/i/7/" in body
    notification = Notification.objects.get(recipient=user)
    assert notification.body == "请于 3 月 2 日 10:00 参加绩效面谈。"
    assert notification.url == "/interviews/7/"


def test_it_tells_each_person_once_and_skips_people_who_left(
        personas, smtp_server, django_capture_on_commit_callbacks):
    personas.outsider.is_active = False
    personas.outsider.save()
    with django_capture_on_commit_callbacks(execute=True):
        _notify([personas.employee, personas.employee.user, None, personas.outsider])
    assert [m["X-Envelope-To"] for m in smtp_server] == ["employee@example.com"]
    assert Notification.objects.count() == 1


def test_it_can_skip_the_email(personas, smtp_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _notify([personas.employee], email=False)
    assert smtp_server == []
    assert Notification.objects.filter(recipient=personas.employee.user).exists()


@pytest.mark.django_db(transaction=True)
def test_nothing_is_sent_when_the_callers_transaction_rolls_back(personas, smtp_server):
    with pytest.raises(RuntimeError), transaction.atomic():
        _notify([personas.employee])
        raise RuntimeError("the change failed")
    assert smtp_server == []
    assert not Notification.objects.exists()
    with transaction.atomic():
        _notify([personas.employee])
        assert smtp_server == []  # not before the commit
    assert [m["X-Envelope-To"] for m in smtp_server] == ["employee@example.com"]


def test_a_mail_server_that_is_down_is_logged_not_raised(
        personas, settings, caplog, django_capture_on_commit_callbacks):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once the probe is closed
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        _notify([personas.employee])
    assert "Could not open the mail connection" in caplog.text
    assert Notification.objects.filter(recipient=personas.employee.user).exists()
