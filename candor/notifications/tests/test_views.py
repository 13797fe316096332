"""The inbox: newest first, unread marked, opening one reads it, nobody opens another's."""

from __future__ import annotations

import pytest
from django.urls import reverse

from candor.notifications.models import Notification
from candor.notifications.tests.factories import make_notification

LIST = reverse("notifications:list")


def test_it_lists_only_my_notifications_newest_first(personas, client_for):
    user = personas.employee.user
    make_notification(user, title="旧的通知", read=True)
    make_notification(user, title="新的通知")
    make_notification(personas.manager.user, title="别人的通知")
    response = client_for("employee").get(LIST)
    assert [n.title for n in response.context["page"]] == ["新的通知", "旧的通知"]
    html = response.content.decode()
    assert "别人的通知" not in html
    assert html.count('data-unread="1"') == 1


def test_the_navbar_shows_my_unread_count(personas, client_for):
    for _ in range(3):
        make_notification(personas.employee.user)
    make_notification(personas.employee.user, read=True)
    html = client_for("employee").get(reverse("core:home")).content.decode()
    assert 'data-testid="notifications"' in html
    assert 'text-bg-danger">3<' in html
    html = client_for("manager").get(reverse("core:home")).content.decode()
    assert 'data-testid="notifications"' in html and "text-bg-danger" not in html


def test_opening_a_notification_marks_it_read_and_follows_its_link(personas, client_for):
    notification = make_notification(personas.employee.user, url="/evidence/")
    response = client_for("employee").post(reverse("notifications:read",
                                                   args=[notification.pk]))
    assert response.status_code == 302 and response["Location"] == "/evidence/"
    notification.refresh_from_db()
    assert notification.read_at is not None


def test_a_link_off_the_site_is_not_followed(personas, client_for):
    notification = make_notification(personas.employee.user, url="https://evil.example/")
    response = client_for("employee").post(reverse("notifications:read",
                                                   args=[notification.pk]))
    assert response["Location"] == LIST


def test_nobody_opens_another_users_notification(personas, client_for):
    notification = make_notification(personas.employee.user)
    for name in ("manager", "hr", "admin"):
        response = client_for(name).post(reverse("notifications:read", args=[notification.pk]))
        assert response.status_code == 404
    notification.refresh_from_db()
    assert notification.read_at is None


def test_it_marks_all_of_mine_read(personas, client_for):
    mine = [make_notification(personas.employee.user) for _ in range(2)]
    theirs = make_notification(personas.manager.user)
    response = client_for("employee").post(reverse("notifications:read_all"), follow=True)
    assert "所有通知已标为已读" in response.content.decode()
    assert all(n.read_at for n in Notification.objects.filter(pk__in=[m.pk for m in mine]))
    theirs.refresh_from_db()
    assert theirs.read_at is None


@pytest.mark.parametrize("size", [3, 30])
def test_the_list_costs_the_same_queries_at_any_size(personas, client_for, size,
                                                     django_assert_max_num_queries):
    for i in range(size):
        make_notification(personas.employee.user, read=bool(i % 2))
    client = client_for("employee")
    client.get(LIST)  # warm the session and the language
    with django_assert_max_num_queries(9):
        response = client.get(LIST)
    assert len(response.context["page"]) == size
