"""Shared plan test data: 张伟's plan agreed in a sealed Q3 interview record.

Plans are made through the real service (`create_plan`) from record rows with every column
the record's measures editor has, so the tests see what a sealed record produces.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from candor.interviews.tests.factories import sealed
from candor.notifications.models import Reminder
from candor.plans.models import Checkpoint, Measure, Plan
from candor.plans.services.lifecycle import create_plan

# The interview was held on 2026-10-19: "11-05" reads as 2026-11-05.
MEASURE_ROWS = [
    {"measure": "每月完成 1 门数据分析课程", "steps": "报名公司数据分析课程；每周学习 3 小时",
     "owner": "张伟", "deadline": "2026-12-31", "support_type": "training",
     "support": "数据分析课程培训预算", "checkpoints": "11-05 复核样本；11-20 提交初稿"},
    {"measure": "提升沟通能力", "steps": "", "owner": "", "deadline": "",
     "support_type": "", "support": "", "checkpoints": ""},
    {"measure": "季度末前独立完成 1 份客户流失分析报告", "steps": "收集样本；建模；评审",
     "owner": "张伟", "deadline": "2026-12-31", "support_type": "people",
     "support": "王强每两周辅导一次", "checkpoints": "12-10 评审初稿"},
]
SUPPORT_ROWS = [
    {"commitment": "安排 IT 测试环境", "owner": "王强", "due": "2026-11-15"},
]


def make_plan(personas, *, record=None, measures: list[dict] | None = None,
              support: list[dict] | None = None, actor=None, **record_kwargs) -> Plan:
    """A plan from a sealed record. Sealing may already have made one from the record's
    own rows; that one is removed so the plan holds exactly the rows asked for."""
    record = record or sealed(personas, **record_kwargs)
    for existing in list(record.plans.all()):
        Reminder.objects.filter(key__startswith=f"plan:{existing.pk}:").delete()
        existing.delete()
    contents = {"measures": {"items": MEASURE_ROWS if measures is None else measures},
                "support": {"items": SUPPORT_ROWS if support is None else support}}
    plan = create_plan(record=record, contents=contents,
                       actor=actor or record.interview.manager.user)
    assert plan is not None
    return plan


def more_plans(plan: Plan, n: int) -> list[Plan]:
    """n further plans on the same sealed record: cheap bulk data for list pages."""
    return [make_plan_from(plan.record) for _ in range(n)]


def make_plan_from(record, *, measures: list[dict] | None = None) -> Plan:
    contents = {"measures": {"items": MEASURE_ROWS if measures is None else measures},
                "support": {"items": SUPPORT_ROWS}}
    plan = create_plan(record=record, contents=contents, actor=record.interview.manager.user)
    assert plan is not None
    return plan


def overdue(checkpoint: Checkpoint, *, days: int = 3) -> Checkpoint:
    """Move a checkpoint into the past (relative to the real clock) and leave it open."""
    checkpoint.date = timezone.localdate() - dt.timedelta(days=days)
    checkpoint.save(update_fields=["date"])
    return checkpoint


def first_measure(plan: Plan) -> Measure:
    return plan.measures.order_by("order", "pk").first()


def closed_plan(personas, *, met: bool, **kwargs) -> Plan:
    """A plan closed by the next interview: met (every measure done) or missed."""
    from candor.plans.models import MeasureStatus
    from candor.plans.services.lifecycle import close_plan

    plan = make_plan(personas, **kwargs)
    if met:
        plan.measures.update(status=MeasureStatus.DONE)
    return close_plan(plan=plan, actor=plan.manager.user)
