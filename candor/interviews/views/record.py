"""The record (R3.6, R3.7): section editors that autosave and never overwrite silently, the
edit page, the read-only record laid out like the paper form, corrections, signatures and
addenda. Every decision is the services'; these views fetch through candor.access and turn
refusals into messages, keeping what the user typed."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_htmx.http import reswap, retarget

from candor import access
from candor.core.errors import ConcurrentEdit, DomainError
from candor.interviews import sections
from candor.interviews.forms.record import (
    AddendumForm,
    AnswerForm,
    CorrectionForm,
    SignForm,
    posted_rows,
    posted_version,
    section_data,
)
from candor.interviews.models import Correction, Record, RecordStatus
from candor.interviews.selectors import record as selectors
from candor.interviews.services import record as record_services
from candor.interviews.services import sealing
from candor.interviews.services.record import EDITABLE_BY_MANAGER
from candor.plans.services.rows import agreed_on

EDITOR = "interviews/partials/_section_editor.html"


def _editor_html(request: HttpRequest, state: dict) -> str:
    """A section editor inside a page: rendered without the context processors, which the
    page runs once, not once per section."""
    return render_to_string(EDITOR, state | {"csrf_token": get_token(request)})


def _render_record(request: HttpRequest, record: Record, *, comments: dict | None = None,
                   **forms) -> HttpResponse:
    """The record page; bound forms passed in keep the user's input after a refusal."""
    context = selectors.record_page(request.user, record)
    if comments is not None:
        context["comments_editor"] = comments
    editor = context.pop("comments_editor")
    context["comments_html"] = _editor_html(request, editor) if editor else ""
    context |= {
        "correction_form": forms.get("correction_form") or CorrectionForm(
            kind=record.interview.kind, hidden=selectors.hidden_keys(request.user, record)),
        "sign_form": forms.get("sign_form") or SignForm(),
        "addendum_form": forms.get("addendum_form") or AddendumForm(),
    }
    return render(request, "interviews/record.html", context)


def _render_edit(request: HttpRequest, record: Record, *, overrides: dict | None = None,
                 answer_forms: dict | None = None) -> HttpResponse:
    context = selectors.common(record)
    answer_forms = answer_forms or {}
    for correction in context["corrections"]:
        correction.answer_form = answer_forms.get(correction.pk) or AnswerForm(
            prefix=f"c{correction.pk}")
    context["editors"] = [_editor_html(request, state) for state in
                          selectors.editors(request.user, record, overrides=overrides)]
    context["can_submit"] = record.status in EDITABLE_BY_MANAGER
    return render(request, "interviews/record_edit.html", context)


@login_required
def record(request: HttpRequest, pk: int) -> HttpResponse:
    """Read-only for everyone who may read it; the employee's checks and both signatures."""
    return _render_record(request, selectors.record_for(request.user, pk, request=request))


@login_required
def record_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """The manager's and host's page for the draft (and for corrections)."""
    record = selectors.record_for(request.user, pk, request=request)
    if not access.can_write_record(request.user, record.interview):
        raise PermissionDenied
    if record.status not in EDITABLE_BY_MANAGER:
        messages.info(request, _("记录当前为“%(status)s”状态，不能再修改。") % {
            "status": record.get_status_display()})
        return redirect(record)
    return _render_edit(request, record)


def _back(record: Record, key: str) -> str:
    if key == "employee_comments":
        return reverse("interviews:record", args=[record.interview_id]) + "#section-" + key
    return reverse("interviews:record_edit", args=[record.interview_id]) + "#section-" + key


def _whole(request: HttpRequest, record: Record, key: str, state: dict) -> HttpResponse:
    """The full editor again (a conflict, a refusal, an added row). HTMX swaps it over the
    section; without HTMX the page is shown again with this section's state."""
    if request.htmx:
        return reswap(retarget(render(request, EDITOR, state), f"#section-{key}"), "outerHTML")
    if key == "employee_comments":
        return _render_record(request, record, comments=state)
    return _render_edit(request, record, overrides={key: state})


