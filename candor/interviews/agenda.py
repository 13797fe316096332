"""The conversation as steps on screen (R3.5), with time guidance and each type's emphasis.

About 80 % of the time goes to solutions (discussion, support, plan, next goals) [s3]; the
shares below add up to 100 and the planned minutes follow the interview's duration.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from candor.interviews.models import InterviewType


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    guidance: tuple[str, ...]
    share: int  # percent of the interview
    sections: tuple[str, ...]
    solution: bool = False


STEPS: tuple[Step, ...] = (
    Step("opening", _("开场"), (
        _("感谢员工本期的付出，举出具体的事例。"),
        _("简要介绍部门本期的整体业绩。"),
        _("说明本次面谈的目的和大致流程，营造轻松的气氛。"),
    ), 4, ("type_focus",)),
    Step("self_assessment", _("员工自评"), (
        _("请员工先谈自己的表现和自我评价。"),
        _("多听、多问，不打断，不急于评判。"),
    ), 6, ("notes",)),
    Step("manager_assessment", _("上级评价"), (
        _("对照目标逐项反馈结果和能力表现。"),
        _("先谈优点，再谈不足；用事实说话，不下主观结论。"),
        _("对事不对人：谈工作表现，不评价性格。"),
    ), 7, ("goal_review", "strengths", "shortcomings")),
    Step("discussion", _("讨论与分歧"), (
        _("重点讨论有分歧的地方：原因、事实、标准。"),
        _("用“5 个为什么”追问根本原因。"),
        _("当场无法解决的分歧先记录下来，会后跟进。"),
    ), 30, ("agreement",), True),
    Step("support", _("支持与发展"), (
        _("了解员工的职业意愿和培训需求。"),
        _("只承诺能兑现的支持，写明由谁、何时提供。"),
    ), 15, ("support",), True),
    Step("improvement", _("改进计划"), (
        _("双方共同制定改进措施，不要单方面下达。"),
        _("每项措施可衡量、有期限、有负责人。"),
    ), 20, ("measures",), True),
    Step("next_goals", _("下期目标"), (
        _("商定下期目标的内容、里程碑和期限。"),
    ), 15, ("next_goals",), True),
    Step("closing", _("确认与鼓励"), (
        _("复述达成一致的结果和后续安排。"),
        _("听取员工的意见，以鼓励结束。"),
    ), 3, ("notes",)),
)

# Per type: which step gets an extra point, in the manager's words.
EMPHASIS = {
    InterviewType.REGULAR: {},
    InterviewType.IMPROVEMENT: {
        "manager_assessment": _("本次是改进面谈：讲清绩效与期望的差距和具体事实。"),
        "improvement": _("改进计划是本次面谈的核心：逐项约定检查点。"),
    },
    InterviewType.DEVELOPMENT: {
        "support": _("本次是发展面谈：多花时间了解员工的职业规划。"),
    },
    InterviewType.PROMOTION: {
        "manager_assessment": _("对照目标岗位或薪级的要求逐条评估准备度。"),
        "closing": _("说明评估结论的后续流程，不要提前许诺结果。"),
    },
    InterviewType.TRANSFER: {
        "opening": _("说明调岗的原因和新岗位的期望。"),
        "next_goals": _("约定工作交接的内容和完成日期。"),
    },
    InterviewType.WARNING: {
        "opening": _("直接说明本次是绩效警告面谈，语气平和、坚定。"),
        "discussion": _("清楚告知未改进的后果，并确认员工已经理解。"),
        "improvement": _("约定改进期限和复核日期。"),
    },
}

SOLUTION_SHARE = sum(step.share for step in STEPS if step.solution)


@dataclass(frozen=True)
class PlannedStep:
    step: Step
    minutes: int
    start_minute: int
    emphasis: str


def plan(kind: str, duration_minutes: int) -> list[PlannedStep]:
    """Steps with planned minutes that add up exactly to the duration."""
    emphasis = EMPHASIS.get(kind, {})
    planned: list[PlannedStep] = []
    elapsed = 0
    for index, step in enumerate(STEPS):
        if index == len(STEPS) - 1:
            minutes = duration_minutes - elapsed
        else:
            minutes = max(1, round(duration_minutes * step.share / 100))
        planned.append(PlannedStep(step, minutes, elapsed, str(emphasis.get(step.key, ""))))
        elapsed += minutes
    return planned


def step_by_key(key: str) -> Step | None:
    return next((s for s in STEPS if s.key == key), None)
