"""HR's working-day page: the year's calendar, the override table and a notice-period helper."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from candor import access
from candor.core.errors import DomainError
from candor.workdays import calendar as workcal
from candor.workdays.forms import CalendarDayForm, CountForm
from candor.workdays.models import CalendarDay
from candor.workdays.services import delete_calendar_day, save_calendar_day

MIN_YEAR, MAX_YEAR = 2000, 2100


def _can_view(user) -> bool:
    return access.can_manage_org(user) or access.can_manage_periods(user)


def _can_edit(user) -> bool:
    """HR specialists and the admin keep the table; clerks only look at it."""
    return access.can_manage_periods(user)


def _year(raw: str | None) -> int:
    try:
        year = int(raw or "")
    except ValueError:
        return date.today().year
    return min(max(year, MIN_YEAR), MAX_YEAR)


def _parse_date(raw: str | None) -> date | None:
    try:
        return parse_date(raw or "")
    except ValueError:
        return None


def _months(year: int) -> list[dict]:
    """Twelve month grids (weeks of Monday..Sunday cells, None outside the month)."""
    days = workcal.days_info(date(year, 1, 1), date(year, 12, 31))
    months = []
    for month in range(1, 13):
        in_month = [d for d in days if d.date.month == month]
        cells: list = [None] * in_month[0].date.weekday() + in_month
        cells += [None] * (-len(cells) % 7)
        weeks = [cells[i:i + 7] for i in range(0, len(cells), 7)]
        workdays = sum(1 for d in in_month if d.is_workday)
        months.append({"number": month, "weeks": weeks, "workdays": workdays})
    return months


def _index_url(year: int) -> str:
    return f"{reverse('workdays:index')}?year={year}"


@login_required
def index(request: HttpRequest) -> HttpResponse:
    if not _can_view(request.user):
        raise Http404
    year = _year(request.GET.get("year"))
    can_edit = _can_edit(request.user)
    form = None
    if can_edit:
        initial = {"date": date(year, 1, 1)}
        edit_date = _parse_date(request.GET.get("edit"))
        edit = CalendarDay.objects.filter(date=edit_date).first() if edit_date else None
        if edit is not None:
            initial = {"date": edit.date, "kind": edit.kind, "name": edit.name, "note": edit.note}
        form = CalendarDayForm(initial=initial)
    count_form = CountForm(request.GET if "n" in request.GET else None)
    count_result = None
    if count_form.is_bound and count_form.is_valid():
        start, n = count_form.cleaned_data["start"], count_form.cleaned_data["n"]
        count_result = workcal.add_workdays(start, n)
    overrides = CalendarDay.objects.filter(date__year=year)
    return render(request, "workdays/index.html", {
        "year": year, "prev_year": year - 1, "next_year": year + 1,
        "years": range(year - 3, year + 4),
        "months": _months(year), "overrides": overrides, "can_edit": can_edit,
        "form": form, "count_form": count_form, "count_result": count_result,
        "weekday_names": [_("一"), _("二"), _("三"), _("四"), _("五"), _("六"), _("日")],
    })


@login_required
@require_POST
def day_save(request: HttpRequest) -> HttpResponse:
    if not _can_edit(request.user):
        raise Http404
    form = CalendarDayForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(_index_url(_year(request.POST.get("year"))))
    data = form.cleaned_data
    try:
        day = save_calendar_day(date=data["date"], kind=data["kind"], name=data["name"],
                                note=data["note"], actor=request.user)
    except DomainError as error:
        messages.error(request, error.message)
        return redirect(_index_url(data["date"].year))
    messages.success(request, _("已保存 %(day)s。") % {"day": day})
    return redirect(_index_url(day.date.year))


@login_required
@require_POST
def day_delete(request: HttpRequest, pk: int) -> HttpResponse:
    if not _can_edit(request.user):
        raise Http404
    day = get_object_or_404(CalendarDay, pk=pk)
    year = day.date.year
    label = str(day)
    delete_calendar_day(day=day, actor=request.user)
    messages.success(request, _("已删除 %(day)s，该日恢复默认规则。") % {"day": label})
    return redirect(_index_url(year))


