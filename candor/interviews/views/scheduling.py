"""Scheduling pages: the interview list, booking, the interview page, reschedule, cancel, the
calendar file, and HR's rooms and rules (R3.2).

Every interview is fetched through `access`; the services decide what is allowed, and a
refusal comes back as a message on the same form with the user's input kept.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from candor import access
from candor.core.errors import DomainError
from candor.documents.excel_export import ExportColumn, export_response, log_export
from candor.interviews.forms.scheduling import (
    CancelForm,
    PolicyForm,
    RoomForm,
    ScheduleForm,
    warnings_digest,
)
from candor.interviews.models import (
    Interview,
    InterviewPolicy,
    InterviewStatus,
    InterviewType,
    Room,
    SelfAssessment,
)
from candor.interviews.selectors import scheduling as selectors
from candor.interviews.services import appeals, rules, scheduling
from candor.interviews.services import settings as interview_settings
from candor.interviews.services.messages import calendar_for
from candor.interviews.services.scheduling import NeedsConfirmation
from candor.org.models import Department
from candor.periods.models import Period

PAGE_SIZE = 25
# Fields a change of employee (an HTMX re-render of the form) carries over from the query.
CARRIED = ("kind", "sheet", "date", "start", "duration_minutes", "room", "location", "host")


@login_required
def interview_list(request: HttpRequest) -> HttpResponse:
    filters = selectors.parse_filters(request.GET)
    interviews = selectors.interviews_for(request.user, filters)
    page = Paginator(interviews, PAGE_SIZE).get_page(request.GET.get("page"))
    scope = access.scope_for(request.user)
    return render(request, "interviews/list.html", {
        "page": page, "rows": selectors.rows(page), "filters": filters,
        "periods": selectors.period_choices(),
        "departments": selectors.department_choices(request.user),
        "statuses": InterviewStatus.choices, "kinds": InterviewType.choices,
        "is_manager": scope.is_manager, "is_hr": scope.is_hr,
        "can_schedule": selectors.can_schedule_anyone(request.user),
        "can_manage_settings": access.can_manage_interview_settings(request.user),
    })


def _record_status(i: Interview) -> str | None:
    record = getattr(i, "record", None)
    if i.status == InterviewStatus.CANCELLED or record is None:
        return None
    return record.get_status_display()


INTERVIEW_COLUMNS = (
    ExportColumn(_l("工号"), lambda i: i.employee.employee_no, 12),
    ExportColumn(_l("员工"), lambda i: i.employee.name, 12),
    ExportColumn(_l("部门"), lambda i: i.employee.department.name, 16),
    ExportColumn(_l("绩效周期"), lambda i: i.sheet.period.name if i.sheet else None, 18),
    ExportColumn(_l("类型"), lambda i: i.get_kind_display(), 14),
    ExportColumn(_l("时间"), lambda i: i.starts_at, 17),
    ExportColumn(_l("时长（分钟）"), lambda i: i.duration_minutes, 10),
    ExportColumn(_l("地点"), lambda i: i.place, 18),
    ExportColumn(_l("直属上级"), lambda i: i.manager.name, 12),
    ExportColumn(_l("主导人"), lambda i: i.host.name if i.host else None, 12),
    ExportColumn(_l("面谈状态"), lambda i: i.get_status_display(), 10),
    ExportColumn(_l("记录状态"), _record_status, 14),
    ExportColumn(_l("记录逾期"), lambda i: selectors.record_overdue(i), 10),
    ExportColumn(_l("提示"), lambda i: "；".join(selectors.warning_texts(i)), 40),
)


@login_required
def interview_list_export(request: HttpRequest) -> HttpResponse:
    """The interview list as a workbook: every interview its filters select, no paging."""
    filters = selectors.parse_filters(request.GET)
    interviews = selectors.interviews_for(request.user, filters)
    who = {selectors.WHO_MINE: _("我的面谈"), selectors.WHO_TEAM: _("我的团队"),
           selectors.WHO_HOSTING: _("我主导的")}
    period = Period.objects.filter(pk=filters.period).first() if filters.period else None
    department = (Department.objects.filter(pk=filters.department).first()
                  if filters.department else None)
    response = export_response(
        request, columns=INTERVIEW_COLUMNS, rows=interviews.iterator(chunk_size=1000),
        title=_("绩效面谈"), filters=[
            (_("范围"), who.get(filters.who, "")), (_("绩效周期"), period and period.name),
            (_("面谈状态"), dict(InterviewStatus.choices).get(filters.status, "")),
            (_("面谈类型"), dict(InterviewType.choices).get(filters.kind, "")),
            (_("部门"), department and department.name)])
    log_export(request, what="export:interviews",
               subject_ids=interviews.values_list("employee_id", flat=True))
    return response


def _confirmed(call: Callable[[bool], Interview], form: ScheduleForm) -> Interview:
    """Book without confirming; a tick confirms only the warnings that were shown (their
    digest travels in `warned`), so a changed slot with new warnings is asked about again."""
    confirm, warned = form.cleaned_data.get("confirm"), form.cleaned_data.get("warned")
    if confirm and not warned:
        return call(True)
    try:
        return call(False)
    except NeedsConfirmation as needs:
        if confirm and warned == warnings_digest(needs.warnings):
            return call(True)
        raise


def _ask_to_confirm(form: ScheduleForm, needs: NeedsConfirmation) -> list[str]:
    form.data = form.data.copy()
    form.data["warned"] = warnings_digest(needs.warnings)
    form.data.pop("confirm", None)
    return [rules.warning_text(w) for w in needs.warnings]


def _chosen_employee(request: HttpRequest, employees):
    """The employee the form is about: posted, asked for in the query, or the sheet's."""
    source = request.POST if request.method == "POST" else request.GET
    pk = source.get("employee")
    if not pk and source.get("sheet") and request.method == "GET":
        pk = access.get_sheet_for(request.user, source["sheet"], request=request).employee_id
    if not pk:
        return None
    employee = employees.filter(pk=pk).first() if str(pk).isdigit() else None
    if employee is None and request.method == "GET":
        raise Http404
    if employee is not None and request.method == "GET":
        access.log_access(user=request.user, subject=employee, what="interview_schedule",
                          request=request)
    return employee


