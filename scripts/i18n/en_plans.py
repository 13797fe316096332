"""English translations for improvement plans, documents (Word/PDF, bulk exports, Excel
exports and imports), the interview pages' plan and signing changes, and the home page's
plan cards.

Merged into en_translations.T (see the end of that module) and filled in by
scripts/i18n/fill_po.py; same format: msgid -> msgstr, plural entries as (singular, plural),
entries with a context keyed with ctx(context, msgid).

Terminology (in addition to the lists in en_translations.py and en_interviews.py):
  改进计划 improvement plan (context "plural": "Improvement plans") · 改进措施 improvement
    measure · 行动步骤 action steps · 检查点 checkpoint · 进展 progress · 进展记录 progress
    update · 进展说明 progress details · 结项 closed (a plan) / final (a measure)
  未开始 not started · 正常推进 on track · 有风险 at risk · 已完成 done · 未完成 not done
    · 已放弃 dropped · 最终状态 final status · 已达成 met · 未达成 not met
  支持承诺 / 资源与支持承诺 support commitment(s) (the manager's promise) · 兑现 deliver ·
    待兑现 pending · 已兑现 delivered
  表彰记录 recognition · 后续安排 follow-up · 修订改进计划 revise the plan · 修订版 revision
    · 建议 proposal · 培训需求 training requests · SMART 检查 SMART check
  导出 Excel Export to Excel · 导入 import · 模板 template · 归档记录 sealed records ·
    批量导出 bulk export · 下载 download · 准备资料 preparation pack
Counts in sentences without a plural form are written "label: n" so English needs no plural.
"""

# Chinese msgids stay on one line where they fit badly, so they can be found with grep.
# ruff: noqa: E501
from __future__ import annotations


def ctx(context: str, msgid: str) -> str:
    """Key of a msgid with a context (pgettext), as gettext stores it: context EOT msgid.

    The same function as en_translations.ctx, repeated so that this module imports on its own.
    """
    return f"{context}\x04{msgid}"


