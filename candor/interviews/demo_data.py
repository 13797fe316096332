"""What the demo interviews say: records, self-assessments, preparation notes and the appeal.

Stored data in the product's source language (Simplified Chinese), like the demo's goals and
key events: rows people wrote, not interface text. The cases follow the demo's evidence
(candor.periods.demo_evidence): 张伟's order-export rewrite and the 12 September outage,
吴昊's capacity work behind the sales peak, 李娜's answer templates and two late urgent
tickets. `{total}`, `{grade}` and `{rank}` are filled from the person's released sheet.

Improvement measures follow the record form: measure, steps, owner, deadline, support type,
support and checkpoints ("11-05 复核样本收集；11-20 提交初稿"). Dates still ahead are written
as period ends (月底, 季度末) in the interviews placed relative to the day of loading, and as
`later()` dates in 张伟's sealed record, so a plan in flight stays in flight.
"""

from __future__ import annotations

import datetime as dt

# Rooms HR keeps: (name, location, capacity, leader's office).
ROOMS = (
    ("小会议室A", "3 楼东侧 301", 4, False),
    ("小会议室B", "3 楼东侧 302", 4, False),
    ("洽谈室3", "2 楼前台旁", 6, False),
    ("总经理办公室", "5 楼 501", 3, True),
)

_ZHANG_WEI_TALK: dict[str, dict] = {
    "goal_review": {"comment": (
        "三季度总分 {total} 分，等级“{grade}”，部门排名第 {rank}。需求按期交付率和代码评审"
        "完成率达到目标；9 月 12 日的线上故障使“线上故障次数”一项未达标，是本季度主要的失分项。")},
    "strengths": {"items": [
        {"text": "技术能力扎实，能主动优化系统性能",
         "case": "8 月独立完成订单导出模块重构，提前 3 天提测，测试阶段仅发现 2 个缺陷；"
                 "导出耗时从 40 秒降到 6 秒，客服部批量处理工单的效率明显提升。"},
        {"text": "乐于分享，带动团队",
         "case": "9 月在部门技术分享会上讲解导出模块的分批查询方案，会后整理成文档，"
                 "研发二组在对账模块中直接复用。"},
    ]},
    "shortcomings": {"items": [
        {"text": "发布流程执行不严格：9 月 12 日发布前未执行回归测试，支付页面报错 47 分钟，"
                 "约 1,200 名客户下单受影响",
         "employee_cause": "大促前需求集中，唯一的测试环境被其他项目占用，回归测试排不上，"
                           "抱着侥幸心理先发布了。",
         "manager_cause": "对发布流程的重要性认识不足，遇到阻碍没有及时上报；同时部门排期没有给"
                          "回归测试预留时间，测试环境不足的问题我也一直没有落实解决。"},
    ]},
    "agreement": {
        "agreed": "三季度总分和等级双方认可。9 月 12 日故障的直接原因是未执行回归测试，"
                  "测试环境不足是部门层面需要解决的问题。四季度的重点是发布质量，"
                  "改进措施和支持如下表所列。",
        "disagreements": "无。"},
    "next_goals": {"items": [
        {"goal": "因个人原因导致的线上故障 0 次", "target": "运维故障记录",
         "deadline": "2026-12-31"},
        {"goal": "需求按期交付率不低于 95%", "target": "项目管理系统统计",
         "deadline": "2026-12-31"},
        {"goal": "订单模块自动化回归覆盖率达到 60%", "target": "自动化测试报告：11 月底 30%，"
                                                      "12 月底 60%", "deadline": "2026-12-31"},
    ]},
    "type_focus": {"text": "三季度技术部支撑大促订单量翻倍，系统零宕机。本次面谈回顾张伟的三季度"
                           "表现，重点讨论 9 月 12 日的故障和四季度的发布质量改进。"},
    "notes": {"steps": {
        "opening": "先感谢张伟在订单导出重构上的投入，介绍部门三季度整体情况。",
        "self_assessment": "张伟主动谈到 9 月 12 日的故障，认为自己有责任，也提到测试环境紧张。",
        "discussion": "用 5 个为什么追问：故障←未回归←环境被占←只有一套环境←资源申请未落实。",
        "closing": "张伟认可结果，表示会把检查清单落实到每次发布。",
    }},
}

# 张伟's plan: agreed on 26 October, followed up since (candor.plans.demo): the checklist
# done, the courses on track, the regression cases at risk for want of the test environment
# 王强 promised for 15 November. The measures' texts carry no dates of their own.
ZHANG_WEI_AGREED = dt.date(2026, 10, 26)
TEST_ENVIRONMENT = "安排 IT 测试环境"


