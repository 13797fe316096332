"""The page's address is printed in e-mails, where it is the way back to Candor, and left
out of the in-app notice, whose own button opens the page."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.core import mail

from candor.interviews.tests.factories import book, submitted
from candor.notifications.models import Notification

pytestmark = pytest.mark.django_db


def _mail_to(address: str, subject_start: str):
    [message] = [m for m in mail.outbox
                 if m.to == [address] and m.subject.startswith(subject_start)]
    return message


def test_a_plain_notice_has_the_address_in_the_email_only(personas,
                                                          django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        record = submitted(personas)
    url = record.get_absolute_url()
    notice = Notification.objects.get(recipient=personas.employee.user, kind="record.submitted")
    assert notice.url == url
    assert settings.SITE_URL not in notice.body and "http" not in notice.body
    assert "王强 已完成面谈记录" in notice.body
    message = _mail_to(personas.employee.email, "请确认您的绩效面谈记录")
    assert message.body.rstrip().endswith(settings.SITE_URL.rstrip("/") + url)


def test_the_invitation_keeps_its_links_in_the_email_only(personas,
                                                          django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        interview = book(personas)
    notice = Notification.objects.get(recipient=personas.employee.user,
                                      kind="interview.invited")
    assert "http" not in notice.body and "请在面谈前提交自我评估" in notice.body
    message = _mail_to(personas.employee.email, "绩效面谈邀请")
    assert f"/interviews/{interview.pk}/self-assessment/" in message.body
    manager = Notification.objects.get(recipient=personas.manager.user, kind="interview.invited")
    assert "http" not in manager.body
    assert f"/interviews/{interview.pk}/prepare/" in _mail_to(personas.manager.email,
                                                               "绩效面谈").body
