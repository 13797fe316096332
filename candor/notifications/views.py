"""The user's own inbox: list, open one (marking it read), mark all read."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from candor.notifications import services
from candor.notifications.models import Notification

PAGE_SIZE = 50


@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    """Newest first; a notification belongs to its recipient only, so no wider scope exists."""
    notifications = Notification.objects.filter(recipient=request.user)
    return render(request, "notifications/list.html", {
        "page": Paginator(notifications, PAGE_SIZE).get_page(request.GET.get("page")),
        "unread": services.unread_count(request.user),
    })


@login_required
@require_POST
def notification_read(request: HttpRequest, pk: int) -> HttpResponse:
    """Open a notification: mark it read and go where it points. Someone else's is a 404."""
    notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
    services.mark_read(notification=notification, user=request.user)
    if notification.url and url_has_allowed_host_and_scheme(
            notification.url, allowed_hosts={request.get_host()},
            require_https=request.is_secure()):
        return redirect(notification.url)
    return redirect("notifications:list")


@login_required
@require_POST
def notification_read_all(request: HttpRequest) -> HttpResponse:
    if services.mark_all_read(user=request.user):
        messages.success(request, _("所有通知已标为已读。"))
    return redirect("notifications:list")
