"""The employee's self-assessment (R3.3) and the manager's preparation notes (R3.4)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from candor import access
from candor.core.audit import audit
from candor.core.errors import ConcurrentEdit, DomainError, InvalidTransition
from candor.interviews.models import Interview, Preparation, SelfAssessment, Temperament
from candor.interviews.services.messages import tell

MIN_QUESTIONS, MAX_QUESTIONS = 3, 5
CHECKLIST = ("room", "time", "self_assessment", "evidence", "questions", "previous_plan",
             "listen")


def _clean_list(values, limit: int = 10) -> list[str]:
    return [str(v).strip()[:500] for v in (values or []) if str(v).strip()][:limit]


def _check_version(obj, version: int | None) -> None:
    if version is not None and obj.pk and obj.version != version:
        raise ConcurrentEdit(_("内容已被他人修改（%(time)s），您的修改未保存。请刷新后再提交。")
                             % {"time": timezone.localtime(obj.updated_at).strftime("%H:%M")})


@transaction.atomic
def save_self_assessment(*, actor, interview: Interview, data: dict, submit: bool = False,
                         version: int | None = None) -> SelfAssessment:
    """Saved as a draft any time before the interview; submitting shows it to the manager
    and needs all five parts and 3–5 questions."""
    if not access.is_interviewee(actor, interview):
        raise DomainError(_("只有员工本人可以填写自我评估。"), code="forbidden")
    if not interview.is_open:
        raise InvalidTransition(_("面谈已结束或已取消，不能再修改自我评估。"))
    assessment, _created = SelfAssessment.objects.select_for_update(of=("self",)).get_or_create(
        interview=interview)
    _check_version(assessment, version)
    if assessment.submitted_at is not None:
        raise InvalidTransition(_("自我评估已提交，不能再修改。"))
    for part in SelfAssessment.PARTS:
        setattr(assessment, part, str(data.get(part) or "").strip()[:4000])
    assessment.questions = _clean_list(data.get("questions"), MAX_QUESTIONS + 5)
    if submit:
        missing = [str(SelfAssessment._meta.get_field(p).verbose_name)
                   for p in SelfAssessment.PARTS if not getattr(assessment, p)]
        if missing:
            raise DomainError(_("请填写：%(parts)s。") % {"parts": "、".join(missing)},
                              code="incomplete")
        if not MIN_QUESTIONS <= len(assessment.questions) <= MAX_QUESTIONS:
            raise DomainError(_("请提出 %(min)s–%(max)s 个问题或要求（现在是 %(n)s 个）。") % {
                "min": MIN_QUESTIONS, "max": MAX_QUESTIONS, "n": len(assessment.questions)},
                code="questions")
        assessment.submitted_at = timezone.now()
    assessment.version += 1
    assessment.save()
    audit(actor=actor, event="self_assessment.submitted" if submit else "self_assessment.saved",
          target=interview, data={"questions": len(assessment.questions)})
    if submit:
        tell([interview.manager], kind="self_assessment.submitted",
             url=interview.get_absolute_url(),
             subject=lambda: _("%(name)s 已提交面谈自我评估") % {"name": interview.employee.name},
             body=lambda: _("%(name)s 已提交自我评估，可以在面谈准备页查看。")
             % {"name": interview.employee.name})
    return assessment


@transaction.atomic
def save_preparation(*, actor, interview: Interview, data: dict,
                     version: int | None = None) -> Preparation:
    """The manager's questions, goal analysis, predicted disagreements with evidence,
    the employee's temperament and the approach, and the pre-interview checklist."""
    if not access.can_prepare(actor, interview):
        raise DomainError(_("您不能编辑该面谈的准备内容。"), code="forbidden")
    prep, _created = Preparation.objects.select_for_update().get_or_create(interview=interview)
    _check_version(prep, version)
    prep.questions = _clean_list(data.get("questions"), MAX_QUESTIONS + 5)
    prep.goal_analysis = str(data.get("goal_analysis") or "").strip()[:4000]
    disagreements = []
    for row in data.get("disagreements") or []:
        point = str(row.get("point") or "").strip()[:500]
        evidence = str(row.get("evidence") or "").strip()[:2000]
        if point or evidence:
            disagreements.append({"point": point, "evidence": evidence})
    prep.disagreements = disagreements[:10]
    temperament = data.get("temperament") or ""
    prep.temperament = temperament if temperament in Temperament.values else ""
    prep.approach = str(data.get("approach") or "").strip()[:2000]
    checklist = data.get("checklist") or {}
    prep.checklist = {key: bool(checklist.get(key)) for key in CHECKLIST}
    prep.updated_by = actor
    prep.version += 1
    prep.save()
    audit(actor=actor, event="preparation.saved", target=interview,
          data={"questions": len(prep.questions), "disagreements": len(disagreements)})
    return prep


def suggested_approach(temperament: str) -> str:
    """The seeds' advice for each temperament [s0 表2]."""
    advice = {
        Temperament.NERVOUS: _("先从轻松、容易的话题谈起，多肯定，帮助员工放松。"),
        Temperament.CALM: _("员工准备充分、情绪平稳：开门见山，直接进入主题。"),
        Temperament.DEFENSIVE: _("先倾听，不争论；准备好事实和数据，就事论事。"),
        Temperament.RESERVED: _("多用开放式问题，给员工充分的时间思考和表达。"),
        Temperament.CONFIDENT: _("尊重员工的观点，用数据和标准对齐认识，明确期望。"),
    }
    return str(advice.get(temperament, ""))
