"""The manager's preparation pack (R3.4) to print and take into the interview.

Everything the prepare page shows, read through the same selector: goals, key events, the
360° aggregate, day-to-day check-ins, personnel facts, the previous interview and plan, the
employee's self-assessment, and the manager's own questions, expected disagreements and
approach. It is the manager's: the employee is never given it (404), like the page.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _

from candor import access
from candor.documents.data.blocks import (
    DASH,
    Document,
    Fields,
    Note,
    Section,
    Table,
    Text,
    day,
    file_name,
    moment,
    numbered,
    text,
)
from candor.interviews.forms.preparation import checklist_label
from candor.interviews.models import Interview, InterviewPolicy, SelfAssessment
from candor.interviews.selectors.pack import Pack, build_pack
from candor.interviews.services.preparation import CHECKLIST
from candor.periods.templatetags.period_numbers import plain
from candor.plans.services.lifecycle import previous_plan

CHECKED, UNCHECKED = "■", "□"


def pack_for_download(user, pk, *, request: HttpRequest | None = None) -> Interview:
    """The interview whose pack this user may print, else 404 (always for the employee)."""
    interview = access.get_interview_for(user, pk, request=request, what="pack_document")
    if not access.can_prepare(user, interview):
        raise Http404
    return interview


def _header(interview: Interview, pack: Pack) -> Section:
    employee = interview.employee
    return Section(_("基本信息"), key="header", blocks=[Fields([
        (_("员工"), _("%(name)s（岗位：%(position)s）") % {
            "name": employee.name, "position": employee.position.name}),
        (_("部门"), employee.department.name),
        (_("直属上级"), interview.manager.name),
        (_("面谈主导人"), interview.host.name if interview.host else DASH),
        (_("面谈类型"), interview.get_kind_display()),
        (_("面谈时间"), f"{moment(interview.starts_at)}–{interview.ends_at:%H:%M}"),
        (_("面谈地点"), text(interview.place)),
        (_("绩效周期"), pack.period.name if pack.period else DASH),
    ])])


def _goals(pack: Pack) -> list:
    results = pack.results
    if results is None:
        return [Note(_("本次面谈没有关联绩效考核表。"))]
    show = results.show_result
    columns = [_("指标"), _("目标值"), _("权重")]
    if show:
        columns += [_("实际值"), _("达成率"), _("得分")]
    rows = []
    for goal in results.goals:
        target = DASH
        if goal.target is not None:
            target = f"{'≤' if goal.direction == 'lower' else ''}{plain(goal.target)}{goal.unit}"
        row = [goal.name, target, plain(goal.weight)]
        if show:
            actual = (f"{plain(goal.actual)}{goal.unit}" if goal.actual is not None
                      else goal.rating or DASH)
            rate = f"{plain(goal.rate_pct)}%" if goal.rate_pct is not None else DASH
            row += [actual, rate, text(plain(goal.points))]
        rows.append(row)
    sheet = results.sheet
    footer = ("　".join((
        _("总分 %(total)s　等级 %(grade)s") % {"total": plain(sheet.total) or DASH,
                                             "grade": sheet.grade or DASH},
        _("奖金系数 ×%(multiplier)s") % {"multiplier": plain(sheet.multiplier)}
        if sheet.multiplier is not None else _("奖金系数 —"))) if show else "")
    blocks: list = [Table(columns, rows, empty=_("绩效考核表上没有指标。"), footer=footer,
                          widths=(5, 2, 1, 2, 2, 2) if show else (5, 2, 1))]
    if not show:
        blocks.append(Note(_("绩效结果发布后显示得分与排名。")))
    return blocks


def _key_events(pack: Pack) -> list:
    rows = [[day(e.date), e.get_polarity_display(), e.facts, e.impact,
             e.author.display_name() if e.author else DASH] for e in pack.key_events]
    return [Table([_("日期"), _("性质"), _("事实经过"), _("影响"), _("记录人")], rows,
                  empty=_("本周期没有记录关键事件。"), widths=(2, 1, 5, 4, 2))]


def _feedback(pack: Pack) -> list:
    summary = pack.feedback
    if summary is None or not summary.requested:
        return [Note(_("本期暂无 360° 反馈。"))]
    rate = f"{summary.response_rate}%" if summary.response_rate is not None else DASH
    blocks: list = [Fields([(_("已邀请"), str(summary.requested)),
                            (_("已答复"), str(summary.answered)),
                            (_("已谢绝"), str(summary.declined)), (_("答复率"), rate)])]
    if summary.answered and not summary.enough:
        blocks.append(Note(
            _("答复不足 %(min)s 份，员工本人暂看不到汇总结果；请注意保护评价人匿名。")
            % {"min": summary.min_answers}))
    rows = [["\n".join([q.question.text, *[f"· {t}" for t in q.texts]]), str(q.count),
             text(q.average)] for q in summary.questions]
    blocks.append(Table([_("问题"), _("答复数"), _("平均分")], rows,
                        empty=_("还没有答复。"), widths=(8, 1, 1)))
    blocks.append(Note(_("评分为 1–5 分；结果为汇总，不显示评价人。")))
    return blocks


def _facts(pack: Pack) -> list:
    rows = [[day(f.date), f.get_kind_display(), f.title,
             text(plain(f.quantity)), text(f.detail)] for f in pack.facts]
    return [Table([_("日期"), _("类型"), _("事项"), _("数量"), _("说明")], rows,
                  empty=_("暂无人事记录。"), widths=(2, 1, 4, 1, 4))]


def _previous(pack: Pack) -> list:
    previous = pack.previous
    if previous is None:
        return [Note(_("没有已归档的上次面谈记录。"))]
    rows = [[text(m.get("measure")), text(m.get("owner")), text(m.get("deadline"))]
            for m in previous.measures]
    return [Text("　".join((day(previous.interview.starts_at),
                           previous.interview.get_kind_display()))),
            Table([_("改进措施"), _("负责人"), _("完成期限")], rows,
                  empty=_("上次面谈没有记录改进措施。"), widths=(5, 2, 2))]


def _previous_plan(user, interview: Interview) -> list:
    plan = previous_plan(interview)
    if plan is None or not access.visible_plans(user).filter(pk=plan.pk).exists():
        return [Note(_("没有进行中的上期改进计划。"))]
    rows = [[m.text, text(m.owner_name), day(m.deadline), m.get_status_display()]
            for m in plan.measures.all()]
    return [Table([_("措施"), _("负责人"), _("完成期限"), _("状态")], rows,
                  empty=_("没有改进措施。"), widths=(5, 2, 2, 2))]


def _self_assessment(assessment: SelfAssessment | None) -> list:
    if assessment is None:
        return [Note(_("员工尚未提交自我评估。"))]
    blocks: list = [Text(text(getattr(assessment, part)),
                         label=str(SelfAssessment._meta.get_field(part).verbose_name))
                    for part in SelfAssessment.PARTS]
    questions = "\n".join(f"{n}. {q}" for n, q in enumerate(assessment.questions, start=1))
    blocks.append(Text(questions or _("没有提出问题。"), label=_("想提出的问题或要求")))
    blocks.append(Note(_("提交于 %(at)s") % {"at": moment(assessment.submitted_at)}))
    return blocks


def _preparation(pack: Pack) -> list:
    prep = pack.preparation
    if prep is None:
        return [Note(_("还没有填写面谈准备。"))]
    minutes = InterviewPolicy.current().min_minutes
    questions = "\n".join(f"{n}. {q}" for n, q in enumerate(prep.questions or [], start=1))
    checklist = prep.checklist or {}
    ticks = "\n".join(f"{CHECKED if checklist.get(key) else UNCHECKED} "
                      f"{checklist_label(key, minutes)}" for key in CHECKLIST)
    return [
        Text(text(questions), label=_("准备提出的问题")),
        Text(text(prep.goal_analysis), label=_("目标分析（目标是否合理）")),
        Table([_("预计的分歧"), _("依据")],
              [[text(d.get("point")), text(d.get("evidence"))]
               for d in prep.disagreements or [] if isinstance(d, dict)],
              empty=_("未填写。"), widths=(1, 1)),
        Text(prep.get_temperament_display() or DASH, label=_("员工性格特点")),
        Text(text(prep.approach), label=_("面谈策略")),
        Text(ticks, label=_("面谈前检查")),
    ]


def pack_document(user, interview: Interview) -> Document:
    """The pack for a user who may prepare the interview (the caller checked)."""
    pack = build_pack(user, interview)
    parts = [(_("目标完成情况"), "goals", _goals(pack)),
             (_("关键事件"), "key_events", _key_events(pack)),
             (_("360° 反馈"), "feedback", _feedback(pack)),
             (_("日常绩效沟通"), "check_ins", [Text(
                 _("本周期共记录 %(n)s 次沟通，其中正式绩效沟通 %(m)s 次。")
                 % {"n": pack.check_ins, "m": pack.conversations})]),
             (_("奖惩与培训"), "facts", _facts(pack)),
             (_("上次面谈"), "previous", _previous(pack)),
             (_("上期改进计划"), "previous_plan", _previous_plan(user, interview)),
             (_("员工自我评估"), "self_assessment", _self_assessment(pack.self_assessment)),
             (_("面谈准备"), "preparation", _preparation(pack))]
    sections = [_header(interview, pack)]
    if pack.warnings:
        sections.append(Section(_("安排面谈时确认过的提示"), key="warnings",
                                blocks=[Text("\n".join(pack.warnings))]))
    sections += [Section(numbered(n, title), blocks, key=key)
                 for n, (title, key, blocks) in enumerate(parts, start=1)]
    return Document(
        kind="pack",
        title=_("面谈准备资料"),
        subtitle="　".join((interview.employee.name, day(interview.starts_at),
                           interview.get_kind_display())),
        name=file_name(_("面谈准备"), interview.employee.name, day(interview.starts_at)),
        sections=sections,
        notice=_("内部资料：仅供直属上级、面谈主导人和人力资源使用，请勿交给员工本人。"),
    )
