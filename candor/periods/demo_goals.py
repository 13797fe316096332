"""Goal templates and ability items for the demo company and the synthetic benchmark company.

Shared by `candor.periods.demo` (星河科技) and `candor.periods.synthetic` (make bench), so
both hand out the same realistic KPI sets: engineers, testers, sales, customer service,
functional staff and managers, 6–7 goals each, weights totalling 100. Linear goals carry a
floor of 0 and a cap of 1.5 × weight, the way HR usually bounds a single line so one
outlier cannot make or break a year.

Stored data in the product's source language (Simplified Chinese), like the default
questionnaire: these are rows a company edits, not interface text.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from candor.periods.models import Direction, Rule, default_rating_scale


def linear(name: str, unit: str, target: int | str, weight: int, per_pct: str = "1",
           *, lower: bool = False) -> dict[str, Any]:
    weight_dec = Decimal(weight)
    return {"name": name, "unit": unit, "target": Decimal(target),
            "direction": Direction.LOWER if lower else Direction.HIGHER,
            "weight": weight_dec, "rule": Rule.LINEAR, "points_per_pct": Decimal(per_pct),
            "floor": Decimal(0), "cap": weight_dec * Decimal("1.5"),
            "rating_scale": default_rating_scale()}


def judged(name: str, weight: int, *, rule: str = Rule.MANAGER) -> dict[str, Any]:
    """A goal the manager line scores: 0..weight points, or a grade A/B/C/D."""
    return {"name": name, "unit": "", "target": None, "direction": Direction.HIGHER,
            "weight": Decimal(weight), "rule": rule, "points_per_pct": Decimal(1),
            "floor": None, "cap": None, "rating_scale": default_rating_scale()}


# (template name, position code or "", sequence code or "", items)
TEMPLATES: tuple[tuple[str, str, str, tuple[dict[str, Any], ...]], ...] = (
    ("研发工程师季度目标", "", "tech", (
        linear("需求按期交付率", "%", 95, 25),
        linear("代码缺陷密度", "个/千行", 2, 15, "0.2", lower=True),
        linear("代码评审完成率", "%", 100, 10, "0.5"),
        linear("线上故障次数", "次", 2, 10, "0.1", lower=True),
        linear("技术文档完成率", "%", 90, 10, "0.5"),
        judged("团队协作", 15),
        judged("学习与分享", 15, rule=Rule.RATING),
    )),
    ("测试工程师季度目标", "QA", "", (
        linear("测试用例执行率", "%", 100, 20, "0.5"),
        linear("有效缺陷发现数", "个", 60, 20, "0.2"),
        linear("缺陷漏测率", "%", 5, 20, "0.2", lower=True),
        linear("自动化测试覆盖率", "%", 60, 15, "0.3"),
        linear("测试报告按时提交率", "%", 100, 10, "0.5"),
        judged("工作态度与协作", 15),
    )),
    ("销售人员季度目标", "", "sales", (
        linear("销售额", "万元", 300, 35),
        linear("回款率", "%", 90, 20, "0.5"),
        linear("新客户开发数", "个", 8, 15, "0.2"),
        linear("客户拜访量", "次", 120, 10, "0.1"),
        linear("销售费用率", "%", 8, 10, "0.2", lower=True),
        judged("客户关系维护", 10, rule=Rule.RATING),
    )),
    ("客服人员季度目标", "", "service", (
        linear("客户满意度", "%", 90, 25),
        linear("客户投诉率", "%", 5, 20, "0.5", lower=True),
        linear("首次响应及时率", "%", 95, 15, "0.5"),
        linear("一次解决率", "%", 80, 15, "0.5"),
        linear("工单处理量", "件", 600, 10, "0.1"),
        judged("服务规范", 15),
    )),
    ("职能人员季度目标", "", "functional", (
        linear("重点工作按期完成率", "%", 95, 25),
        linear("工作差错次数", "次", 3, 15, "0.1", lower=True),
        linear("内部客户满意度", "%", 90, 20, "0.5"),
        linear("费用预算执行率", "%", 100, 10, "0.2", lower=True),
        linear("培训计划完成率", "%", 100, 10, "0.5"),
        judged("制度流程执行", 10),
        judged("专业能力提升", 10, rule=Rule.RATING),
    )),
    ("管理人员季度目标", "", "mgmt", (
        linear("部门目标达成率", "%", 100, 30),
        linear("部门费用预算执行率", "%", 100, 15, "0.5", lower=True),
        linear("重点项目按期完成率", "%", 90, 15, "0.5"),
        linear("核心人员流失率", "%", 5, 10, "0.1", lower=True),
        linear("下属绩效面谈完成率", "%", 100, 10, "0.5"),
        judged("团队建设与人才培养", 20),
    )),
)

# (kind, name, description); cases for strengths and weaknesses are in the demo.
ABILITY_ITEMS: tuple[tuple[str, str, str], ...] = (
    ("ability", "专业技能", "掌握岗位所需的知识与技能，并能用于解决实际问题。"),
    ("ability", "沟通协调", "清楚表达，主动与上下游沟通，推动跨部门协作。"),
    ("ability", "问题解决", "面对问题能分析原因、提出方案并跟进到底。"),
    ("ability", "学习能力", "主动学习新知识、新工具，并应用到工作中。"),
    ("attitude", "责任心", "对承诺的结果负责，遇到问题不推诿。"),
    ("attitude", "团队合作", "乐于分享，配合同事完成团队目标。"),
    ("attitude", "积极主动", "主动发现并承担工作，不等安排。"),
)

WHOLE_UNITS = {"个", "次", "件", "万元"}
TENTH = Decimal("0.1")


def draw_skill(rng: random.Random) -> float:
    """How well a person does this period: 1.0 is on target, most people within ±5 %."""
    return min(max(rng.gauss(1.01, 0.045), 0.86), 1.15)


def draw_actual(item: Any, skill: float, rng: random.Random) -> Decimal:
    """A plausible actual for a linear goal (dict or model), given the person's skill."""
    get = item.get if isinstance(item, dict) else lambda name: getattr(item, name)
    target = float(get("target"))
    if get("direction") == Direction.HIGHER:
        value = target * max(skill + rng.gauss(0, 0.03), 0.05)
        if get("unit") == "%" and target <= 100:
            value = min(value, 100.0)
    else:
        value = target * max(2 - skill + rng.gauss(0, 0.06), 0.0)
    if get("unit") in WHOLE_UNITS:
        return Decimal(round(value))
    return Decimal(repr(value)).quantize(TENTH)


