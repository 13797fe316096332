"""张伟's Q3 improvement plan, followed up since the interview (issue 5, scope 9).

Sealing his record (candor.interviews.demo) made the plan; here the people do what a month
of follow-up looks like, through the plan services as themselves:
- 张伟 closes both checkpoints of the release checklist and marks it done;
- 张伟 reports the first course finished at its checkpoint: the courses are on track;
- 张伟 marks the regression cases at risk: the test environment 王强 promised for 15 November
  has not come, so the checkpoint of 16 November is still open and overdue;
- 王强 delivers his other promise (测试组杨帆's weekly review), not the test environment.

The services stamp the real time of each step; the checkpoints' and deadlines' dates, set in
the record, are what make a checkpoint overdue or a promise late.
"""

from __future__ import annotations

from candor.plans.models import Commitment, Measure, MeasureStatus, Plan
from candor.plans.services.tracking import deliver_commitment, record_progress

# Stored data in the product's source language: what 张伟 and 王强 wrote.
CHECKLIST_DRAFT = ("检查清单初稿 24 项已提交杨帆，覆盖回归测试、数据库变更、配置核对和"
                   "回滚预案四类。")
CHECKLIST_DONE = ("测试组评审通过，合并重复项后定稿 22 项，已写入发布单模板。"
                  "之后的两次发布均按清单执行回归测试并附了测试报告。")
FIRST_COURSE = ("《软件测试基础》12 节课程已全部学完，结业证书已上传到培训系统；"
                "第 2 门《持续集成与自动化测试》已报名，下月初开课。")
CASES_AT_RISK = ("独立测试环境原定 11 月 15 日到位，至今未到位，框架只能先在本地搭建，"
                 "已写好 8 条用例；11 月 16 日的检查点没有完成。测试环境到位后两周内可以补上"
                 "前 25 条。")
REVIEWS_ARRANGED = "已与测试组约定：杨帆每周三下午协助评审，11 月起执行。"


def follow_up_plan(*, plan: Plan, employee_user, manager_user) -> None:
    """A month of follow-up on the plan made from the record (its rows, in their order)."""
    checklist, courses, cases = Measure.objects.filter(plan=plan).order_by("order", "pk")
    draft, reviewed = checklist.checkpoints.order_by("date", "pk")
    record_progress(actor=employee_user, measure=checklist, status=MeasureStatus.ON_TRACK,
                    text=CHECKLIST_DRAFT, checkpoint=draft)
    record_progress(actor=employee_user, measure=checklist, status=MeasureStatus.DONE,
                    text=CHECKLIST_DONE, checkpoint=reviewed)
    reviews = Commitment.objects.get(plan=plan, owner_id=plan.manager_id, text__contains="杨帆")
    deliver_commitment(actor=manager_user, commitment=reviews, note=REVIEWS_ARRANGED)
    record_progress(actor=employee_user, measure=courses, status=MeasureStatus.ON_TRACK,
                    text=FIRST_COURSE,
                    checkpoint=courses.checkpoints.order_by("date", "pk").first())
    record_progress(actor=employee_user, measure=cases, status=MeasureStatus.AT_RISK,
                    text=CASES_AT_RISK)
