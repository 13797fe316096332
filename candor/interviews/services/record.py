"""Writing the record: sections saved with their own version, the draft submitted within
24 hours, and the employee's correction requests (R3.6, R3.7)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from candor import access
from candor.core.audit import audit
from candor.core.errors import ConcurrentEdit, DomainError, InvalidTransition
from candor.interviews import sections
from candor.interviews.models import (
    Correction,
    CorrectionStatus,
    InterviewStatus,
    Record,
    RecordSection,
    RecordStatus,
    Signature,
    SignerRole,
)
from candor.interviews.services.messages import tell
from candor.notifications.services import cancel_reminders

EDITABLE_BY_MANAGER = (RecordStatus.DRAFT, RecordStatus.CORRECTIONS)
# The manager's working notes: part of the sealed content, never shown to the employee.
EMPLOYEE_HIDDEN = ("notes",)


def employee_signed(record: Record) -> bool:
    return record.signatures.filter(role=SignerRole.EMPLOYEE).exists()


def contents(record: Record) -> dict[str, dict]:
    """Every section's content, empty ones included."""
    stored = {s.key: s.content for s in record.sections.all()}
    return {key: stored.get(key) or sections.empty_content(key) for key in sections.KEYS}


def _may_write(actor, record: Record, key: str) -> None:
    interview = record.interview
    section = sections.BY_KEY[key]
    if record.status == RecordStatus.SEALED:
        raise InvalidTransition(_("记录已签字归档，不能再修改；如需补充，请添加补充说明。"))
    if section.writer == "employee":
        # The employee's own words: nobody writes them on the employee's behalf.
        if not access.is_interviewee(actor, interview):
            raise DomainError(_("员工意见由员工本人填写。"), code="forbidden")
        if record.status != RecordStatus.WITH_EMPLOYEE:
            raise InvalidTransition(_("记录提交给您确认后才能填写员工意见。"))
        if employee_signed(record):
            # Their signature covers these words; a change would silently void it.
            raise InvalidTransition(_("您已签字确认，不能再修改员工意见。"))
        return
    if not access.can_write_record(actor, interview):
        raise DomainError(_("只有直属上级和面谈主导人可以填写面谈记录。"), code="forbidden")
    if record.status not in EDITABLE_BY_MANAGER:
        raise InvalidTransition(_("记录已提交给员工确认，不能再修改；员工要求更正后才能修改。"))


@transaction.atomic
def save_section(*, actor, record: Record, key: str, data: dict, version: int | None,
                 ) -> RecordSection:
    """Save one section. `version` is what the writer started from (0 for a new section);
    a different stored version means someone else saved in between: refused, not merged."""
    if key not in sections.BY_KEY:
        raise DomainError(_("未知的记录部分。"), code="section")
    record = Record.objects.select_for_update(of=("self",)).select_related(
        "interview__employee", "interview__manager").get(pk=record.pk)
    _may_write(actor, record, key)
    section = RecordSection.objects.select_for_update().filter(record=record, key=key).first()
    current = section.version if section else 0
    if version is not None and version != current:
        who = section.updated_by.display_name() if section and section.updated_by else "—"
        when = timezone.localtime(section.updated_at).strftime("%H:%M:%S") if section else "—"
        raise ConcurrentEdit(
            _("“%(section)s”已被 %(who)s 在 %(time)s 修改，您的这次保存没有覆盖对方的内容。"
              "您填写的内容仍保留在下方，请对照最新内容后再保存。") % {
                "section": sections.section_label(key, record.interview.kind), "who": who,
                "time": when})
    content = sections.clean(key, data)
    if key == "previous_plan":
        content = _carried_over(record, content)
    if section is None:
        section = RecordSection(record=record, key=key, version=0)
    if section.pk and section.content == content:
        return section
    section.content = content
    section.updated_by = actor
    section.version = current + 1
    section.save()
    kind = record.interview.kind
    voided = void_signatures(actor=actor, record=record,
                             change=lambda: sections.section_label(key, kind))
    audit(actor=actor, event="record.section_saved", target=record,
          data={"section": key, "version": section.version, "signatures_cleared": len(voided)})
    return section


def void_signatures(*, actor, record: Record, change: Callable[[], str], notify: bool = True,
                    only: list[Signature] | None = None) -> list[Signature]:
    """A change after a signature voids it: the signer signed other content. Nobody loses
    a signature without being told: signers other than the one making the change get a
    notification, and the record page asks the voided role to sign again."""
    voided = list(only if only is not None else record.signatures.select_related("signer"))
    if not voided:
        return []
    Signature.objects.filter(pk__in=[s.pk for s in voided]).delete()
    audit(actor=actor, event="record.signatures_voided", target=record,
          data={"roles": [s.role for s in voided], "change": str(change())})
    others = [s.signer for s in voided if s.signer_id != actor.pk]
    if notify and others:
        interview = record.interview
        who = actor.display_name()
        tell(others, kind="record.signature_voided", url=record.get_absolute_url(),
             subject=lambda: _("您在面谈记录上的签字已作废，请重新签字"),
             body=lambda: _("%(employee)s 的面谈记录中“%(change)s”已被 %(who)s 修改。您此前的"
                            "签字对应的是修改前的内容，已作废；请重新阅读记录后再签字。") % {
                 "who": who, "employee": interview.employee.name, "change": change()})
    return voided


