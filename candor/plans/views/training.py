"""What the plans feed into (R4.3): HR's list of training requests and the recognitions
earned by plans that were met."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from candor import access
from candor.plans.selectors import plans as plan_selectors
from candor.plans.selectors import training as selectors

PAGE_SIZE = 50


@login_required
def training_requests(request: HttpRequest) -> HttpResponse:
    if not access.can_see_training_requests(request.user):
        raise Http404
    department = plan_selectors.parse_filters(request.GET).department
    page = Paginator(selectors.training_requests(request.user, department=department),
                     PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "plans/training.html", {
        "page": page, "rows": selectors.training_rows(page),
        "departments": plan_selectors.department_choices(request.user),
        "department": department,
    })


@login_required
def recognitions(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.visible_recognitions(request.user), PAGE_SIZE).get_page(
        request.GET.get("page"))
    return render(request, "plans/recognitions.html", {"page": page})
