"""Appeals to the performance committee and its rulings (R3.8)."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from candor import access
from candor.core.audit import audit
from candor.core.errors import DomainError, InvalidTransition
from candor.interviews.models import (
    Appeal,
    AppealItemKind,
    AppealStatus,
    InterviewPolicy,
    Record,
    RecordStatus,
    Ruling,
)
from candor.interviews.services.messages import tell
from candor.org.models import Employee
from candor.periods import scoring
from candor.periods.models import GoalSheet, GradeBand, SheetStatus
from candor.periods.results.services import competition_ranks
from candor.workdays.calendar import add_workdays


def appeal_deadline(record: Record):
    """Last day to appeal: the window counts working days from the day of sealing."""
    if record.sealed_at is None:
        return None
    policy = InterviewPolicy.current()
    return add_workdays(timezone.localtime(record.sealed_at).date(),
                        policy.appeal_window_workdays)


def can_appeal(record: Record, *, today=None) -> bool:
    today = today or timezone.localdate()
    if record.interview.sheet_id is None:
        return False
    if record.status == RecordStatus.WITH_EMPLOYEE:
        return True  # instead of signing
    if record.status == RecordStatus.SEALED:
        return today <= appeal_deadline(record)
    return False


@transaction.atomic
def file_appeal(*, actor, record: Record, items: list[dict]) -> Appeal:
    """The employee names what they dispute and why; the case goes to the committee."""
    record = Record.objects.select_for_update(of=("self",)).select_related(
        "interview__employee", "interview__manager", "interview__host",
        "interview__sheet__period").get(pk=record.pk)
    interview = record.interview
    if not access.is_interviewee(actor, interview):
        raise DomainError(_("只有员工本人可以提出申诉。"), code="forbidden")
    if interview.sheet_id is None:
        raise DomainError(_("该面谈没有关联绩效结果，无需申诉。"), code="no_result")
    if not can_appeal(record):
        if record.status == RecordStatus.SEALED:
            raise InvalidTransition(_("申诉期限已于 %(date)s 结束。") % {
                "date": appeal_deadline(record).isoformat()})
        raise InvalidTransition(_("记录提交给您确认后才能提出申诉。"))
    if Appeal.objects.filter(record=record, status=AppealStatus.REFERRED).exists():
        raise InvalidTransition(_("已有一项申诉在等待委员会裁决。"))
    cleaned = []
    for item in items:
        kind = item.get("kind")
        reason = str(item.get("reason") or "").strip()[:2000]
        if kind not in AppealItemKind.values:
            continue
        if not reason:
            raise DomainError(_("请说明对“%(item)s”有异议的理由。")
                              % {"item": AppealItemKind(kind).label}, code="reason")
        cleaned.append({"kind": kind, "reason": reason})
    if not cleaned:
        raise DomainError(_("请至少选择一项申诉事项并说明理由。"), code="items")
    sheet = interview.sheet
    appeal = Appeal.objects.create(
        record=record, sheet=sheet, employee=interview.employee, items=cleaned,
        filed_by=actor, old_total=sheet.total, old_grade=sheet.grade,
        old_multiplier=sheet.multiplier)
    audit(actor=actor, event="appeal.filed", target=appeal,
          data={"items": [i["kind"] for i in cleaned], "record_status": record.status})
    committee = Employee.objects.filter(is_committee_member=True, is_active=True)
    tell([*committee, interview.manager, interview.host], kind="appeal.filed",
         url=appeal.get_absolute_url(),
         subject=lambda: _("绩效申诉：%(name)s（%(period)s）") % {
             "name": interview.employee.name, "period": sheet.period.name},
         body=lambda: _("%(name)s 对“%(period)s”的绩效结果提出申诉，已提交绩效委员会。") % {
             "name": interview.employee.name, "period": sheet.period.name})
    return appeal


def _rerank(sheet: GoalSheet) -> None:
    """Ranks in the department and the job sequence after a score changed."""
    rows = list(GoalSheet.objects.filter(period_id=sheet.period_id, total__isnull=False,
                                         status=SheetStatus.SCORED).values_list(
        "pk", "total", "employee__department_id", "employee__position__sequence_id"))
    for index, (field, size_field) in enumerate(
            (("rank_department", "rank_department_size"),
             ("rank_sequence", "rank_sequence_size")), start=2):
        members = [(row[index], row[0], row[1]) for row in rows]
        sizes = Counter(m[0] for m in members)
        group_of = {m[1]: m[0] for m in members}
        affected = {m[1] for m in members if m[0] == group_of.get(sheet.pk)}
        ranks = competition_ranks(m for m in members if m[1] in affected)
        for pk, rank in ranks.items():
            GoalSheet.objects.filter(pk=pk).update(
                **{field: rank, size_field: sizes[group_of[pk]]})


@transaction.atomic
def rule_appeal(*, actor, appeal: Appeal, ruling: str, reason: str,
                new_total: str | Decimal | None = None) -> Appeal:
    """The committee's ruling; an adjusted total brings its grade and multiplier from the
    period's grade scale, and the sheet follows at once."""
    appeal = Appeal.objects.select_for_update(of=("self",)).select_related(
        "sheet__period", "record__interview__manager", "employee").get(pk=appeal.pk)
    if not access.can_rule(actor):
        raise DomainError(_("只有绩效委员会成员可以裁决申诉。"), code="forbidden")
    if access.scope_for(actor).employee_id in (appeal.employee_id,
                                              appeal.record.interview.manager_id):
        raise DomainError(_("您与本案有关，应当回避。"), code="conflict_of_interest")
    if appeal.status != AppealStatus.REFERRED:
        raise InvalidTransition(_("该申诉当前为“%(status)s”状态，不能再裁决。")
                                % {"status": appeal.get_status_display()})
    if ruling not in Ruling.values:
        raise DomainError(_("请选择裁决结果。"), code="ruling")
    if not reason.strip():
        raise DomainError(_("请写明裁决理由。"), code="reason")
    sheet = GoalSheet.objects.select_for_update(of=("self",)).select_related("period").get(
        pk=appeal.sheet_id)
    if ruling == Ruling.ADJUSTED:
        try:
            total = Decimal(str(new_total)).quantize(Decimal("0.01"))
            if not total.is_finite():  # "NaN" parses, and would break the range check
                raise InvalidOperation
        except (InvalidOperation, TypeError, ValueError):
            raise DomainError(_("请填写调整后的总分。"), code="total") from None
        if total < 0 or total > 1000:
            raise DomainError(_("调整后的总分应在 0–1000 之间。"), code="total")
        bands = [b.as_band()
                 for b in GradeBand.objects.filter(scale_id=sheet.period.grade_scale_id)]
        try:
            band = scoring.grade_for(total, bands)
        except scoring.ScoringError:
            raise DomainError(_("总分 %(total)s 不在等级标准的任何一档内。")
                              % {"total": total}, code="total") from None
        if total == sheet.total:
            raise DomainError(_("调整后的总分与原总分相同；如维持原结果，请选择“维持原结果”。"),
                              code="total")
        sheet.total, sheet.grade, sheet.multiplier = total, band.label, band.multiplier
        sheet.version += 1
        sheet.save(update_fields=["total", "grade", "multiplier", "version", "updated_at"])
        _rerank(sheet)
        appeal.new_total, appeal.new_grade, appeal.new_multiplier = (
            total, band.label, band.multiplier)
    appeal.ruling = ruling
    appeal.ruling_reason = reason.strip()[:4000]
    appeal.status = AppealStatus.RULED
    appeal.ruled_by = actor
    appeal.ruled_at = timezone.now()
    appeal.version += 1
    appeal.save()
    audit(actor=actor, event="appeal.ruled", target=appeal, data={
        "ruling": ruling, "old_total": str(appeal.old_total),
        "new_total": str(appeal.new_total) if appeal.new_total is not None else None,
        "new_grade": appeal.new_grade})
    interview = appeal.record.interview

    def body() -> str:
        if appeal.ruling == Ruling.ADJUSTED:
            return _("裁决：调整结果。总分 %(old)s → %(new)s，等级 %(grade)s，奖金系数 %(m)s。\n"
                     "理由：%(reason)s") % {"old": appeal.old_total, "new": appeal.new_total,
                                          "grade": appeal.new_grade, "m": appeal.new_multiplier,
                                          "reason": appeal.ruling_reason}
        return _("裁决：维持原结果。\n理由：%(reason)s") % {"reason": appeal.ruling_reason}

    tell([appeal.employee, interview.manager], kind="appeal.ruled",
         url=appeal.get_absolute_url(),
         subject=lambda: _("绩效委员会已裁决申诉（%(period)s）") % {"period": sheet.period.name},
         body=body)
    return appeal