def plan_problems_by_section(record: Record, current: dict) -> list[tuple[str, str]]:
    """What the improvement plan needs before the draft goes out (R4.1, R4.2), each with the
    section it is fixed in: the previous plan's final statuses and comments, readable
    deadlines and checkpoints, and — when HR requires it — measures without open SMART
    findings."""
    from candor.interviews.models import InterviewPolicy
    from candor.plans import smart
    from candor.plans.services.lifecycle import carryover_problems
    from candor.plans.services.rows import agreed_on, row_problems

    today = agreed_on(record)
    found = [("previous_plan", p) for p in carryover_problems(record, current)]
    for key in ("measures", "support"):
        found += [(key, p) for p in row_problems({key: current.get(key) or {}}, today=today)]
    if InterviewPolicy.current().require_smart_measures:
        for number, row in enumerate((current.get("measures") or {}).get("items") or [], 1):
            for finding in smart.check_row(row, today=today):
                found.append(("measures", _("“改进措施”第 %(row)s 条：%(message)s")
                              % {"row": number, "message": finding.message}))
    return found


def plan_problems(record: Record, current: dict) -> list[str]:
    return [problem for _key, problem in plan_problems_by_section(record, current)]


def _carried_over(record: Record, content: dict) -> dict:
    """The previous plan's rows as the plan has them: the measure's text is Candor's (the
    editor only shows it), and a row for a measure not in the plan is dropped."""
    from candor.plans.services.lifecycle import previous_plan

    plan = previous_plan(record.interview)
    if plan is None:
        return content
    texts = dict(plan.measures.values_list("pk", "text"))
    return dict(content, items=[dict(item, measure=texts[item["measure_id"]])
                                for item in content.get("items") or []
                                if item.get("measure_id") in texts])


def _snapshot(record: Record) -> dict:
    """The record's header as the form prints it, frozen at submission (R3.6)."""
    interview = record.interview
    def person(p):
        if p is None:
            return None
        return {"name": p.name, "no": p.employee_no, "position": p.position.name,
                "department": p.department.name}
    header = {
        "kind": interview.kind,
        "starts_at": timezone.localtime(interview.starts_at).isoformat(),
        "ends_at": timezone.localtime(interview.ends_at).isoformat(),
        "started_at": (timezone.localtime(interview.started_at).isoformat()
                       if interview.started_at else None),
        "ended_at": (timezone.localtime(interview.ended_at).isoformat()
                     if interview.ended_at else None),
        "place": interview.place,
        "employee": person(interview.employee), "manager": person(interview.manager),
        "host": person(interview.host),
        "flags": [w.get("code") for w in interview.warnings],
        "period": None, "goals": [],
    }
    sheet = interview.sheet
    if sheet is not None:
        header["period"] = {"name": sheet.period.name,
                            "start": sheet.period.start_date.isoformat(),
                            "end": sheet.period.end_date.isoformat()}
        header["result"] = {"total": str(sheet.total) if sheet.total is not None else None,
                            "grade": sheet.grade,
                            "multiplier": str(sheet.multiplier)
                            if sheet.multiplier is not None else None,
                            "rank_department": sheet.rank_department,
                            "rank_department_size": sheet.rank_department_size}
        header["goals"] = [{
            "name": g.name, "unit": g.unit, "weight": str(g.weight),
            "target": str(g.target) if g.target is not None else "",
            "actual": str(g.actual) if g.actual is not None else "",
            "rating": g.rating,
            "rate_pct": str(g.rate_pct) if g.rate_pct is not None else "",
            "points": str(g.points) if g.points is not None else ""}
            for g in sheet.goals.order_by("order", "pk")]
    return header