T: dict[str, str | tuple[str, str]] = {
    # --- plural nouns: list titles, menu entries and the admin's model names ---
    ctx("plural", "改进计划"): "Improvement plans",
    ctx("plural", "改进措施"): "Improvement measures",
    ctx("plural", "检查点"): "Checkpoints",
    ctx("plural", "进展记录"): "Progress updates",
    ctx("plural", "支持承诺"): "Support commitments",
    ctx("plural", "表彰记录"): "Recognitions",
    ctx("plural", "后续安排"): "Follow-ups",
    ctx("plural", "批量导出"): "Bulk exports",

    # --- home page ---
    # The recognition text follows without a space.
    "%(date)s 表彰：": "Recognition, %(date)s: ",
    "查看计划": "View plan",
    "我的改进计划": "My improvement plan",
    "近期检查点": "Upcoming checkpoints",
    "进行中的措施": "Open measures",
    "期限 %(date)s": "Deadline %(date)s",
    "下一检查点 %(date)s %(text)s": "Next checkpoint %(date)s %(text)s",
    "我负责的改进事项": "Improvement work I own",
    "我承诺的支持": "Support I promised",
    "兑现期限 %(date)s": "Due by %(date)s",
    "去兑现": "Deliver",
    "我负责的他人措施": "Other people's measures I own",
    "团队改进计划": "Team improvement plans",
    "%(counter)s 项措施进行中：": ("%(counter)s open measure:", "%(counter)s open measures:"),
    "%(counter)s 项已过期限": ("%(counter)s past deadline", "%(counter)s past deadline"),
    "待我决定的后续安排": "Follow-ups awaiting my decision",
    "逾期未检查的检查点": "Overdue checkpoints",
    "有风险的措施": "Measures at risk",
    "查看团队的改进计划": "View the team's improvement plans",
    "改进计划跟进": "Improvement plan tracking",
    "逾期未兑现的支持承诺": "Overdue support commitments",
    "%(owner)s 对 %(employee)s，期限 %(due)s": "%(owner)s to %(employee)s, due %(due)s",
    "没有逾期的支持承诺。": "No overdue support commitments.",
    "%(counter)s 项培训需求": ("%(counter)s training request", "%(counter)s training requests"),

    # --- plans: models and choices ---
    "已达成": "Met",
    "未达成": "Not met",
    "结项时间": "Closed at",
    "制度": "Policy",
    "预算": "Budget",
    "未开始": "Not started",
    "正常推进": "On track",
    "有风险": "At risk",
    # Measure, final and bulk export status alike.
    "已完成": "Done",
    "已放弃": "Dropped",
    "未完成": "Not done",
    "行动步骤": "Action steps",
    "所需支持类型": "Type of support needed",
    "放弃原因": "Reason for dropping",
    "SMART 检查结果": "SMART check results",
    "最终状态": "Final status",
    "结项说明": "Closing comment",
    "检查点": "Checkpoint",
    "检查日期": "Check date",
    "检查内容": "What to check",
    "检查时间": "Checked at",
    "检查结果": "Check result",
    "进展记录": "Progress updates",
    "进展说明": "Progress details",
    "待兑现": "Pending",
    # Both a status and the button that sets it.
    "已兑现": "Delivered",
    "取消承诺": "Cancel commitment",
    "兑现时间": "Delivered at",
    "支持承诺": "Support commitment",
    "表彰记录": "Recognition",
    "安排绩效改进面谈": "Schedule a performance improvement interview",
    "修订改进计划": "Revise the improvement plan",
    "待决定": "Awaiting decision",
    "已接受": "Accepted",
    "已拒绝": "Declined",
    "建议": "Proposal",
    "后续安排": "Follow-up",

    # --- plans: forms ---
    "标记为“已放弃”时，请在这里写明放弃的原因。":
        "When marking the measure “Dropped”, give the reason for dropping it here.",
    "本次完成的检查点": "Checkpoint completed with this update",
    "不关联检查点": "No checkpoint",
    "员工本人、直属上级或其他同事的姓名。":
        "The name of the employee, their manager or another colleague.",
    "用“；”或换行分隔，例如“11-05 复核样本；11-20 提交初稿”。留空则保留现有的未完成检查点。":
        "Separate them with “;” or a line break, e.g. “11-05 review samples; 11-20 hand in "
        "first draft”. Leave blank to keep the existing open checkpoints.",
    "延后 1 个月": "1 month later",
    "延后 2 个月": "2 months later",
    "延后 3 个月": "3 months later",
    "接受": "Accept",
    "拒绝": "Decline",
    "新的完成期限": "New deadline",

    # --- plans: services, reminders, notifications ---
    "您不能更新这项措施的进展。": "You cannot update the progress of this measure.",
    "检查点不属于这项措施。": "The checkpoint does not belong to this measure.",
    "您不能修改这项措施。": "You cannot change this measure.",
    "您不能更新这项承诺。": "You cannot update this commitment.",
    "您不能决定这项后续安排。": "You cannot decide on this follow-up.",
    "已为 %(plans)s 个改进计划安排 %(reminders)s 条提醒。":
        "Reminders scheduled: %(reminders)s, for improvement plans: %(plans)s.",
    "检查点已完成或计划已结项。": "The checkpoint has been done or the plan has been closed.",
    "措施已完成或已放弃。": "The measure is done or has been dropped.",
    "检查点提醒：%(date)s %(text)s": "Checkpoint reminder: %(date)s %(text)s",
    "改进措施“%(measure)s”（%(employee)s）在 %(date)s 有一个检查点：%(text)s。请届时记录进展。":
        "The improvement measure “%(measure)s” (%(employee)s) has a checkpoint on %(date)s: "
        "%(text)s. Please record the progress then.",
    "措施已完成或计划已结项。": "The measure is done or the plan has been closed.",
    "改进措施即将到期：%(date)s": "Improvement measure due soon: %(date)s",
    "改进措施“%(measure)s”（%(employee)s）将于 %(date)s 到期，当前状态：%(status)s。":
        "The improvement measure “%(measure)s” (%(employee)s) is due on %(date)s. Current "
        "status: %(status)s.",
    "承诺已兑现或已取消。": "The commitment has been delivered or cancelled.",
    "支持承诺即将到期：%(date)s": "Support commitment due soon: %(date)s",
    "您在与 %(employee)s 的面谈中承诺：%(text)s，兑现期限 %(date)s。":
        "In the interview with %(employee)s you committed to: %(text)s, due by %(date)s.",
    "上期改进计划还有 %(n)s 项措施未填写最终状态和说明：%(items)s。":
        "Measures of the previous improvement plan still without a final status and "
        "comment: %(n)s (%(items)s).",
    "按期完成改进计划的全部 %(n)s 项措施。":
        "Completed every measure of the improvement plan on time (measures: %(n)s).",
    "改进计划已达成": "Improvement plan met",
    "您按期完成了改进计划的全部措施，已记入表彰记录。":
        "You completed every measure of your improvement plan on time; this has been "
        "entered as a recognition.",
    "%(name)s 的改进计划未达成": "The improvement plan of %(name)s was not met",
    "请决定是安排一次绩效改进面谈，还是修订改进计划。":
        "Please decide whether to schedule a performance improvement interview or to revise "
        "the improvement plan.",
    "“改进措施”第 %(row)s 条的完成期限无法识别为日期（例如 2026-12-31、12月31日、季度末）。":
        "“Improvement measures”, item %(row)s: the deadline cannot be read as a date (e.g. "
        "2026-12-31, Dec 31, end of quarter).",
    "“改进措施”第 %(row)s 条的检查点“%(text)s”缺少日期（例如“11-05 复核样本收集”）。":
        "“Improvement measures”, item %(row)s: the checkpoint “%(text)s” has no date (e.g. "
        "“11-05 collect samples for review”).",
    "“改进措施”第 %(row)s 条有检查点晚于完成期限。":
        "“Improvement measures”, item %(row)s: a checkpoint is later than the deadline.",
    "“资源与支持承诺”第 %(row)s 条的兑现期限无法识别为日期。":
        "“Support commitments”, item %(row)s: the due date cannot be read as a date.",
    "内容已被他人更新，请刷新后再提交。":
        "Someone else has updated this in the meantime. Please refresh and submit again.",
    "改进计划已结项，不能再更新进展。":
        "The improvement plan has been closed; its progress can no longer be updated.",
    "请选择状态。": "Please choose a status.",
    "请写明进展情况。": "Please describe the progress.",
    "改进措施有风险：%(name)s": "Improvement measure at risk: %(name)s",
    "措施“%(text)s”被标记为有风险：%(note)s": "The measure “%(text)s” was marked at risk: %(note)s",
    "这项承诺已处理。": "This commitment has already been dealt with.",
    "取消承诺时请说明原因。": "Please give a reason when cancelling a commitment.",
    "支持承诺已取消": "Support commitment cancelled",
    "支持承诺已兑现": "Support commitment delivered",
    "这项建议已经决定过了。": "This proposal has already been decided.",
    "拒绝建议时请说明理由。": "Please give a reason when declining a proposal.",
    "已选择另一项后续安排。": "Another follow-up has already been chosen.",
    "改进计划已结项，不能再修改。": "The improvement plan has been closed and can no longer be changed.",
    "请填写措施内容。": "Please describe the measure.",
    "检查点“%(text)s”缺少日期（例如“11-05 复核样本收集”）。":
        "The checkpoint “%(text)s” has no date (e.g. “11-05 collect samples for review”).",
    "检查点不能晚于完成期限。": "A checkpoint cannot be later than the deadline.",

    # --- plans: SMART check ---
    "没有可衡量的目标。": "No measurable target.",
    "加上数量、比例或次数（如“完成 3 份报告”“投诉率降到 5% 以下”“每周 1 次”），到期时才能判断措施是否完成。":
        "Add a quantity, a rate or a frequency (e.g. “complete 3 reports”, “bring the "
        "complaint rate below 5%”, “once a week”), so that at the deadline it is clear "
        "whether the measure was done.",
    "“%(word)s”只说了方向，“%(frequency)s”也没有说做到多少。":
        "“%(word)s” only gives a direction, and “%(frequency)s” does not say how much either.",
    "“%(word)s”只说了方向，没有可以数的结果。":
        "“%(word)s” only gives a direction, with no result that can be counted.",
    "写明做到多少、做到什么程度，到期时双方都能判断是否做到。例如把“提升数据分析能力”改成“每月完成 1 门数据分析课程，季度末前独立完成 1 份分析报告”。":
        "Say how much and how well, so that at the deadline both sides can tell whether it "
        "was done. For example, turn “improve data analysis skills” into “complete one data "
        "analysis course a month, and write one analysis report independently by the end of "
        "the quarter”.",
    "“%(value)s”不是可以核对的日期。": "“%(value)s” is not a date that can be checked.",
    "没有完成期限。": "No deadline.",
    "写明具体日期或周期节点（如“2026-12-31”“12月31日”“季度末”），并据此安排检查点，否则无法跟进提醒。":
        "Give a specific date or point in the period (e.g. “2026-12-31”, “Dec 31”, “end of "
        "quarter”) and plan checkpoints by it; otherwise no reminders can follow it up.",
    "完成期限 %(date)s 已经过去。": "The deadline %(date)s has already passed.",
    "把完成期限改到今天之后（如“季度末”或一个具体日期），否则措施一确定就已逾期，检查点提醒也无从安排。":
        "Move the deadline to after today (e.g. “end of quarter” or a specific date); "
        "otherwise the measure is overdue as soon as it is agreed, and no checkpoint "
        "reminders can be scheduled.",
    "“%(value)s”不是具体的负责人。": "“%(value)s” is not a specific owner.",
    "没有负责人。": "No owner.",
    "写明由谁负责：一个人的姓名（员工本人、直属上级或其他同事），提醒和跟进都发给这个人。":
        "Say who is responsible: one person's name (the employee, their manager or another "
        "colleague). Reminders and follow-up go to that person.",

    # --- plans: pages ---
    "%(name)s · 改进计划": "%(name)s · Improvement plan",
    "%(name)s 的改进计划": "Improvement plan of %(name)s",
    "修订版": "Revision",
    "下载改进计划": "Download improvement plan",
    "来源面谈": "Source interview",
    "修订自": "Revised from",
    "原改进计划": "Original improvement plan",
    "改进计划未达成。请选择一项后续安排；拒绝时请说明理由。":
        "The improvement plan was not met. Please choose a follow-up; give a reason when "
        "declining.",
    "查看修订后的计划": "View the revised plan",
    "理由（拒绝时必填）": "Reason (required when declining)",
    "这份计划没有改进措施。": "This plan has no improvement measures.",
    "说明（取消时必填）": "Note (required when cancelling)",
    "没有资源与支持承诺。": "No support commitments.",
    "培训需求": "Training requests",
    "我的计划": "My plans",
    "计划状态": "Plan status",
    "措施完成": "Measures done",
    "下一个检查点": "Next checkpoint",
    "%(n)s 个检查点逾期": ("%(n)s checkpoint overdue", "%(n)s checkpoints overdue"),
    "%(n)s 项措施逾期": ("%(n)s measure overdue", "%(n)s measures overdue"),
    "%(n)s 项承诺逾期": ("%(n)s commitment overdue", "%(n)s commitments overdue"),
    "没有符合条件的改进计划。": "No improvement plans match.",
    "由我负责的其他措施": "Other measures I own",
    "%(name)s 的改进计划 · 期限 %(date)s": "Improvement plan of %(name)s · deadline %(date)s",
    "记录进展": "Record progress",
    "修改措施": "Edit measure",
    "返回改进计划": "Back to improvement plan",
    "保存后会重新进行 SMART 检查，并按新的期限和检查点安排提醒。":
        "Saving runs the SMART check again and schedules reminders for the new deadline and "
        "checkpoints.",
    "已检查": "Checked",
    "逾期未检查": "Overdue, not checked",
    "进展记录（%(n)s 条）": ("Progress updates (%(n)s)", "Progress updates (%(n)s)"),
    "检查点：%(text)s": "Checkpoint: %(text)s",
    "SMART 检查提示（人力资源要求修改后才能提交记录）":
        "SMART check (HR requires these to be fixed before the record can be submitted)",
    "SMART 检查提示（仅供参考，不影响保存）": "SMART check (for reference only; saving is not affected)",
    "SMART 检查提示": "SMART check",
    "符合 SMART 原则：目标可衡量，有期限和负责人":
        "Meets the SMART principle: a measurable target, a deadline and an owner",
    "保存进展": "Save progress",
    "还没有表彰记录。": "No recognitions yet.",
    "来自执行中的改进计划：所需支持为培训的措施，以及提到培训的支持承诺。":
        "From improvement plans in progress: measures that need training as support, and "
        "support commitments that mention training.",
    "来源": "Source",
    "没有培训需求。": "No training requests.",
    "请选择要执行的操作。": "Please choose an action.",
    "承诺已取消。": "The commitment has been cancelled.",
    "承诺已标记为兑现。": "The commitment has been marked as delivered.",
    "请选择接受或拒绝。": "Please choose to accept or decline.",
    "已拒绝该建议。": "The proposal has been declined.",
    "已生成修订后的改进计划，请检查措施和期限。":
        "A revised improvement plan has been created; please check its measures and deadlines.",
    "请安排绩效改进面谈。": "Please schedule the performance improvement interview.",
    "页面已显示最新内容，您填写的内容已保留，确认后可再次提交。":
        "The page now shows the latest content and what you entered has been kept; check it "
        "and submit again.",
    "进展已记录。": "Progress recorded.",
    "措施已更新，提醒已按新的日期安排。":
        "The measure has been updated and its reminders rescheduled for the new dates.",

    # --- documents: Word/PDF ---
    "文档与导入导出": "Documents, imports and exports",
    "（%(number)s）%(title)s": "%(number)s. %(title)s",
    "第 %(page)s 页 / 共 %(pages)s 页": "Page %(page)s of %(pages)s",
    "总分 %(total)s\u3000等级 %(grade)s": "Total score %(total)s · Grade %(grade)s",
    "奖金系数 ×%(multiplier)s": "Bonus multiplier ×%(multiplier)s",
    "奖金系数 —": "Bonus multiplier —",
    "还没有答复。": "No answers yet.",
    "没有进行中的上期改进计划。": "No improvement plan from the previous interview is in progress.",
    "没有改进措施。": "No improvement measures.",
    "还没有填写面谈准备。": "The interview preparation has not been filled in yet.",
    "预计的分歧": "Expected disagreement",
    "依据": "Evidence",
    "未填写。": "Not filled in.",
    "上期改进计划": "Previous improvement plan",
    "面谈准备资料": "Interview preparation pack",
    "内部资料：仅供直属上级、面谈主导人和人力资源使用，请勿交给员工本人。":
        "Internal: for the manager, the host and HR only. Do not give it to the employee.",
    "结项于 %(at)s": "closed %(at)s",
    "制定时间": "Drawn up at",
    "%(date)s 制定的计划": "The plan drawn up on %(date)s",
    "序号": "No.",
    "已检查 %(at)s": "Checked %(at)s",
    "已逾期，未检查": "Overdue, not checked",
    "未到期": "Not due yet",
    "措施序号": "Measure no.",
    "没有检查点。": "No checkpoints.",
    "还没有进展记录。": "No progress updates yet.",
    "没有支持承诺。": "No support commitments.",
    "决定人": "Decided by",
    "决定时间": "Decided at",
    "绩效改进计划表": "Performance improvement plan",
    "评估等级": "Assessed grade",
    "主要成绩与优势": "Main achievements and strengths",
    "存在不足与问题分析": "Shortcomings and analysis of problems",
    "问题描述": "Problem",
    "本记录尚未签字归档，内容仍可能修改，不能作为正式记录使用。":
        "This record has not been signed and sealed yet. Its content may still change, and it "
        "cannot be used as the official record.",
    "以下内容在记录归档后添加，不属于双方签字的内容。":
        "The following was added after the record was sealed and is not part of what both "
        "parties signed.",
    "归档验证": "Seal verification",
    "链哈希": "Chain hash",
    "内容哈希按双方签字时的记录内容计算，内容有任何改动都会与之不符；人力资源可在 Candor 中核对归档记录的哈希链。":
        "The content hash is computed from the record as both parties signed it; any change "
        "to the content makes it no longer match. HR can verify the hash chain of sealed "
        "records in Candor.",
    "绩效面谈记录": "Performance interview record",

    # --- documents: bulk export of sealed records ---
    "导出中断：后台任务长时间没有进展。":
        "Export interrupted: the background task made no progress for a long time.",
    "只有人力资源可以导出整个周期的面谈记录。":
        "Only HR can export the interview records of a whole period.",
    "不支持的导出格式。": "Unsupported export format.",
    "该周期的归档记录正在导出，请等待完成后再下载。":
        "This period's sealed records are already being exported; please wait until that "
        "export is finished and download it.",
    "本周期还没有已签字归档的面谈记录。":
        "This period has no signed and sealed interview records yet.",
    "排队中": "Queued",
    "正在导出": "Exporting",
    "导出失败": "Export failed",
    "格式": "Format",
    "记录数": "Records",
    "文件大小": "File size",
    "错误信息": "Error message",
    "申请人": "Requested by",
    "完成时间": "Finished at",
    "批量导出": "Bulk export",
    "%(who)s 于 %(at)s 申请": "Requested by %(who)s at %(at)s",
    "%(at)s 结束": "ended %(at)s",
    "下载 zip（%(size)s）": "Download zip (%(size)s)",
    "导出进度": "Export progress",
    "已完成 %(done)s / %(total)s": "Done: %(done)s / %(total)s",
    "等待后台任务处理。如果长时间没有开始，请确认后台任务进程（db_worker）正在运行。":
        "Waiting for the background task. If it does not start for a long time, check that "
        "the background task process (db_worker) is running.",
    "导出失败（已完成 %(done)s / %(total)s），未保留不完整的文件。":
        "Export failed (done: %(done)s / %(total)s); no incomplete file was kept.",
    "%(name)s · 归档记录导出": "%(name)s · Export sealed records",
    "归档记录导出": "Export sealed records",
    "本周期有 %(n)s 份已签字归档的面谈记录。": (
        "This period has %(n)s signed and sealed interview record.",
        "This period has %(n)s signed and sealed interview records."),
    "导出在后台进行，每份记录一个文件，按部门分文件夹打包为 zip；草稿和待签字的记录不导出。":
        "The export runs in the background: one file per record, in a folder per "
        "department, packed as a zip. Drafts and records awaiting signatures are not "
        "exported.",
    "导出全部归档记录（%(label)s）": "Export all sealed records (%(label)s)",
    # The heading of the list of past exports.
    "导出记录": "Past exports",
    "还没有导出过。": "Nothing exported yet.",
    "已开始导出 %(total)s 份归档记录，完成后可在下方下载。":
        "Export of sealed records started (records: %(total)s); download it below when it "
        "is finished.",

    # --- documents: Excel exports ---
    "导出 Excel": "Export to Excel",
    "%(label)s：%(value)s": "%(label)s: %(value)s",
    "无（全部可见记录）": "None (all visible records)",
    "筛选条件：%(filters)s": "Filters: %(filters)s",
    "导出时间：%(when)s；导出人：%(who)s": "Exported at: %(when)s; by: %(who)s",
    "导出时间：%(when)s": "Exported at: %(when)s",
    "绩效结果": "Performance results",
    "没有指标": "No goals",
    "%(name)s · 绩效指标": "%(name)s · Performance goals",
    "导出所列考核表的全部指标，每个指标一行":
        "Export all goals of the goal sheets listed, one goal per row",

    # --- documents: Excel imports (reviewed from the imports engineer's list) ---
    "文本，最多 %(max)s 个字符。": "Text, at most %(max)s characters.",
    "“%(value)s”超出允许范围（%(range)s）": "“%(value)s” is out of range (%(range)s)",
    "不超过 %(high)s": "at most %(high)s",
    "大于 %(low)s，不超过 %(high)s": "more than %(low)s and at most %(high)s",
    "大于 %(low)s": "more than %(low)s",
    "%(low)s 至 %(high)s": "%(low)s to %(high)s",
    "不小于 %(low)s": "at least %(low)s",
    "数字，%(range)s。": "A number, %(range)s.",
    "数字。": "A number.",
    "“%(value)s”应为整数": "“%(value)s” must be a whole number",
    "整数，%(range)s。": "A whole number, %(range)s.",
    "整数。": "A whole number.",
    "从下拉列表中选择：%(choices)s。": "Pick from the drop-down list: %(choices)s.",
    "与第 %(row)s 行重复（%(what)s）": "Duplicate of row %(row)s (%(what)s)",
    "Excel 文件": "Excel file",
    "%(title)s说明": "%(title)s: instructions",
    "在“%(sheet)s”工作表中每行填写一条，第 1 行表头请勿修改；列的顺序可以调整。":
        "Fill in one record per row of the “%(sheet)s” sheet. Do not change the header in "
        "row 1; the columns may be in any order.",
    "带 * 的列必须填写。整个文件校验通过后才会导入；有任何问题则不导入任何数据，并逐行列出问题所在的行和列。":
        "Columns marked * are required. The file is imported only if all of it passes the "
        "checks; otherwise nothing is imported and every problem is listed by row and "
        "column.",
    "填写示例": "Example",
    "填写好的导入模板，Excel 工作簿（.xlsx）。": "The filled-in import template, an Excel workbook (.xlsx).",
    "实际值导入": "Actual values import",
    "仅供核对，不会导入。": "For checking only; not imported.",
    "与考核表中的指标名称一致。": "As the goal is named on the goal sheet.",
    "百分比指标请填写百分数本身，例如 8% 填 8；留空的行会被跳过。":
        "For a percentage goal enter the percentage itself, e.g. 8 for 8%; rows left blank "
        "are skipped.",
    "留空则保留系统中原有的备注。": "Leave blank to keep the notes already in Candor.",
    "同一员工的同一指标": "same employee and goal",
    "人事记录导入": "Personnel records import",
    "如“病假”“季度优秀员工”“安全培训”。": "E.g. “Sick leave”, “Employee of the quarter”, “Safety training”.",
    "如缺勤天数、培训学时、奖惩金额；可留空。":
        "E.g. days absent, training hours, amount of a reward or penalty; may be left blank.",
    "同一员工、类型、日期和事项": "same employee, type, date and item",
    "考勤、奖励、处罚和培训记录都填在同一张表中，用“类型”列区分。":
        "Attendance, reward, penalty and training records all go in the same sheet, told "
        "apart by the “Type” column.",
    "同一员工、类型、日期和事项视为同一条记录，再次导入会更新数量、说明和来源编号，不会重复添加。":
        "A record is identified by employee, type, date and item: importing it again updates "
        "its quantity, details and source reference instead of adding it twice.",
    "目标导入": "Goals import",
    "目标文件": "Goals file",
    "按偏差计分的指标必填；越低越好的指标填上限，如 ≤5% 填 5。":
        "Required for goals scored by deviation; for lower-is-better goals enter the limit, "
        "e.g. 5 for ≤5%.",
    "留空为“越高越好”。": "Blank means “Higher is better”.",
    "每名员工的权重合计必须等于 100。": "Each employee's weights must total 100.",
    "留空为“按偏差计分”。": "Blank means “Scored by deviation”.",
    "按偏差计分时，实际值每偏离目标 1% 加减的分数；留空为 1。":
        "For goals scored by deviation, the points added or taken off for every 1% the actual "
        "value is off target; blank means 1.",
    "该指标得分的下限，可留空。": "The lowest score of this goal; may be left blank.",
    "该指标得分的上限，可留空。": "The highest score of this goal; may be left blank.",
    "按工号和指标名称匹配：考核表中已有的指标按文件更新，新的指标添加到考核表；文件中没有列出的指标保持不变，不会被删除。":
        "Rows are matched by employee number and goal name: goals already on the sheet are "
        "updated from the file and new ones are added; goals the file does not list stay as "
        "they are and are not deleted.",
    "每名员工的权重合计（含考核表中已有、文件中没有列出的指标）必须等于 100。":
        "Each employee's weights (including goals already on the sheet that the file does "
        "not list) must total 100.",
    "员工已确认的目标如有改动，考核表退回草稿，需员工重新确认。":
        "If goals an employee has confirmed change, the sheet goes back to draft and the "
        "employee must confirm it again.",
    "本周期覆盖部门中还没有考核表的在职员工，导入时自动新建考核表。":
        "Active employees of the period's departments who have no goal sheet yet get one "
        "when their goals are imported.",
    "您无权导入目标。": "You are not allowed to import goals.",
    "%(name)s（%(no)s）不在本周期的考核范围内": "%(name)s (%(no)s) is not covered by this period",
    "%(name)s（%(no)s）的权重合计为 %(total)s（含考核表中已有、文件中没有的指标：%(goals)s），必须等于 100。":
        "The weights of %(name)s (%(no)s) total %(total)s (including goals on the sheet that "
        "the file does not list: %(goals)s); they must total 100.",
    "%(name)s（%(no)s）的权重合计为 %(total)s，必须等于 100。":
        "The weights of %(name)s (%(no)s) total %(total)s; they must total 100.",
    "%(period)s 目标导入模板": "%(period)s goals import template",
    "另有 %(counter)s 行未列出。": ("%(counter)s more row not listed.", "%(counter)s more rows not listed."),
    "导入目标": "Import goals",
    "每行是一名员工的一个指标，按工号和指标名称匹配：已有的指标按文件更新，新的指标添加到考核表；文件中没有的指标保持不变。每名员工的权重合计必须等于 100。":
        "Each row is one goal of one employee, matched by employee number and goal name: "
        "existing goals are updated from the file, new ones are added to the sheet, and goals "
        "the file does not list stay as they are. Each employee's weights must total 100.",
    "%(name)s · 导入目标": "%(name)s · Import goals",
    '下载模板：<a href="%(page_url)s?download=template" data-testid="goals-template">目标导入模板（.xlsx）</a>。模板已列出本周期考核表中现有的指标，可直接修改或在下方添加新行。':
        'Download the template: <a href="%(page_url)s?download=template" '
        'data-testid="goals-template">goals import template (.xlsx)</a>. It lists the goals '
        "already on this period's sheets; edit them, or add rows below them.",
    "为 %(counter)s 名员工新建了考核表。": (
        "Created a goal sheet for %(counter)s employee.",
        "Created goal sheets for %(counter)s employees."),
    "%(counter)s 份已确认的考核表目标有变动，需员工重新确认。": (
        "%(counter)s confirmed goal sheet changed and must be confirmed again by its employee.",
        "%(counter)s confirmed goal sheets changed and must be confirmed again by their "
        "employees."),

    # --- interviews: scheduling and rules ---
    "只能选择已发布结果的考核表。": "Only a goal sheet with released results can be chosen.",
    "定期、改进、警告面谈必填": "Required for regular, improvement and warning interviews",
    "改进措施须通过 SMART 检查": "Improvement measures must pass the SMART check",
    "开启后，改进措施还有 SMART 检查提示（无可衡量目标、无期限、无负责人、用语空泛）时，面谈记录不能提交。":
        "When on, an interview record cannot be submitted while its improvement measures "
        "still have SMART check findings (no measurable target, no deadline, no owner, vague "
        "wording).",

    # --- interviews: the record form and its previous plan ---
    "可衡量、有期限、有负责人：例如“每月完成 1 门数据分析课程，季度末前独立完成 1 份分析报告”。检查点写日期和内容，多个用分号隔开。":
        "Measurable, with a deadline and an owner: for example “complete one data analysis "
        "course a month, and write one analysis report independently by the end of the "
        "quarter”. Write each checkpoint as a date and what is checked; separate several "
        "with semicolons.",
    "支持类型": "Type of support",
    "例如 2026-12-31": "e.g. 2026-12-31",
    "例如 11-05 复核样本收集；11-20 提交初稿": "e.g. 11-05 collect samples for review; 11-20 hand in first draft",
    "上期改进计划完成情况": "Previous improvement plan: outcome",
    "逐项填写上期改进措施的最终状态和说明；全部填写后才能提交本次记录。":
        "Give the final status and a comment for each measure of the previous improvement "
        "plan; this record can be submitted only once all are filled in.",
    "上期措施": "Previous measure",
    "第 %(n)s 条": "Item %(n)s",
    "当前状态": "Current status",
    "完成期限 %(date)s": "Deadline %(date)s",
    "负责人 %(name)s": "Owner: %(name)s",
    "检查点 %(done)s / %(total)s": "Checkpoints %(done)s / %(total)s",
    # The progress text follows without a space.
    "最新进展（%(date)s，%(who)s）：": "Latest progress (%(date)s, %(who)s): ",
    "暂无进展记录。": "No progress updates yet.",
    "%(date)s 的面谈记录": "Interview record of %(date)s",
    "查看改进计划": "View improvement plan",
    "本次面谈记录要逐项写明这些措施的最终状态和说明，之后才能提交。":
        "This interview's record must give the final status of each of these measures, "
        "with a comment, before it can be submitted.",
    "最新进展": "Latest progress",
    "结项：%(status)s": "Final: %(status)s",
    "上期改进计划没有措施。": "The previous improvement plan has no measures.",
    "支持承诺：已兑现 %(delivered)s 项，待兑现 %(open)s 项":
        "Support commitments: delivered %(delivered)s, pending %(open)s",
    "%(name)s，%(due)s 前": "%(name)s, by %(due)s",
    "问题 %(n)s": "Question %(n)s",
    "查看上期改进计划": "View previous improvement plan",
    "查看改进计划与进展": "View improvement plan and progress",
    "上次面谈与改进计划": "Previous interview and improvement plan",

    # --- interviews: committee ruling on the result ---
    "绩效委员会于 %(at)s 裁决调整：原总分 %(old)s → %(new)s":
        "On %(at)s the performance committee adjusted the result: total score %(old)s → %(new)s",
    "（等级 %(og)s → %(ng)s，奖金系数 ×%(om)s → ×%(nm)s）":
        " (grade %(og)s → %(ng)s, bonus multiplier ×%(om)s → ×%(nm)s)",
    "查看申诉与裁决": "View appeal and ruling",
    "下方逐项得分按考核数据计算，其合计是裁决前的结果；现行总分、等级和奖金系数以委员会的裁决为准，因此与合计不同。":
        "The scores per goal below are calculated from the appraisal data, so their sum is "
        "the result before the ruling; the current total score, grade and bonus multiplier "
        "are those the committee ruled, and therefore differ from the sum.",

    # --- interviews: signing ---
    "您已签字确认，不能再修改员工意见。":
        "You have signed; the employee's comments can no longer be changed.",
    "您在面谈记录上的签字已作废，请重新签字": "Your signature on the interview record is void; please sign again",
    "%(employee)s 的面谈记录中“%(change)s”已被 %(who)s 修改。您此前的签字对应的是修改前的内容，已作废；请重新阅读记录后再签字。":
        "“%(change)s” in the interview record of %(employee)s has been changed by %(who)s. "
        "Your earlier signature was for the content before the change and is now void; "
        "please read the record again and sign it again.",
    "“改进措施”第 %(row)s 条：%(message)s": "“Improvement measures”, item %(row)s: %(message)s",
    "您已签字确认，不能再要求更正；如不认可考核结果，可以提出申诉。":
        "You have signed, so you can no longer request a correction; if you do not accept "
        "the result, you can appeal.",
    "要求更正：%(section)s": "Correction requested: %(section)s",
    "您此前的签字已作废，记录改好并重新提交后请再次签字。":
        "Your earlier signature is void; please sign again once the record has been "
        "corrected and submitted again.",
    "双方已签字": "Signed by both parties",
    "员工已签字，待直属上级签字": "Signed by the employee, awaiting the manager's signature",
    "直属上级已签字，待员工签字": "Signed by the manager, awaiting the employee's signature",
    "待员工填写意见并签字，之后由直属上级签字":
        "Awaiting the employee's comments and signature, then the manager's signature",
    "%(label)s的签字已因记录修改作废，需重新签字":
        "%(label)s: signature void because the record was changed; must sign again",
    "记录在您签字后有修改，您此前的签字已作废。请重新阅读记录后再次签字。":
        "The record was changed after you signed, so your earlier signature is void. Please "
        "read the record again and sign it again.",
    "记录在您签字后有修改，您此前的签字已作废；记录重新提交后请再次签字。":
        "The record was changed after you signed, so your earlier signature is void; please "
        "sign again once the record has been submitted again.",
    "您已签字确认，员工意见和记录内容不能再修改。记录待直属上级签字后归档。":
        "You have signed; the employee's comments and the record can no longer be changed. "
        "The record is sealed once your manager has signed it.",

    # --- interviews: invitations (the links now follow the body) ---
    "%(name)s，您好：\n\n%(manager)s 邀请您参加%(kind)s。\n\n时间：%(when)s\n地点：%(place)s\n主导人：%(host)s\n\n请在面谈前提交自我评估，内容包括：\n%(items)s\n":
        "Hello %(name)s,\n\n%(manager)s has invited you to an interview (%(kind)s).\n\n"
        "Time: %(when)s\nVenue: %(place)s\nHost: %(host)s\n\n"
        "Please submit your self-assessment before the interview. It covers:\n%(items)s\n",
    "填写自我评估：%(prepare)s\n面谈详情：%(link)s":
        "Write your self-assessment: %(prepare)s\nInterview details: %(link)s",
    "时间：%(when)s\n地点：%(place)s\n员工：%(employee)s\n直属上级：%(manager)s\n主导人：%(host)s\n":
        "Time: %(when)s\nVenue: %(place)s\nEmployee: %(employee)s\nManager: %(manager)s\n"
        "Host: %(host)s\n",
    "面谈准备：%(link)s": "Preparation: %(link)s",

    # --- interviews: interview mode (data attributes read by conversation.js) ---
    "%%(m)s 分 %%(s)s 秒": "%%(m)s min %%(s)s s",
    "%%(h)s 小时 %%(m)s 分 %%(s)s 秒": "%%(h)s h %%(m)s min %%(s)s s",
    "计划 %%(n)s 分钟": "%%(n)s min planned",
    "加载失败，请检查网络后重试。": "Loading failed. Please check the network and try again.",
    "重试": "Retry",
    "正在加载……": "Loading…",
    "面谈安排在 %(at)s 开始，现在还早。如果员工已经到场，也可以现在开始，记录会写明实际时间。":
        "The interview is scheduled to start at %(at)s, so it is early. If the employee is "
        "already here, you can start now; the record shows the actual time.",
    # Used in a data-confirm attribute: no apostrophes or double quotes.
    "面谈安排在 %(at)s 开始，确定现在开始吗？":
        "The interview is scheduled to start at %(at)s. Start it now?",
    "（记录表加载完成后可以开始）": "(you can start once the record form has loaded)",
    "计划 %(n)s 分钟": "%(n)s min planned",
    "面谈模式": "Interview mode",
    "面谈模式（%(date)s 面谈当天使用）": "Interview mode (for use on the day, %(date)s)",

    # --- interviews: downloads ---
    "下载准备资料": "Download preparation pack",
    "下载 Word": "Download Word",
    "下载 PDF": "Download PDF",
    "下载记录": "Download record",
}