def later(day: dt.date, today: dt.date, days: int) -> dt.date:
    """A date still ahead in the plan: as agreed, or `days` from the day of loading if the
    agreed one has already passed (so the demo's plan stays in flight)."""
    return max(day, today + dt.timedelta(days=days))


def _day(day: dt.date) -> str:
    """A checkpoint's date as people type it: month and day within the plan's year."""
    return f"{day:%m-%d}" if day.year == ZHANG_WEI_AGREED.year else day.isoformat()


def zhang_wei_record(today: dt.date) -> dict[str, dict]:
    """张伟's record with its plan rows; dates still ahead are counted from `today`."""
    courses_due = later(dt.date(2026, 12, 31), today, 30)
    cases_due = later(dt.date(2026, 12, 18), today, 21)
    measures = [
        {"measure": "编写发布前检查清单，列出不少于 20 项必检项，经测试组评审后写入发布单模板；"
                    "此后每次发布在发布单中附回归测试报告",
         "steps": "1. 梳理近一年 6 次发布故障和回滚记录，列出必检项；\n"
                  "2. 与测试组杨帆逐项评审，合并重复项；\n"
                  "3. 写入发布单模板，王强在发布审批时核对测试报告。",
         "owner": "张伟", "deadline": "2026-11-13", "support_type": "people",
         "support": "测试组杨帆协助评审检查清单",
         "checkpoints": "11-06 提交检查清单初稿；11-13 测试组评审通过并写入发布单模板"},
        {"measure": "完成 2 门测试与质量相关的线上课程，并在部门技术分享会上分享 1 次学习成果",
         "steps": "1. 先学《软件测试基础》，提交结业证书；\n"
                  "2. 再学《持续集成与自动化测试》；\n"
                  "3. 整理学习笔记，结合订单模块的回归用例在部门技术分享会上分享。",
         "owner": "张伟", "deadline": courses_due.isoformat(), "support_type": "training",
         "support": "部门培训预算报销课程费用 800 元",
         "checkpoints": f"11-20 完成第 1 门课程并提交结业证书；"
                        f"{_day(later(dt.date(2026, 12, 15), today, 14))} 完成第 2 门课程；"
                        f"{_day(later(dt.date(2026, 12, 25), today, 21))} 在部门技术分享会上分享"},
        {"measure": "编写订单模块自动化回归用例 50 条，覆盖下单、支付、退款 3 条主流程，"
                    "并接入发布流水线",
         "steps": "1. 在独立测试环境中搭建自动化测试框架；\n"
                  "2. 与杨帆评审用例设计；\n"
                  "3. 分两批编写用例，每批 25 条；\n"
                  "4. 接入发布流水线，发布前自动执行。",
         "owner": "张伟", "deadline": cases_due.isoformat(), "support_type": "budget",
         "support": "独立的 IT 测试环境（预发布服务器费用由部门预算承担）",
         "checkpoints": f"11-16 测试环境就绪，完成框架搭建和用例设计评审；"
                        f"{_day(later(dt.date(2026, 12, 4), today, 7))} 完成前 25 条用例；"
                        f"{_day(cases_due)} 完成全部 50 条并接入发布流水线"},
    ]
    support = [
        {"commitment": f"{TEST_ENVIRONMENT}：为研发组增加一套独立的预发布测试环境，"
                       "供回归测试专用", "owner": "王强", "due": "2026-11-15"},
        {"commitment": "协调测试组杨帆每周抽半天，协助评审检查清单和回归用例", "owner": "王强",
         "due": "2026-11-06"},
        {"commitment": "从部门培训预算中报销 800 元线上课程费用", "owner": "周婷",
         "due": later(dt.date(2026, 11, 30), today, 7).isoformat()},
    ]
    return {**_ZHANG_WEI_TALK, "measures": {"items": measures}, "support": {"items": support}}


ZHANG_WEI_COMMENTS = {"text": "同意记录内容。9 月的故障我有责任，发布前检查清单已经在写了；"
                              "希望测试环境能在 11 月中旬前到位。"}