def _form_context(request: HttpRequest, form: ScheduleForm, *, employee,
                  policy: InterviewPolicy, warnings: list[str],
                  interview: Interview | None = None) -> dict:
    earliest = rules.earliest_date(timezone.localdate(), policy)
    return {
        "form": form, "employee": employee, "policy": policy, "warnings": warnings,
        "interview": interview, "earliest": earliest,
        "earliest_weekday": rules.weekday_name(earliest),
        "rule_host": rules.default_host(employee) if employee is not None else None,
    }


@login_required
def schedule(request: HttpRequest) -> HttpResponse:
    employees = selectors.schedulable_employees(request.user)
    if not employees.exists():
        raise Http404
    policy = InterviewPolicy.current()
    employee = _chosen_employee(request, employees)
    sheets = selectors.released_sheets(employee)
    kwargs = {"employees": employees, "sheets": sheets, "policy": policy,
              "host_override": access.can_host_override(request.user)}
    warnings: list[str] = []
    if request.method == "POST":
        form = ScheduleForm(request.POST, **kwargs)
        if form.is_valid():
            data = form.cleaned_data

            def book(confirm: bool) -> Interview:
                return scheduling.schedule_interview(
                    actor=request.user, employee=data["employee"], kind=data["kind"],
                    starts_at=form.starts_at(), duration_minutes=data["duration_minutes"],
                    room=data["room"], location=data["location"], sheet=data["sheet"],
                    host=data.get("host"), confirm=confirm)

            try:
                interview = _confirmed(book, form)
            except NeedsConfirmation as needs:
                warnings = _ask_to_confirm(form, needs)
            except DomainError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("已安排面谈，邀请已发送给员工、直属上级和主导人。"))
                return redirect(interview)
    else:
        initial = {"kind": InterviewType.REGULAR, "start": "10:00",
                   "date": rules.earliest_date(timezone.localdate(), policy),
                   "duration_minutes": policy.default_minutes}
        initial |= {k: request.GET[k] for k in CARRIED if request.GET.get(k)}
        if employee is not None:
            initial["employee"] = employee.pk
            sheet_pks = [s.pk for s in sheets]
            if str(initial.get("sheet", "")) not in {str(pk) for pk in sheet_pks}:
                initial["sheet"] = sheet_pks[0] if sheet_pks else None
        form = ScheduleForm(initial=initial, **kwargs)
    context = _form_context(request, form, employee=employee, policy=policy,
                            warnings=warnings)
    if request.htmx:
        return render(request, "interviews/partials/_sched_form.html", context)
    return render(request, "interviews/schedule_form.html", context)


def _changeable(request: HttpRequest, pk: int) -> Interview:
    """The interview, if the user may move or cancel it: 404 out of sight, 403 in sight
    but not theirs to change (the employee on their own interview)."""
    interview = access.get_interview_for(request.user, pk, request=request)
    if not access.can_schedule(request.user, interview.employee):
        raise PermissionDenied
    return interview


def _closed(request: HttpRequest, interview: Interview) -> HttpResponse | None:
    if interview.status == InterviewStatus.SCHEDULED:
        return None
    messages.error(request, _("面谈当前为“%(status)s”状态，不能再更改安排。")
                   % {"status": interview.get_status_display()})
    return redirect(interview)