def draw_points(weight: Decimal, skill: float, rng: random.Random) -> Decimal:
    """Manager-rated points, in half points, between half and all of the weight."""
    share = min(max(skill - 0.05 + rng.gauss(0, 0.04), 0.5), 1.0)
    return (Decimal(repr(float(weight) * share * 2)).quantize(Decimal(1)) / 2).quantize(
        Decimal("0.01"))


def draw_grade(skill: float, rng: random.Random) -> str:
    value = skill + rng.gauss(0, 0.03)
    return "A" if value >= 1.06 else "B" if value >= 0.98 else "C" if value >= 0.92 else "D"


# Concrete cases a manager writes for a strength or a weakness, per ability item.
ABILITY_CASES: dict[str, dict[str, tuple[str, ...]]] = {
    "专业技能": {
        "strength": ("独立完成本季度最复杂的一项任务，方案被部门作为范例推广。",
                     "针对反复出现的问题梳理出检查清单，同类差错下降一半。"),
        "weakness": ("两次交付的成果需要返工，原因是对业务规则理解不完整。",
                     "新工具上手较慢，季度中期仍需同事协助完成日常操作。"),
    },
    "沟通协调": {
        "strength": ("在跨部门评审中主动协调三方意见，一周内推动方案定稿。",
                     "遇到进度风险第一时间同步上级和协作方，避免了延期。"),
        "weakness": ("需求变更未及时告知协作方，导致对方重复工作约两天。",
                     "周会汇报重点不清，上级需要多次追问才能了解进展。"),
    },
    "问题解决": {
        "strength": ("定位一个困扰团队两周的疑难问题，并补充了预防措施。",
                     "客户紧急问题当天给出临时方案，三天内彻底解决。"),
        "weakness": ("同一类问题季度内出现三次，未做根因分析和改进。",
                     "遇到卡点时等待超过两天才求助，影响了整体进度。"),
    },
    "学习能力": {
        "strength": ("利用业余时间完成岗位相关认证，并在部门内做了分享。",
                     "快速掌握新上线的系统，编写了操作指引供同事使用。"),
        "weakness": ("季度培训计划中两门课程未按期完成。",
                     "对新流程的要求掌握不够，提交的材料多次被退回。"),
    },
    "责任心": {
        "strength": ("周末主动跟进线上问题直至解决，并写了事故复盘报告。",
                     "对自己负责的事项全部闭环，季度内没有遗留问题。"),
        "weakness": ("承诺的两项任务到期未完成，也未提前说明原因。",
                     "交接工作时遗漏重要事项，导致客户二次来电。"),
    },
    "团队合作": {
        "strength": ("主动带教两名新同事，帮助他们提前一个月独立上岗。",
                     "团队任务紧张时主动承担额外工作，保证了整体按期交付。"),
        "weakness": ("较少参与团队讨论，经验和资料没有及时共享。",
                     "与协作同事因分工产生分歧，未能主动沟通化解。"),
    },
    "积极主动": {
        "strength": ("主动提出流程优化建议，实施后每月节省工时约 10 小时。",
                     "发现潜在风险后主动排查，提前消除了一次可能的故障。"),
        "weakness": ("多数工作需要上级安排后才开始，很少主动发现问题。",
                     "对职责边界外的问题即使发现也不反馈。"),
    },
}
# For an item the company added itself (no cases above).
GENERIC_CASES: dict[str, tuple[str, ...]] = {
    "strength": ("本季度在这一项上表现突出，多次得到协作部门的书面表扬。",),
    "weakness": ("本季度在这一项上两次未达到岗位要求，已在季中沟通中指出。",),
}