WU_HAO_RECORD: dict[str, dict] = {
    "goal_review": {"comment": (
        "三季度总分 {total} 分，等级“{grade}”，部门排名第 {rank}。核心系统扩容项目按期完成，"
        "代码缺陷密度和线上故障次数均好于目标；技术文档完成率略低于 90% 的要求。")},
    "strengths": {"items": [
        {"text": "主导核心系统扩容，技术方案扎实",
         "case": "9 月大促前完成数据库读写分离和缓存改造，大促期间订单量翻倍，系统零宕机；"
                 "方案获得季度技术创新奖。"},
        {"text": "带教新人",
         "case": "带教冯晓东熟悉运维监控体系，两个月后冯晓东已能独立处理夜间告警。"},
    ]},
    "shortcomings": {"items": [
        {"text": "技术文档滞后：扩容方案上线后三周才补齐运维手册",
         "employee_cause": "项目周期紧，优先保证上线，文档一直往后排。",
         "manager_cause": "计划里没有把文档列为交付物，验收时也没有检查文档。"},
    ]},
    "agreement": {"agreed": "三季度结果双方认可；四季度起文档与代码同步交付，作为验收条件。",
                  "disagreements": "无。"},
    # Held two working days before the load: what is ahead is a period end, read from then.
    "measures": {"items": [
        {"measure": "每个上线项目提交运维手册和架构说明 2 份文档，作为上线检查清单的验收项",
         "steps": "1. 把文档列入项目计划的交付物；\n2. 上线评审时由王强检查文档是否齐全。",
         "owner": "吴昊", "deadline": "季度末", "support_type": "policy",
         "support": "上线检查清单增加文档验收项",
         "checkpoints": "月底 提交订单服务拆分的架构说明；季度末 提交拆分上线的运维手册"},
        {"measure": "把扩容方案整理成内部培训课件，并在部门内授课 1 次",
         "steps": "1. 整理读写分离和缓存改造的方案与踩坑记录；\n2. 请冯晓东试听并提意见。",
         "owner": "吴昊", "deadline": "季度末", "support_type": "training",
         "support": "部门安排培训时间",
         "checkpoints": "月底 完成课件初稿；季度末 完成授课"},
    ]},
    "support": {"items": [
        {"commitment": "提名吴昊参加公司高级技术人才培养计划", "owner": "王强",
         "due": "2026-12-15"},
    ]},
    "next_goals": {"items": [
        {"goal": "完成订单系统服务拆分第一阶段", "target": "拆分出支付和库存两个服务",
         "deadline": "2026-12-31"},
        {"goal": "技术文档完成率达到 100%", "target": "文档库检查", "deadline": "2026-12-31"},
    ]},
    "type_focus": {"text": "部门三季度完成大促保障；本次面谈同时了解吴昊向架构方向发展的意愿。"},
}

ZHENG_KAI_DRAFT: dict[str, dict] = {
    "goal_review": {"comment": "三季度总分 {total} 分，等级“{grade}”。值班响应及时，"
                               "监控告警处理率达标；变更记录有两次没有按时补录。"},
    "strengths": {"items": [
        {"text": "值班响应及时",
         "case": "8 月凌晨磁盘告警 5 分钟内响应，扩容后避免了一次服务中断。"},
    ]},
    "notes": {"steps": {
        "self_assessment": "郑凯认为三季度值班压力大，希望增加一名值班人员。",
        "discussion": "变更补录两次延误：郑凯说是忘了，约定改用变更系统的提醒。",
    }},
}

