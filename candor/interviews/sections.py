"""The record form's sections (R3.6): what each holds, how posted data is cleaned, and
which elements are missing. One definition serves the form, the API, the hash and the check.

Each section's content is a small JSON object. List sections hold rows of named fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from candor.interviews.models import InterviewType

MAX_TEXT = 4000

SUPPORT_TYPES = (("", _("无")), ("training", _("培训")), ("people", _("人员")),
                 ("policy", _("制度")), ("budget", _("预算")))
FINAL_STATUSES = (("", _("请选择")), ("done", _("已完成")), ("not_met", _("未完成")),
                  ("dropped", _("已放弃")))
MAX_ROWS = 20


@dataclass(frozen=True)
class Column:
    name: str
    label: str
    required: bool = True
    wide: bool = False
    choices: tuple = ()  # (value, label) pairs: a select instead of a text input
    placeholder: str = ""
    hidden: bool = False  # carried along (an id), never typed
    readonly: bool = False  # shown, filled by Candor


@dataclass(frozen=True)
class Section:
    key: str
    label: str
    help: str
    columns: tuple[Column, ...] = ()  # a list section when not empty
    text_fields: tuple[Column, ...] = ()  # a text section otherwise
    writer: str = "manager"  # "manager" or "employee"
    allows_none: bool = False  # a list that may be declared empty ("nothing promised")
    min_rows: int = 1
    extra: dict = field(default_factory=dict)

    @property
    def is_list(self) -> bool:
        return bool(self.columns)


SECTIONS: tuple[Section, ...] = (
    Section("goal_review", _("目标回顾"),
            _("逐项回顾本期目标的完成情况（表格来自绩效考核表），写下总体评价。"),
            text_fields=(Column("comment", _("总体评价"), wide=True),)),
    Section("strengths", _("成绩与优点"),
            _("每一条成绩或优点都要有具体事例：时间、事情、结果。"),
            columns=(Column("text", _("成绩 / 优点")), Column("case", _("具体事例"), wide=True))),
    Section("shortcomings", _("不足与原因"),
            _("对事不对人。分别记录员工和上级对原因的看法，可用“5 个为什么”找到根本原因。"),
            columns=(Column("text", _("不足之处")),
                     Column("employee_cause", _("员工认为的原因"), wide=True),
                     Column("manager_cause", _("上级认为的原因"), wide=True))),
    Section("agreement", _("达成一致与分歧"),
            _("记录双方达成一致的事项，以及未能达成一致、需要后续跟进的分歧（没有请写“无”）。"),
            text_fields=(Column("agreed", _("达成一致的事项"), wide=True),
                         Column("disagreements", _("分歧及后续处理"), wide=True))),
    Section("measures", _("改进措施"),
            _("可衡量、有期限、有负责人：例如“每月完成 1 门数据分析课程，"
              "季度末前独立完成 1 份分析报告”。检查点写日期和内容，多个用分号隔开。"),
            columns=(Column("measure", _("措施"), wide=True),
                     Column("steps", _("行动步骤"), required=False, wide=True),
                     Column("owner", _("负责人"), placeholder=_("姓名")),
                     Column("deadline", _("完成期限"), placeholder=_("例如 2026-12-31")),
                     Column("support_type", _("支持类型"), required=False,
                            choices=SUPPORT_TYPES),
                     Column("support", _("所需支持"), required=False),
                     Column("checkpoints", _("检查点"), required=False, wide=True,
                            placeholder=_("例如 11-05 复核样本收集；11-20 提交初稿")))),
    Section("support", _("资源与支持承诺"),
            _("上级或人力资源承诺提供的资源与支持，写明由谁在何时之前提供。不要做无法兑现的承诺。"),
            columns=(Column("commitment", _("承诺内容")), Column("owner", _("负责人")),
                     Column("due", _("兑现期限"))),
            allows_none=True),
    Section("next_goals", _("下期目标"),
            _("下期工作目标：内容、衡量标准、里程碑和期限。"),
            columns=(Column("goal", _("目标")), Column("target", _("衡量标准"), required=False),
                     Column("deadline", _("期限")))),
    Section("type_focus", _("面谈重点"), "",
            text_fields=(Column("text", _("内容"), wide=True),)),
    Section("notes", _("面谈笔记"), _("面谈过程中的随手记录，按议程步骤保存。"),
            text_fields=()),
    Section("employee_comments", _("员工意见"),
            _("员工对本次面谈和记录内容的意见。"),
            text_fields=(Column("text", _("员工意见"), wide=True),), writer="employee"),
)

# The previous plan's measures and how they ended (R4.2): shown only when there is one.
PREVIOUS_PLAN = Section(
    "previous_plan", _("上期改进计划完成情况"),
    _("逐项填写上期改进措施的最终状态和说明；全部填写后才能提交本次记录。"),
    columns=(Column("measure_id", "", required=False, hidden=True),
             Column("measure", _("上期措施"), readonly=True, wide=True),
             Column("final_status", _("最终状态"), choices=FINAL_STATUSES),
             Column("comment", _("说明"), wide=True)),
    min_rows=0)
SECTIONS = (PREVIOUS_PLAN, *SECTIONS)

BY_KEY = {s.key: s for s in SECTIONS}
KEYS = tuple(BY_KEY)

# What the type-focus section asks for, per interview type (R3.1: each type has its emphasis).
TYPE_FOCUS = {
    InterviewType.REGULAR: (_("部门整体情况与面谈目的"),
                            _("本期部门的整体业绩、员工在其中的贡献，以及本次面谈的目的。")),
    InterviewType.IMPROVEMENT: (_("与期望的差距"),
                                _("绩效低于期望的具体表现、差距有多大，以及不改进的后果。")),
    InterviewType.DEVELOPMENT: (_("职业发展意愿"),
                                _("员工的职业发展方向与意愿、需要的能力和培训，以及公司能提供的机会。")),
    InterviewType.PROMOTION: (_("晋升 / 调薪准备度"),
                              _("对照目标岗位或薪级的要求，员工已具备和尚欠缺的条件。")),
    InterviewType.TRANSFER: (_("调岗安排"),
                             _("调岗原因、新岗位的期望、工作交接安排和适应期的支持。")),
    InterviewType.WARNING: (_("警告事项与后果"),
                            _("问题事实、已告知的后果、改进期限和复核日期。员工已知悉的内容要写清楚。")),
}

NOTE_STEP_MAX = 20


def focus_for(kind: str) -> tuple[str, str]:
    return TYPE_FOCUS.get(kind, TYPE_FOCUS[InterviewType.REGULAR])


def section_label(key: str, kind: str = InterviewType.REGULAR) -> str:
    if key == "type_focus":
        return str(focus_for(kind)[0])
    section = BY_KEY.get(key)
    return str(section.label) if section else key


def _text(value) -> str:
    return str(value or "").replace("\r\n", "\n").strip()[:MAX_TEXT]


def empty_content(key: str) -> dict:
    section = BY_KEY[key]
    if key == "notes":
        return {"steps": {}}
    if section.is_list:
        return {"items": [], "none": False} if section.allows_none else {"items": []}
    return {c.name: "" for c in section.text_fields}


def clean(key: str, data: dict) -> dict:
    """Posted or API data → stored content: known fields only, text trimmed, empty rows gone."""
    section = BY_KEY[key]
    if key == "notes":
        steps = data.get("steps") if isinstance(data.get("steps"), dict) else {}
        return {"steps": {str(k)[:30]: _text(v) for k, v in list(steps.items())[:NOTE_STEP_MAX]
                          if _text(v)}}
    if section.is_list:
        rows = data.get("items") if isinstance(data.get("items"), list) else []
        items = []
        for row in rows[:MAX_ROWS]:
            if not isinstance(row, dict):
                continue
            item = {c.name: _text(row.get(c.name)) for c in section.columns}
            for column in section.columns:
                if column.choices and item[column.name] not in dict(column.choices):
                    item[column.name] = ""
            if "measure_id" in item:
                item["measure_id"] = int(item["measure_id"]) if item["measure_id"].isdigit() \
                    else None
            if any(v for k, v in item.items() if k != "measure_id"):
                items.append(item)
        content = {"items": items}
        if section.allows_none:
            content["none"] = bool(data.get("none")) and not items
        return content
    return {c.name: _text(data.get(c.name)) for c in section.text_fields}


def problems(key: str, content: dict, *, kind: str = InterviewType.REGULAR) -> list[str]:
    """What is missing from one section, each as a sentence naming the element."""
    section = BY_KEY[key]
    label = section_label(key, kind)
    found: list[str] = []
    if key in ("notes", "previous_plan"):
        return found  # the previous plan is checked against the plan itself (candor.plans)
    if section.is_list:
        items = content.get("items") or []
        if not items and not (section.allows_none and content.get("none")):
            if section.allows_none:
                found.append(str(_("“%(section)s”：至少填写一项，或注明“无需额外支持”。")
                                 % {"section": label}))
            else:
                found.append(str(_("“%(section)s”：至少填写一项。") % {"section": label}))
        for number, item in enumerate(items, start=1):
            for column in section.columns:
                if column.required and not item.get(column.name):
                    found.append(str(
                        _("“%(section)s”第 %(row)s 条缺少“%(column)s”。")
                        % {"section": label, "row": number, "column": column.label}))
        return found
    for column in section.text_fields:
        if not content.get(column.name):
            if len(section.text_fields) == 1:
                found.append(str(_("缺少“%(section)s”。") % {"section": label}))
            else:
                found.append(str(_("“%(section)s”缺少“%(column)s”。")
                                 % {"section": label, "column": column.label}))
    return found


def required_keys(kind: str, *, for_seal: bool = False) -> list[str]:
    """Sections the draft must have; sealing also needs the employee's comments."""
    keys = ["goal_review", "strengths", "shortcomings", "agreement", "measures", "support",
            "next_goals"]
    if kind != InterviewType.REGULAR:
        keys.append("type_focus")
    if for_seal:
        keys.append("employee_comments")
    return keys


def missing(contents: dict[str, dict], kind: str, *, for_seal: bool = False) -> list[str]:
    found: list[str] = []
    for key in required_keys(kind, for_seal=for_seal):
        found += problems(key, contents.get(key) or empty_content(key), kind=kind)
    return found


NONE_LABEL = pgettext_lazy("support", "无需额外支持")