@login_required
def reschedule(request: HttpRequest, pk: int) -> HttpResponse:
    interview = _changeable(request, pk)
    if (closed := _closed(request, interview)) is not None:
        return closed
    policy = InterviewPolicy.current()
    kwargs = {"policy": policy, "rescheduling": True,
              "host_override": access.can_host_override(request.user)}
    warnings: list[str] = []
    if request.method == "POST":
        form = ScheduleForm(request.POST, **kwargs)
        if form.is_valid():
            data = form.cleaned_data

            def move(confirm: bool) -> Interview:
                return scheduling.reschedule_interview(
                    actor=request.user, interview=interview, starts_at=form.starts_at(),
                    duration_minutes=data["duration_minutes"], room=data["room"],
                    location=data["location"], host=data.get("host"), confirm=confirm,
                    version=data["version"])

            try:
                interview = _confirmed(move, form)
            except NeedsConfirmation as needs:
                warnings = _ask_to_confirm(form, needs)
            except DomainError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("面谈已改期，新的日历邀请已发送。"))
                return redirect(interview)
    else:
        local = timezone.localtime(interview.starts_at)
        form = ScheduleForm(initial={
            "date": local.date(), "start": local.strftime("%H:%M"),
            "duration_minutes": interview.duration_minutes, "room": interview.room_id,
            "location": interview.location, "host": interview.host_id,
            "version": interview.version}, **kwargs)
    context = _form_context(request, form, employee=interview.employee, policy=policy,
                            warnings=warnings, interview=interview)
    return render(request, "interviews/schedule_form.html", context)


@login_required
def cancel(request: HttpRequest, pk: int) -> HttpResponse:
    interview = _changeable(request, pk)
    if (closed := _closed(request, interview)) is not None:
        return closed
    form = CancelForm(request.POST or None, initial={"version": interview.version})
    if request.method == "POST" and form.is_valid():
        try:
            scheduling.cancel_interview(actor=request.user, interview=interview,
                                        reason=form.cleaned_data["reason"],
                                        version=form.cleaned_data["version"])
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("面谈已取消，已通知员工、直属上级和主导人。"))
            return redirect(interview)
    return render(request, "interviews/cancel.html", {"interview": interview, "form": form})


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = request.user
    interview = access.get_interview_for(user, pk, request=request)
    record = getattr(interview, "record", None)
    is_employee = access.is_interviewee(user, interview)
    assessment = SelfAssessment.objects.filter(interview=interview).only(
        "submitted_at").first()
    return render(request, "interviews/detail.html", {
        "interview": interview, "record": record, "is_employee": is_employee,
        "warnings": selectors.warning_texts(interview),
        "overdue": selectors.record_overdue(interview),
        "assessment_submitted": bool(assessment and assessment.submitted_at),
        "can_prepare": access.can_prepare(user, interview),
        "can_write": access.can_write_record(user, interview),
        "conversation_day": selectors.conversation_day(interview),
        "can_read_record": record is not None and access.can_read_record(user, record),
        "can_appeal": is_employee and record is not None and appeals.can_appeal(record),
        "can_change": (interview.status == InterviewStatus.SCHEDULED
                       and access.can_schedule(user, interview.employee)),
    })


@login_required
def calendar_file(request: HttpRequest, pk: int) -> HttpResponse:
    """The interview as it stands now, for people whose calendar missed the e-mail."""
    interview = access.get_interview_for(request.user, pk, request=request,
                                         what="interview_calendar")
    wanted = "CANCEL" if interview.status == InterviewStatus.CANCELLED else "REQUEST"
    method, ics = calendar_for(interview, wanted)()
    response = HttpResponse(ics, content_type=f"text/calendar; method={method}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="interview-{interview.pk}.ics"'
    return response


# HR's settings -----------------------------------------------------------------------------

def _require_settings(request: HttpRequest) -> None:
    if not access.can_manage_interview_settings(request.user):
        raise Http404


@login_required
def room_list(request: HttpRequest) -> HttpResponse:
    _require_settings(request)
    rooms = Room.objects.order_by("-is_active", "name")
    page = Paginator(rooms, 50).get_page(request.GET.get("page"))
    return render(request, "interviews/rooms.html", {"page": page})


def _room_form(request: HttpRequest, room: Room | None) -> HttpResponse:
    initial = ({"name": room.name, "location": room.location, "capacity": room.capacity,
                "is_leader_office": room.is_leader_office, "is_active": room.is_active,
                "version": room.version} if room is not None else {"is_active": True})
    form = RoomForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            interview_settings.save_room(actor=request.user, data=form.cleaned_data, room=room,
                                         version=form.cleaned_data["version"])
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("面谈室已保存。"))
            return redirect("interviews:rooms")
    return render(request, "interviews/room_form.html", {"form": form, "room": room})


@login_required
def room_create(request: HttpRequest) -> HttpResponse:
    _require_settings(request)
    return _room_form(request, None)


@login_required
def room_edit(request: HttpRequest, pk: int) -> HttpResponse:
    _require_settings(request)
    return _room_form(request, get_object_or_404(Room, pk=pk))


@login_required
def policy_edit(request: HttpRequest) -> HttpResponse:
    _require_settings(request)
    policy = InterviewPolicy.current()
    initial = {f: getattr(policy, f) for f in interview_settings.POLICY_FIELDS}
    form = PolicyForm(request.POST or None, initial=initial | {"version": policy.version})
    if request.method == "POST" and form.is_valid():
        try:
            interview_settings.save_policy(actor=request.user, data=form.cleaned_data,
                                           version=form.cleaned_data["version"])
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("面谈规则已保存。"))
            return redirect("interviews:policy")
    return render(request, "interviews/policy.html", {"form": form, "policy": policy})
