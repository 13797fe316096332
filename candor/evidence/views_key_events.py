"""Key events (关键事件): the lists per employee and per period, and recording one."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from candor import access
from candor.core.errors import DomainError
from candor.evidence import selectors, services
from candor.evidence.forms import KeyEventForm
from candor.evidence.models import KeyEvent, Polarity
from candor.evidence.services.common import is_locked
from candor.evidence.views import recordable_employee
from candor.periods.models import Period

PAGE_SIZE = 50


def evidence_url(employee_id: int, period_id: int | None) -> str:
    url = reverse("evidence:employee", args=[employee_id])
    return f"{url}?period={period_id}" if period_id else url


def _polarity_filter(request: HttpRequest, events):
    polarity = request.GET.get("polarity", "")
    return (events.filter(polarity=polarity) if polarity in Polarity.values else events), polarity


@login_required
def key_events(request: HttpRequest, employee_id: int) -> HttpResponse:
    """Every key event about one employee that the user may see, newest first."""
    person = access.get_employee_for(request.user, employee_id, request=request,
                                     what="key_events")
    events = (access.visible_key_events(request.user).filter(employee=person)
              .select_related("author__employee", "period"))
    periods = list(selectors.periods_for(person))
    period = next((p for p in periods if str(p.pk) == request.GET.get("period")), None)
    if period is not None:
        events = events.filter(selectors.in_period(period))
    events, polarity = _polarity_filter(request, events)
    return render(request, "evidence/key_events.html", {
        "person": person, "periods": periods, "period": period, "polarity": polarity,
        "page": Paginator(events, PAGE_SIZE).get_page(request.GET.get("page")),
        "can_record": access.can_record_evidence(request.user, person),
        "polarities": Polarity.choices,
    })


@login_required
def period_key_events(request: HttpRequest, period_id: int) -> HttpResponse:
    """Key events of one period across the people in the user's scope."""
    period = get_object_or_404(Period, pk=period_id)
    events = (access.visible_key_events(request.user).filter(selectors.in_period(period))
              .select_related("employee__department", "author__employee"))
    events, polarity = _polarity_filter(request, events)
    return render(request, "evidence/period_key_events.html", {
        "period": period, "polarity": polarity, "polarities": Polarity.choices,
        "page": Paginator(events, PAGE_SIZE).get_page(request.GET.get("page")),
    })


def _values(form: KeyEventForm) -> dict:
    data = form.cleaned_data
    return {k: data[k] for k in ("date", "polarity", "facts", "impact", "period")}


@login_required
def key_event_create(request: HttpRequest, employee_id: int) -> HttpResponse:
    person = recordable_employee(request, employee_id, what="key_events")
    form = KeyEventForm(request.POST or None, employee=person,
                        initial={"period": request.GET.get("period")})
    if request.method == "POST" and form.is_valid():
        try:
            event = services.record_key_event(employee=person, actor=request.user,
                                              **_values(form))
        except DomainError as e:
            messages.error(request, e.message)
        else:
            messages.success(request, _("关键事件已记录。"))
            return redirect(evidence_url(person.pk, event.period_id))
    return render(request, "evidence/form.html", {
        "form": form, "person": person, "title": _("记录关键事件"),
        "back": evidence_url(person.pk, None),
        "note": _("关键事件仅上级和人力资源可见；在面谈记录中引用后，员工本人才能看到。"),
    })


def _own_event(request: HttpRequest, pk: int) -> KeyEvent:
    try:
        event = (access.visible_key_events(request.user)
                 .select_related("employee", "period").get(pk=pk))
    except (KeyEvent.DoesNotExist, ValueError):
        raise Http404 from None
    return event


@login_required
def key_event_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """The author edits their own event; anybody else is answered as if it did not exist."""
    event = _own_event(request, pk)
    if event.author_id != request.user.pk:
        raise Http404
    back = evidence_url(event.employee_id, event.period_id)
    if event.cited_at is not None or is_locked(event.period):
        messages.error(request, _("该关键事件已被引用或所在周期已发布结果，不能再修改。"))
        return redirect(back)
    form = KeyEventForm(request.POST or None, employee=event.employee, initial={
        "date": event.date, "polarity": event.polarity, "facts": event.facts,
        "impact": event.impact, "period": event.period_id, "loaded_version": event.version})
    if request.method == "POST" and form.is_valid():
        try:
            event = services.update_key_event(
                event=event, actor=request.user, **_values(form),
                expected_version=form.cleaned_data.get("loaded_version"))
        except DomainError as e:
            messages.error(request, e.message)
        else:
            messages.success(request, _("已保存。"))
            return redirect(evidence_url(event.employee_id, event.period_id))
    return render(request, "evidence/form.html", {
        "form": form, "person": event.employee, "title": _("修改关键事件"), "back": back,
        "delete_url": reverse("evidence:key_event_delete", args=[event.pk]),
    })


@login_required
@require_POST
def key_event_delete(request: HttpRequest, pk: int) -> HttpResponse:
    event = _own_event(request, pk)
    if event.author_id != request.user.pk and not access.scope_for(request.user).sees_everyone:
        raise Http404
    back = evidence_url(event.employee_id, event.period_id)
    try:
        services.delete_key_event(event=event, actor=request.user)
    except DomainError as e:
        messages.error(request, e.message)
    else:
        messages.success(request, _("关键事件已删除。"))
    return redirect(back)
