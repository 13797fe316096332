"""The evidence behind the demo periods: key events, check-ins, 360° feedback, personnel facts.

Written through the evidence services (`candor.evidence.services`, the facts import), with
two documented exceptions, both forced by rules that protect real users:
- the services accept only records dated today or earlier, so a record dated after the day
  the demo is loaded is left out (the demo does not invent the future);
- a 360° request needs a deadline of today or later, and an answer one that has not
  passed. Feedback whose deadline is already over (all of 2026年第三季度's) is therefore
  written with the ORM as the finished seed data it is: requests answered, or expired.
The caller records the evidence while the period is in progress; released periods refuse
new evidence.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from django.utils import timezone

from candor.evidence import services
from candor.evidence.facts_import import ParsedFacts, import_facts
from candor.evidence.models import (
    CheckInKind,
    FactKind,
    FeedbackAnswer,
    FeedbackRequest,
    FeedbackStatus,
    Polarity,
    QuestionKind,
    Relation,
)
from candor.org.models import Employee
from candor.periods.models import Period

if TYPE_CHECKING:
    from candor.periods.demo import Cast

P, N = Polarity.POSITIVE, Polarity.NEGATIVE

# (employee no, date, polarity, facts, impact)
KEY_EVENTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("XH0102", "2026-08-19", P,
     "独立完成订单导出模块重构，提前 3 天提测，测试阶段仅发现 2 个缺陷。",
     "导出耗时从 40 秒降到 6 秒，客服部处理批量工单的效率明显提升。"),
    ("XH0102", "2026-09-12", N,
     "9 月 12 日发布前未按流程执行回归测试，上线后支付页面报错 47 分钟。",
     "约 1,200 名客户下单受影响，客服部当日新增投诉 36 起。"),
    ("XH0101", "2026-09-25", P,
     "带领技术部完成核心系统扩容，支撑 9 月大促期间订单量翻倍，系统零宕机。",
     "公司三季度利润超出目标 9%，大促期间没有因技术原因引起的客户投诉。"),
    ("XH0302", "2026-07-16", P,
     "主动整理常见问题答复模板 30 条，并在组内分享使用方法。",
     "组内新人的平均通话时长缩短约 15%，答复口径更加统一。"),
    ("XH0302", "2026-08-22", N,
     "8 月两次对客户紧急工单响应超过 4 小时，未按流程升级给主管。",
     "引发 2 次客户投诉，个人本季度投诉率达到 8%，超出 5% 的上限。"),
    ("XH0203", "2026-08-28", P,
     "签下华东某连锁零售集团年度框架合同，合同额 260 万元。",
     "占销售部本季度新签合同额的 30%，并带来两家下属企业的新需求。"),
    ("XH0214", "2026-09-08", N,
     "两笔合计 85 万元的回款逾期超过 60 天，未及时上报和跟进。",
     "大区季度回款率下降约 4 个百分点，财务部被迫调整现金流计划。"),
    ("XH0152", "2026-09-03", P,
     "发布前发现一个会导致数据丢失的严重缺陷，并提供了完整的复现步骤。",
     "避免了一次可能影响全部客户的事故，开发团队当天完成修复。"),
    ("XH0502", "2026-07-30", N,
     "7 月报销单据审核出现 3 处差错，导致两笔费用重复支付。",
     "需追回款项 1.6 万元，当月关账延误 2 天。"),
    ("XH0603", "2026-09-18", P,
     "策划并执行秋季线上发布会，报名人数超出预期 40%。",
     "活动带来销售线索 180 条，其中 12 条已转为商机。"),
    ("XH0102", "2026-10-22", P,
     "主动为团队编写发布前检查清单，并推动纳入上线流程。",
     "10 月以来的 6 次发布均一次通过，未再出现因漏测导致的线上故障。"),
    ("XH0302", "2026-11-05", P,
     "按改进计划执行紧急工单两小时内升级，本月没有再出现响应超时。",
     "10 月以来个人投诉 0 起，客户回访满意度 96%。"),
    ("XH0216", "2026-11-10", N,
     "重点客户的报价单两次发错版本，客户当面提出质疑。",
     "客户要求重新评估合作，大区经理亲自出面沟通后才恢复谈判。"),
)

# A few more per department, so every manager's log has entries: sequence → (+, −).
GENERIC_EVENTS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "tech": (
        ("承担紧急需求开发，加班两天按期上线，未出现质量问题。",
         "保证了客户合同约定的交付日期，避免违约金。"),
        ("代码提交前未自测，同一缺陷被测试退回三次。",
         "相关需求延期 4 天上线，测试组额外投入 1 人日。")),
    "sales": (
        ("连续跟进三个月，成功签下一家行业头部客户。",
         "新增年度合同额 120 万元，进入该行业的标杆案例。"),
        ("客户拜访记录长期未录入系统，季度抽查缺失一半。",
         "主管无法判断商机进展，两条商机因跟进中断而流失。")),
    "service": (
        ("耐心处理一位情绪激动客户的投诉，当天给出解决方案。",
         "客户撤回投诉并在回访中给出满分评价。"),
        ("未核实客户身份即透露订单信息，违反服务规范。",
         "存在信息泄露风险，已按流程上报并对全组做了提醒。")),
    "functional": (
        ("提前一周完成季度分析报告，发现两项重复采购。",
         "为公司节省采购费用约 12 万元，报告被管理层采用。"),
        ("重要文件归档不及时，审计抽查时无法提供原件。",
         "审计意见中新增一条整改项，需在下季度完成整改。")),
    "mgmt": (
        ("组织部门季度复盘，明确下季度三个重点项目的负责人和节点。",
         "各项目按期启动，团队对目标理解一致，没有返工。"),
        ("团队一名骨干离职前多次表达不满，未及时沟通处理。",
         "交接期间两个项目延期，部门需临时招聘补位。")),
}

CONVERSATIONS = ("目标确认：逐条讲解本季度目标和考核口径，员工对目标无异议。",
                 "季中回顾：对照目标检查进度，约定每周五同步风险和需要的支持。",
                 "季末沟通：回顾本季度完成情况，肯定主要成绩，讨论下季度的改进重点。")
WEEKLY = "周汇总：本周重点工作按计划推进，下周继续跟进遗留问题并准备阶段汇报。"

# (subject no, employee raters, customers (name, e-mail), answered) per quarter month.
FEEDBACK: dict[int, tuple[tuple[str, tuple[str, ...], tuple[tuple[str, str], ...], int], ...]] = {
    7: (("XH0102", ("XH0101", "XH0103", "XH0112", "XH0104"), (), 3),
        ("XH0302", ("XH0301", "XH0303", "XH0312"), (("王女士", "wang@customer.example"),), 4),
        ("XH0103", ("XH0102", "XH0106"), (), 2),
        ("XH0211", ("XH0212", "XH0213", "XH0214"), (), 3)),
    10: (("XH0102", ("XH0103", "XH0113", "XH0152"), (), 1),
         ("XH0302", ("XH0312", "XH0313"), (("陈先生", "chen@customer.example"),), 0)),
}
FEEDBACK_TEXTS = ("做事踏实，交代的事情都能按时完成，遇到问题会主动沟通。",
                  "专业能力强，建议在跨部门协作时更主动地同步进展。",
                  "对客户很有耐心，希望在复杂问题上更早寻求支援。",
                  "乐于帮助同事，如果能把经验整理成文档会更好。")
# (employee no, kind, date, title, quantity, detail)
FACTS = (
    ("XH0102", FactKind.TRAINING, "2026-08-14", "安全编码培训", "4", "线上课程，考试通过"),
    ("XH0302", FactKind.ATTENDANCE, "2026-08-20", "病假", "1", ""),
    ("XH0302", FactKind.TRAINING, "2026-09-10", "客户沟通技巧培训", "6", "客服部季度培训"),
    ("XH0302", FactKind.PENALTY, "2026-08-25", "投诉处理超时通报", None,
     "8 月两次紧急工单响应超时"),
    ("XH0103", FactKind.REWARD, "2026-09-28", "季度技术创新奖", "2000", "核心系统扩容方案"),
    ("XH0213", FactKind.REWARD, "2026-08-31", "月度销售冠军", "1000", ""),
    ("XH0116", FactKind.ATTENDANCE, "2026-07-31", "迟到", "3", "7 月累计迟到 3 次"),
    ("XH0101", FactKind.REWARD, "2026-10-15", "季度利润目标超额奖", "5000", "2026年第三季度"),
    ("XH0112", FactKind.ATTENDANCE, "2026-10-20", "事假", "2", ""),
)


def today() -> dt.date:
    return timezone.localdate()


def weekday(date: dt.date) -> dt.date:
    """Saturday and Sunday move back to Friday: conversations happen on working days."""
    return date - dt.timedelta(days=max(0, date.weekday() - 4))


def record(period: Period, cast: Cast, *, today: dt.date) -> None:
    """Everything the period's evidence pages show; the facts only with the first period."""
    _key_events(period, cast, today)
    _check_ins(period, cast, today)
    _feedback(period, cast, today)
    if period.start_date.month == 7:
        _facts(cast, today)