LI_NA_RECORD: dict[str, dict] = {
    "goal_review": {"comment": (
        "三季度总分 {total} 分，等级“{grade}”。客户满意度、首次响应及时率达到目标；"
        "客户投诉率实际 8%，超过 5% 的上限，是本季度主要的失分项。")},
    "strengths": {"items": [
        {"text": "主动沉淀经验，带动组内效率",
         "case": "7 月主动整理常见问题答复模板 30 条并在组内分享，新人平均通话时长缩短约 15%。"},
    ]},
    "shortcomings": {"items": [
        {"text": "紧急工单响应超时：8 月两次超过 4 小时未处理，引发 2 次客户投诉",
         "employee_cause": "8 月 22 日其中一单是工单系统推送故障，紧急工单没有进入我的队列，"
                           "我并不知情；另一单是我对升级流程不熟悉。",
         "manager_cause": "紧急工单超过 2 小时未处理应主动升级给主管，两次都没有升级；"
                          "前期培训也没有覆盖应急场景。"},
    ]},
    "agreement": {
        "agreed": "紧急工单的升级流程需要改进；四季度起紧急工单 2 小时内未解决即升级给主管。",
        "disagreements": "李娜认为 8 月 22 日的一次投诉源于工单系统故障，不应计入个人投诉率；"
                         "赵敏认为按现行制度应当计入。双方同意如有异议由李娜向绩效委员会申诉。"},
    "measures": {"items": [
        {"measure": "紧急工单 2 小时内未解决即升级给主管，每周五自查升级记录",
         "steps": "1. 在工单系统中设置 2 小时未解决提醒；\n2. 每周五对照升级记录自查，"
                  "发现漏升级当天补报主管。",
         "owner": "李娜", "deadline": "2026-12-31", "support_type": "people",
         "support": "主管马丽每周抽查升级记录",
         "checkpoints": "11-06 第一次自查升级记录；11-27 马丽抽查 11 月的升级记录；"
                        "12-25 季度复盘"},
        {"measure": "完成应急场景处理培训，考核成绩不低于 80 分", "steps": "",
         "owner": "李娜", "deadline": "2026-10-31", "support_type": "training",
         "support": "客服部安排培训", "checkpoints": "10-30 参加培训；10-31 参加考核"},
    ]},
    "support": {"items": [
        {"commitment": "请 IT 部排查工单推送故障并出具说明", "owner": "赵敏",
         "due": "2026-11-06"},
    ]},
    "next_goals": {"items": [
        {"goal": "客户投诉率不高于 5%", "target": "客服系统月度统计", "deadline": "2026-12-31"},
        {"goal": "紧急工单升级及时率 100%", "target": "升级记录抽查", "deadline": "2026-12-31"},
    ]},
    "type_focus": {"text": "客服部三季度满意度 91%，投诉率整体下降；"
                           "本次面谈重点讨论紧急工单的处理。"},
}
LI_NA_APPEAL = [{
    "kind": "data_accuracy",
    "reason": "8 月 22 日的第二起投诉（工单 SV-20260822-117）发生时工单系统推送故障，"
              "紧急工单没有进入我的队列，IT 部可以提供故障记录。扣除这一起后，"
              "我本季度的投诉率为 4%，低于 5% 的上限，“客户投诉率”一项不应失分。"}]

ZHANG_WEI_SELF_ASSESSMENT = {
    "performance": "三季度完成订单导出模块重构和 14 个需求的开发，按期交付 13 个；"
                   "参与了 9 月大促的保障值班。",
    "against_standards": "需求按期交付率约 93%，略低于 95% 的目标；代码评审全部完成；"
                         "9 月 12 日出现 1 次线上故障。",
    "self_evaluation": "技术上有进步，导出模块的性能优化效果明显；但发布流程执行不严格，"
                       "9 月的故障是我的责任。",
    "next_goals": "四季度不再出现因个人原因导致的线上故障，补齐订单模块的自动化回归用例。",
    "support_needed": "希望有一套独立的测试环境，以及测试组在回归用例上的指导。",
    "questions": ["测试环境什么时候能增加？",
                  "四季度有没有机会参与订单系统的服务拆分？",
                  "线上故障次数这一项的考核口径是怎样的？"],
}

FENG_XIAODONG_SELF_ASSESSMENT = {
    "performance": "三季度主要负责监控告警的日常处理，参与了大促前的扩容演练。",
    "against_standards": "告警处理及时率达标；变更记录偶有遗漏，还在整理。",
    "self_evaluation": "",
    "next_goals": "",
    "support_needed": "",
    "questions": ["能否参加云平台认证培训？"],
}

ZHANG_WEI_PREPARATION = {
    "questions": ["9 月 12 日发布前，你遇到了什么阻碍？",
                  "你觉得怎样才能让回归测试不被跳过？",
                  "四季度你最希望在哪方面提升？"],
    "goal_analysis": "“线上故障次数”目标为 2 次以内，口径合理；需求按期交付率受大促集中需求影响，"
                     "个人因素不大。",
    "disagreements": [{"point": "张伟可能认为故障主要是测试环境不足造成的",
                       "evidence": "发布单未附回归测试报告；"
                                   "测试环境预约记录显示 9 月 11 日下午有空档"}],
    "temperament": "calm",
    "approach": "张伟准备充分、情绪平稳：开门见山，先肯定导出模块的成绩，再讨论故障的根本原因。",
    "checklist": {"room": True, "time": True, "self_assessment": True, "evidence": True,
                  "questions": True, "previous_plan": True, "listen": True},
}

FENG_XIAODONG_PREPARATION = {
    "questions": ["变更记录遗漏的原因是什么？", "你对运维方向的职业规划是怎样的？"],
    "goal_analysis": "",
    "disagreements": [],
    "temperament": "reserved",
    "approach": "冯晓东不善表达：多用开放式问题，给他充分的时间思考。",
    "checklist": {"room": True, "time": True},
}
