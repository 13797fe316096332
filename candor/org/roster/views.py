"""Roster import views (placeholder until the importer lands)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from candor import access


@login_required
def roster_import(request: HttpRequest) -> HttpResponse:
    if not access.can_manage_org(request.user):
        raise Http404
    return render(request, "org/roster_import.html", {})


@login_required
def roster_template(request: HttpRequest) -> HttpResponse:
    if not access.can_manage_org(request.user):
        raise Http404
    return HttpResponse(b"", content_type="application/octet-stream")
