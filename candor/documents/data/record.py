"""The interview record laid out like the company's paper form, 绩效面谈记录与改进措施表 (seed 004).

The header and the goal table come from the snapshot taken at submission (what both sides
signed), the sections from the stored content. The manager's working notes are not part of
the form and never printed, so the document is the same whoever downloads it — the bulk
export prints it without a reader. A sealed record ends with the signatures, any addenda
and the seal's verification data, kept together so that they always sit on the last page.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _

from candor import access
from candor.core.text import labelled, with_note
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
from candor.interviews import sections
from candor.interviews.models import InterviewType, Record, RecordStatus
from candor.interviews.selectors.record import header_for
from candor.periods.templatetags.period_numbers import plain

CHECKED, UNCHECKED = "■", "□"
HASH_SHOWN = 16


def record_for_download(user, pk, *, request: HttpRequest | None = None) -> Record:
    """The interview's record as the record page gives it: 404 out of scope, and for the
    employee while it is a draft. The download is logged as such."""
    interview = access.get_interview_for(user, pk, request=request, what="record_document")
    record = Record.objects.filter(interview=interview).first()
    if record is None or not access.can_read_record(user, record):
        raise Http404
    record.interview = interview
    return record


def _person(person: dict | None) -> str:
    if not person:
        return DASH
    return _("%(name)s（岗位：%(position)s）") % {"name": person.get("name", ""),
                                                "position": person.get("position", "")}


def _when(header: dict) -> str:
    starts_at, ends_at = header.get("starts_at"), header.get("ends_at")
    if starts_at is None:
        return DASH
    shown = f"{moment(starts_at)}–{ends_at:%H:%M}" if ends_at else moment(starts_at)
    if header.get("actual"):
        start, end = header["actual"]
        shown = with_note(shown, _("实际 %(start)s–%(end)s") % {"start": start, "end": end})
    return shown


def _kinds(kind: str) -> str:
    """The paper form's tick boxes: □定期绩效面谈 ■绩效改进面谈 …"""
    return "　".join(f"{CHECKED if value == kind else UNCHECKED}{label}"
                    for value, label in InterviewType.choices)


def _status(record: Record) -> str:
    status = record.get_status_display()
    if record.is_sealed:
        return with_note(status, moment(record.sealed_at))
    if record.submitted_at:
        return with_note(status, _("提交于 %(at)s") % {"at": moment(record.submitted_at)})
    return status


def _header(record: Record, header: dict) -> Section:
    period = header.get("period")
    period_text = (_("%(name)s（%(start)s 至 %(end)s）") % {
        "name": period["name"], "start": period["start"], "end": period["end"]}
        if period else DASH)
    return Section(_("基本信息"), key="header", blocks=[Fields(
        pairs=[(_("面谈对象"), _person(header.get("employee"))),
               (_("面谈主管"), _person(header.get("manager"))),
               (_("面谈时间"), _when(header)),
               (_("面谈地点"), text(header.get("place"))),
               (_("绩效周期"), period_text),
               (_("面谈主导人"), _person(header.get("host"))),
               (_("面谈类型"), _kinds(header.get("kind", ""))),
               (_("记录状态"), _status(record))],
        wide=(_("面谈类型"),))])


def _goal_rows(header: dict) -> list[list[str]]:
    rows = []
    for goal in header.get("goals") or []:
        unit = goal.get("unit") or ""
        target = plain(goal.get("target"))
        actual = plain(goal.get("actual"))
        rate = plain(goal.get("rate_pct"))
        rows.append([text(goal.get("name")), text(f"{target}{unit}" if target else ""),
                     text(f"{actual}{unit}" if actual else ""), text(f"{rate}%" if rate else ""),
                     text(goal.get("rating")), text(plain(goal.get("points"))),
                     text(goal.get("notes"))])
    return rows


