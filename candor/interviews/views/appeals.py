"""Appeals (R3.8): the employee files one, everyone concerned follows it, the performance
committee rules on it. Reads go through candor.access; refusals come from the services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from candor import access
from candor.core.errors import DomainError
from candor.interviews.forms.appeals import AppealForm, RulingForm
from candor.interviews.models import Appeal, AppealStatus, Interview, Record, RecordStatus
from candor.interviews.selectors import appeals as selectors
from candor.interviews.services import appeals as services
from candor.interviews.services.record import contents
from candor.periods.models import GoalSheet

PAGE_SIZE = 50


def _goals(sheet: GoalSheet) -> list:
    return list(sheet.goals.order_by("order", "pk"))


@login_required
def appeal_new(request: HttpRequest, pk: int) -> HttpResponse:
    """Only the interviewee appeals, within the window after signing or instead of signing."""
    interview = access.get_interview_for(request.user, pk, request=request, what="appeal")
    if not access.is_interviewee(request.user, interview):
        raise PermissionDenied
    record = interview.record
    form = AppealForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            appeal = services.file_appeal(actor=request.user, record=record,
                                          items=form.items())
        except DomainError as e:
            messages.error(request, e.message)
        else:
            messages.success(request, _("申诉已提交绩效委员会，裁决后会通知您。"))
            return redirect(appeal)
    sheet = interview.sheet
    return render(request, "interviews/appeal_form.html", {
        "interview": interview, "record": record, "sheet": sheet, "form": form,
        "goals": _goals(sheet) if sheet else [],
        "refusal": selectors.refusal(record),
        "open_appeal": selectors.open_appeal(record),
        "deadline": services.appeal_deadline(record),
        "instead_of_signing": record.status == RecordStatus.WITH_EMPLOYEE,
    })


@login_required
def appeal_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    appeals = selectors.visible_appeals(request.user, status=status)
    page = Paginator(appeals, PAGE_SIZE).get_page(request.GET.get("page"))
    for appeal in page:
        appeal.item_rows = selectors.item_rows(appeal)
    return render(request, "interviews/appeal_list.html", {
        "page": page, "status": status, "statuses": AppealStatus.choices,
        "is_committee": access.can_rule(request.user),
    })


def _is_party(user, appeal: Appeal, interview: Interview) -> bool:
    """A committee member who is the employee or their manager in this case steps aside."""
    return access.scope_for(user).employee_id in (appeal.employee_id, interview.manager_id)


def _detail(request: HttpRequest, appeal: Appeal, form: RulingForm, *,
            status: int = 200) -> HttpResponse:
    user = request.user
    record = (Record.objects.select_related(
        "interview__manager__position", "interview__host", "interview__room",
        "interview__employee").prefetch_related("signatures").get(pk=appeal.record_id))
    interview = record.interview
    sheet = appeal.sheet
    is_member = access.can_rule(user)
    party = is_member and _is_party(user, appeal, interview)
    may_rule = is_member and not party and appeal.status == AppealStatus.REFERRED
    bands = selectors.grade_bands(sheet.period) if may_rule else []
    written = contents(record)
    return render(request, "interviews/appeal_detail.html", {
        "appeal": appeal, "items": selectors.item_rows(appeal), "sheet": sheet,
        "old_result": {"total": appeal.old_total, "grade": appeal.old_grade,
                       "multiplier": appeal.old_multiplier},
        "goals": _goals(sheet), "interview": interview, "record": record,
        "signatures": list(record.signatures.all()),
        "agreement": written["agreement"], "employee_comments": written["employee_comments"],
        "record_link": (access.can_read_record(user, record)
                        and access.visible_interviews(user).filter(pk=interview.pk).exists()),
        "may_rule": may_rule, "party": party, "form": form, "bands": bands,
        "preview": selectors.preview(bands, form["new_total"].value()) if may_rule else None,
    }, status=status)


@login_required
def appeal_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The case; committee members get the ruling form while it waits for them. An HTMX
    request with `new_total` answers the grade and multiplier that total would bring."""
    appeal = access.get_appeal_for(request.user, pk, request=request)
    if request.htmx and "new_total" in request.GET:
        if not access.can_rule(request.user):
            raise PermissionDenied
        bands = selectors.grade_bands(appeal.sheet.period)
        return render(request, "interviews/partials/_appeal_preview.html", {
            "preview": selectors.preview(bands, request.GET["new_total"])})
    return _detail(request, appeal, RulingForm())


@login_required
@require_POST
def appeal_rule(request: HttpRequest, pk: int) -> HttpResponse:
    appeal = access.get_appeal_for(request.user, pk, request=request)
    if not access.can_rule(request.user):
        raise PermissionDenied
    form = RulingForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            appeal = services.rule_appeal(actor=request.user, appeal=appeal,
                                          ruling=data["ruling"], reason=data["reason"],
                                          new_total=data["new_total"] or None)
        except DomainError as e:
            messages.error(request, e.message)
        else:
            messages.success(request, _("裁决已记录，并已通知员工和直属上级。"))
            return redirect(appeal)
    return _detail(request, appeal, form)
