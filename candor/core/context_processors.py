"""Navigation fitted to the user's role."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from candor import access


def navigation(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": [], "scope": None}
    scope = access.scope_for(user)
    items = [(_("首页"), reverse("core:home"), "home")]
    items.append((_("组织架构"), reverse("org:chart"), "org"))
    # The menu names the list ("Performance periods"); elsewhere 绩效周期 is one period.
    items.append((pgettext_lazy("plural", "绩效周期"), reverse("periods:period_list"),
                  "periods"))
    items.append((_("绩效依据"), reverse("evidence:index"), "evidence"))
    items.append((pgettext_lazy("plural", "绩效面谈"), reverse("interviews:list"),
                  "interviews"))
    items.append((pgettext_lazy("plural", "改进计划"), reverse("plans:list"), "plans"))
    if scope.is_committee or scope.sees_everyone:
        items.append((pgettext_lazy("plural", "绩效申诉"), reverse("interviews:appeals"),
                      "appeals"))
    from candor.evidence.selectors import pending_feedback_count

    pending = pending_feedback_count(user)
    if pending:
        items.append((_("我的反馈邀请（%(count)s）") % {"count": pending},
                      reverse("evidence:feedback_mine"), "feedback"))
    if scope.is_manager or scope.is_clerk or scope.sees_everyone:
        items.append((_("人员"), reverse("org:employees"), "people"))
    if access.can_manage_org(user):
        items.append((_("花名册导入"), reverse("org:roster_import"), "roster"))
    if access.can_manage_org(user):
        items.append((_("工作日历"), reverse("workdays:index"), "workdays"))
    if access.can_browse_access_log(user):
        items.append((_("访问记录"), reverse("core:access_log"), "access_log"))
    if user.is_staff:
        items.append((_("系统管理"), reverse("admin:index"), "admin"))
    path = request.path
    matches = [url for _label, url, _key in items
               if path == url or (url != "/" and path.startswith(url))]
    active = max(matches, key=len) if matches else None
    from candor.notifications.services import unread_count

    return {"nav_items": items, "nav_active": active, "scope": scope,
            "unread_notifications": unread_count(user)}