@transaction.atomic
def submit_draft(*, actor, record: Record, now: datetime | None = None) -> Record:
    """The manager hands the draft to the employee. Refused, naming each missing element,
    while anything the form requires is missing or a correction is unanswered."""
    now = now or timezone.now()
    record = Record.objects.select_for_update(of=("self",)).select_related(
        "interview__employee__position", "interview__employee__department",
        "interview__manager__position", "interview__manager__department",
        "interview__host__position", "interview__host__department", "interview__room",
        "interview__sheet__period").get(pk=record.pk)
    interview = record.interview
    if not access.can_write_record(actor, interview):
        raise DomainError(_("只有直属上级和面谈主导人可以提交面谈记录。"), code="forbidden")
    if record.status not in EDITABLE_BY_MANAGER:
        raise InvalidTransition(_("记录当前为“%(status)s”状态，不能提交。")
                                % {"status": record.get_status_display()})
    if interview.status in (InterviewStatus.SCHEDULED, InterviewStatus.CANCELLED):
        raise InvalidTransition(_("面谈还没有进行，不能提交记录。"))
    if interview.status == InterviewStatus.IN_PROGRESS:
        raise InvalidTransition(_("请先结束面谈，再提交记录。"))
    current = contents(record)
    missing = sections.missing(current, interview.kind) + plan_problems(record, current)
    if missing:
        raise DomainError(_("记录还不完整，不能提交：%(items)s") % {"items": " ".join(missing)},
                          code="incomplete")
    open_corrections = record.corrections.filter(status=CorrectionStatus.OPEN).count()
    if open_corrections:
        raise DomainError(_("还有 %(n)s 条更正请求没有答复。") % {"n": open_corrections},
                          code="corrections")
    first = record.submitted_at is None
    record.header = _snapshot(record)
    record.status = RecordStatus.WITH_EMPLOYEE
    record.submitted_at = now
    if first:
        record.submitted_late = bool(record.due_at and now > record.due_at)
    record.version += 1
    record.save()
    audit(actor=actor, event="record.submitted", target=record,
          data={"late": record.submitted_late, "first": first})
    cancel_reminders(key_prefix=f"interview:{interview.pk}:record_overdue")
    tell([interview.employee], kind="record.submitted", url=record.get_absolute_url(),
         subject=lambda: _("请确认您的绩效面谈记录"),
         body=lambda: _("%(manager)s 已完成面谈记录，请阅读、填写意见并签字；"
                        "如有遗漏或记录有误，可以要求更正。") % {"manager": interview.manager.name})
    return record


@transaction.atomic
def request_correction(*, actor, record: Record, section: str, text: str) -> Correction:
    record = Record.objects.select_for_update(of=("self",)).select_related(
        "interview__employee", "interview__manager").get(pk=record.pk)
    interview = record.interview
    if not access.is_interviewee(actor, interview):
        raise DomainError(_("只有员工本人可以要求更正。"), code="forbidden")
    if record.status not in (RecordStatus.WITH_EMPLOYEE, RecordStatus.CORRECTIONS):
        raise InvalidTransition(_("记录当前不能要求更正。"))
    if employee_signed(record):
        raise InvalidTransition(_("您已签字确认，不能再要求更正；如不认可考核结果，可以提出申诉。"))
    if section not in sections.BY_KEY or section in EMPLOYEE_HIDDEN + ("employee_comments",):
        raise DomainError(_("请选择需要更正的部分。"), code="section")
    if not text.strip():
        raise DomainError(_("请说明遗漏或记录有误的内容。"), code="text")
    correction = Correction.objects.create(record=record, section=section,
                                           text=text.strip()[:2000], requested_by=actor)
    record.status = RecordStatus.CORRECTIONS
    record.version += 1
    record.save(update_fields=["status", "version", "updated_at"])
    # The record goes back to be changed: the manager's signature (the only one there can
    # be here) is void, and the manager hears it in the correction notice itself.
    voided = void_signatures(actor=actor, record=record, notify=False,
                             change=lambda: _("要求更正：%(section)s") % {
                                 "section": sections.section_label(section, interview.kind)})
    audit(actor=actor, event="record.correction_requested", target=record,
          data={"section": section, "correction": correction.pk})

    def body() -> str:
        text = _("涉及部分：%(section)s\n%(text)s") % {
            "section": sections.section_label(section, interview.kind), "text": correction.text}
        if voided:
            text += "\n\n" + _("您此前的签字已作废，记录改好并重新提交后请再次签字。")
        return text

    tell([interview.manager], kind="record.correction_requested",
         url=record.get_absolute_url(),
         subject=lambda: _("%(name)s 要求更正面谈记录") % {"name": interview.employee.name},
         body=body)
    return correction


@transaction.atomic
def answer_correction(*, actor, correction: Correction, accepted: bool, response: str
                      ) -> Correction:
    """The manager fixes the section (then says so) or explains why not; the record goes
    back to the employee when they resubmit it."""
    correction = Correction.objects.select_for_update(of=("self",)).select_related(
        "record__interview").get(pk=correction.pk)
    if not access.can_write_record(actor, correction.record.interview):
        raise DomainError(_("只有直属上级和面谈主导人可以答复更正请求。"), code="forbidden")
    if correction.status != CorrectionStatus.OPEN:
        raise InvalidTransition(_("该更正请求已答复。"))
    if not accepted and not response.strip():
        raise DomainError(_("不采纳更正时请说明理由。"), code="response")
    correction.status = CorrectionStatus.RESOLVED if accepted else CorrectionStatus.DECLINED
    correction.response = response.strip()[:2000]
    correction.resolved_by = actor
    correction.resolved_at = timezone.now()
    correction.version += 1
    correction.save()
    audit(actor=actor, event="record.correction_answered", target=correction.record,
          data={"correction": correction.pk, "accepted": accepted})
    return correction