def _goal_result(header: dict) -> str:
    result = header.get("result")
    if not result:
        return ""
    parts = [_("总分 %(total)s　等级 %(grade)s") % {"total": plain(result.get("total")) or DASH,
                                                 "grade": result.get("grade") or DASH}]
    if result.get("multiplier"):
        parts.append(_("奖金系数 ×%(multiplier)s") % {"multiplier": plain(result["multiplier"])})
    else:
        parts.append(_("奖金系数 —"))
    if result.get("rank_department"):
        parts.append(_("部门排名 %(rank)s / %(size)s") % {
            "rank": result["rank_department"], "size": result.get("rank_department_size")})
    return "　".join(parts)


def _goal_review(header: dict, content: dict) -> list:
    return [
        Table([_("核心目标"), _("目标值"), _("完成值"), _("达成率"), _("评估等级"), _("得分"),
               _("备注（关键事件 / 数据）")],
              _goal_rows(header), empty=_("本次面谈没有关联绩效考核表。"),
              footer=_goal_result(header), widths=(4, 3, 3, 2, 2.4, 2, 4.6)),
        Text(text(content.get("comment")), label=_("总体评价")),
    ]


def _cell(column: sections.Column, row: dict) -> str:
    value = row.get(column.name, "")
    if column.choices:
        value = dict(column.choices).get(value, value) if value else ""
    return text(value)


def _rows(key: str, content: dict, names: tuple[str, ...]) -> list[list[str]]:
    columns = {c.name: c for c in sections.BY_KEY[key].columns}
    return [[_cell(columns[name], row) for name in names]
            for row in content.get("items") or [] if isinstance(row, dict)]


def _measure_rows(content: dict) -> list[list[str]]:
    support_types = dict(sections.SUPPORT_TYPES)
    rows = []
    for row in content.get("items") or []:
        support = str(row.get("support") or "").strip()
        if row.get("support_type"):
            support = labelled(support_types.get(row["support_type"], ""), support or DASH)
        rows.append([text(row.get("measure")), text(row.get("steps")), text(row.get("owner")),
                     text(row.get("deadline")), text(support), text(row.get("checkpoints"))])
    return rows


def _labels(key: str, names: tuple[str, ...]) -> list[str]:
    columns = {c.name: c for c in sections.BY_KEY[key].columns}
    return [str(columns[name].label) for name in names]


def _body(record: Record, header: dict, stored: dict[str, dict]) -> list[Section]:
    """The numbered parts of the form, in the paper form's order."""
    def content(key: str) -> dict:
        return stored.get(key) or sections.empty_content(key)

    kind = record.interview.kind
    parts: list[tuple[str, str, list]] = [
        ("goal_review", _("绩效目标回顾与评估"), _goal_review(header, content("goal_review"))),
        ("strengths", _("主要成绩与优势"), [Table(
            _labels("strengths", ("text", "case")),
            _rows("strengths", content("strengths"), ("text", "case")),
            empty=_("未填写。"), widths=(2, 3))]),
        ("shortcomings", _("存在不足与问题分析"), [Table(
            [_("问题描述"), *_labels("shortcomings", ("employee_cause", "manager_cause"))],
            _rows("shortcomings", content("shortcomings"),
                  ("text", "employee_cause", "manager_cause")),
            empty=_("未填写。"))]),
        ("agreement", _("达成一致与分歧"), [
            Text(text(content("agreement").get("agreed")), label=_("达成一致的事项")),
            Text(text(content("agreement").get("disagreements")), label=_("分歧及后续处理"))]),
        ("measures", _("改进措施"), [Table(
            [_("措施"), _("行动步骤"), _("负责人"), _("完成期限"), _("所需支持"), _("检查点")],
            _measure_rows(content("measures")), empty=_("未填写。"),
            widths=(4, 4, 2, 3, 3, 4))]),
        ("support", _("资源与支持承诺"), [Table(
            _labels("support", ("commitment", "owner", "due")),
            _rows("support", content("support"), ("commitment", "owner", "due")),
            empty=(str(sections.NONE_LABEL) if content("support").get("none")
                   else _("未填写。")), widths=(5, 2, 2))]),
        ("next_goals", _("下期目标"), [Table(
            _labels("next_goals", ("goal", "target", "deadline")),
            _rows("next_goals", content("next_goals"), ("goal", "target", "deadline")),
            empty=_("未填写。"), widths=(4, 4, 2))]),
    ]
    if content("previous_plan").get("items"):
        parts.append(("previous_plan", str(sections.PREVIOUS_PLAN.label), [Table(
            _labels("previous_plan", ("measure", "final_status", "comment")),
            _rows("previous_plan", content("previous_plan"),
                  ("measure", "final_status", "comment")), widths=(4, 2, 4))]))
    if kind != InterviewType.REGULAR or content("type_focus").get("text"):
        parts.append(("type_focus", sections.section_label("type_focus", kind),
                      [Text(text(content("type_focus").get("text")))]))
    parts.append(("employee_comments", _("员工意见"),
                  [Text(text(content("employee_comments").get("text")))]))
    return [Section(numbered(number, title), blocks, key=key)
            for number, (key, title, blocks) in enumerate(parts, start=1)]