@login_required
def section(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    """One section's editor (read-only for readers who do not write it) and its autosave."""
    if key not in sections.BY_KEY:
        raise Http404
    if request.method == "GET":
        record = selectors.record_for(request.user, pk, request=request)
        if key in selectors.hidden_keys(request.user, record):
            raise Http404
        return render(request, EDITOR, selectors.editor(request.user, record, key))
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    record = selectors.record_for(request.user, pk, log=False)
    if key in selectors.hidden_keys(request.user, record):
        raise Http404
    if not selectors.writes(request.user, record, key):
        raise PermissionDenied
    mine = sections.clean(key, section_data(key, request.POST))
    version = posted_version(request.POST)
    if request.POST.get("add_row"):
        return _whole(request, record, key, selectors.editor(
            request.user, record, key, content=mine, version=version, extra_rows=1))
    try:
        saved = record_services.save_section(actor=request.user, record=record, key=key,
                                             data=section_data(key, request.POST),
                                             version=version)
    except ConcurrentEdit as e:
        stored = record.sections.select_related("updated_by__employee").filter(key=key).first()
        return _whole(request, record, key, selectors.editor(
            request.user, record, key, stored=stored, content=mine,
            version=stored.version if stored else 0, error=e.message,
            conflict=selectors.conflict_for(stored)))
    except DomainError as e:
        record = selectors.record_for(request.user, pk, log=False)
        state = selectors.editor(request.user, record, key, error=e.message)
        if state["editable"]:
            state = selectors.editor(request.user, record, key, content=mine, version=version,
                                     error=e.message)
        else:
            state["unsaved"] = selectors.display(key, mine)
        return _whole(request, record, key, state)
    saved_at = timezone.localtime()
    if not request.htmx:
        messages.success(request, _("“%(section)s”已保存。") % {
            "section": sections.section_label(key, record.interview.kind)})
        return redirect(_back(record, key))
    if request.POST.get("overwrite"):
        return _whole(request, record, key, selectors.editor(
            request.user, record, key, stored=saved, saved_at=saved_at))
    state = selectors.editor(request.user, record, key, stored=saved)
    return render(request, "interviews/partials/_section_saved.html", {
        "key": key, "version": saved.version, "saved_at": saved_at, "hints": state["hints"],
        "smart_rows": _smart_rows(record, key, request.POST),
        "smart_required": state.get("smart_required", False)})


def _smart_rows(record: Record, key: str, post) -> list[dict]:
    """Each posted measures row's SMART findings, to be swapped in under that row."""
    if key != "measures":
        return []
    today = agreed_on(record)
    return [{"number": number, "smart": selectors.smart_state(row, today=today)}
            for number, row in sorted(posted_rows(key, post).items())]


def _incomplete(record: Record, refusal: str) -> str:
    """The refusal as a list, one missing element per line, each a link to the editor of
    its section on the edit page (anything the sections do not explain stays as text)."""
    kind = record.interview.kind
    written = record_services.contents(record)
    linked = [(f"#section-{key}", problem) for key in sections.required_keys(kind)
              for problem in sections.problems(key, written[key], kind=kind)]
    linked += [(f"#section-{key}", problem) for key, problem
               in record_services.plan_problems_by_section(record, written)]
    shown = {problem for _anchor, problem in linked}
    rest = [(m,) for m in sections.missing(written, kind) if m not in shown]
    if not linked and not rest:
        return refusal
    return format_html('{}<ul class="mb-0">{}{}</ul>', _("记录还不完整，不能提交："),
                       format_html_join("", '<li><a class="alert-link" href="{}">{}</a></li>',
                                        linked),
                       format_html_join("", "<li>{}</li>", rest))


@login_required
@require_POST
def record_submit(request: HttpRequest, pk: int) -> HttpResponse:
    record = selectors.record_for(request.user, pk, request=request)
    if not access.can_write_record(request.user, record.interview):
        raise PermissionDenied
    try:
        record_services.submit_draft(actor=request.user, record=record)
    except DomainError as e:
        messages.error(request, _incomplete(record, e.message) if e.code == "incomplete"
                       else e.message)
        return redirect("interviews:record_edit", record.interview_id)
    messages.success(request, _("记录已提交给员工确认。"))
    return redirect(record)


@login_required
@require_POST
def correction_new(request: HttpRequest, pk: int) -> HttpResponse:
    """The employee points at a section; the record goes back to the manager."""
    record = selectors.record_for(request.user, pk, request=request)
    if not access.is_interviewee(request.user, record.interview):
        raise PermissionDenied
    form = CorrectionForm(request.POST, kind=record.interview.kind,
                          hidden=selectors.hidden_keys(request.user, record))
    if form.is_valid():
        try:
            record_services.request_correction(actor=request.user, record=record,
                                               section=form.cleaned_data["section"],
                                               text=form.cleaned_data["text"])
        except DomainError as e:
            messages.error(request, e.message)
        else:
            messages.success(request, _("更正请求已发给直属上级。"))
            return redirect(record)
    return _render_record(request, record, correction_form=form)


@login_required
@require_POST
def correction_answer(request: HttpRequest, pk: int, cid: int) -> HttpResponse:
    record = selectors.record_for(request.user, pk, request=request)
    if not access.can_write_record(request.user, record.interview):
        raise PermissionDenied
    correction = get_object_or_404(Correction, pk=cid, record=record)
    form = AnswerForm(request.POST, prefix=f"c{correction.pk}")
    if form.is_valid():
        try:
            record_services.answer_correction(
                actor=request.user, correction=correction,
                accepted=form.cleaned_data["decision"] == "accept",
                response=form.cleaned_data["response"])
        except DomainError as e:
            messages.error(request, e.message)
        else:
            messages.success(request, _("已答复更正请求。改完后请重新提交给员工确认。"))
            return redirect("interviews:record_edit", record.interview_id)
    return _render_edit(request, record, answer_forms={correction.pk: form})


@login_required
@require_POST
def record_sign(request: HttpRequest, pk: int) -> HttpResponse:
    """A signature needs the signer's password again; the second one seals the record."""
    record = selectors.record_for(request.user, pk, request=request)
    if selectors.signer_role(request.user, record) is None:
        raise PermissionDenied
    form = SignForm(request.POST)
    if form.is_valid():
        try:
            record = sealing.sign_record(actor=request.user, record=record,
                                         password=form.cleaned_data["password"],
                                         request=request)
        except DomainError as e:
            # Said at the password field, where the signer is looking, not at the top.
            form.refuse(e.message, on_password=e.code == "password")
        else:
            messages.success(request, _("双方已签字，记录已归档。")
                             if record.status == RecordStatus.SEALED else _("您已签字。"))
            return redirect(record)
    return _render_record(request, record, sign_form=form)


@login_required
@require_POST
def addendum_new(request: HttpRequest, pk: int) -> HttpResponse:
    """Later information about a sealed record; the sealed content stays as it was."""
    record = selectors.record_for(request.user, pk, request=request)
    if not selectors.may_add_addendum(request.user, record):
        raise PermissionDenied
    form = AddendumForm(request.POST)
    if form.is_valid():
        try:
            sealing.add_addendum(actor=request.user, record=record,
                                 text=form.cleaned_data["text"])
        except DomainError as e:
            messages.error(request, e.message)
        else:
            messages.success(request, _("补充说明已添加。"))
            return redirect(reverse("interviews:record", args=[pk]) + "#addenda")
    return _render_record(request, record, addendum_form=form)
