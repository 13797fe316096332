"""The improvement plan as a form (R4): what was agreed, and how far each measure has come.

Read through the plan page's own selector, so the document shows exactly what the page
shows: the measures with their status and checkpoints, the progress notes, the promised
support and, once the plan is closed, the follow-ups.
"""

from __future__ import annotations

from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _

from candor.core.text import labelled, with_note
from candor.documents.data.blocks import (
    DASH,
    Document,
    Fields,
    Section,
    Table,
    Text,
    day,
    file_name,
    moment,
    numbered,
    text,
)
from candor.plans.models import Plan, PlanStatus, SupportType
from candor.plans.selectors.plans import PlanPage, plan_page


def _person(employee) -> str:
    if employee is None:
        return DASH
    position = getattr(employee, "position", None)
    if position is None:
        return employee.name
    return _("%(name)s（岗位：%(position)s）") % {"name": employee.name,
                                                "position": position.name}


def _header(plan: Plan) -> Section:
    interview = plan.record.interview
    status = plan.get_status_display()
    if plan.closed_at:
        status = with_note(status, _("结项于 %(at)s") % {"at": moment(plan.closed_at)})
    pairs = [(_("员工"), _person(plan.employee)), (_("直属上级"), _person(plan.manager)),
             (_("计划状态"), status), (_("制定时间"), moment(plan.created_at)),
             (_("来源面谈"), "　".join((day(interview.starts_at),
                                       interview.get_kind_display())))]
    if plan.revision_of_id:
        pairs.append((_("修订自"), _("%(date)s 制定的计划") % {
            "date": day(plan.revision_of.created_at)}))
    return Section(_("基本信息"), key="header", blocks=[Fields(pairs)])


def _support(measure) -> str:
    support = measure.support.strip()
    if measure.support_type:
        support = labelled(SupportType(measure.support_type).label, support or DASH)
    return text(support)


def _measures(page: PlanPage, closed: bool) -> Table:
    columns = [_("序号"), _("措施"), _("行动步骤"), _("负责人"), _("完成期限"), _("所需支持"),
               _("状态")]
    widths = [1.2, 4, 4, 2, 3, 3, 2.4]
    if closed:
        columns.append(_("最终状态"))
        widths.append(3)
    rows = []
    for number, view in enumerate(page.measures, start=1):
        measure = view.measure
        status = measure.get_status_display()
        if measure.status_reason:
            status = with_note(status, measure.status_reason)
        if view.overdue:
            status = with_note(status, _("已逾期"))
        row = [str(number), measure.text, text(measure.steps), text(measure.owner_name),
               day(measure.deadline), _support(measure), status]
        if closed:
            final = measure.get_final_status_display() if measure.final_status else DASH
            row.append(with_note(final, measure.final_comment) if measure.final_comment
                       else final)
        rows.append(row)
    return Table(columns, rows, empty=_("没有改进措施。"), widths=tuple(widths))


def _checkpoints(page: PlanPage) -> Table:
    rows = []
    for number, view in enumerate(page.measures, start=1):
        for point in view.checkpoints:
            checkpoint = point.checkpoint
            if checkpoint.done_at:
                result = _("已检查 %(at)s") % {"at": moment(checkpoint.done_at)}
                if checkpoint.note:
                    result = labelled(result, checkpoint.note)
            else:
                result = _("已逾期，未检查") if point.overdue else _("未到期")
            rows.append([str(number), day(checkpoint.date), checkpoint.text, result])
    return Table([_("措施序号"), _("检查日期"), _("检查内容"), _("检查结果")], rows,
                 empty=_("没有检查点。"), widths=(1.4, 2, 4, 4))


def _progress(page: PlanPage) -> Table:
    rows = []
    for number, view in enumerate(page.measures, start=1):
        for note in view.notes:
            rows.append((note.created_at, [moment(note.created_at), str(number),
                                           note.author_name, note.get_status_display(),
                                           note.text]))
    rows.sort(key=lambda pair: pair[0])
    return Table([_("时间"), _("措施序号"), _("记录人"), _("状态"), _("进展说明")],
                 [row for _when, row in rows], empty=_("还没有进展记录。"),
                 widths=(2.6, 1.4, 2, 2, 6))


def _commitments(page: PlanPage) -> Table:
    rows = []
    for view in page.commitments:
        commitment = view.commitment
        status = commitment.get_status_display()
        if commitment.delivered_at:
            status = with_note(status, moment(commitment.delivered_at))
        elif view.overdue:
            status = with_note(status, _("已逾期"))
        rows.append([commitment.text, text(commitment.owner_name), day(commitment.due),
                     status, text(commitment.note)])
    return Table([_("承诺内容"), _("负责人"), _("兑现期限"), _("状态"), _("说明")], rows,
                 empty=_("没有支持承诺。"), widths=(4, 2, 2, 2, 3))


def _follow_ups(page: PlanPage) -> Table:
    rows = [[f.get_kind_display(), f.get_status_display(), text(f.reason),
             f.decided_by.display_name() if f.decided_by else DASH, moment(f.decided_at)]
            for f in page.follow_ups]
    return Table([_("建议"), _("状态"), _("理由"), _("决定人"), _("决定时间")], rows,
                 widths=(3, 2, 4, 2, 2))


def plan_document(user, plan: Plan, *, today: date | None = None) -> Document:
    """The plan form; the caller fetched the plan through access.get_plan_for."""
    page = plan_page(user, plan, today=today or timezone.localdate())
    closed = plan.status != PlanStatus.ACTIVE
    parts = [(_("改进措施"), "measures", [_measures(page, closed)]),
             (_("检查点"), "checkpoints", [_checkpoints(page)]),
             (_("进展记录"), "progress", [_progress(page)]),
             (_("资源与支持承诺"), "commitments", [_commitments(page)])]
    if page.follow_ups:
        parts.append((_("后续安排"), "follow_ups", [_follow_ups(page)]))
    if page.recognition is not None:
        parts.append((_("表彰记录"), "recognition", [Text(page.recognition.text)]))
    return Document(
        kind="plan",
        title=_("绩效改进计划表"),
        subtitle="　".join((plan.employee.name, day(plan.created_at),
                           plan.get_status_display())),
        name=file_name(_("改进计划"), plan.employee.name, day(plan.created_at)),
        sections=[_header(plan), *[Section(numbered(n, title), blocks, key=key)
                                   for n, (title, key, blocks) in enumerate(parts, start=1)]],
    )
