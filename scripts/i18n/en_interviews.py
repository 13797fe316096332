"""English translations for the interviews, notifications and the home page's interview cards.

Merged into en_translations.T (see the end of that module) and filled in by
scripts/i18n/fill_po.py; same format: msgid -> msgstr, plural entries as (singular, plural),
entries with a context keyed with ctx(context, msgid).

Terminology (in addition to the list at the top of en_translations.py):
  绩效面谈 performance interview (menu and list title, context "plural": "Performance
    interviews"; the interview types spell out the kind: "Regular performance interview" …)
  面谈记录 interview record · 面谈记录表 record form · 面谈主导人 / 主导人 host
  直属上级 manager (direct manager where it must be explicit) · 面谈主管 interviewing manager
  自我评估 / 员工自评 self-assessment · 自我评价 self-evaluation (one of its five parts)
  面谈准备 preparation · 准备材料包 / 面谈准备材料 preparation pack · 面谈模式 interview mode
  面谈议程 interview agenda · 面谈笔记 interview notes · 面谈前检查 pre-interview checklist
  改进计划 improvement plan · 改进措施 improvement measures · 资源与支持承诺 support commitments
  下期目标 next-period goals · 员工意见 employee's comments · 达成一致 agreed · 分歧 disagreement
  签字 sign / signature · 归档 sealed ("signed and sealed"; 归档时间 sealed at) · 哈希 hash
  补充说明 addendum (plural addenda) · 更正请求 correction request · 要求更正 request a correction
  申诉 appeal · 申诉事项 points of appeal · 申诉期限 appeal period · 绩效委员会 performance committee
  裁决 ruling / rule on · 维持原结果 uphold the result · 调整结果 adjust the result · 回避 recuse
  面谈室 interview room · 会议室 meeting room · 领导办公室 leader's office · 地点 venue
  面谈规则 interview rules · 提示 alert (scheduling warnings the user acknowledges)
  工作日 working day · 法定节假日 public holidays · 调休 make-up workday
  提醒 reminder · 通知 notification · 未读 unread
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
    ctx("plural", "绩效面谈"): "Performance interviews",
    ctx("plural", "绩效申诉"): "Performance appeals",
    ctx("plural", "员工自评"): "Employee self-assessments",
    ctx("plural", "面谈准备"): "Interview preparations",
    ctx("plural", "面谈记录"): "Interview records",
    ctx("plural", "记录内容"): "Record sections",
    ctx("plural", "签字"): "Signatures",
    ctx("plural", "更正请求"): "Correction requests",
    ctx("plural", "补充说明"): "Addenda",
    ctx("plural", "面谈室"): "Interview rooms",
    ctx("plural", "面谈规则"): "Interview rules",
    ctx("plural", "通知"): "Notifications",
    ctx("plural", "提醒"): "Reminders",
    ctx("support", "无需额外支持"): "No additional support needed",

    # --- home page ---
    "我的面谈": "My interviews",
    "与 %(manager)s": "with %(manager)s",
    "自我评估已提交": "Self-assessment submitted",
    "填写自我评估": "Complete self-assessment",
    "面谈记录待我确认签字": "Interview record awaiting my signature",
    "对“%(period)s”结果的申诉": "Appeal against the “%(period)s” result",
    "查看全部面谈": "View all interviews",
    "面谈工作": "Interview tasks",
    "待安排面谈": "Interviews to schedule",
    "还有更多……": "More…",
    "待完成的面谈记录": "Interview records to complete",
    "截止 %(due)s": "due %(due)s",
    "已逾期": "Overdue",
    "员工已签字，待我签字": "Signed by the employee, awaiting my signature",
    "员工要求更正": "Correction requested",
    "%(counter)s 条待答复": ("%(counter)s awaiting reply", "%(counter)s awaiting reply"),
    "暂无待处理的面谈工作。": "No interview tasks pending.",
    "面谈主导": "Hosting interviews",
    "本周由我主导的面谈": "Interviews I host this week",
    "本周没有安排。": "Nothing scheduled this week.",
    "逾期未完成的面谈记录": "Overdue interview records",
    "%(manager)s，截止 %(due)s": "%(manager)s, due %(due)s",
    "%(date)s 提交": "submitted %(date)s",
    "目前没有待裁决的申诉。": "There are no appeals awaiting a ruling.",
    "查看全部申诉": "View all appeals",

    # --- API ---
    "面谈室不存在。": "The interview room does not exist.",
    "只有人力资源可以指定其他面谈主导人。": "Only HR can assign a different host.",
    "面谈主导人不存在或已离职。": "The host does not exist or has left the company.",
    "您不能为该员工安排面谈。": "You cannot schedule interviews for this employee.",
    "绩效考核表不属于该员工。": "The goal sheet does not belong to this employee.",
    "只有直属上级和面谈主导人可以填写面谈记录。":
        "Only the manager and the host can fill in the interview record.",
    "只有直属上级和面谈主导人可以提交面谈记录。":
        "Only the manager and the host can submit the interview record.",
    "只有员工本人可以要求更正。": "Only the employee can request a correction.",
    "只有员工本人和直属上级可以在记录上签字。":
        "Only the employee and their manager can sign the record.",
    "只有员工本人可以提出申诉。": "Only the employee can file an appeal.",
    "只有绩效委员会成员可以裁决申诉。": "Only performance committee members can rule on appeals.",

    # --- the conversation agenda (agenda.py) ---
    "开场": "Opening",
    "感谢员工本期的付出，举出具体的事例。":
        "Thank the employee for their work this period, with concrete examples.",
    "简要介绍部门本期的整体业绩。": "Briefly present the department's overall results this period.",
    "说明本次面谈的目的和大致流程，营造轻松的气氛。":
        "Explain the purpose and the outline of the interview, and set a relaxed tone.",
    "员工自评": "Employee self-assessment",
    "请员工先谈自己的表现和自我评价。":
        "Ask the employee to speak first about their performance and how they see it.",
    "多听、多问，不打断，不急于评判。": "Listen and ask; do not interrupt or rush to judge.",
    "上级评价": "Manager's assessment",
    "对照目标逐项反馈结果和能力表现。":
        "Go through the goals one by one, giving feedback on results and on the abilities shown.",
    "先谈优点，再谈不足；用事实说话，不下主观结论。":
        "Strengths first, then shortcomings; let the facts speak and avoid subjective "
        "conclusions.",
    "对事不对人：谈工作表现，不评价性格。":
        "Address the work, not the person: discuss performance, not personality.",
    "讨论与分歧": "Discussion and disagreements",
    "重点讨论有分歧的地方：原因、事实、标准。":
        "Focus on where you disagree: causes, facts, standards.",
    "用“5 个为什么”追问根本原因。": "Use the “5 Whys” to get to the root cause.",
    "当场无法解决的分歧先记录下来，会后跟进。":
        "Write down disagreements that cannot be settled on the spot, and follow them up "
        "afterwards.",
    "支持与发展": "Support and development",
    "了解员工的职业意愿和培训需求。":
        "Find out about the employee's career wishes and training needs.",
    "只承诺能兑现的支持，写明由谁、何时提供。":
        "Promise only support that can be delivered, and note who provides it and when.",
    "改进计划": "Improvement plan",
    "双方共同制定改进措施，不要单方面下达。":
        "Work out the improvement measures together; do not impose them.",
    "每项措施可衡量、有期限、有负责人。":
        "Every measure is measurable and has a deadline and an owner.",
    "下期目标": "Next-period goals",
    "商定下期目标的内容、里程碑和期限。":
        "Agree on the next-period goals: content, milestones and deadlines.",
    "确认与鼓励": "Confirmation and encouragement",
    "复述达成一致的结果和后续安排。": "Recap what was agreed and the next steps.",
    "听取员工的意见，以鼓励结束。":
        "Hear the employee's comments and end on an encouraging note.",
    "本次是改进面谈：讲清绩效与期望的差距和具体事实。":
        "This is an improvement interview: make clear the gap between performance and "
        "expectations, with the specific facts.",
    "改进计划是本次面谈的核心：逐项约定检查点。":
        "The improvement plan is the core of this interview: agree on checkpoints for each item.",
    "本次是发展面谈：多花时间了解员工的职业规划。":
        "This is a development interview: spend more time on the employee's career plans.",
    "对照目标岗位或薪级的要求逐条评估准备度。":
        "Assess readiness point by point against the requirements of the target position or "
        "pay grade.",
    "说明评估结论的后续流程，不要提前许诺结果。":
        "Explain what happens after the assessment; do not promise an outcome in advance.",
    "说明调岗的原因和新岗位的期望。":
        "Explain the reasons for the transfer and what is expected in the new position.",
    "约定工作交接的内容和完成日期。": "Agree on what is to be handed over and by when.",
    "直接说明本次是绩效警告面谈，语气平和、坚定。":
        "Say plainly that this is a performance warning interview, in a calm and firm tone.",
    "清楚告知未改进的后果，并确认员工已经理解。":
        "State clearly the consequences if there is no improvement, and make sure the employee "
        "has understood them.",
    "约定改进期限和复核日期。": "Agree on the improvement deadline and the review date.",

    # --- appeals: forms, models, services ---
    "理由": "Reason",
    "请勾选“%(item)s”，或清空这里的理由。": "Please tick “%(item)s”, or clear the reason here.",
    "裁决": "Ruling",
    "调整后的总分": "Adjusted total score",
    "选择“调整结果”时填写；等级和奖金系数按本周期的等级标准得出。":
        "Fill in when choosing “Adjust the result”; the grade and bonus multiplier follow from "
        "this period's grade scale.",
    "裁决理由": "Reasons for the ruling",
    "评分方法": "Scoring method",
    "数据准确性": "Data accuracy",
    "其他": "Other",
    "待委员会裁决": "Awaiting committee ruling",
    "已裁决": "Ruled",
    "已撤回": "Withdrawn",
    "维持原结果": "Uphold the result",
    "调整结果": "Adjust the result",
    "申诉事项": "Points of appeal",
    "原总分": "Original total score",
    "原等级": "Original grade",
    "原奖金系数": "Original bonus multiplier",
    "新总分": "New total score",
    "新等级": "New grade",
    "新奖金系数": "New bonus multiplier",
    "裁决时间": "Ruled at",
    "绩效申诉": "Performance appeal",
    "请填写调整后的总分。": "Please enter the adjusted total score.",
    "调整后的总分应在 0–1000 之间。": "The adjusted total score must be between 0 and 1000.",
    "总分 %(total)s 不在等级标准的任何一档内。":
        "A total score of %(total)s falls in no band of the grade scale.",
    "该面谈没有关联绩效结果，无需申诉。":
        "This interview is not linked to a performance result, so there is nothing to appeal.",
    "申诉期限已于 %(date)s 结束。": "The appeal period ended on %(date)s.",
    "记录提交给您确认后才能提出申诉。":
        "You can appeal once the record has been submitted to you for confirmation.",
    "已有一项申诉在等待委员会裁决。": "An appeal is already awaiting the committee's ruling.",
    "请说明对“%(item)s”有异议的理由。": "Please explain why you dispute “%(item)s”.",
    "请至少选择一项申诉事项并说明理由。":
        "Please choose at least one point of appeal and give your reasons.",
    "绩效申诉：%(name)s（%(period)s）": "Performance appeal: %(name)s (%(period)s)",
    "%(name)s 对“%(period)s”的绩效结果提出申诉，已提交绩效委员会。":
        "%(name)s has appealed against the performance result for “%(period)s”; the appeal has "
        "been referred to the performance committee.",
    "您与本案有关，应当回避。": "You are involved in this case and must recuse yourself.",
    "请选择裁决结果。": "Please choose a ruling.",
    "请写明裁决理由。": "Please give the reasons for the ruling.",
    "调整后的总分与原总分相同；如维持原结果，请选择“维持原结果”。":
        "The adjusted total score is the same as the original one; to keep the result, choose "
        "“Uphold the result”.",
    "裁决：调整结果。总分 %(old)s → %(new)s，等级 %(grade)s，奖金系数 %(m)s。\n理由：%(reason)s":
        "Ruling: result adjusted. Total score %(old)s → %(new)s, grade %(grade)s, bonus "
        "multiplier %(m)s.\nReasons: %(reason)s",
    "裁决：维持原结果。\n理由：%(reason)s": "Ruling: result upheld.\nReasons: %(reason)s",
    "绩效委员会已裁决申诉（%(period)s）":
        "The performance committee has ruled on the appeal (%(period)s)",

    # --- appeals: templates and views ---
    "%(name)s 的绩效申诉": "Performance appeal of %(name)s",
    "提出于 %(at)s": "Filed %(at)s",
    "委员会裁决：%(ruling)s": "Committee ruling: %(ruling)s",
    "原结果": "Original result",
    "裁决后": "After the ruling",
    "维持原结果：总分 %(total)s，等级 %(grade)s，奖金系数 ×%(m)s。":
        "Result upheld: total score %(total)s, grade %(grade)s, bonus multiplier ×%(m)s.",
    "%(who)s 于 %(at)s 裁决": "Ruled by %(who)s on %(at)s",
    "申诉时的考核结果": "Result at the time of the appeal",
    "%(role)s：%(name)s": "%(role)s: %(name)s",
    "尚未签字": "Not signed yet",
    "委员会裁决": "Committee ruling",
    "记录裁决": "Record ruling",
    "本周期的等级标准": "This period's grade scale",
    "总分区间": "Total score range",
    "提出绩效申诉": "File a performance appeal",
    "返回面谈记录": "Back to interview record",
    "查看申诉": "View appeal",
    "您还没有在面谈记录上签字。如果不接受考核结果，可以不签字，直接向绩效委员会提出申诉。":
        "You have not signed the interview record yet. If you do not accept the result, you "
        "can appeal to the performance committee directly, without signing.",
    "申诉截止日期：%(date)s（签字归档后的申诉期限内）。":
        "Appeal deadline: %(date)s (the end of the appeal period after the record was signed "
        "and sealed).",
    "请勾选有异议的事项，并分别说明理由；申诉将提交绩效委员会裁决，裁决结果会通知您和直属上级。":
        "Tick each point you dispute and give your reasons for it. The appeal goes to the "
        "performance committee for a ruling, and you and your manager will be notified of it.",
    "当前考核结果": "Current result",
    "提交申诉": "Submit appeal",
    "绩效委员会只看到提交给委员会的申诉案件。":
        "The performance committee sees only the appeals referred to it.",
    "提出时间": "Filed at",
    "%(old)s → %(new)s（%(grade)s）": "%(old)s → %(new)s (%(grade)s)",
    "没有申诉。": "No appeals.",
    "总分 %(total)s 对应等级 %(grade)s，奖金系数 ×%(m)s。":
        "A total score of %(total)s gives grade %(grade)s and bonus multiplier ×%(m)s.",
    "填写总分后，这里显示按本周期等级标准得出的等级和奖金系数。":
        "Once you enter a total score, the grade and bonus multiplier from this period's grade "
        "scale appear here.",
    "申诉已提交绩效委员会，裁决后会通知您。":
        "Your appeal has been referred to the performance committee; you will be notified of "
        "the ruling.",
    "裁决已记录，并已通知员工和直属上级。":
        "The ruling has been recorded, and the employee and their manager have been notified.",

    # --- self-assessment and the manager's preparation ---
    "本期做了哪些主要工作，取得了哪些成果，举出具体事例和数据。":
        "What were your main tasks this period, and what did you achieve? Give concrete "
        "examples and figures.",
    "对照绩效考核表的指标和标准，逐项说明完成情况。":
        "Go through the goals and standards on your goal sheet one by one and say how far "
        "each was achieved.",
    "您认为自己本期的表现如何？优点和不足各是什么？":
        "How do you rate your performance this period? What were your strengths and "
        "shortcomings?",
    "下一个周期您打算达成哪些目标？": "Which goals do you intend to achieve in the next period?",
    "为了做得更好，您需要哪些资源、培训或支持？":
        "Which resources, training or support do you need to do even better?",
    "已预订安静、不受打扰的会议室（不在领导办公室）":
        "Booked a quiet meeting room where we will not be disturbed (not the leader's office)",
    "已预留足够的时间（不少于 %(min)s 分钟），不会中途被打断":
        "Set aside enough time (at least %(min)s minutes), free of interruptions",
    "已阅读员工的自我评估": "Read the employee's self-assessment",
    "每个预计的分歧都准备了事实和数据": "Prepared facts and figures for every expected disagreement",
    "已准备好要向员工提出的问题": "Prepared the questions to ask the employee",
    "已回顾上次面谈的改进计划及完成情况":
        "Reviewed the previous interview's improvement plan and how far it was completed",
    "计划多听少说，以平等的语气交流，不居高临下":
        "Plan to listen more than talk, and to speak as equals, not down to the employee",
    "目标分析": "Goal analysis",
    "本期目标定得是否合理？偏高、偏低还是合适？未完成的原因在目标本身还是执行？":
        "Were this period's goals reasonable: too high, too low or about right? Where goals "
        "were missed, was the cause the goal itself or its execution?",
    "员工性格特点": "Employee's temperament",
    "请选择": "Please choose",
    "根据员工的性格选择合适的沟通方式。":
        "Choose a way of communicating that suits the employee's temperament.",
    "面谈策略": "Interview approach",
    "打算如何开场、如何推进、重点谈什么。":
        "How you plan to open, how to move the conversation on, and what to focus on.",
    "面谈前检查": "Pre-interview checklist",
    "本期工作表现": "Performance this period",
    "对照绩效标准的完成情况": "Achievement against the performance standards",
    "自我评价": "Self-evaluation",
    "下期目标设想": "Ideas for next-period goals",
    "需要的资源与支持": "Resources and support needed",
    "想提出的问题或要求": "Questions or requests to raise",
    "提交时间": "Submitted at",
    "紧张、不安": "Nervous, uneasy",
    "准备充分、冷静": "Well prepared, calm",
    "容易辩解、情绪化": "Defensive, emotional",
    "沉默、不善表达": "Quiet, not very expressive",
    "自信、强势": "Confident, assertive",
    "准备提出的问题": "Questions to ask",
    "目标分析（目标是否合理）": "Goal analysis (were the goals reasonable?)",
    "预计的分歧与依据": "Expected disagreements and evidence",
    "面谈准备": "Interview preparation",
    "内容已被他人修改（%(time)s），您的修改未保存。请刷新后再提交。":
        "The content was changed by someone else (%(time)s), so your changes were not saved. "
        "Please refresh and submit again.",
    "只有员工本人可以填写自我评估。": "Only the employee can fill in their self-assessment.",
    "面谈已结束或已取消，不能再修改自我评估。":
        "The interview has ended or been cancelled; the self-assessment can no longer be "
        "changed.",
    "自我评估已提交，不能再修改。":
        "The self-assessment has been submitted and can no longer be changed.",
    "请填写：%(parts)s。": "Please fill in: %(parts)s.",
    "请提出 %(min)s–%(max)s 个问题或要求（现在是 %(n)s 个）。":
        "Please raise %(min)s–%(max)s questions or requests (currently %(n)s).",
    "%(name)s 已提交面谈自我评估": "%(name)s has submitted their interview self-assessment",
    "%(name)s 已提交自我评估，可以在面谈准备页查看。":
        "%(name)s has submitted their self-assessment; you can read it on the preparation page.",
    "您不能编辑该面谈的准备内容。": "You cannot edit the preparation for this interview.",
    "先从轻松、容易的话题谈起，多肯定，帮助员工放松。":
        "Start with light, easy topics and plenty of recognition, to help the employee relax.",
    "员工准备充分、情绪平稳：开门见山，直接进入主题。":
        "The employee is well prepared and composed: get straight to the point.",
    "先倾听，不争论；准备好事实和数据，就事论事。":
        "Listen first and do not argue; have facts and figures ready and stick to the issues.",
    "多用开放式问题，给员工充分的时间思考和表达。":
        "Ask open questions and give the employee plenty of time to think and speak.",
    "尊重员工的观点，用数据和标准对齐认识，明确期望。":
        "Respect the employee's views, use data and standards to reach a shared understanding, "
        "and make expectations clear.",
    "建议的沟通方式：%(suggestion)s": "Suggested approach: %(suggestion)s",
    "可能的分歧或情绪点": "Possible disagreement or sensitive point",
    "准备的事实与依据": "Facts and evidence prepared",
    "我的面谈准备": "My preparation",
    "他人最新保存的内容": "Latest version saved by someone else",
    "准备 3–5 个要问员工的问题，例如：“你认为本期最大的成绩是什么？”“哪些方面需要我提供支持？”":
        "Prepare 3–5 questions to ask the employee, for example: “What do you see as your "
        "biggest achievement this period?” “Where do you need my support?”",
    "添加一行": "Add a row",
    "预计的分歧与准备的依据": "Expected disagreements and the evidence prepared",
    "员工可能不同意或情绪激动的地方，以及您为每一点准备的事实和数据。":
        "Points the employee may disagree with or get upset about, and the facts and figures "
        "you have prepared for each.",
    "添加分歧": "Add a disagreement",
    "避免常见错误：逐项确认后勾选。": "Avoid common mistakes: tick each item once you have checked it.",
    "保存准备": "Save preparation",
    "绩效考核表上没有指标。": "The goal sheet has no goals.",
    "绩效结果发布后显示得分与排名。": "Scores and rankings are shown once the results are released.",
    "直属上级 %(name)s": "Manager: %(name)s",
    "主导人 %(name)s": "Host: %(name)s",
    "面谈详情": "Interview details",
    "所需支持：%(support)s": "Support needed: %(support)s",
    "上次面谈没有记录改进措施。": "The previous interview recorded no improvement measures.",
    "没有已归档的上次面谈记录。": "There is no sealed record of a previous interview.",
    "没有提出问题。": "No questions raised.",
    "提交于 %(at)s": "Submitted %(at)s",
    "面谈准备 · %(name)s": "Preparation · %(name)s",
    "面谈准备：%(name)s": "Interview preparation: %(name)s",
    "进入面谈模式": "Enter interview mode",
    "本页内容仅供直属上级、面谈主导人和人力资源使用，员工本人看不到。":
        "This page is for the manager, the host and HR only; the employee cannot see it.",
    "安排面谈时确认过的提示": "Alerts acknowledged when the interview was scheduled",
    "目标完成情况": "Goal achievement",
    "本周期没有记录关键事件。": "No key events were recorded in this period.",
    "本期暂无 360° 反馈。": "No 360° feedback this period.",
    "日常绩效沟通": "Everyday check-ins",
    "本周期共记录 %(n)s 次沟通，其中正式绩效沟通 %(m)s 次。":
        "Check-in records this period: %(n)s, of which performance check-ins: %(m)s.",
    "查看绩效依据": "View performance evidence",
    "奖惩与培训": "Rewards, penalties and training",
    "上次面谈": "Previous interview",
    "面谈自我评估": "Interview self-assessment",
    "我的面谈自我评估": "My interview self-assessment",
    "%(name)s 的自我评估": "Self-assessment of %(name)s",
    "请在面谈开始（%(due)s）之前提交。提交后直属上级和面谈主导人可以看到，提交后不能再修改。":
        "Please submit it before the interview starts (%(due)s). Once submitted, your manager "
        "and the host can see it, and it can no longer be changed.",
    "请写 %(min)s–%(max)s 个您想在面谈中提出的问题或要求，每行一个。":
        "Write %(min)s–%(max)s questions or requests you want to raise in the interview, one "
        "per line.",
    "保存草稿": "Save draft",
    "提交": "Submit",
    "面谈已结束或已取消，不能再填写自我评估。":
        "The interview has ended or been cancelled; the self-assessment can no longer be "
        "filled in.",
    "本期绩效结果（供参考）": "Results for this period (for reference)",
    "绩效结果发布后在这里显示。": "Shown here once the performance results are released.",
    "填写提示": "Tips",
    "用事实和数据说话，举出具体事例。": "Let facts and figures speak; give concrete examples.",
    "对照绩效考核表的指标逐项回顾。": "Go through the goals on your goal sheet one by one.",
    "既谈成绩，也谈不足和原因。": "Cover achievements as well as shortcomings and their causes.",
    "提出的支持需求要具体：需要什么、何时需要。":
        "Be specific about the support you need: what, and by when.",
    "自我评估已提交，直属上级现在可以看到。":
        "Your self-assessment has been submitted; your manager can now see it.",
    "草稿已保存。提交之前，只有您自己能看到。": "Draft saved. Until you submit it, only you can see it.",
    "面谈准备已保存。": "Preparation saved.",
    "员工自我评估": "Employee self-assessment",

    # --- the record form (sections.py) ---
    "目标回顾": "Goal review",
    "逐项回顾本期目标的完成情况（表格来自绩效考核表），写下总体评价。":
        "Review how far each of this period's goals was achieved (the table comes from the "
        "goal sheet) and write an overall assessment.",
    "总体评价": "Overall assessment",
    "成绩与优点": "Achievements and strengths",
    "每一条成绩或优点都要有具体事例：时间、事情、结果。":
        "Every achievement or strength needs a concrete example: when, what, and the result.",
    "成绩 / 优点": "Achievement / strength",
    "不足与原因": "Shortcomings and causes",
    "对事不对人。分别记录员工和上级对原因的看法，可用“5 个为什么”找到根本原因。":
        "Address the work, not the person. Record the employee's and the manager's views of "
        "the causes separately; the “5 Whys” help to find the root cause.",
    "不足之处": "Shortcoming",
    "员工认为的原因": "Cause in the employee's view",
    "上级认为的原因": "Cause in the manager's view",
    "达成一致与分歧": "Agreements and disagreements",
    "记录双方达成一致的事项，以及未能达成一致、需要后续跟进的分歧（没有请写“无”）。":
        "Record what both sides agreed on, and the disagreements that remain and need "
        "follow-up (write “None” if there are none).",
    "达成一致的事项": "Points agreed",
    "分歧及后续处理": "Disagreements and follow-up",
    "改进措施": "Improvement measures",
    "可衡量、有期限、有负责人：例如“每月完成 1 门数据分析课程，季度末前独立完成 1 份分析报告”。":
        "Measurable, with a deadline and an owner: for example “complete one data analysis "
        "course a month, and write one analysis report independently by the end of the "
        "quarter”.",
    "措施": "Measure",
    "完成期限": "Deadline",
    "所需支持": "Support needed",
    "资源与支持承诺": "Support commitments",
    "上级或人力资源承诺提供的资源与支持，写明由谁在何时之前提供。不要做无法兑现的承诺。":
        "Resources and support the manager or HR commits to providing, stating who provides "
        "them and by when. Do not make promises that cannot be kept.",
    "承诺内容": "Commitment",
    "兑现期限": "Due by",
    "下期工作目标：内容、衡量标准、里程碑和期限。":
        "Goals for the next period: content, measures of success, milestones and deadlines.",
    "目标": "Goal",
    "衡量标准": "Measure of success",
    "期限": "Deadline",
    "面谈重点": "Interview focus",
    "内容": "Content",
    "面谈笔记": "Interview notes",
    "面谈过程中的随手记录，按议程步骤保存。":
        "Notes jotted down during the interview, saved by agenda step.",
    "员工意见": "Employee's comments",
    "员工对本次面谈和记录内容的意见。":
        "The employee's comments on the interview and on this record.",
    "部门整体情况与面谈目的": "Department overview and purpose of the interview",
    "本期部门的整体业绩、员工在其中的贡献，以及本次面谈的目的。":
        "The department's overall results this period, the employee's contribution to them, "
        "and the purpose of this interview.",
    "与期望的差距": "Gap to expectations",
    "绩效低于期望的具体表现、差距有多大，以及不改进的后果。":
        "Where performance falls short of expectations, how big the gap is, and the "
        "consequences if there is no improvement.",
    "职业发展意愿": "Career development wishes",
    "员工的职业发展方向与意愿、需要的能力和培训，以及公司能提供的机会。":
        "The employee's career direction and wishes, the skills and training needed, and the "
        "opportunities the company can offer.",
    "晋升 / 调薪准备度": "Readiness for promotion / pay rise",
    "对照目标岗位或薪级的要求，员工已具备和尚欠缺的条件。":
        "Against the requirements of the target position or pay grade: what the employee "
        "already meets and what is still missing.",
    "调岗安排": "Transfer arrangements",
    "调岗原因、新岗位的期望、工作交接安排和适应期的支持。":
        "Reasons for the transfer, expectations in the new position, handover arrangements, "
        "and support while settling in.",
    "警告事项与后果": "Warning and consequences",
    "问题事实、已告知的后果、改进期限和复核日期。员工已知悉的内容要写清楚。":
        "The facts of the problem, the consequences communicated, the improvement deadline "
        "and the review date. State clearly what the employee has been made aware of.",
    "“%(section)s”：至少填写一项，或注明“无需额外支持”。":
        "“%(section)s”: add at least one item, or tick “No additional support needed”.",
    "“%(section)s”：至少填写一项。": "“%(section)s”: add at least one item.",
    "“%(section)s”第 %(row)s 条缺少“%(column)s”。":
        "“%(section)s”, item %(row)s: “%(column)s” is missing.",
    "缺少“%(section)s”。": "“%(section)s” is missing.",
    "“%(section)s”缺少“%(column)s”。": "“%(section)s”: “%(column)s” is missing.",

    # --- the record: models, services, views ---
    "涉及部分": "Section concerned",
    "遗漏或记录有误的内容": "What is missing or recorded wrongly",
    "处理结果": "Outcome",
    "已按要求更正": "Corrected as requested",
    "不采纳": "Not accepted",
    "答复": "Reply",
    "不采纳时请说明理由。": "If you do not accept the correction, please give a reason.",
    "登录密码": "Login password",
    "签字前请再次输入您的登录密码，确认是您本人签字。":
        "Enter your login password again before signing, to confirm that it is you who signs.",
    "补充内容": "Addendum text",
    "待员工确认": "Awaiting employee confirmation",
    "已签字归档": "Signed and sealed",
    "草稿截止": "Draft due",
    "逾期提交": "Submitted late",
    "基本信息": "Basic information",
    "归档时间": "Sealed at",
    "内容哈希": "Content hash",
    "面谈记录": "Interview record",
    "记录内容": "Record section",
    "签字方": "Signing party",
    "签字人": "Signed by",
    "签字时间": "Signed at",
    "签字时的内容哈希": "Content hash at signing",
    # One msgid names the model and heads the signatures card; the card is what people see.
    "签字": "Signatures",
    "待处理": "Open",
    "已更正": "Corrected",
    "未采纳": "Not accepted",
    "更正内容": "Requested correction",
    "上级答复": "Manager's reply",
    "更正请求": "Correction request",
    "补充人": "Added by",
    # One msgid names the model and heads the addenda list; the list is what people see.
    "补充说明": "Addenda",
    "记录已签字归档，不能再修改；如需补充，请添加补充说明。":
        "The record has been signed and sealed and can no longer be changed; to add "
        "information, add an addendum.",
    "员工意见由员工本人填写。": "The employee's comments are written by the employee.",
    "记录提交给您确认后才能填写员工意见。":
        "You can write your comments once the record has been submitted to you for "
        "confirmation.",
    "记录已提交给员工确认，不能再修改；员工要求更正后才能修改。":
        "The record has been submitted to the employee for confirmation and can only be "
        "changed if the employee requests a correction.",
    "未知的记录部分。": "Unknown record section.",
    "“%(section)s”已被 %(who)s 在 %(time)s 修改，您的这次保存没有覆盖对方的内容。您填写的内容仍保留在下方，请对照最新内容后再保存。":
        "“%(section)s” was changed by %(who)s at %(time)s, so this save did not overwrite "
        "their content. What you entered is kept below; please compare it with the latest "
        "content before saving again.",
    "面谈还没有进行，不能提交记录。":
        "The interview has not taken place yet, so the record cannot be submitted.",
    "请先结束面谈，再提交记录。": "Please end the interview before submitting the record.",
    "记录还不完整，不能提交：%(items)s": "The record is incomplete and cannot be submitted: %(items)s",
    "还有 %(n)s 条更正请求没有答复。": "Correction requests still unanswered: %(n)s.",
    "请确认您的绩效面谈记录": "Please confirm your performance interview record",
    "%(manager)s 已完成面谈记录，请阅读、填写意见并签字；如有遗漏或记录有误，可以要求更正。":
        "%(manager)s has completed the interview record. Please read it, add your comments and "
        "sign it; if anything is missing or recorded wrongly, you can request a correction.",
    "记录当前不能要求更正。": "Corrections cannot be requested for this record at the moment.",
    "请选择需要更正的部分。": "Please choose the section that needs correcting.",
    "请说明遗漏或记录有误的内容。": "Please describe what is missing or recorded wrongly.",
    "%(name)s 要求更正面谈记录": "%(name)s has requested a correction to the interview record",
    "涉及部分：%(section)s\n%(text)s": "Section concerned: %(section)s\n%(text)s",
    "只有直属上级和面谈主导人可以答复更正请求。":
        "Only the manager and the host can reply to correction requests.",
    "该更正请求已答复。": "This correction request has already been answered.",
    "不采纳更正时请说明理由。": "Please give a reason when you do not accept a correction.",
    "密码不正确，未签字。": "Incorrect password; the record has not been signed.",
    "您已经签过字了。": "You have already signed.",
    "签字前请先填写员工意见。": "Please fill in the employee's comments before signing.",
    "面谈记录已签字归档": "Interview record signed and sealed",
    "%(employee)s 与 %(manager)s 的面谈记录已由双方签字，归入人力资源档案。":
        "The interview record of %(employee)s and %(manager)s has been signed by both and "
        "filed in the HR archive.",
    "%(name)s 已在面谈记录上签字": "%(name)s has signed the interview record",
    "请阅读面谈记录并签字。": "Please read the interview record and sign it.",
    "您不能为该记录添加补充说明。": "You cannot add an addendum to this record.",
    "记录还没有归档，请直接修改记录内容。":
        "The record has not been sealed yet; please edit its content directly.",
    "请填写补充内容。": "Please enter the addendum text.",
    "记录内容与归档时的哈希不一致（内容被改动过）":
        "The record content does not match the hash taken when it was sealed (the content "
        "has been altered)",
    "哈希链断开：前一条记录的链哈希不一致":
        "The hash chain is broken: the previous record's chain hash does not match",
    "链哈希与内容哈希不一致（归档哈希被改动过）":
        "The chain hash does not match the content hash (the sealed hash has been altered)",
    "%(name)s 的签字对应的内容与归档内容不一致":
        "The content signed by %(name)s does not match the sealed content",
    "补充说明（%(date)s）被改动过": "The addendum of %(date)s has been altered",
    "已检查 %(count)s 份归档记录，全部一致。":
        "Sealed records checked: %(count)s; all are consistent.",
    "记录 %(record)s（面谈 %(interview)s，员工 %(employee)s）：%(reason)s":
        "Record %(record)s (interview %(interview)s, employee %(employee)s): %(reason)s",
    "已检查 %(count)s 份归档记录，发现 %(problems)s 处不一致。":
        "Sealed records checked: %(count)s; inconsistencies found: %(problems)s.",
    "“%(section)s”已保存。": "“%(section)s” saved.",
    "记录还不完整，不能提交：": "The record is incomplete and cannot be submitted:",
    "记录已提交给员工确认。": "The record has been submitted to the employee for confirmation.",
    "更正请求已发给直属上级。": "Your correction request has been sent to your manager.",
    "已答复更正请求。改完后请重新提交给员工确认。":
        "Reply sent. Once you have made the changes, submit the record to the employee again "
        "for confirmation.",
    "双方已签字，记录已归档。": "Both parties have signed; the record is now sealed.",
    "您已签字。": "You have signed.",
    "补充说明已添加。": "Addendum added.",

    # --- the record: templates ---
    "%(name)s · 面谈记录": "%(name)s · Interview record",
    "绩效面谈记录与改进措施表": "Performance interview record and improvement measures",
    "编辑记录": "Edit record",
    "返回面谈": "Back to interview",
    "请阅读这份记录，填写员工意见后签字确认。有遗漏或记错的地方，可以要求更正。":
        "Please read this record, add your comments and sign it. If anything is missing or "
        "recorded wrongly, you can request a correction.",
    "您的更正请求已发给直属上级，记录改好后会再次提交给您确认。":
        "Your correction request has been sent to your manager; once the record has been "
        "corrected, it will be submitted to you again for confirmation.",
    "%(name)s · 填写面谈记录": "%(name)s · Fill in interview record",
    "填写面谈记录 · %(name)s": "Fill in interview record · %(name)s",
    "请在 %(due)s 前完成并提交": "Please complete and submit by %(due)s",
    "预览记录": "Preview record",
    "提交给员工确认": "Submit to the employee for confirmation",
    "提交前会检查记录表要求的每一项；提交后员工可以阅读、要求更正并签字。":
        "Before submission, every element the record form requires is checked; after "
        "submission the employee can read the record, request corrections and sign it.",
    "记录已签字归档，内容不再改变；之后的信息以补充说明的形式附在记录后面。":
        "The record has been signed and sealed, and its content will not change; any later "
        "information is attached to it as addenda.",
    "暂无补充说明。": "No addenda yet.",
    "添加补充说明": "Add addendum",
    "员工的更正请求": "Employee's correction requests",
    "您的确认": "Your confirmation",
    "记录有遗漏或记错的地方？选择涉及的部分并说明，记录会退回直属上级修改。":
        "Is something missing or recorded wrongly? Choose the section concerned and explain; "
        "the record goes back to your manager for correction.",
    "要求更正": "Request correction",
    "不认可考核结果（计分方法、数据准确性等）？":
        "Do you disagree with the result (scoring method, data accuracy, etc.)?",
    "向绩效委员会提出申诉": "Appeal to the performance committee",
    "绩效目标回顾与评估": "Performance goal review and assessment",
    "核心目标": "Key goal",
    "完成值": "Achieved",
    "本次面谈没有关联绩效考核表。": "This interview is not linked to a goal sheet.",
    "总分 %(total)s\u3000等级 %(grade)s\u3000奖金系数 %(multiplier)s":
        "Total score %(total)s · Grade %(grade)s · Bonus multiplier %(multiplier)s",
    "部门排名 %(rank)s / %(size)s": "Department ranking %(rank)s / %(size)s",
    "面谈对象": "Employee interviewed",
    "%(name)s（岗位：%(position)s）": "%(name)s (position: %(position)s)",
    "面谈主管": "Interviewing manager",
    "面谈时间": "Interview time",
    "实际 %(start)s–%(end)s": "Actual %(start)s–%(end)s",
    "面谈地点": "Venue",
    "%(name)s（%(start)s 至 %(end)s）": "%(name)s (%(start)s to %(end)s)",
    "需要注意": "Please note",
    "双方尚未签字。": "Neither party has signed yet.",
    "哈希链序号": "Hash chain position",
    "签字表示您已阅读这份记录；不同意的内容请写在员工意见中，或要求更正、提出申诉。":
        "Signing means that you have read this record. Put anything you disagree with in your "
        "comments, or request a correction or file an appeal.",
    "签字表示您确认这份记录与面谈内容一致。":
        "Signing confirms that this record matches what was said in the interview.",
    "签字确认": "Sign",
    "草稿已逾期": "Draft overdue",
    "（未填写）": "(not filled in)",
    "%(who)s 于 %(time)s 保存的最新内容（只读）":
        "Latest content, saved by %(who)s at %(time)s (read-only)",
    "最新内容（只读）": "Latest content (read-only)",
    "您填写的内容（尚未保存）": "What you entered (not saved yet)",
    "用我的内容覆盖并保存": "Overwrite with my content and save",
    "放弃我的修改，采用最新内容": "Discard my changes and use the latest content",
    "输入时自动保存。": "Saved automatically as you type.",
    "您填写但未能保存的内容（请复制留存）":
        "What you entered but could not be saved (please copy it somewhere safe)",
    "已保存 %(time)s": "Saved %(time)s",
    "未保存": "Not saved",
    "%(who)s 保存于 %(time)s": "Saved by %(who)s at %(time)s",

    # --- scheduling: interview types, statuses, rooms, rules ---
    "定期绩效面谈": "Regular performance interview",
    "绩效改进面谈": "Performance improvement interview",
    "职业发展面谈": "Career development interview",
    "晋升/调薪前评估面谈": "Pre-promotion / pay-rise assessment interview",
    "调岗面谈": "Transfer interview",
    "绩效警告面谈": "Performance warning interview",
    "已安排": "Scheduled",
    "面谈中": "In progress",
    "已面谈": "Held",
    "已取消": "Cancelled",
    "面谈规则": "Interview rules",
    "通知日期": "Notified on",
    "安排时确认的提示": "Alerts acknowledged when scheduling",
    "实际开始": "Actual start",
    "实际结束": "Actual end",
    "领导办公室": "Leader's office",
    "请选择员工": "Choose an employee",
    "面谈类型": "Interview type",
    "不关联": "Not linked",
    "定期、改进和警告面谈须关联已发布结果的考核表。":
        "Regular, improvement and warning interviews must be linked to a goal sheet with "
        "released results.",
    "开始时间": "Start time",
    "时长（分钟）": "Duration (minutes)",
    "面谈室": "Interview room",
    "不使用面谈室": "No interview room",
    "地点说明": "Venue details",
    "未选面谈室时必填，例如“3 楼小会议室”。":
        "Required if no interview room is chosen, e.g. “small meeting room, 3rd floor”.",
    "面谈主导人": "Host",
    "按规则": "By the rules",
    "我已了解以上提示，仍然安排": "I have read the alerts above; schedule anyway",
    "允许 %(min)s–%(max)s 分钟。": "%(min)s–%(max)s minutes allowed.",
    "请选择面谈室或填写地点。": "Please choose an interview room or enter a venue.",
    "取消原因": "Reason for cancellation",
    "原因会通知员工、直属上级和主导人。":
        "The reason is sent to the employee, the manager and the host.",
    "容纳人数": "Capacity",
    "在领导办公室面谈容易让员工感到压力，安排时会提示。":
        "An interview in a leader's office easily puts the employee under pressure; an alert "
        "is shown when scheduling.",
    "提前通知（工作日）": "Notice (working days)",
    "员工至少提前多少个工作日收到面谈通知（按法定节假日和调休计算）。":
        "How many working days in advance, at least, the employee is notified of the "
        "interview (counting public holidays and make-up workdays).",
    "最短时长（分钟）": "Minimum duration (minutes)",
    "最长时长（分钟）": "Maximum duration (minutes)",
    "默认时长（分钟）": "Default duration (minutes)",
    "周期结束后最迟天数": "Latest day after the period ends",
    "记录完成时限（小时）": "Record deadline (hours)",
    "面谈结束后，直属上级须在此时限内完成面谈记录草稿。":
        "After the interview, the manager must complete the draft interview record within "
        "this time.",
    "申诉期限（工作日）": "Appeal period (working days)",
    "签字后多少个工作日内员工可以提出申诉。":
        "For how many working days after signing the employee can appeal.",
    "面谈提醒（提前工作日）": "Interview reminder (working days before)",
    "星期一": "Monday",
    "星期二": "Tuesday",
    "星期三": "Wednesday",
    "星期四": "Thursday",
    "星期五": "Friday",
    "星期六": "Saturday",
    "星期日": "Sunday",
    "%(date)s 不是工作日。": "%(date)s is not a working day.",
    "%(person)s 在该时段已有一场 %(at)s 开始的面谈。":
        "%(person)s already has an interview starting at %(at)s in this time slot.",
    "面谈室“%(room)s”在该时段已被 %(at)s 开始的面谈占用。":
        "Interview room “%(room)s” is taken in this time slot by an interview starting at "
        "%(at)s.",
    "“%(room)s”是领导办公室：正式的场合会让员工紧张，建议换一间安静的会议室。":
        "“%(room)s” is a leader's office: a formal setting makes employees nervous, so a quiet "
        "meeting room is recommended instead.",
    "实际面谈只有 %(minutes)s 分钟，少于 %(min)s 分钟的最低要求。":
        "The interview lasted only %(minutes)s minutes, less than the required minimum of "
        "%(min)s minutes.",
    "请确认以下提示后再安排面谈。": "Please acknowledge the alerts below before scheduling the interview.",
    "面谈时间必须晚于现在。": "The interview time must be in the future.",
    "通知时间不足：员工须至少提前 %(n)s 个工作日收到通知（按法定节假日和调休计算），今天通知最早可安排在 %(date)s（%(weekday)s）。":
        "Not enough notice: the employee must be notified at least %(n)s working days in "
        "advance (counting public holidays and make-up workdays). With notice given today, "
        "the earliest possible date is %(date)s (%(weekday)s).",
    "面谈时长应在 %(min)s–%(max)s 分钟之间。":
        "The interview must last between %(min)s and %(max)s minutes.",
    "该类型的面谈需要关联一张绩效考核表。": "This type of interview must be linked to a goal sheet.",
    "“%(period)s”的绩效结果尚未发布，发布后才能安排面谈。":
        "The performance results for “%(period)s” have not been released yet; the interview "
        "can be scheduled once they are.",
    "%(name)s 没有直属上级，无法安排面谈。":
        "%(name)s has no direct manager, so no interview can be scheduled.",
    "%(name)s 已离职。": "%(name)s has left the company.",
    "面谈室“%(room)s”已停用。": "Interview room “%(room)s” has been deactivated.",
    "该面谈已被他人修改，请刷新后重试。":
        "This interview has been changed by someone else. Please refresh and try again.",
    "请填写取消原因。": "Please give a reason for the cancellation.",
    "面谈尚未开始，不能结束。": "The interview has not started, so it cannot be ended.",
    "只有绩效专员可以修改面谈设置。": "Only performance specialists can change the interview settings.",
    "该设置已被他人修改，请刷新后重试。":
        "This setting has been changed by someone else. Please refresh and try again.",
    "请填写面谈室名称。": "Please enter a name for the interview room.",
    "已有名为“%(name)s”的面谈室。": "An interview room named “%(name)s” already exists.",
    "最短时长不能超过最长时长。": "The minimum duration cannot exceed the maximum duration.",
    "默认时长应在 %(min)s–%(max)s 分钟之间。":
        "The default duration must be between %(min)s and %(max)s minutes.",
    "提前通知天数和记录时限至少为 1。": "The notice period and the record deadline must be at least 1.",

    # --- scheduling: templates and views ---
    "今天通知，最早可安排在 %(date)s（%(weekday)s）：员工须至少提前 %(n)s 个工作日收到通知（按法定节假日和调休计算）。":
        "With notice given today, the earliest possible date is %(date)s (%(weekday)s): the "
        "employee must be notified at least %(n)s working days in advance (counting public "
        "holidays and make-up workdays).",
    "请确认以下提示后再安排面谈：": "Please acknowledge these alerts before scheduling the interview:",
    "该员工暂无已发布结果的考核表，只能安排职业发展、晋升/调薪前或调岗面谈。":
        "This employee has no goal sheet with released results, so only a career development, "
        "pre-promotion / pay-rise assessment or transfer interview can be scheduled.",
    "选择员工后可关联其绩效考核表。": "Once you choose an employee, you can link their goal sheet.",
    "按规则的主导人：%(name)s（%(role)s）": "Host by the rules: %(name)s (%(role)s)",
    "主导人：%(name)s": "Host: %(name)s",
    "主导人：%(name)s（%(role)s，按规则）": "Host: %(name)s (%(role)s, by the rules)",
    "未找到符合规则的主导人，请联系人力资源部。":
        "No host matching the rules was found; please contact the HR department.",
    "主导人：选择员工后按规则确定（中高层管理者由绩效专员主导，其他员工由所在部门的人事专员主导）。":
        "Host: set by the rules once an employee is chosen (a performance specialist hosts the "
        "interviews of middle and senior managers; the department HR clerk hosts those of "
        "other employees).",
    "修改只影响之后的安排；已安排的面谈保持原样。":
        "Changes apply only to interviews scheduled from now on; interviews already scheduled "
        "stay as they are.",
    "编辑面谈室": "Edit interview room",
    "新增面谈室": "Add interview room",
    "会议室": "Meeting room",
    "已停用": "Inactive",
    "还没有面谈室。": "No interview rooms yet.",
    "面谈改期": "Reschedule interview",
    "原定时间：%(when)s": "Originally scheduled: %(when)s",
    "取消面谈": "Cancel interview",
    "确认取消面谈": "Cancel the interview",
    "%(name)s · 绩效面谈": "%(name)s · Performance interview",
    "%(name)s · %(kind)s": "%(name)s · %(kind)s",
    "记录：%(status)s": "Record: %(status)s",
    "记录逾期": "Record overdue",
    "查看自我评估": "View self-assessment",
    "面谈进行": "Conduct interview",
    "填写面谈记录": "Fill in interview record",
    "查看面谈记录": "View interview record",
    "提出申诉": "File an appeal",
    "改期": "Reschedule",
    "下载日历文件": "Download calendar file",
    "返回列表": "Back to list",
    "提示": "Alerts",
    "面谈已取消。原因：%(reason)s": "The interview has been cancelled. Reason: %(reason)s",
    "面谈安排": "Interview arrangements",
    "（%(n)s 分钟）": " (%(n)s min)",
    "实际时间": "Actual time",
    "已提交": "Submitted",
    "未提交": "Not submitted",
    "地点": "Venue",
    "面谈室与规则": "Rooms and rules",
    "安排面谈": "Schedule interview",
    "范围": "Scope",
    "全部可见": "All I can see",
    "我主导的": "Hosted by me",
    "面谈状态": "Interview status",
    "记录状态": "Record status",
    "全部状态": "All statuses",
    "主导人": "Host",
    "没有符合条件的面谈。": "No interviews match these criteria.",
    "已安排面谈，邀请已发送给员工、直属上级和主导人。":
        "Interview scheduled; invitations have been sent to the employee, the manager and the "
        "host.",
    "面谈已改期，新的日历邀请已发送。": "Interview rescheduled; new calendar invitations have been sent.",
    "面谈已取消，已通知员工、直属上级和主导人。":
        "Interview cancelled; the employee, the manager and the host have been notified.",
    "面谈室已保存。": "Interview room saved.",
    "面谈规则已保存。": "Interview rules saved.",

    # --- conversation mode ---
    "面谈模式 · %(name)s": "Interview mode · %(name)s",
    "超时": "Over time",
    "面谈模式：%(name)s": "Interview mode: %(name)s",
    "面谈已取消。": "The interview has been cancelled.",
    "面谈前检查还有未确认的项目：": "Pre-interview checklist items not ticked yet:",
    "去面谈准备页确认": "Tick them on the preparation page",
    "开始面谈": "Start interview",
    "开始后计时，面谈结束时点击“结束面谈”。":
        "The timer starts when you begin; click “End interview” when the interview is over.",
    "面谈已于 %(at)s 结束，实际用时 %(minutes)s 分钟。":
        "The interview ended at %(at)s; it took %(minutes)s min.",
    "完成面谈记录": "Complete interview record",
    "已用时间": "Elapsed",
    "%(n)s 分钟": "%(n)s min",
    "当前步骤": "Current step",
    "解决问题的时间占比": "Time spent on solutions",
    "（目标约 %(target)s%%）": "(target about %(target)s%%)",
    # Used in a data-confirm attribute: no apostrophes or double quotes.
    "确定结束面谈吗？结束后计时停止，请在规定时间内完成面谈记录。":
        "End the interview now? The timer stops, and the interview record must then be "
        "completed within the set time.",
    "结束面谈": "End interview",
    "面谈议程": "Interview agenda",
    "解决问题": "Solutions",
    "约 %(target)s%% 的时间用于讨论分歧、支持、改进计划和下期目标。":
        "About %(target)s%% of the time goes to disagreements, support, the improvement plan "
        "and next-period goals.",
    "第 %(start)s 分钟起，计划 %(n)s 分钟": "From minute %(start)s, %(n)s min planned",
    "正在加载“%(label)s”……": "Loading “%(label)s”…",
    "这一步请在右侧的“面谈笔记”中记录要点。":
        "For this step, note the key points in “Interview notes” on the right.",
    "上一步": "Previous step",
    "下一步": "Next step",
    "面谈笔记与准备": "Interview notes and preparation",
    "自我评估与我的准备": "Self-assessment and my preparation",
    "员工尚未提交自我评估。": "The employee has not submitted a self-assessment yet.",
    "未准备问题。": "No questions prepared.",
    "未记录预计的分歧。": "No expected disagreements recorded.",
    "正在加载“面谈笔记”……": "Loading “Interview notes”…",
    "面谈已结束（%(minutes)s 分钟）。请在 %(hours)s 小时内完成面谈记录。":
        "The interview has ended (%(minutes)s min). Please complete the interview record "
        "within %(hours)s hours.",

    # --- invitations, reminders and calendar entries ---
    "绩效面谈：%(employee)s（%(kind)s）": "Performance interview: %(employee)s (%(kind)s)",
    "本期工作表现的描述": "A description of your performance this period",
    "3–5 个想提出的问题或要求": "3–5 questions or requests you want to raise",
    "面谈详情：%(link)s": "Interview details: %(link)s",
    "面谈时间已变更：%(when)s": "Interview time changed: %(when)s",
    "绩效面谈邀请：%(when)s": "Performance interview invitation: %(when)s",
    "%(name)s，您好：\n\n%(manager)s 邀请您参加%(kind)s。\n\n时间：%(when)s\n地点：%(place)s\n主导人：%(host)s\n\n请在面谈前提交自我评估，内容包括：\n%(items)s\n\n填写自我评估：%(prepare)s\n面谈详情：%(link)s\n":
        "Hello %(name)s,\n\n%(manager)s has invited you to an interview (%(kind)s).\n\n"
        "Time: %(when)s\nVenue: %(place)s\nHost: %(host)s\n\n"
        "Please submit your self-assessment before the interview. It covers:\n%(items)s\n\n"
        "Write your self-assessment: %(prepare)s\nInterview details: %(link)s\n",
    "面谈时间已变更：%(summary)s": "Interview time changed: %(summary)s",
    "时间：%(when)s\n地点：%(place)s\n员工：%(employee)s\n直属上级：%(manager)s\n主导人：%(host)s\n\n面谈准备：%(link)s\n":
        "Time: %(when)s\nVenue: %(place)s\nEmployee: %(employee)s\nManager: %(manager)s\n"
        "Host: %(host)s\n\nPreparation: %(link)s\n",
    "面谈已取消：%(summary)s": "Interview cancelled: %(summary)s",
    "原定于 %(when)s 的面谈已取消。\n原因：%(reason)s\n":
        "The interview scheduled for %(when)s has been cancelled.\nReason: %(reason)s\n",
    "面谈提醒：%(when)s": "Interview reminder: %(when)s",
    "%(name)s，您好：\n\n您与 %(manager)s 的%(kind)s将于 %(when)s 在 %(place)s 进行，主导人：%(host)s。":
        "Hello %(name)s,\n\nYour interview with %(manager)s (%(kind)s) takes place on "
        "%(when)s. Venue: %(place)s. Host: %(host)s.",
    "您的自我评估尚未提交，请在面谈前完成。":
        "You have not submitted your self-assessment yet. Please complete it before the "
        "interview.",
    "与 %(employee)s 的%(kind)s将于 %(when)s 在 %(place)s 进行。":
        "The interview with %(employee)s (%(kind)s) takes place on %(when)s. Venue: %(place)s.",
    "员工已提交自我评估。": "The employee has submitted their self-assessment.",
    "请提前查看面谈准备材料。": "Please review the preparation pack beforehand.",
    "面谈记录已提交。": "The interview record has been submitted.",
    "面谈记录逾期未完成：%(employee)s": "Interview record overdue: %(employee)s",
    "与 %(employee)s 的%(kind)s（%(when)s）的面谈记录应于 %(due)s 前完成，目前仍未提交。请尽快完成并提交给员工确认。":
        "The record of the interview with %(employee)s (%(kind)s, %(when)s) was due by "
        "%(due)s and has not been submitted yet. Please complete it as soon as possible and "
        "submit it to the employee for confirmation.",

    # --- notifications and reminders ---
    "通知与提醒": "Notifications and reminders",
    "接收人": "Recipient",
    "标题": "Title",
    "链接": "Link",
    "阅读时间": "Read at",
    # base.html's menu link uses this msgid as well as the model; the menu is what people see.
    "通知": "Notifications",
    "待发送": "Pending",
    "已发送": "Sent",
    "已跳过": "Skipped",
    "键": "Key",
    "到期时间": "Due at",
    "发送时间": "Sent at",
    "尝试次数": "Attempts",
    "说明": "Note",
    "提醒": "Reminder",
    "提醒的对象已不存在": "The object of the reminder no longer exists",
    "%(count)s 条未读": "%(count)s unread",
    "全部标为已读": "Mark all as read",
    "未读": "Unread",
    "标为已读": "Mark as read",
    "暂无通知。": "No notifications yet.",
    "所有通知已标为已读。": "All notifications have been marked as read.",
    "条未读": "unread",

    # --- demo data ---
    "已创建演示面谈 %(count)s 场。": ("Created %(count)s demo interview.",
                              "Created %(count)s demo interviews."),

    # --- status refusals (state named as a status) ---
    "面谈应在周期结束后约一个月内进行：晚于这个天数时，安排面谈会提示。": "Interviews should take place within about a month of the period's end: scheduling one later than this many days shows an alert.",
    "面谈当前为“%(status)s”状态，不再提醒。": "The interview is “%(status)s”; no reminder is sent.",
    "该申诉当前为“%(status)s”状态，不能再裁决。": "This appeal is “%(status)s” and can no longer be ruled on.",
    "记录当前为“%(status)s”状态，不能提交。": "The record is “%(status)s” and cannot be submitted.",
    "面谈日期在周期结束（%(end)s）%(days)s 天之后，超过了 %(limit)s 天的要求。": "The interview falls %(days)s days after the period ended (%(end)s), beyond the %(limit)s-day limit.",
    "面谈当前为“%(status)s”状态，不能再更改安排。": "The interview is “%(status)s”; its schedule can no longer be changed.",
    "只有直属上级和面谈主导人可以进行面谈。": "Only the manager and the host can run the interview.",
    "面谈已经结束。": "The interview has already ended.",
    "记录当前为“%(status)s”状态，现在不能签字。": "The record is “%(status)s” and cannot be signed now.",
    "记录当前为“%(status)s”状态，不能再修改。": "The record is “%(status)s” and can no longer be changed.",
}
