"""Before and during the interview: the employee's self-assessment (R3.3), the manager's
preparation pack (R3.4) and conversation mode (R3.5).

Each view fetches the interview through `access.get_interview_for` (404 out of scope) and
then asks the role question of its page: the self-assessment is the employee's (others who
prepare read it once submitted), the pack is never the employee's, and the conversation is
run by the interview's manager and host.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from candor import access
from candor.core.errors import ConcurrentEdit, DomainError
from candor.interviews import agenda, sections
from candor.interviews.forms.preparation import (
    PreparationForm,
    SelfAssessmentForm,
    checklist_label,
)
from candor.interviews.models import (
    Interview,
    InterviewPolicy,
    InterviewStatus,
    Preparation,
    Record,
    SelfAssessment,
)
from candor.interviews.selectors import carryover
from candor.interviews.selectors import pack as pack_selectors
from candor.interviews.selectors import scheduling as scheduling_selectors
from candor.interviews.services import preparation as services
from candor.interviews.services import rules, scheduling

EARLY_START_MINUTES = 30
ROW_PARTIALS = {
    "question_row": "interviews/partials/_prep_question_row.html",
    "disagreement_row": "interviews/partials/_prep_disagreement_row.html",
}


def _row_partial(request: HttpRequest) -> HttpResponse | None:
    """An empty question or disagreement row for the "添加一行" button (HTMX)."""
    template = ROW_PARTIALS.get(request.GET.get("part", ""))
    if template is None:
        return None
    number = request.GET.get("n", "")  # the new row's place, for its accessible name
    return render(request, template, {"row": {"point": "", "evidence": ""}, "value": "",
                                      "number": int(number) if number.isdigit() else ""})


# --- The employee's self-assessment --------------------------------------------------------

@login_required
def self_assessment(request: HttpRequest, pk: int) -> HttpResponse:
    """The employee writes; the manager line, host and HR read it once submitted."""
    interview = access.get_interview_for(request.user, pk, request=request,
                                         what="interview_self_assessment")
    is_self = access.is_interviewee(request.user, interview)
    if not is_self and not access.can_prepare(request.user, interview):
        raise Http404
    assessment = SelfAssessment.objects.filter(interview=interview).first()
    editable = is_self and interview.is_open and (assessment is None
                                                  or assessment.submitted_at is None)
    if editable and (partial := _row_partial(request)) is not None:
        return partial
    form = None
    if request.method == "POST":
        if not is_self:
            raise PermissionDenied
        form = SelfAssessmentForm(request.POST, assessment=assessment)
        submit = request.POST.get("action") == "submit"
        if form.is_valid():
            try:
                services.save_self_assessment(
                    actor=request.user, interview=interview, data=form.service_data(),
                    submit=submit, version=form.cleaned_data.get("version"))
            except DomainError as e:
                messages.error(request, e.message)
                if isinstance(e, ConcurrentEdit):
                    form = SelfAssessmentForm(_with_current_version(form, SelfAssessment,
                                                                    interview))
            else:
                messages.success(request, _("自我评估已提交，直属上级现在可以看到。") if submit
                                 else _("草稿已保存。提交之前，只有您自己能看到。"))
                return redirect("interviews:self_assessment", interview.pk)
    if not editable:
        form = None
    elif form is None:
        form = SelfAssessmentForm(assessment=assessment)
    results = pack_selectors.goal_results(request.user, interview)
    return render(request, "interviews/self_assessment.html", {
        "interview": interview, "assessment": assessment, "form": form,
        "editable": editable, "is_self": is_self,
        "submitted": assessment is not None and assessment.submitted_at is not None,
        "results": results if results and results.show_result else None,
        "due": pack_selectors.due_time(interview),
        "min_questions": services.MIN_QUESTIONS, "max_questions": services.MAX_QUESTIONS,
    })


def _with_current_version(form, model, interview: Interview):
    """After a conflict: the user's input stays, with the stored version, so that saving
    again is a deliberate choice made after reading the message."""
    data = form.data.copy()
    current = model.objects.filter(interview=interview).values_list("version", flat=True)
    data["version"] = current.first() or 1
    return data


# --- The manager's preparation pack --------------------------------------------------------

@login_required
def prepare(request: HttpRequest, pk: int) -> HttpResponse:
    """The pack and the manager's notes; the employee never sees either (404)."""
    interview = access.get_interview_for(request.user, pk, request=request,
                                         what="interview_preparation")
    if not access.can_prepare(request.user, interview):
        raise Http404
    if (partial := _row_partial(request)) is not None:
        return partial
    if request.GET.get("part") == "approach":
        return render(request, "interviews/partials/_prep_approach.html", {
            "suggestion": services.suggested_approach(request.GET.get("temperament", ""))})
    min_minutes = InterviewPolicy.current().min_minutes
    form = latest = None
    if request.method == "POST":
        form = PreparationForm(request.POST, min_minutes=min_minutes)
        if form.is_valid():
            try:
                services.save_preparation(actor=request.user, interview=interview,
                                          data=form.service_data(),
                                          version=form.cleaned_data.get("version"))
            except DomainError as e:
                messages.error(request, e.message)
                if isinstance(e, ConcurrentEdit):
                    latest = Preparation.objects.filter(interview=interview).first()
                    form = PreparationForm(_with_current_version(form, Preparation, interview),
                                           min_minutes=min_minutes)
            else:
                messages.success(request, _("面谈准备已保存。"))
                return redirect("interviews:prepare", interview.pk)
    pack = pack_selectors.build_pack(request.user, interview)
    if form is None:
        form = PreparationForm(preparation=pack.preparation, min_minutes=min_minutes)
    temperament = form["temperament"].value() or ""
    return render(request, "interviews/prepare.html", {
        "interview": interview, "pack": pack, "form": form, "latest": latest,
        "suggestion": services.suggested_approach(temperament),
        "can_run": access.can_write_record(request.user, interview),
        "conversation_day": scheduling_selectors.conversation_day(interview),
    })