def _in_period(period: Period, date: dt.date, today: dt.date) -> bool:
    return period.start_date <= date <= min(period.end_date, today)


def _key_events(period: Period, cast: Cast, today: dt.date) -> None:
    listed = set()
    for no, date, polarity, facts, impact in KEY_EVENTS:
        day = dt.date.fromisoformat(date)
        employee = cast.by_no.get(no)
        if employee is None or not _in_period(period, day, today):
            continue
        listed.add(no)
        services.record_key_event(employee=employee, actor=cast.manager_user(employee),
                                  date=day, polarity=polarity, facts=facts, impact=impact,
                                  period=period)
    for index, employee in enumerate(cast.people):
        if index % 7 != 3 or employee.employee_no in listed:
            continue
        pair = GENERIC_EVENTS[employee.position.sequence.code]
        polarity = P if index % 2 else N
        facts, impact = pair[0] if polarity == P else pair[1]
        day = weekday(period.start_date + dt.timedelta(days=20 + index % 50))
        if _in_period(period, day, today):
            services.record_key_event(employee=employee, actor=cast.manager_user(employee),
                                      date=day, polarity=polarity, facts=facts,
                                      impact=impact, period=period)


def _check_ins(period: Period, cast: Cast, today: dt.date) -> None:
    """Most people get two or three conversations; every ninth one and every thirteenth
    none, so the period's check-in flags have someone to show. Half the key positions get
    a weekly summary every week, the other half do not."""
    start = period.start_date
    for index, employee in enumerate(cast.people):
        if index % 13 == 7:
            planned = []
        elif index % 9 == 4:
            planned = [(start + dt.timedelta(days=2 + index % 5), CONVERSATIONS[0])]
        else:
            planned = [(start + dt.timedelta(days=2 + index % 5), CONVERSATIONS[0]),
                       (period.end_date - dt.timedelta(days=8 + index % 6), CONVERSATIONS[2])]
            if index % 3 == 0:
                planned.append((start + dt.timedelta(days=45 + index % 7), CONVERSATIONS[1]))
        actor = cast.manager_user(employee)
        for day, summary in planned:
            day = weekday(day)
            if _in_period(period, day, today):
                services.log_check_in(employee=employee, actor=actor, date=day,
                                      kind=CheckInKind.CONVERSATION, summary=summary)
        if employee.position.is_key and index % 2 == 0:
            friday = start + dt.timedelta(days=(4 - start.weekday()) % 7)
            while _in_period(period, friday, today):
                services.log_check_in(employee=employee, actor=actor, date=friday,
                                      kind=CheckInKind.WEEKLY, summary=WEEKLY)
                friday += dt.timedelta(days=7)


