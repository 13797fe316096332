"""HR's catalogue of ability and attitude items: list, create, edit, deactivate.

The Django admin is for the system administrator; HR keeps these items here, next to the
goal templates and the company grade bands.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from candor.core.errors import DomainError
from candor.periods.models import AbilityItem, AbilityRating
from candor.periods.setup import services
from candor.periods.setup.forms import AbilityItemForm
from candor.periods.setup.views.common import require_period_manager, version_from


@login_required
def ability_list(request: HttpRequest) -> HttpResponse:
    require_period_manager(request)
    items = list(AbilityItem.objects.order_by("-is_active", "kind", "order", "name"))
    counts = dict(AbilityRating.objects.values("item_id").annotate(n=Count("pk"))
                  .values_list("item_id", "n"))
    for item in items:
        item.rating_count = counts.get(item.pk, 0)
    return render(request, "periods/setup_ability_list.html", {"items": items})


@login_required
def ability_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    require_period_manager(request)
    item = get_object_or_404(AbilityItem, pk=pk) if pk else None
    if request.method == "POST":
        form = AbilityItemForm(request.POST)
    else:
        form = AbilityItemForm.for_item(item) if item else AbilityItemForm()
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.save_ability_item(item=item, fields=form.values(),
                                               actor=request.user,
                                               expected_version=version_from(request))
        except DomainError as e:
            form.add_error(None, e.message)
        else:
            messages.success(request, _("能力态度项“%(name)s”已保存。") % {"name": saved.name})
            return redirect("periods:ability_list")
    return render(request, "periods/setup_ability_form.html", {"form": form, "item": item})


@login_required
@require_POST
def ability_active(request: HttpRequest, pk: int) -> HttpResponse:
    """Deactivate (active=0) or bring back (active=1) an item."""
    require_period_manager(request)
    item = get_object_or_404(AbilityItem, pk=pk)
    active = request.POST.get("active") == "1"
    services.set_ability_item_active(item=item, active=active, actor=request.user)
    text = _("已启用“%(name)s”。") if active else _("已停用“%(name)s”，评分页面不再列出它。")
    messages.success(request, text % {"name": item.name})
    return redirect("periods:ability_list")