# --- Conversation mode ---------------------------------------------------------------------

def _runnable(request: HttpRequest, pk: int, what: str = "interview_conversation") -> Interview:
    """The interview if the user runs it; 403 for others who see it."""
    interview = access.get_interview_for(request.user, pk, request=request, what=what)
    if not access.can_write_record(request.user, interview):
        raise PermissionDenied
    return interview


def _steps(interview: Interview) -> list[dict]:
    """The agenda with the record sections each step edits; the shared notes are edited
    once in the side panel, so they are not repeated per step. When a previous plan is
    open, the talk opens with how it ended (R4.2)."""
    record = Record.objects.filter(interview=interview).first()
    carried = record is not None and carryover.applies(record)
    steps = []
    for planned in agenda.plan(interview.kind, interview.duration_minutes):
        step = planned.step
        keys = [k for k in step.sections if k != "notes" and k in sections.BY_KEY]
        if carried and step.key == agenda.STEPS[0].key:
            keys.insert(0, carryover.KEY)
        steps.append({
            "key": step.key, "title": step.title, "guidance": step.guidance,
            "minutes": planned.minutes, "start": planned.start_minute,
            "emphasis": planned.emphasis, "solution": step.solution,
            "sections": [(k, sections.section_label(k, interview.kind)) for k in keys],
            "notes_only": not keys,
        })
    return steps


def _early(interview: Interview) -> bool:
    """Starting much earlier than booked is allowed, but asked about: the employee may not
    be there yet, and the record will show the real time."""
    return (interview.started_at is None and interview.status == InterviewStatus.SCHEDULED
            and timezone.now() < interview.starts_at - timedelta(minutes=EARLY_START_MINUTES))


@login_required
def conversation(request: HttpRequest, pk: int) -> HttpResponse:
    interview = _runnable(request, pk)
    preparation = Preparation.objects.filter(interview=interview).first()
    min_minutes = InterviewPolicy.current().min_minutes
    checked = (preparation.checklist or {}) if preparation else {}
    unchecked = [checklist_label(k, min_minutes) for k in services.CHECKLIST
                 if not checked.get(k)]
    return render(request, "interviews/conversation.html", {
        "interview": interview, "steps": _steps(interview),
        "solution_share": agenda.SOLUTION_SHARE,
        "preparation": preparation, "unchecked": unchecked,
        "assessment": pack_selectors.submitted_self_assessment(interview),
        "warnings": [rules.warning_text(w) for w in interview.warnings or []],
        "not_started": interview.started_at is None
        and interview.status == InterviewStatus.SCHEDULED,
        "running": interview.status == InterviewStatus.IN_PROGRESS,
        "ended": interview.status == InterviewStatus.HELD,
        "cancelled": interview.status == InterviewStatus.CANCELLED,
        "early": _early(interview),
    })


@login_required
@require_POST
def conversation_start(request: HttpRequest, pk: int) -> HttpResponse:
    interview = _runnable(request, pk)
    try:
        scheduling.start_conversation(actor=request.user, interview=interview)
    except DomainError as e:
        messages.error(request, e.message)
    return redirect("interviews:conversation", interview.pk)


@login_required
@require_POST
def conversation_end(request: HttpRequest, pk: int) -> HttpResponse:
    interview = _runnable(request, pk)
    try:
        ended = scheduling.end_conversation(actor=request.user, interview=interview)
    except DomainError as e:
        messages.error(request, e.message)
    else:
        messages.success(
            request, _("面谈已结束（%(minutes)s 分钟）。请在 %(hours)s 小时内完成面谈记录。")
            % {"minutes": ended.actual_minutes or 0,
               "hours": InterviewPolicy.current().record_due_hours})
    return redirect("interviews:conversation", interview.pk)