def _signatures(record: Record) -> list[Section]:
    # sorted here rather than by the query, so that a prefetched set (bulk export) is used
    signatures = sorted(record.signatures.all(), key=lambda s: (s.signed_at, s.pk))
    rows = [[s.get_role_display(), s.signer_name, moment(s.signed_at, seconds=True),
             f"{s.content_hash[:HASH_SHOWN]}…"] for s in signatures]
    found = [Section(_("签字确认"), key="signatures", blocks=[
        Table([_("签字方"), _("签字人"), _("签字时间"), _("签字时的内容哈希")], rows,
              empty=_("双方尚未签字。"), widths=(2, 2, 3, 3))])]
    if not record.is_sealed:
        found[0].blocks.append(Note(_("本记录尚未签字归档，内容仍可能修改，不能作为正式记录使用。")))
        return found
    addenda = list(record.addenda.all())
    if addenda:
        found.append(Section(_("补充说明"), key="addenda", blocks=[
            Note(_("以下内容在记录归档后添加，不属于双方签字的内容。")),
            Table([_("时间"), _("补充人"), _("补充内容"), _("内容哈希")],
                  [[moment(a.created_at), a.author_name, a.text,
                    f"{a.content_hash[:HASH_SHOWN]}…"] for a in addenda],
                  widths=(2.8, 2, 5, 3))]))
    found.append(Section(_("归档验证"), key="seal", blocks=[
        Fields([(_("归档时间"), moment(record.sealed_at, seconds=True)),
                (_("哈希链序号"), text(record.chain_index)),
                (_("内容哈希"), record.content_hash),
                (_("链哈希"), text(record.chain_hash))], per_row=1),
        Note(_("内容哈希按双方签字时的记录内容计算，内容有任何改动都会与之不符；"
               "人力资源可在 Candor 中核对归档记录的哈希链。"))]))
    return found


def record_document(record: Record) -> Document:
    """The record form for any reader allowed to download it (the caller checked access)."""
    stored = {s.key: s.content for s in record.sections.all()}
    header = header_for(record)
    employee = (header.get("employee") or {}).get("name") or record.interview.employee.name
    starts_at = header.get("starts_at")
    status = "" if record.status == RecordStatus.SEALED else record.get_status_display()
    return Document(
        kind="record",
        title=_("绩效面谈记录与改进措施表"),
        subtitle="　".join(p for p in (employee, day(starts_at), status) if p),
        name=file_name(_("绩效面谈记录"), employee, day(starts_at)),
        sections=[_header(record, header), *_body(record, header, stored)],
        closing=_signatures(record),
    )
