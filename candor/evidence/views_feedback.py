"""360° feedback: asking raters, a rater's open requests, and answering (also by token)."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from candor import access
from candor.core.errors import DomainError
from candor.evidence import selectors, services
from candor.evidence.forms import FeedbackAnswerForm, FeedbackRequestForm
from candor.evidence.models import FeedbackRequest, FeedbackStatus
from candor.evidence.views import recordable_employee
from candor.evidence.views_key_events import evidence_url

RECENT = 30
DEFAULT_DEADLINE = dt.timedelta(days=14)


@login_required
def feedback_request_create(request: HttpRequest, employee_id: int) -> HttpResponse:
    """HR or the manager line asks chosen raters about one employee for one period."""
    subject = recordable_employee(request, employee_id, what="feedback")
    running = selectors.pick_period(list(selectors.periods_for(subject)), None)
    form = FeedbackRequestForm(request.POST or None, subject=subject, initial={
        "period": request.GET.get("period") or (running.pk if running else None),
        "deadline": timezone.localdate() + DEFAULT_DEADLINE})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            created = services.request_feedback(
                period=data["period"], subject=subject, actor=request.user,
                deadline=data["deadline"], raters=form.employee_raters(),
                customers=data["customers"], questionnaire=data["questionnaire"],
                base_url=request.build_absolute_uri("/"))
        except DomainError as e:
            messages.error(request, e.message)
        else:
            messages.success(request, ngettext("已发出 %(count)s 份反馈邀请。",
                                               "已发出 %(count)s 份反馈邀请。", len(created))
                             % {"count": len(created)})
            return redirect(evidence_url(subject.pk, data["period"].pk))
    return render(request, "evidence/form.html", {
        "form": form, "person": subject, "title": _("发起 360° 反馈"),
        "back": evidence_url(subject.pk, None),
        "note": _("评价人的答复只以汇总形式呈现，不显示谁给了哪项评分；"
                  "员工本人在收到至少 3 份答复后才能看到汇总结果。"),
    })


@login_required
def feedback_mine(request: HttpRequest) -> HttpResponse:
    """The requests the user is asked to answer: open ones first, then recent closed ones."""
    today = timezone.localdate()
    mine = access.feedback_to_answer(request.user).select_related("subject__department",
                                                                  "period")
    open_requests = mine.filter(status=FeedbackStatus.PENDING, deadline__gte=today)
    closed = (mine.exclude(pk__in=open_requests.values("pk"))
              .order_by("-deadline", "-pk")[:RECENT])
    return render(request, "evidence/feedback_mine.html",
                  {"open_requests": open_requests.order_by("deadline", "pk"),
                   "closed": closed, "today": today})


def _answer(request: HttpRequest, feedback: FeedbackRequest, *, actor, done_url: str,
            template_context: dict) -> HttpResponse:
    """Shared by the logged-in and the tokenized page: show, answer or decline."""
    questions = list(feedback.questionnaire.questions.all())
    form = FeedbackAnswerForm(request.POST or None, questions=questions)
    if request.method == "POST":
        try:
            if "decline" in request.POST:
                services.decline_feedback(request=feedback, actor=actor)
                messages.info(request, _("已谢绝该反馈邀请。"))
                return redirect(done_url)
            if form.is_valid():
                services.answer_feedback(request=feedback, actor=actor,
                                         scores=form.scores(), texts=form.texts())
                messages.success(request, _("感谢您的反馈，答复已提交。"))
                return redirect(done_url)
        except DomainError as e:
            messages.error(request, e.message)
            feedback.refresh_from_db()
    overdue = feedback.deadline < timezone.localdate()
    return render(request, "evidence/feedback_answer.html", {
        "feedback": feedback, "form": form, "overdue": overdue,
        "is_open": feedback.status == FeedbackStatus.PENDING and not overdue,
        **template_context,
    })


@login_required
def feedback_answer(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        feedback = (access.feedback_to_answer(request.user)
                    .select_related("subject__department", "period", "questionnaire").get(pk=pk))
    except FeedbackRequest.DoesNotExist:
        raise Http404 from None
    return _answer(request, feedback, actor=request.user,
                   done_url=reverse("evidence:feedback_mine"),
                   template_context={"back": reverse("evidence:feedback_mine")})


def feedback_answer_token(request: HttpRequest, token: str) -> HttpResponse:
    """A customer's page: the token in the e-mailed link is the only credential."""
    try:
        feedback = (FeedbackRequest.objects.filter(rater__isnull=True)
                    .select_related("subject", "period", "questionnaire").get(token=token))
    except FeedbackRequest.DoesNotExist:
        raise Http404 from None
    actor = request.user if request.user.is_authenticated else None
    return _answer(request, feedback, actor=actor, done_url=request.path,
                   template_context={"external": True})