def _relation(subject: Employee, rater: Employee) -> str:
    if rater.pk == subject.manager_id:
        return Relation.MANAGER
    if rater.manager_id == subject.pk:
        return Relation.SUBORDINATE
    return Relation.COLLEAGUE


def _answers(questions, rng: random.Random) -> tuple[dict[int, int], dict[int, str]]:
    scores = {q.pk: min(5, max(2, round(rng.gauss(4.1, 0.7)))) for q in questions
              if q.kind == QuestionKind.SCALE}
    texts = {q.pk: rng.choice(FEEDBACK_TEXTS) for q in questions if q.kind == QuestionKind.TEXT}
    return scores, texts


def _feedback(period: Period, cast: Cast, today: dt.date) -> None:
    questionnaire = services.ensure_default_questionnaire(actor=cast.hr)
    questions = list(questionnaire.questions.all())
    deadline = period.start_date + dt.timedelta(days=86)
    for subject_no, rater_nos, customers, answered in FEEDBACK.get(period.start_date.month, ()):
        subject = cast.by_no.get(subject_no)
        raters = [cast.by_no[no] for no in rater_nos if no in cast.by_no]
        if subject is None:
            continue
        rng = random.Random(f"{period.name}:{subject_no}:360")
        actor = cast.manager_user(subject)
        if deadline >= today:
            requests = services.request_feedback(
                period=period, subject=subject, actor=actor, deadline=deadline,
                raters=raters, customers=customers, questionnaire=questionnaire)
            for request in sorted(requests, key=lambda r: r.pk)[:answered]:
                scores, texts = _answers(questions, rng)
                services.answer_feedback(request=request, scores=scores, texts=texts,
                                         actor=cast.users.get(request.rater_id))
            continue
        requests = [FeedbackRequest(rater=r, relation=_relation(subject, r)) for r in raters]
        requests += [FeedbackRequest(rater_name=name, rater_email=email,
                                     relation=Relation.CUSTOMER) for name, email in customers]
        answers = []
        for index, request in enumerate(requests):
            request.period, request.subject, request.deadline = period, subject, deadline
            request.questionnaire, request.requested_by = questionnaire, actor
            if index < answered:
                request.status = FeedbackStatus.ANSWERED
                request.answered_at = timezone.make_aware(dt.datetime.combine(
                    deadline - dt.timedelta(days=3 + index), dt.time(10, 30)))
                request.save()
                scores, texts = _answers(questions, rng)
                answers += [FeedbackAnswer(request=request, question_id=pk, score=score)
                            for pk, score in scores.items()]
                answers += [FeedbackAnswer(request=request, question_id=pk, text=text)
                            for pk, text in texts.items()]
            else:
                request.status = FeedbackStatus.EXPIRED
                request.save()
        FeedbackAnswer.objects.bulk_create(answers)


def _facts(cast: Cast, today: dt.date) -> None:
    """Attendance, rewards, penalties and training, as HR imports them from other systems."""
    rows = [(number, {"employee_no": no, "kind": kind.value, "date": dt.date.fromisoformat(day),
                      "title": title, "quantity": quantity, "detail": detail or None,
                      "source_ref": None})
            for number, (no, kind, day, title, quantity, detail) in enumerate(FACTS, start=2)
            if no in cast.by_no and dt.date.fromisoformat(day) <= today]
    if rows:
        letters = {key: (chr(ord("A") + i), key) for i, key in enumerate(rows[0][1])}
        import_facts(parsed=ParsedFacts(letters=letters, rows=rows), actor=cast.hr)
