"""English translations for Candor: msgid (Simplified Chinese) -> msgstr.

Plural entries map to (singular, plural); entries with a context (pgettext, or
`{% translate … context … %}`) are keyed with ctx(context, msgid). Used by
scripts/i18n/fill_po.py (see its docstring for the recipe); extend when new strings appear.

Terminology, so the same Chinese reads the same everywhere:
  绩效周期 performance period (the menu and list titles: "Performance periods")
  考核表 / 绩效考核表 goal sheet · 指标 / 目标 goal · 目标值 target value · 实际值 actual value
  关键事件 key event · 绩效沟通 check-in · 360° 反馈 360° feedback · 评价人 reviewer
  等级 grade · 等级标准 grade scale · 奖金系数 bonus multiplier · 达成率 achievement rate
  上级评分 manager rating · 等级评定 graded rating (A/B/C/D) · 能力态度项 ability/attitude item
  排名 ranking · 发布结果 release results · 人事记录 personnel record · 花名册 roster
"""

# Chinese msgids stay on one line where they fit badly, so they can be found with grep.
# ruff: noqa: E501
from __future__ import annotations


def ctx(context: str, msgid: str) -> str:
    """Key of a msgid with a context (pgettext), as gettext stores it: context EOT msgid."""
    return f"{context}\x04{msgid}"


T: dict[str, str | tuple[str, str]] = {
    # --- accounts ---
    "偏好": "Preferences",
    "账户": "Accounts",
    "用户名或密码不正确。": "Incorrect username or password.",
    "该账户已停用。": "This account has been deactivated.",
    "登录失败次数过多，请 %(minutes)s 分钟后再试。": (
        "Too many failed login attempts. Please try again in %(minutes)s minute.",
        "Too many failed login attempts. Please try again in %(minutes)s minutes."),
    "会话已过期，请重新登录。": "Your session has expired. Please log in again.",
    "界面语言": "Interface language",
    "用户": "User",
    "登录会话": "Login session",
    "登录失败": "Login failure",
    "名称": "Name",
    "前缀": "Prefix",
    "创建时间": "Created at",
    "最近使用": "Last used",
    "撤销时间": "Revoked at",
    "API 令牌": "API token",
    "请为令牌起一个名称。": "Please give the token a name.",
    "登录": "Log in",
    "登录 Candor": "Log in to Candor",
    "用户名": "Username",
    "密码": "Password",
    "会话在 30 分钟无操作或登录 12 小时后失效。":
        "Sessions expire after 30 minutes of inactivity or 12 hours after login.",
    "修改密码": "Change password",
    "保存新密码": "Save new password",
    "个人令牌用于以您的身份调用 REST 接口（请求头 <code>Authorization: Bearer &lt;令牌&gt;</code>），"
    "权限与您在界面上相同。令牌只保存其散列值，生成后只显示一次。":
        "Personal tokens let you call the REST API as yourself (request header "
        "<code>Authorization: Bearer &lt;token&gt;</code>), with the same permissions you have "
        "in the interface. Only a hash of each token is stored, so it is shown only once, "
        "right after it is generated.",
    "接口文档": "API documentation",
    "新令牌（只显示这一次，请立即复制保存）：":
        "New token (shown only this once; copy and store it now):",
    "令牌名称，例如：报表脚本": "Token name, e.g. report script",
    "令牌名称": "Token name",
    "生成令牌": "Generate token",
    "状态": "Status",
    "已撤销": "Revoked",
    "有效": "Active",
    "撤销": "Revoke",
    "还没有令牌。": "No tokens yet.",
    "密码已修改。": "Your password has been changed.",
    "令牌已撤销。": "The token has been revoked.",
    # --- api ---
    "接口": "API",
    "安全校验（CSRF）失败，请刷新页面后重试。":
        "Security check (CSRF) failed. Please refresh the page and try again.",
    "未找到。": "Not found.",
    "请先登录，或在请求头中提供有效的 API 令牌（Authorization: Bearer …）。":
        "Please log in first, or provide a valid API token in the request header "
        "(Authorization: Bearer …).",
    "部门不存在或已停用。": "The department does not exist or has been deactivated.",
    "岗位不存在。": "The position does not exist.",
    "直属上级不存在或已离职。": "The direct manager does not exist or has left the company.",
    "负责的部门中有不存在的部门。": "Some of the assigned departments do not exist.",
    "只能维护您负责范围内的人员。": "You can only maintain people within your own scope.",
    "只有人事人员可以维护人员信息。": "Only HR staff can maintain personnel records.",
    "Candor 绩效面谈系统的 REST 接口。使用个人 API 令牌（Authorization: Bearer cnd_…）"
    "或已登录的浏览器会话调用，可见范围与界面上相同。":
        "REST API of the Candor performance review interview system. Call it with a personal "
        "API token (Authorization: Bearer cnd_…) or a logged-in browser session; you see the "
        "same data as in the interface.",
    # --- core ---
    "核心": "Core",
    "首页": "Home",
    "组织架构": "Organization",
    "人员": "People",
    "花名册导入": "Roster import",
    "访问记录": "Access log",
    "系统管理": "Administration",
    "更新时间": "Updated at",
    "版本": "Version",
    "时间": "Time",
    "操作人": "Actor",
    "事件": "Event",
    "对象类型": "Object type",
    "对象编号": "Object ID",
    "对象": "Object",
    "数据": "Data",
    "审计事件": "Audit event",
    "查看人": "Viewer",
    "被查看人": "Person viewed",
    "查看内容": "What was viewed",
    "地址": "Path",
    "IP 地址": "IP address",
    "客户端": "Client",
    "每一次查看他人人事或绩效数据都会记录在此：谁、看了谁的什么、何时、从哪里。":
        "Every view of another person's personnel or performance data is recorded here: "
        "who viewed what about whom, when, and from where.",
    "查看人（姓名或用户名）": "Viewer (name or username)",
    "被查看人（姓名或工号）": "Person viewed (name or employee no.)",
    "筛选": "Filter",
    "暂无记录。": "No records yet.",
    "你好，%(name)s": "Hello, %(name)s",
    "系统管理员": "System administrator",
    "绩效专员": "Performance specialist",
    "部门人事专员": "Department HR clerk",
    "绩效委员会成员": "Performance committee member",
    "管理者": "Manager",
    "员工": "Employee",
    "我的信息": "My information",
    "工号": "Employee no.",
    "部门": "Department",
    "岗位": "Position",
    "职级层次": "Level",
    "直属上级": "Direct manager",
    "入职日期": "Hire date",
    "查看我的档案": "View my profile",
    "我的团队": "My team",
    "%(counter)s 名直属下级": ("%(counter)s direct report", "%(counter)s direct reports"),
    "，另有 %(counter)s 名间接下级":
        (", plus %(counter)s indirect report", ", plus %(counter)s indirect reports"),
    "组织概况": "Organization overview",
    "导入花名册": "Import roster",
    "新增员工": "Add employee",
    "岗位与序列": "Positions and sequences",
    "绩效委员会": "Performance committee",
    "您的账户尚未关联员工档案，请联系人力资源部。":
        "Your account is not linked to an employee record yet. "
        "Please contact the HR department.",
    # --- evidence ---
    "绩效依据": "Performance evidence",
    "正面": "Positive",
    "负面": "Negative",
    "绩效周期": "Performance period",
    "日期": "Date",
    "性质": "Nature",
    "事实经过": "What happened",
    "影响": "Impact",
    "记录人": "Recorded by",
    "引用时间": "Cited at",
    "在面谈记录中引用后，员工本人可见。":
        "Once cited in an interview record, it becomes visible to the employee.",
    "关键事件": "Key event",
    "上级": "Manager",
    "同事": "Peer",
    "下属": "Direct report",
    "客户": "Customer",
    "启用": "Active",
    "问卷": "Questionnaire",
    "评分（1–5）": "Rating (1–5)",
    "文字": "Text",
    "顺序": "Order",
    "问题": "Problem",  # the questionnaire's 问题 has its own context
    "类型": "Type",
    "待答复": "Awaiting response",
    "已答复": "Answered",
    "已谢绝": "Declined",
    "已过期": "Expired",
    "被评价人": "Person reviewed",
    "关系": "Relationship",
    "评价人": "Reviewer",
    "外部评价人": "External reviewer",
    "外部评价人邮箱": "External reviewer email",
    "截止日期": "Due date",
    "答复时间": "Answered at",
    "360° 反馈请求": "360° feedback request",
    "评分": "Rating",
    "文字意见": "Written comments",
    "反馈答案": "Feedback answer",
    "绩效沟通": "Performance check-in",
    "周汇总": "Weekly summary",
    "日常记录": "Daily note",
    "沟通内容": "Discussion",
    "后续行动": "Next steps",
    "考勤": "Attendance",
    "奖励": "Reward",
    "处罚": "Penalty",
    "培训": "Training",
    "事项": "Item",
    "数量": "Quantity",
    "如缺勤天数、培训学时、奖惩金额。":
        "For example days absent, training hours, or reward/penalty amount.",
    "来源编号": "Source reference",
    "人事记录": "Personnel record",
    # --- org: demo ---
    "系统管理员（超级用户）": "System administrator (superuser)",
    "刘洋，绩效专员": "刘洋, performance specialist",
    "陈静，绩效委员会成员": "陈静, performance committee member",
    "孙磊，总经理": "孙磊, general manager",
    "王强，技术部经理": "王强, manager of the Technology department",
    "张伟，技术部软件工程师": "张伟, software engineer in the Technology department",
    "赵敏，客服部经理": "赵敏, manager of the Customer Service department",
    "李娜，客服部客服专员": "李娜, customer service agent in the Customer Service department",
    "周婷，部门人事专员（技术部、销售部）":
        "周婷, department HR clerk (Technology and Sales departments)",
    "其他数据仍引用组织架构，无法重置；请先清空数据库（manage.py flush）。":
        "Other data still refers to the organization, so it cannot be reset. "
        "Please empty the database first (manage.py flush).",
    "已删除原有组织数据 %(count)s 条。": ("Deleted %(count)s existing organization record.",
                                  "Deleted %(count)s existing organization records."),
    "演示数据已加载：新建 %(created)s 条，更新 %(updated)s 条。":
        "Demo data loaded: %(created)s created, %(updated)s updated.",
    "演示数据已是最新，未做任何修改。": "Demo data is already up to date; nothing was changed.",
    "星河科技：%(departments)s 个部门，%(sequences)s 个岗位序列，%(positions)s 个岗位，"
    "在职员工 %(active)s 人，离职员工 %(inactive)s 人。":
        "星河科技: %(departments)s departments, %(sequences)s job sequences, "
        "%(positions)s positions, %(active)s active employees, %(inactive)s former employees.",
    "演示账户（密码均为 %(password)s，仅供演示）：":
        "Demo accounts (all with password %(password)s, for demonstration only):",
    # --- org: models ---
    "基层员工": "Staff",
    "中层管理者": "Middle manager",
    "高层管理者": "Senior manager",
    "正式": "Regular",
    "实习": "Intern",
    "兼职": "Part-time",
    "无": "None",
    "编码": "Code",
    "岗位序列": "Job sequence",
    "上级部门": "Parent department",
    "负责人": "Owner",
    ctx("department", "负责人"): "Head",
    "上级部门不能是本部门或其下级部门。":
        "The parent department cannot be this department or one of its sub-departments.",
    "关键岗位": "Key position",
    "关键岗位每周进行一次绩效沟通。": "Key positions have a performance check-in every week.",
    "登录账户": "Login account",
    "姓名": "Name",
    "电子邮箱": "Email",
    "用工类型": "Employment type",
    "在职": "Active",
    "人事职责": "HR role",
    "负责的部门": "Assigned departments",
    "部门人事专员可查看这些部门及其下级部门的人员。":
        "A department HR clerk can see the people in these departments and their "
        "sub-departments.",
    "直属上级不能是本人或其下属。":
        "The direct manager cannot be the employee themselves or one of their reports.",
    # --- org: roster ---
    "“%(value)s”应为文本": "“%(value)s” should be text",
    "不能超过 %(max)s 个字符": "Must not exceed %(max)s characters",
    "工号“%(value)s”只能包含字母、数字和 @ . + - _ 字符":
        "Employee no. “%(value)s” may contain only letters, digits and the characters "
        "@ . + - _",
    "“%(value)s”不是有效的电子邮箱": "“%(value)s” is not a valid email address",
    "“%(value)s”不是有效的%(what)s，应为：%(choices)s":
        "“%(value)s” is not a valid %(what)s; expected one of: %(choices)s",
    "“%(value)s”不是有效日期，请使用日期单元格或 YYYY-MM-DD 格式":
        "“%(value)s” is not a valid date; use a date cell or the YYYY-MM-DD format",
    "“%(value)s”无效，应填“是”或“否”": "“%(value)s” is invalid; enter “Yes” or “No”",
    "花名册": "Roster",
    "唯一，用于匹配系统中已有的员工；新员工以工号作为登录名。":
        "Unique; used to match existing employees. New employees get their employee no. "
        "as their username.",
    "员工姓名。": "The employee's name.",
    "用于接收通知；留空表示不填。整列删去则保留系统中的邮箱。":
        "Used for notifications; leave blank for none. Delete the whole column to keep the "
        "email addresses already in the system.",
    "部门编码": "Department code",
    "填写部门编码，见下方部门列表。": "Enter the department code; see the department list below.",
    "岗位编码": "Position code",
    "填写岗位编码，见下方岗位列表。": "Enter the position code; see the position list below.",
    "基层员工、中层管理者或高层管理者。": "Staff, Middle manager or Senior manager.",
    "正式、实习或兼职。": "Regular, Intern or Part-time.",
    "日期单元格，或文本 YYYY-MM-DD（如 2024-03-01）。":
        "A date cell, or text in the form YYYY-MM-DD (e.g. 2024-03-01).",
    "直属上级工号": "Direct manager's employee no.",
    "系统中已有员工或本表其他行的工号；留空表示没有直属上级。整列删去则保留系统中的直属上级。":
        "The employee no. of an existing employee or of another row in this sheet; leave "
        "blank for no direct manager. Delete the whole column to keep the direct managers "
        "already in the system.",
    "是或否，留空为是。填否即办理离职：登录停用、会话全部结束。":
        "Yes or No; blank means Yes. No marks the employee as having left: their login is "
        "disabled and all their sessions end.",
    "是": "Yes",
    "否": "No",
    "花名册文件": "Roster file",
    "填写好的花名册模板，Excel 工作簿（.xlsx）。":
        "The completed roster template, as an Excel workbook (.xlsx).",
    "文件大小为 %(size)s MB，超过上限 %(max)s MB。":
        "The file is %(size)s MB, which exceeds the %(max)s MB limit.",
    "与 %(other)s 列重复": "Duplicates column %(other)s",
    "缺少必填列“%(header)s”": "Required column “%(header)s” is missing",
    "工作表“%(sheet)s”是空的，第 1 行应为表头。":
        "Sheet “%(sheet)s” is empty; row 1 should contain the headers.",
    "数据超过 %(max)s 行，请拆分成多个文件分批导入。":
        "The data exceeds %(max)s rows. Please split it into several files and import "
        "them in batches.",
    "工作表“%(sheet)s”没有数据行。": "Sheet “%(sheet)s” has no data rows.",
    "无法读取该文件，请上传 Excel 工作簿（.xlsx）。":
        "The file cannot be read. Please upload an Excel workbook (.xlsx).",
    "工作簿中没有工作表。": "The workbook contains no sheets.",
    "文件内容已损坏，无法读取。": "The file is corrupted and cannot be read.",
    "%(letter)s（%(header)s）": "%(letter)s (%(header)s)",
    "文件": "File",
    "第 %(row)s 行 %(letter)s 列（%(header)s）": "Row %(row)s, column %(letter)s (%(header)s)",
    "第 %(row)s 行": "Row %(row)s",
    "%(location)s：%(message)s": "%(location)s: %(message)s",
    "发现 %(count)s 个问题，未导入任何数据。": (
        "Found %(count)s problem; nothing was imported.",
        "Found %(count)s problems; nothing was imported.",
    ),
    "新增": "Added",
    "更新": "Updated",
    "未变": "Unchanged",
    "离职": "Left",
    "您无权导入花名册。": "You are not allowed to import rosters.",
    "花名册导入说明": "Roster import instructions",
    "在“花名册”工作表中每行填写一名员工，第 1 行表头请勿修改；列的顺序可以调整。":
        "In the “Roster” sheet, enter one employee per row. Do not change the headers in "
        "row 1; the order of the columns may be changed.",
    "带 * 的列必须填写。整个文件校验通过后才会导入，有任何问题则不导入任何数据。":
        "Columns marked * are required. The file is imported only if all of it passes "
        "validation; if there is any problem, nothing is imported.",
    "按工号匹配：系统中已有的工号更新该员工，新工号新增员工并以工号作为登录名创建账户；"
    "新账户没有密码，需由管理员设置后才能登录。":
        "Rows are matched by employee no.: an existing employee no. updates that employee, "
        "a new one adds an employee and creates an account with the employee no. as "
        "username. New accounts have no password and cannot log in until an administrator "
        "sets one.",
    "最多 %(max)s 行。重复导入同一文件不会产生任何变更。":
        "At most %(max)s rows. Importing the same file again changes nothing.",
    "各列说明": "Columns",
    "列": "Column",
    "是否必填": "Required",
    "填写说明": "How to fill in",
    "必填，不能为空": "Required; cannot be blank",
    "工号“%(value)s”与第 %(row)s 行重复": "Employee no. “%(value)s” duplicates row %(row)s",
    "部门编码“%(value)s”不存在": "Department code “%(value)s” does not exist",
    "部门“%(value)s”已停用": "Department “%(value)s” has been deactivated",
    "岗位编码“%(value)s”不存在": "Position code “%(value)s” does not exist",
    "登录名“%(value)s”已被其他账户占用，无法为新员工创建账户":
        "Username “%(value)s” is already taken by another account, so no account can be "
        "created for the new employee",
    "工号“%(value)s”是您无权管理的部门的员工":
        "Employee no. “%(value)s” belongs to a department you are not allowed to manage",
    "您无权导入部门“%(value)s”的人员":
        "You are not allowed to import people into department “%(value)s”",
    "直属上级不能是本人": "The direct manager cannot be the employee themselves",
    "直属上级工号“%(value)s”在系统和本文件中均不存在":
        "Direct manager's employee no. “%(value)s” exists neither in the system nor in "
        "this file",
    "直属上级关系形成循环：%(chain)s": "The direct manager relationships form a loop: %(chain)s",
    "直属上级“%(value)s”已离职": "Direct manager “%(value)s” has left the company",
    "%(name)s 仍有在职的直属下级（%(reports)s），请先为他们调整直属上级":
        "%(name)s still has active direct reports (%(reports)s); assign them a new direct "
        "manager first",
    "花名册导入模板": "Roster import template",
    # --- org: services / views / templates ---
    "该记录已被他人修改，请刷新页面后重新编辑。":
        "This record has been changed by someone else. Please refresh the page and edit "
        "it again.",
    "该员工已是离职状态。": "This employee has already left.",
    "%(name)s 仍有在职的直属下级，请先为他们调整直属上级。":
        "%(name)s still has active direct reports. Please assign them a new direct manager "
        "first.",
    "该员工已是在职状态。": "This employee is already active.",
    "新增岗位": "Add position",
    "在职人数": "Active headcount",
    "编辑": "Edit",
    "新增序列": "Add sequence",
    "岗位数": "Positions",
    "新增部门": "Add department",
    "编辑部门": "Edit department",
    "下级部门": "Sub-departments",
    "成员（%(counter)s 人）": ("Members (%(counter)s)", "Members (%(counter)s)"),
    "本部门暂无成员。": "This department has no members yet.",
    "确定将该员工设为离职？其登录会话将立即结束。":
        "Mark this employee as having left? Their login sessions will end immediately.",
    "设为离职": "Mark as left",
    "恢复在职": "Reinstate",
    "成员": "Member",
    "直属下级": "Direct reports",
    "编辑员工": "Edit employee",
    "编辑员工：%(name)s": "Edit employee: %(name)s",
    "保存": "Save",
    "取消": "Cancel",
    "姓名或工号": "Name or employee no.",
    "搜索": "Search",
    "全部部门": "All departments",
    "全部": "All",
    "编辑：%(name)s": "Edit: %(name)s",
    "新增%(kind)s": "New %(kind)s",
    "没有符合条件的人员。": "No people match these criteria.",
    "共 %(counter)s 人": ("%(counter)s person in total", "%(counter)s people in total"),
    "校验并导入": "Validate and import",
    "%(problems)s请修改文件后重新上传。": "%(problems)s Please correct the file and upload it again.",
    "行": "Row",
    "导入完成：新增 %(created)s 人，更新 %(updated)s 人，未变 %(unchanged)s 人，"
    "离职 %(deactivated)s 人。":
        "Import complete: %(created)s added, %(updated)s updated, %(unchanged)s unchanged, "
        "%(deactivated)s marked as left.",
    "已为 %(counter)s 名新员工创建登录账户（登录名为工号）。新账户尚无密码，"
    "需由管理员在后台设置密码后才能登录。": (
        "Created a login account for %(counter)s new employee (the username is the employee "
        "no.). New accounts have no password yet and cannot log in until an administrator "
        "sets one in the admin site.",
        "Created login accounts for %(counter)s new employees (the username is the employee "
        "no.). New accounts have no password yet and cannot log in until an administrator "
        "sets one in the admin site.",
    ),
    "结果": "Result",
    "变更内容": "Changes",
    "本部门 / 含下级部门": "This department / including sub-departments",
    "人": "people",
    "返回人员列表": "Back to people",
    "在“花名册”工作表中每行填写一名员工。已有工号更新该员工，新工号新增员工。":
        "In the “Roster” sheet, enter one employee per row. An existing employee no. updates "
        "that employee; a new one adds an employee.",
    "上传填好的文件（不超过 %(max_mb)s MB、%(max_rows)s 行）。整个文件校验通过才会导入；"
    "有任何问题则不导入任何数据，并逐行列出问题。":
        "Upload the completed file (at most %(max_mb)s MB and %(max_rows)s rows). It is "
        "imported only if all of it passes validation; if there is any problem, nothing is "
        "imported and the problems are listed row by row.",
    "已保存。": "Saved.",
    "%(name)s 已恢复在职。": "%(name)s has been reinstated.",
    "%(name)s 已设为离职，其登录会话已全部结束。":
        "%(name)s has been marked as left, and all of their login sessions have ended.",
    # --- periods ---
    "月度": "Monthly",
    "季度": "Quarterly",
    "半年度": "Half-yearly",
    "年度": "Yearly",
    "制定目标": "Setting goals",
    "目标已确认": "Goals confirmed",
    "执行中": "In progress",
    "评分中": "Scoring",
    "结果已发布": "Results released",
    "已关闭": "Closed",
    "越高越好": "Higher is better",
    "越低越好": "Lower is better",
    "按偏差计分": "Scored by deviation",
    "上级评分": "Manager rating",
    "等级评定": "Graded rating",
    "公司默认": "Company default",
    "等级标准": "Grade scale",
    "等级": "Grade",
    "奖金系数": "Bonus multiplier",
    "下限": "Lower bound",
    "含下限": "Lower bound inclusive",
    "上限": "Upper bound",
    "含上限": "Upper bound inclusive",
    "等级区间": "Grade band",
    "周期类型": "Period type",
    "开始日期": "Start date",
    "结束日期": "End date",
    "覆盖部门": "Departments covered",
    "包含所选部门的下级部门。": "Includes the sub-departments of the selected departments.",
    "目标确认截止": "Goal confirmation deadline",
    "评分截止": "Scoring deadline",
    "结果发布截止": "Results release deadline",
    "目标模板": "Goal template",
    "指标名称": "Goal name",
    "单位": "Unit",
    "目标值": "Target value",
    "方向": "Direction",
    "权重": "Weight",
    "计分规则": "Scoring rule",
    "每 1% 偏差的分数": "Points per 1% deviation",
    "最低分": "Minimum score",
    "最高分": "Maximum score",
    "等级分值": "Points per rating",
    "模板指标": "Template goal",
    "草稿": "Draft",
    "已确认": "Confirmed",
    "已评分": "Scored",
    "确认时间": "Confirmed at",
    "总分": "Total score",
    "部门排名": "Department ranking",
    "序列排名": "Job sequence ranking",
    "评分时间": "Scored at",
    "无法评分的原因": "Why it cannot be scored",
    "绩效考核表": "Goal sheet",
    "实际值": "Actual value",
    "评定等级": "Rating given",
    "备注（关键事件 / 数据）": "Notes (key events / data)",
    "得分": "Score",
    "达成率": "Achievement rate",
    "绩效指标": "Performance goal",
    "能力": "Ability",
    "态度": "Attitude",
    "类别": "Category",
    "能力态度项": "Ability/attitude item",
    "优势": "Strength",
    "符合要求": "Meets expectations",
    "不足": "Needs improvement",
    "评价": "Assessment",
    "具体事例": "Concrete examples",
    "能力态度评价": "Ability/attitude assessment",
    # --- settings / base templates ---
    "简体中文": "简体中文",
    "English": "English",
    "绩效面谈": "Performance review interviews",
    "切换导航": "Toggle navigation",
    "退出登录": "Log out",
    "关闭": "Close",
    "绩效面谈管理": "Performance review interview management",
    "禁止访问": "Access denied",
    "表单已过期，请返回上一页刷新后重试。":
        "The form has expired. Please go back, refresh the page and try again.",
    "您没有执行此操作的权限。": "You do not have permission to do this.",
    "返回首页": "Back to home",
    "页面不存在": "Page not found",
    "您要找的页面不存在，或您没有查看它的权限。":
        "The page you are looking for does not exist, or you do not have permission to "
        "view it.",
    "服务器错误": "Server error",
    "处理您的请求时出错，已记录在日志中。您的数据没有丢失，请稍后再试。":
        "Something went wrong while handling your request; the error has been logged. "
        "Your data has not been lost. Please try again later.",
    "分页": "Pagination",
    "上一页": "Previous",
    "第 %(n)s / %(total)s 页": "Page %(n)s of %(total)s",
    "下一页": "Next",
}

T.update({
    # --- evidence (round 2) ---
    "本周期绩效沟通少于两次": "Fewer than two performance check-ins this period",
    "关键岗位有周次未进行每周沟通": "Key position with weeks that had no weekly check-in",
    "请选择沟通类型。": "Please choose a check-in type.",
    "请写下沟通内容（至少 %(min)s 个字）。":
        "Please describe what was discussed (at least %(min)s characters).",
    "您无权为%(name)s记录绩效依据。":
        "You are not allowed to record performance evidence for %(name)s.",
    "“%(field)s”请写明具体情况（至少 %(min)s 个字，目前 %(count)s 个字）。": (
        "Please describe “%(field)s” in concrete terms (at least %(min)s characters; "
        "currently %(count)s character).",
        "Please describe “%(field)s” in concrete terms (at least %(min)s characters; "
        "currently %(count)s characters)."),
    "日期 %(date)s 晚于今天，只能记录已经发生的事。":
        "The date %(date)s is after today; only things that have already happened can be "
        "recorded.",
    "绩效周期“%(period)s”不包括%(name)s。":
        "Performance period “%(period)s” does not include %(name)s.",
    "日期 %(date)s 不在绩效周期“%(period)s”（%(start)s 至 %(end)s）内。":
        "The date %(date)s is outside performance period “%(period)s” (%(start)s to "
        "%(end)s).",
    "绩效周期“%(period)s”已发布结果，不能再添加或修改记录。":
        "Results for performance period “%(period)s” have been released; records can no "
        "longer be added or changed.",
    "请选择事件性质：正面或负面。": "Please choose the nature of the event: positive or negative.",
    "该关键事件已在面谈记录中引用，不能再修改或删除。":
        "This key event has been cited in an interview record and can no longer be changed "
        "or deleted.",
    "绩效周期“%(period)s”已发布结果，该关键事件不能再修改或删除。":
        "Results for performance period “%(period)s” have been released; this key event can "
        "no longer be changed or deleted.",
    "只有记录人本人可以修改该关键事件。": "Only the person who recorded this key event can change it.",
    "只有记录人本人或绩效专员可以删除该关键事件。":
        "Only the person who recorded this key event or a performance specialist can "
        "delete it.",
    # --- periods: results ---
    "备注": "Notes",
    "“%(value)s”不是有效的数字": "“%(value)s” is not a valid number",
    "工号不能为空": "Employee no. cannot be blank",
    "工号“%(no)s”不存在": "Employee no. “%(no)s” does not exist",
    "%(name)s（%(no)s）在本周期没有考核表":
        "%(name)s (%(no)s) has no goal sheet in this period",
    "%(name)s 的考核表中没有指标“%(goal)s”":
        "%(name)s's goal sheet has no goal “%(goal)s”",
    "指标“%(goal)s”由上级评分，不导入实际值":
        "Goal “%(goal)s” is scored by the manager; actual values are not imported",
    "与第 %(row)s 行重复（同一员工的同一指标）":
        "Duplicates row %(row)s (same employee, same goal)",
    "工作表中没有数据行。": "The sheet has no data rows.",
    "周期“%(period)s”当前为“%(status)s”状态，不能录入实际值或评分。":
        "Period “%(period)s” is currently “%(status)s”; actual values and scores cannot be "
        "entered.",
    "实际值超出允许范围。": "The actual value is out of the allowed range.",
    "指标“%(goal)s”已被他人修改，请刷新后重试。":
        "Goal “%(goal)s” has been changed by someone else. Please refresh and try again.",
    "指标“%(goal)s”按“%(rule)s”计分，不需要实际值。":
        "Goal “%(goal)s” is scored by “%(rule)s” and needs no actual value.",
    "请填写“%(goal)s”的评分。": "Please enter a score for “%(goal)s”.",
    "“%(goal)s”的评分应在 0 到 %(weight)s 分之间。":
        "The score for “%(goal)s” must be between 0 and %(weight)s points.",
    "“%(goal)s”的等级应为 %(grades)s 之一。":
        "The rating for “%(goal)s” must be one of %(grades)s.",
    "指标“%(goal)s”按实际值计分，不由上级评分。":
        "Goal “%(goal)s” is scored from its actual value, not by the manager.",
    "“%(item)s”已停用，不能评价。": "“%(item)s” is inactive and cannot be assessed.",
    "“%(item)s”的等级应为 A/B/C/D 之一。": "The rating for “%(item)s” must be one of A/B/C/D.",
    "“%(item)s”的评价无效。": "The assessment of “%(item)s” is invalid.",
    "“%(item)s”评为“%(assessment)s”，请写明具体事例。":
        "“%(item)s” is assessed as “%(assessment)s”; please give concrete examples.",
    "“%(item)s”的评价已被他人修改，请刷新后重试。":
        "The assessment of “%(item)s” has been changed by someone else. Please refresh and "
        "try again.",
    "各指标权重合计为 %(total)s，应为 100":
        "The goal weights add up to %(total)s; they should add up to 100",
    "指标“%(goal)s”的权重必须大于 0": "The weight of goal “%(goal)s” must be greater than 0",
    "指标“%(goal)s”缺少实际值": "Goal “%(goal)s” has no actual value",
    "指标“%(goal)s”缺少目标值": "Goal “%(goal)s” has no target value",
    "指标“%(goal)s”的目标值为 0，无法计算达成率":
        "The target value of goal “%(goal)s” is 0, so the achievement rate cannot be "
        "calculated",
    "指标“%(goal)s”尚未评定等级": "Goal “%(goal)s” has not been rated yet",
    "指标“%(goal)s”尚未由上级评分": "Goal “%(goal)s” has no manager rating yet",
    "指标“%(goal)s”的上级评分超出 0–%(weight)s 分":
        "The manager rating for goal “%(goal)s” is outside 0–%(weight)s points",
    "总分不在等级标准的任何区间内，请检查本周期的等级标准":
        "The total score falls in no band of the grade scale; please check this period's "
        "grade scale",
    "指标“%(goal)s”无法计分（%(reason)s）": "Goal “%(goal)s” cannot be scored (%(reason)s)",
    "目标尚未经员工确认（或确认后又有修改），不能评分":
        "The goals have not been confirmed by the employee (or were changed after "
        "confirmation), so they cannot be scored",
    "得分计算后实际值或评分有修改，请重新计算得分":
        "Actual values or scores changed after the score was calculated; please calculate "
        "the score again",
    "周期“%(period)s”当前为“%(status)s”状态，只有“%(needed)s”状态才能进行此操作。":
        "Period “%(period)s” is currently “%(status)s”; this can only be done while it is "
        "“%(needed)s”.",
    "%(names)s 等": "%(names)s and others",
    "还有 %(count)s 份考核表没有得分，不能发布：%(names)s。请先补齐数据并计算得分。": (
        "%(count)s goal sheet has no score yet, so the results cannot be released: "
        "%(names)s. Please complete the data and calculate the scores first.",
        "%(count)s goal sheets have no score yet, so the results cannot be released: "
        "%(names)s. Please complete the data and calculate the scores first.",
    ),
    "本周期没有考核表，无需发布结果。":
        "This period has no goal sheets, so there are no results to release.",
    # --- periods: setup ---
    "请填写模板名称。": "Please enter a template name.",
    "模板必须且只能对应一个岗位或一个岗位序列。":
        "A template must apply to exactly one position or one job sequence.",
    "“%(target)s”已有启用的目标模板“%(rival)s”，请先停用它。":
        "“%(target)s” already has an active goal template “%(rival)s”; please deactivate "
        "it first.",
    "该模板已被他人修改，请刷新页面后重新编辑。":
        "This template has been changed by someone else. Please refresh the page and edit "
        "it again.",
    "模板至少需要一项指标。": "A template needs at least one goal.",
    "周期已进入“%(status)s”阶段，不能再分配目标。":
        "The period has reached the “%(status)s” stage; goals can no longer be assigned.",
    "你不能修改%(name)s的目标。": "You cannot change %(name)s's goals.",
    "周期已进入“%(status)s”阶段，目标不能再修改。":
        "The period has reached the “%(status)s” stage; goals can no longer be changed.",
    "该指标已被删除。": "This goal has been deleted.",
    "指标“%(name)s”已被他人修改，请刷新页面后重新编辑。":
        "Goal “%(name)s” has been changed by someone else. Please refresh the page and "
        "edit it again.",
    "本表已有名为“%(name)s”的指标。": "This goal sheet already has a goal named “%(name)s”.",
    "只有员工本人可以确认自己的目标。": "Only the employee can confirm their own goals.",
    "周期已进入“%(status)s”阶段，不能再确认目标。":
        "The period has reached the “%(status)s” stage; goals can no longer be confirmed.",
    "目标在你查看之后已被修改，请查看最新的目标后再确认。":
        "The goals were changed after you viewed them. Please review the latest goals "
        "before confirming.",
    "你已经确认过这些目标。": "You have already confirmed these goals.",
    "考核表还没有任何指标，无法确认。": "The goal sheet has no goals yet, so it cannot be confirmed.",
    "指标“%(name)s”：按偏差计分的指标目标值不能为 0，否则无法计算达成率。":
        "Goal “%(name)s”: a goal scored by deviation cannot have a target value "
        "of 0, or the achievement rate cannot be calculated.",
    "指标“%(name)s”：按偏差计分的指标必须填写目标值。":
        "Goal “%(name)s”: a goal scored by deviation needs a target value.",
    "指标“%(name)s”：还没有实际值。": "Goal “%(name)s”: there is no actual value yet.",
    "指标“%(name)s”：还没有评分或评定等级。":
        "Goal “%(name)s”: it has not been scored or rated yet.",
    "指标“%(name)s”：上级评分必须在 0 到权重之间。":
        "Goal “%(name)s”: the manager rating must be between 0 and the weight.",
    "指标“%(name)s”：权重必须大于 0。": "Goal “%(name)s”: the weight must be greater than 0.",
    "指标“%(name)s”：计分规则无效。": "Goal “%(name)s”: invalid scoring rule.",
    "各项指标的权重合计必须等于 100。": "The goal weights must add up to 100.",
    "总分没有落在唯一的一个等级区间内，请检查等级标准。":
        "The total score does not fall in exactly one grade band; please check the grade "
        "scale.",
    "等级“%(name)s”与下一档等级之间有空档：部分分数没有对应的等级。":
        "There is a gap between grade “%(name)s” and the next grade: some scores have no "
        "grade.",
    "等级“%(name)s”与下一档等级重叠：部分分数同时属于两个等级。":
        "Grade “%(name)s” overlaps the next grade: some scores belong to both grades.",
    "最低的等级“%(name)s”不能设下限，否则低分没有对应的等级。":
        "The lowest grade “%(name)s” cannot have a lower bound, or low scores would have no "
        "grade.",
    "最高的等级“%(name)s”不能设上限，否则高分没有对应的等级。":
        "The highest grade “%(name)s” cannot have an upper bound, or high scores would have "
        "no grade.",
    "等级“%(name)s”的下限高于上限，不包含任何分数。":
        "Grade “%(name)s” has a lower bound above its upper bound, so it contains no scores.",
    "等级名称不能重复。": "Grade names must be unique.",
    "至少需要设置一个等级。": "At least one grade is required.",
    "指标“%(name)s”：无法计分（%(reason)s）。":
        "Goal “%(name)s”: cannot be scored (%(reason)s).",
    "各项指标的权重合计为 %(total)s，必须等于 100。":
        "The goal weights add up to %(total)s; they must add up to 100.",
    "等级“%(name)s”设置有误。": "Grade “%(name)s” is set up incorrectly.",
    "请填写周期名称。": "Please enter a period name.",
    "已有名为“%(name)s”的周期。": "A period named “%(name)s” already exists.",
    "结束日期必须晚于开始日期。": "The end date must be after the start date.",
    "请至少选择一个覆盖部门。": "Please choose at least one department to cover.",
    "“%(later)s”不能早于“%(earlier)s”。": "“%(later)s” cannot be earlier than “%(earlier)s”.",
    "%(period)s 等级标准": "%(period)s grade scale",
    "该周期已被他人修改，请刷新页面后重新编辑。":
        "This period has been changed by someone else. Please refresh the page and edit it "
        "again.",
    "已关闭的周期不能修改。": "A closed period cannot be changed.",
    "目标确认后不能再修改覆盖部门。":
        "The departments covered cannot be changed after the goals have been confirmed.",
    "%(names)s 等 %(count)s 人": ("%(names)s and others (%(count)s person in total)",
                               "%(names)s and others (%(count)s people in total)"),
    "该周期还没有考核表，请先从模板分配目标。":
        "This period has no goal sheets yet. Please assign goals from the templates first.",
    "以下员工尚未确认目标：%(names)s。":
        "These employees have not confirmed their goals yet: %(names)s.",
    "未知的周期状态。": "Unknown period status.",
    "周期只能逐步推进：当前为“%(current)s”，不能直接变为“%(to)s”。":
        "A period can only move forward one step at a time: it is “%(current)s” now and "
        "cannot go directly to “%(to)s”.",
    "请在评分结果页面发布结果：发布前会检查每个人都已评分。":
        "Please release the results from the scoring results page, which checks that "
        "everyone has been scored first.",
    "指标名称不能为空。": "The goal name cannot be blank.",
    "指标“%(name)s”：权重不能超过 100。": "Goal “%(name)s”: the weight cannot exceed 100.",
    "指标“%(name)s”：方向无效。": "Goal “%(name)s”: invalid direction.",
    "指标“%(name)s”：每 1%% 偏差的分数必须大于 0。":
        "Goal “%(name)s”: the points per 1%% deviation must be greater than 0.",
    "指标“%(name)s”：最低分不能高于最高分。":
        "Goal “%(name)s”: the minimum score cannot be higher than the maximum score.",
    "指标“%(name)s”：等级评定需要设置等级分值。":
        "Goal “%(name)s”: a graded rating needs points for each rating.",
    "指标“%(name)s”：等级“%(label)s”的分值无效。":
        "Goal “%(name)s”: invalid points for rating “%(label)s”.",
    "指标“%(name)s”出现了不止一次。": "Goal “%(name)s” appears more than once.",
    "公司默认等级标准": "Company default grade scale",
    "每个等级都需要名称。": "Every grade needs a name.",
    "等级“%(name)s”的奖金系数不能为空或小于 0。":
        "The bonus multiplier of grade “%(name)s” cannot be blank or less than 0.",
    "等级标准已被他人修改，请刷新页面后重新编辑。":
        "The grade scale has been changed by someone else. Please refresh the page and edit "
        "it again.",
    "结果已发布的周期不能再修改等级标准。":
        "The grade scale of a period whose results have been released cannot be changed.",
})

T.update({
    # --- evidence: 360° feedback (round 3) ---
    "绩效周期“%(period)s”已发布结果，不能再发起反馈。":
        "Results for performance period “%(period)s” have been released; feedback can no "
        "longer be requested.",
    "截止日期不能早于今天。": "The due date cannot be earlier than today.",
    "问卷“%(name)s”已停用。": "Questionnaire “%(name)s” has been deactivated.",
    "请至少选择一位评价人。": "Please choose at least one reviewer.",
    "不能请%(name)s评价自己。": "%(name)s cannot be asked to review themselves.",
    "%(name)s已离职。": "%(name)s has left the company.",
    "客户“%(email)s”缺少姓名。": "Customer “%(email)s” has no name.",
    "“%(email)s”不是有效的电子邮箱。": "“%(email)s” is not a valid email address.",
    "已向以下评价人发出过本周期的邀请：%(names)s。":
        "These reviewers have already been invited for this period: %(names)s.",
    "您好，\n\n我们邀请您就%(subject)s在“%(period)s”中的表现提供反馈，请在 %(deadline)s 前填写：\n"
    "%(link)s\n\n您的答复仅以汇总形式呈现，不会显示您的姓名。\n":
        "Hello,\n\nWe invite you to give feedback on %(subject)s's performance during "
        "“%(period)s”. Please fill it in by %(deadline)s:\n%(link)s\n\nYour answers are "
        "only shown in aggregated form; your name is not displayed.\n",
    "360° 反馈邀请：%(subject)s": "360° feedback invitation: %(subject)s",
    "该反馈已提交，不能再修改。": "This feedback has been submitted and can no longer be changed.",
    "您已谢绝该反馈邀请。": "You have declined this feedback invitation.",
    "该反馈邀请已于 %(date)s 截止，不能再提交。":
        "This feedback invitation closed on %(date)s; answers can no longer be submitted.",
    "只有受邀的评价人可以答复。": "Only the invited reviewer can answer.",
    "请为以下问题评分（1–5 分）：%(questions)s":
        "Please rate these questions (1–5): %(questions)s",
    # --- periods: actuals template / setup forms ---
    "实际值导入说明（%(period)s）": "Actual values import instructions (%(period)s)",
    "每行是一名员工的一个指标，已按本周期的考核表预先填好工号、姓名和指标名称。":
        "Each row is one goal of one employee. The employee no., name and goal "
        "name are pre-filled from this period's goal sheets.",
    "在“实际值”列填写数字；百分比指标请填写百分数本身，例如 8% 填 8。":
        "Enter a number in the “Actual value” column; for percentage goals enter the "
        "percentage itself, e.g. 8 for 8%.",
    "“实际值”留空的行会被跳过；“备注”留空则保留系统中原有的备注。":
        "Rows with a blank “Actual value” are skipped; a blank “Notes” keeps the notes "
        "already in the system.",
    "按工号和指标名称匹配；“姓名”列仅供核对，不会导入。":
        "Rows are matched by employee no. and goal name; the “Name” column is only for "
        "checking and is not imported.",
    "整个文件校验通过后才会导入；有任何问题则不导入任何数据，并逐行列出问题。":
        "The file is imported only if all of it passes validation; if there is any problem, "
        "nothing is imported and the problems are listed row by row.",
    "例如：2026年第四季度": "e.g. 2026 Q4",
    "包含所选部门的下级部门。按住 Ctrl 可多选。":
        "Includes the sub-departments of the selected departments. Hold Ctrl to select "
        "several.",
    "等级分值“%(part)s”的格式应为“等级=分值”，例如 A=1。":
        "Rating points “%(part)s” should have the form “rating=points”, e.g. A=1.",
    "仅用于等级评定：每个等级得到权重的几成，例如 A=1, B=0.8, C=0.6, D=0.4。":
        "Only for graded ratings: the fraction of the weight each rating earns, e.g. A=1, "
        "B=0.8, C=0.6, D=0.4.",
    "模板名称": "Template name",
})

T.update({
    # --- evidence: personnel facts import (round 4) ---
    "系统中已有员工的工号。": "The employee no. of an existing employee.",
    "考勤、奖励、处罚或培训。": "Attendance, Reward, Penalty or Training.",
    "日期单元格，或文本 YYYY-MM-DD（如 2026-10-15）。":
        "A date cell, or text in the form YYYY-MM-DD (e.g. 2026-10-15).",
    "如“病假”“季度优秀员工”“安全培训”，最多 120 个字符。":
        "E.g. “Sick leave”, “Employee of the quarter”, “Safety training”; at most 120 "
        "characters.",
    "数字，如缺勤天数、培训学时、奖惩金额；可留空。":
        "A number, such as days absent, training hours or reward/penalty amount; may be "
        "left blank.",
    "补充说明，可留空。": "Additional notes; may be left blank.",
    "来源系统中的单号，可留空。": "The reference number in the source system; may be left blank.",
    "“%(value)s”不是有效的类型，应为：%(choices)s":
        "“%(value)s” is not a valid type; expected one of: %(choices)s",
    "“%(value)s”不是数字": "“%(value)s” is not a number",
    "“%(value)s”超出允许范围": "“%(value)s” is out of the allowed range",
    "工号“%(value)s”不存在": "Employee no. “%(value)s” does not exist",
    "与第 %(row)s 行重复（同一员工、类型、日期和事项）":
        "Duplicates row %(row)s (same employee, type, date and item)",
    "您无权导入人事记录。": "You are not allowed to import personnel records.",
    "人事记录导入说明": "Personnel records import instructions",
    "每行一条记录，带 * 的列必须填写。同一员工、类型、日期和事项视为同一条记录，"
    "再次导入会更新数量、说明和来源编号，不会重复添加。":
        "One record per row; columns marked * are required. Rows with the same employee, "
        "type, date and item are the same record: importing them again updates the "
        "quantity, notes and source reference instead of adding a duplicate.",
    "整个文件校验通过后才会导入；有任何问题则不导入任何数据。":
        "The file is imported only if all of it passes validation; if there is any problem, "
        "nothing is imported.",
    # --- periods: score explanation ---
    "%(grade)s %(points)s 分": "%(grade)s: %(points)s points",
    "（越低越好：低于上限加分，超出上限扣分）":
        " (lower is better: points are added below the limit and deducted above it)",
    "；最低 %(floor)s 分": "; minimum %(floor)s points",
    "；最高 %(cap)s 分": "; maximum %(cap)s points",
    "低于上限 %(pct)s%%": "%(pct)s%% below the limit",
    "超出上限 %(pct)s%%": "%(pct)s%% above the limit",
    "与上限持平": "At the limit",
    "高于目标 %(pct)s%%": "%(pct)s%% above target",
    "低于目标 %(pct)s%%": "%(pct)s%% below target",
    "与目标持平": "On target",
    "低于最低分，按 %(points)s 分计": "Below the minimum; counted as %(points)s points",
    "高于最高分，按 %(points)s 分计": "Above the maximum; counted as %(points)s points",
})

T.update({
    # --- periods: setup views (round 5) ---
    "目标模板“%(name)s”已保存。": "Goal template “%(name)s” has been saved.",
    "目标模板“%(name)s”已删除。": "Goal template “%(name)s” has been deleted.",
    "等级标准已保存。": "The grade scale has been saved.",
    "已创建周期“%(name)s”。": "Period “%(name)s” has been created.",
    "%(created)s，%(filled)s；%(kept)s。": "%(created)s, %(filled)s; %(kept)s.",
    "已新建 %(count)s 张考核表": ("Created %(count)s goal sheet", "Created %(count)s goal sheets"),
    "为 %(count)s 人分配了模板目标": ("assigned template goals to %(count)s person",
                                 "assigned template goals to %(count)s people"),
    "%(count)s 人已有目标，未改动": ("%(count)s person already had goals and was left unchanged",
                               "%(count)s people already had goals and were left unchanged"),
    "以下员工的岗位和岗位序列都没有启用的目标模板，已建立空的考核表，请为他们逐一设定目标：%(names)s":
        "These employees have no active goal template for their position or job sequence, "
        "so empty goal sheets were created; please set their goals one by one: %(names)s",
    "周期已进入“%(status)s”阶段。": "The period has moved to the “%(status)s” stage.",
    "指标“%(name)s”已保存。": "Goal “%(name)s” has been saved.",
    "指标“%(name)s”已删除。": "Goal “%(name)s” has been deleted.",
    "你已确认本期目标。": "You have confirmed your goals for this period.",
})

T.update({
    # --- evidence forms (round 6) ---
    "发生了什么：时间、地点、具体行为，至少 10 个字。":
        "What happened: when, where and the specific behaviour; at least 10 characters.",
    "带来了什么结果或影响，至少 10 个字。":
        "What result or impact it had; at least 10 characters.",
    "按日期自动归入": "Assign automatically by date",
    "常用评价人": "Suggested reviewers",
    "其他评价人工号": "Other reviewers' employee nos.",
    "其他同事、下属或上级的工号，用逗号或空格分隔。":
        "Employee nos. of other peers, reports or managers, separated by commas or spaces.",
    "客户评价人": "Customer reviewers",
    "每行一位：姓名 电子邮箱。客户通过邮件中的专属链接填写，无需登录。":
        "One per line: name email. Customers answer through a personal link in the email, "
        "without logging in.",
    "360° 通用问卷（默认）": "General 360° questionnaire (default)",
    "工号不存在：%(nos)s": "Employee nos. not found: %(nos)s",
    "第 %(line)s 行“%(text)s”应为：姓名 电子邮箱":
        "Line %(line)s “%(text)s” should be: name email",
    "请选择 1–5 分。": "Please choose a rating from 1 to 5.",
    "人事记录文件": "Personnel records file",
    "填写好的人事记录模板，Excel 工作簿（.xlsx）。":
        "The completed personnel records template, as an Excel workbook (.xlsx).",
    "文件超过上限 %(max)s MB。": "The file exceeds the %(max)s MB limit.",
    "实际值文件": "Actual values file",
    "填写好的实际值模板，Excel 工作簿（.xlsx）。":
        "The completed actual values template, as an Excel workbook (.xlsx).",
})

T.update({
    # --- evidence views (round 7) ---
    "沟通记录已保存。": "The check-in has been saved.",
    "记录绩效沟通": "Record a performance check-in",
    "关键岗位每周至少沟通一次；评分前每位员工至少进行两次绩效沟通。":
        "Key positions have a check-in at least once a week; every employee has at least two "
        "performance check-ins before scoring.",
    "关键事件已记录。": "The key event has been recorded.",
    "记录关键事件": "Record a key event",
    "关键事件仅上级和人力资源可见；在面谈记录中引用后，员工本人才能看到。":
        "Key events are visible only to managers and HR; the employee sees one only after it "
        "is cited in an interview record.",
    "该关键事件已被引用或所在周期已发布结果，不能再修改。":
        "This key event has been cited, or results for its period have been released, so it "
        "can no longer be changed.",
    "修改关键事件": "Edit key event",
    "关键事件已删除。": "The key event has been deleted.",
    # --- periods: results ---
    "已计算 %(scored)s 份考核表的得分。": (
        "Score calculated for %(scored)s goal sheet.",
        "Scores calculated for %(scored)s goal sheets.",
    ),
    "%(count)s 份因数据不全无法评分，原因见“问题”列。": (
        "%(count)s goal sheet could not be scored because of incomplete data; see the "
        "“Problem” column for the reason.",
        "%(count)s goal sheets could not be scored because of incomplete data; see the "
        "“Problem” column for the reasons.",
    ),
    "结果已发布，员工现在可以查看自己的得分和等级。":
        "The results have been released; employees can now see their scores and grades.",
    "已保存": "Saved",
    "%(period)s 实际值导入模板": "%(period)s actual values import template",
    "录入实际值": "Enter actual values",
    "%(name)s · 录入实际值": "%(name)s · Enter actual values",
    "从 Excel 导入": "Import from Excel",
    "返回结果总览": "Back to results overview",
    "周期当前为“%(status)s”状态，只有执行中和评分中才能录入实际值。":
        "The period is currently “%(status)s”; actual values can only be entered while it is "
        "in progress or scoring.",
    "姓名、工号或指标": "Name, employee no. or goal",
    "只看缺少实际值": "Only missing actual values",
    "没有需要录入实际值的指标。": "No goals need actual values.",
    "%(name)s · 绩效结果": "%(name)s · Performance results",
    "导入实际值": "Import actual values",
    "计算得分": "Calculate scores",
    # Used inside confirm('…'): no apostrophes or double quotes.
    "发布后员工即可查看自己的得分、等级和排名。确定发布吗？":
        "Once released, employees can see their scores, grades and rankings. Release the "
        "results now?",
    "发布结果": "Release results",
    "考核表": "Goal sheets",
    "已评分 %(n)s 份": ("%(n)s scored", "%(n)s scored"),
    "，未计算 %(n)s 份": (", %(n)s not calculated", ", %(n)s not calculated"),
    "，无法评分 %(n)s 份": (", %(n)s cannot be scored", ", %(n)s cannot be scored"),
    "等级分布": "Grade distribution",
    "只看未评分": "Only unscored",
    "尚未计算得分": "Score not calculated yet",
    "得分说明": "Score breakdown",
    # --- periods: setup ---
    "编辑指标：%(name)s": "Edit goal: %(name)s",
    "新增指标": "Add goal",
    "该考核表已确认；修改指标后需要员工重新确认。":
        "This goal sheet has been confirmed; after you change a goal the employee must "
        "confirm it again.",
    "确认状态": "Confirmation status",
    "指标数": "Goals",
    "权重合计": "Total weight",
    "需要重新确认": "Needs reconfirmation",
    "待确认": "Awaiting confirmation",
    "没有符合条件的考核表。": "No goal sheets match these criteria.",
    "共 %(counter)s 张考核表": ("%(counter)s goal sheet in total", "%(counter)s goal sheets in total"),
    "%(name)s · %(period)s": "%(name)s · %(period)s",
    "编辑周期": "Edit period",
    "本期等级标准": "Grade scale for this period",
    "按模板分配目标": "Assign goals from templates",
    "周期状态": "Period status",
    "评分完成后，请在评分结果页面发布结果。":
        "Once scoring is complete, release the results from the scoring results page.",
    "进入下一阶段：%(status)s": "Move to next stage: %(status)s",
    "全部（%(n)s）": "All (%(n)s)",
    "待确认（%(n)s）": "Awaiting confirmation (%(n)s)",
    "需要重新确认（%(n)s）": "Needs reconfirmation (%(n)s)",
    "已确认（%(n)s）": "Confirmed (%(n)s)",
    "已评分（%(n)s）": "Scored (%(n)s)",
    "没有指标（%(n)s）": "No goals (%(n)s)",
    "新建周期": "New period",
    "编辑周期：%(name)s": "Edit period: %(name)s",
    "新周期会复制一份公司默认等级标准，之后可单独调整。":
        "A new period gets its own copy of the company default grade scale, which can then "
        "be adjusted separately.",
    "公司等级标准": "Company grade scale",
    "起止日期": "Dates",
    "我的考核表": "My goal sheet",
    "查看": "View",
    "暂无绩效周期。": "No performance periods yet.",
    "确认于 %(at)s": "Confirmed at %(at)s",
    "目标在员工确认之后有改动，需要员工重新确认。":
        "The goals were changed after the employee confirmed them; the employee needs to "
        "confirm them again.",
    "指标": "Goal",
    "评定": "Rating",
    "删除": "Delete",
    "还没有指标。": "No goals yet.",
    "确认前需要解决的问题：": "To resolve before confirmation:",
    "请核对以上目标。确认即表示你已与上级沟通，认可本期的考核指标、目标值、权重和计分规则。":
        "Please check the goals above. By confirming, you state that you have discussed them "
        "with your manager and accept this period's goals, target values, weights and "
        "scoring rules.",
    "确认目标": "Confirm goals",
    # --- evidence templates (seen in source, may appear later) ---
    "返回": "Back",
    "确定删除该关键事件？": "Delete this key event?",
    "我的绩效依据": "My performance evidence",
    "我的反馈邀请": "My feedback invitations",
    "导入人事记录": "Import personnel records",
    "沟通提醒": "Check-in reminders",
})

T.update({
    # --- evidence templates (round 8) ---
    "%(name)s · 绩效依据": "%(name)s · Performance evidence",
    "%(name)s 的绩效依据": "Performance evidence for %(name)s",
    "该员工目前不在任何绩效周期内，以下为最近的记录。":
        "This employee is not in any current performance period; the most recent records "
        "are shown below.",
    "发起 360° 反馈": "Request 360° feedback",
    "沟通提醒：": "Check-in reminders: ",
    "全部关键事件": "All key events",
    "这里显示已在面谈记录中引用的关键事件。":
        "Key events that have been cited in an interview record are shown here.",
    "暂无关键事件。": "No key events yet.",
    "暂无沟通记录。": "No check-ins yet.",
    "360° 反馈": "360° feedback",
    "请选择绩效周期。": "Please choose a performance period.",
    "考勤、奖惩与培训": "Attendance, rewards, penalties and training",
    "全部人事记录": "All personnel records",
    "暂无人事记录。": "No personnel records yet.",
    "反馈答复尚不足 %(min)s 份，暂不显示汇总结果。":
        "Fewer than %(min)s feedback answers so far; the summary is not shown yet.",
    "已邀请": "Invited",
    "答复率": "Response rate",
    "答复不足 %(min)s 份，员工本人暂看不到汇总结果；请注意保护评价人匿名。":
        "Fewer than %(min)s answers: the employee cannot see the summary yet. Please take "
        "care to protect the reviewers' anonymity.",
    "答复数": "Answers",
    "平均分": "Average score",
    "评分为 1–5 分；结果为汇总，不显示评价人。":
        "Ratings are from 1 to 5; results are aggregated and do not show the reviewers.",
    "本周期暂无 360° 反馈。": "No 360° feedback in this period yet.",
    "尚未答复": "Not answered yet",
    "截止 %(date)s": "Due %(date)s",
    "已引用": "Cited",
    "记录人：": "Recorded by: ",
    "修改": "Edit",
    "事实经过：": "What happened: ",
    "影响：": "Impact: ",
    "人事记录导入模板": "Personnel records import template",
    "已发出 %(count)s 份反馈邀请。": (
        "%(count)s feedback invitation has been sent.",
        "%(count)s feedback invitations have been sent.",
    ),
    "评价人的答复只以汇总形式呈现，不显示谁给了哪项评分；员工本人在收到至少 3 份答复后才能看到汇总结果。":
        "Reviewers' answers are only shown in aggregated form, never who gave which rating; "
        "the employee sees the summary only after at least 3 answers have been received.",
    "已谢绝该反馈邀请。": "The feedback invitation has been declined.",
    "感谢您的反馈，答复已提交。": "Thank you for your feedback; your answers have been submitted.",
    # --- periods: results / setup templates ---
    "不设下限": "No lower bound",
    "不设上限": "No upper bound",
    "考核结果": "Result",
    "尚未评分": "Not scored yet",
    "查看得分说明": "View score breakdown",
    "%(name)s · 得分说明": "%(name)s · Score breakdown",
    "排名": "Ranking",
    "部门内第 %(rank)s / %(size)s 名": "No. %(rank)s of %(size)s in the department",
    "序列内第 %(rank)s / %(size)s 名": "No. %(rank)s of %(size)s in the job sequence",
    "得分计算之后实际值或评分有修改，下表按当前数据计算，与已计算的总分不一致；需重新计算得分。":
        "Actual values or scores have changed since the score was calculated. The table below "
        "uses the current data and does not match the calculated total; the score needs to "
        "be calculated again.",
    "这份考核表尚未评分。": "This goal sheet has not been scored yet.",
    "逐项得分": "Score by goal",
    "偏差": "Deviation",
    "计算": "Calculation",
    "占上限的比例": "Share of the limit",
    "合计": "Total",
    "分数区间": "Score range",
    "能力与态度": "Abilities and attitude",
    "项目": "Item",
    "尚无能力态度评价。": "No ability/attitude assessment yet.",
    "%(name)s · 导入实际值": "%(name)s · Import actual values",
    "在“实际值”列填写数字（百分比指标填百分数本身，例如 8%% 填 8）；留空的行会被跳过。":
        "Enter a number in the “Actual value” column (for percentage goals enter the "
        "percentage itself, e.g. 8 for 8%%); blank rows are skipped.",
    "位置": "Location",
    "另有 %(counter)s 个问题未列出。": (
        "%(counter)s more problem is not listed.",
        "%(counter)s more problems are not listed.",
    ),
    "导入完成：共 %(rows)s 行，更新 %(updated)s 个实际值，未变 %(unchanged)s 个，跳过 %(skipped)s 行（实际值为空）。":
        "Import complete: %(rows)s rows, %(updated)s actual values updated, %(unchanged)s "
        "unchanged, %(skipped)s rows skipped (no actual value).",
    "%(counter)s 份已评分的考核表数据有变动，请重新计算得分。": (
        "The data of %(counter)s scored goal sheet has changed; please calculate the scores "
        "again.",
        "The data of %(counter)s scored goal sheets has changed; please calculate the scores "
        "again.",
    ),
    "周期当前为“%(status)s”状态，只有执行中和评分中才能评分。":
        "The period is currently “%(status)s”; scoring is only possible while it is in "
        "progress or scoring.",
    "需上级评定的指标": "Goals rated by the manager",
    "这份考核表没有需要上级评定的指标。": "This goal sheet has no goals for the manager to rate.",
    "尚未设置能力态度项。": "No ability/attitude items have been set up yet.",
    "0–%(weight)s 分": "0–%(weight)s points",
    "%(name)s · 等级标准": "%(name)s · Grade scale",
    "只影响本周期。": "Affects this period only.",
    "新建周期时复制这套等级标准；已有周期保持各自的设置。":
        "New periods copy this grade scale; existing periods keep their own settings.",
    "各等级必须覆盖全部分数，既不能有空档也不能重叠；最低一档不设下限，最高一档不设上限。":
        "The grades must cover every score with no gaps or overlaps; the lowest grade has no "
        "lower bound and the highest has no upper bound.",
    "本周期结果已发布，等级标准不能再修改。":
        "Results for this period have been released; the grade scale can no longer be "
        "changed.",
    "新建模板": "New template",
    "编辑模板：%(name)s": "Edit template: %(name)s",
    "岗位与岗位序列选择其一。": "Choose either a position or a job sequence.",
    "各项指标的权重合计必须等于 100。按偏差计分的指标目标值不能为 0。留空的新行不会保存。":
        "The goal weights must add up to 100. Goals scored by deviation cannot have "
        "a target value of 0. Blank new rows are not saved.",
    "每 1%% 偏差的分数": "Points per 1%% deviation",
    "分配目标时，员工优先使用其岗位的模板；岗位没有模板时使用其岗位序列的模板。":
        "When goals are assigned, an employee gets their position's template, or their job "
        "sequence's template if the position has none.",
    "适用于": "Applies to",
    "停用": "Inactive",
    "还没有目标模板。": "No goal templates yet.",
})

T.update({
    # --- evidence templates (round 9) ---
    "%(name)s · 人事记录": "%(name)s · Personnel records",
    "%(name)s 的考勤、奖惩与培训": "Attendance, rewards, penalties and training of %(name)s",
    "返回绩效依据": "Back to performance evidence",
    "全部类型": "All types",
    "每行一条记录。同一员工、类型、日期和事项视为同一条记录，重复导入会更新而不会重复添加。":
        "One record per row. Rows with the same employee, type, date and item are the same "
        "record: importing them again updates it instead of adding a duplicate.",
    "关于 %(name)s 的 360° 反馈": "360° feedback on %(name)s",
    "您的反馈已提交，感谢您的参与。提交后不能修改。":
        "Your feedback has been submitted. Thank you for taking part. It can no longer be "
        "changed.",
    "请根据您的实际观察作答：1 分为很差，5 分为很好。您的答复只以汇总形式呈现，不显示您的姓名；提交后不能修改。":
        "Please answer based on what you have actually observed: 1 means very poor, 5 means "
        "very good. Your answers are only shown in aggregated form, without your name; they "
        "cannot be changed after submission.",
    "提交反馈": "Submit feedback",
    "谢绝": "Decline",
    "您的答复只以汇总形式呈现给被评价人，不显示您的姓名。提交后不能修改。":
        "Your answers are only shown to the person reviewed in aggregated form, without your "
        "name. They cannot be changed after submission.",
    "填写": "Answer",
    "目前没有待填写的反馈邀请。": "There are no feedback invitations waiting for you.",
    "已结束": "Closed",
    "%(name)s · 关键事件": "%(name)s · Key events",
    "%(name)s 的关键事件": "Key events of %(name)s",
    "全部周期": "All periods",
    "绩效沟通少于两次：%(n)s 人": ("Fewer than two check-ins: %(n)s person",
                             "Fewer than two check-ins: %(n)s people"),
    "关键岗位缺少每周沟通：%(n)s 人": ("Key positions without weekly check-ins: %(n)s person",
                               "Key positions without weekly check-ins: %(n)s people"),
    "查看名单": "View list",
    "所有人员均已按要求沟通。": "Everyone has had the required check-ins.",
    "导入完成：新增 %(created)s 条，更新 %(updated)s 条，未变 %(unchanged)s 条。":
        "Import complete: %(created)s added, %(updated)s updated, %(unchanged)s unchanged.",
    "%(name)s · 沟通提醒": "%(name)s · Check-in reminders",
    "返回绩效周期": "Back to performance period",
    "评分前每位员工至少进行两次绩效沟通（正式面谈也计入）；关键岗位每周至少沟通一次。下列人员尚未达到要求。":
        "Before scoring, every employee has at least two performance check-ins (formal "
        "interviews count too); key positions have a check-in at least once a week. The "
        "people below do not meet this yet.",
    "原因": "Reason",
    "全部原因": "All reasons",
    "记录沟通": "Record check-in",
    "没有需要提醒的人员。": "Nobody needs a reminder.",
    "本周期暂无您可查看的关键事件。": "There are no key events you can see in this period.",
})

T.update({
    # --- punctuation helpers (candor/core/text.py) ---
    ctx("list separator", "、"): ", ",
    ctx("clause separator", "；"): "; ",
    ctx("label and value", "%(label)s：%(value)s"): "%(label)s: %(value)s",
    ctx("text and bracketed note", "%(text)s（%(note)s）"): "%(text)s (%(note)s)",
    # --- one Chinese word, several English ones ---
    ctx("questionnaire", "问题"): "Question",
    ctx("fact detail", "说明"): "Notes",
    ctx("workbook sheet", "说明"): "Instructions",
    ctx("description", "说明"): "Description",
    # --- labels with their values ---
    "负责人：%(name)s": "Head: %(name)s",
    "负责人：未指定": "Head: not assigned",
    "%(label)s：%(old)s → %(new)s": "%(label)s: %(old)s → %(new)s",
    "覆盖部门：%(departments)s": "Departments covered: %(departments)s",
    "直属上级：%(name)s": "Manager: %(name)s",
    "岗位：%(name)s": "Position: %(name)s",
    "岗位序列：%(name)s": "Job sequence: %(name)s",
    "尚未评分：%(problem)s": "Not scored yet: %(problem)s",
    "王先生 wang@example.com": "Jane Smith jane.smith@example.com",
    # --- import pages: the template link inside its sentence ---
    '下载模板：<a href="%(template_url)s" data-testid="roster-template">花名册导入模板（.xlsx）</a>'
    "。“说明”工作表列出了各列的填写要求和当前可用的部门编码、岗位编码。":
        'Download the <a href="%(template_url)s" data-testid="roster-template">roster import '
        "template (.xlsx)</a>. Its “Instructions” sheet explains how to fill in each column "
        "and lists the department codes and position codes currently available.",
    '下载模板：<a href="%(template_url)s" data-testid="facts-template">人事记录导入模板（.xlsx）</a>'
    "。考勤、奖励、处罚和培训记录都填在同一张表中。":
        'Download the <a href="%(template_url)s" data-testid="facts-template">personnel '
        "records import template (.xlsx)</a>. Attendance, reward, penalty and training records "
        "all go in the same sheet.",
    '下载模板：<a href="%(template_url)s" data-testid="actuals-template">实际值导入模板（.xlsx）</a>'
    "。模板已按本周期的考核表列出每名员工需要实际值的指标。":
        'Download the <a href="%(template_url)s" data-testid="actuals-template">actual values '
        "import template (.xlsx)</a>. It lists, from this period's goal sheets, each "
        "employee's goals that need an actual value.",
    # --- home page ---
    "我的反馈邀请（%(count)s）": "My feedback invitations (%(count)s)",
    "我的绩效考核表": "My goal sheets",
    "待我确认目标": "Awaiting my confirmation",
    "%(total)s 分": "%(total)s points",
    "暂无考核表。": "No goal sheets yet.",
    "%(counter)s 名下属尚未确认目标": (
        "%(counter)s team member has not confirmed their goals yet",
        "%(counter)s team members have not confirmed their goals yet"),
    "%(counter)s 张下属考核表等待评分": (
        "%(counter)s goal sheet of your team is waiting for your rating",
        "%(counter)s goal sheets of your team are waiting for your rating"),
    "查看全部 %(counter)s 张待评分考核表": (
        "See the %(counter)s goal sheet to rate", "See all %(counter)s goal sheets to rate"),
    "前往绩效周期": "Go to performance periods",
    # --- API ---
    "该绩效周期不存在或不包括%(name)s。":
        "This performance period does not exist or does not include %(name)s.",
    "%(name)s不在任何绩效周期内。": "%(name)s is not in any performance period.",
    "覆盖部门中有不存在或已停用的部门。":
        "Some of the departments covered do not exist or have been deactivated.",
    "只有人事人员可以开启绩效周期。": "Only HR staff can open a performance period.",
    # --- demo data and the synthetic company (manage.py load_demo) ---
    "--periods 只能与 --employees 一起使用。": "--periods can only be used with --employees.",
    "合成公司已生成：%(employees)s 名员工，%(departments)s 个部门，%(periods)s 个周期，"
    "%(goals)s 项指标，%(events)s 条关键事件，用时 %(seconds).1f 秒。":
        "Synthetic company generated: %(employees)s employees, %(departments)s departments, "
        "%(periods)s periods, %(goals)s goals, %(events)s key events in %(seconds).1f seconds.",
    "已创建绩效周期“%(name)s”。": "Performance period “%(name)s” has been created.",
    "请先加载演示组织架构（manage.py load_demo）。":
        "Please load the demo organization first (manage.py load_demo).",
    "员工人数太少，至少需要 %(count)s 人。":
        "Too few employees: at least %(count)s are needed.",
    "组织架构（%(count)s 人）": "Organization (%(count)s people)",
    "员工人数至少为 %(count)s。": "The number of employees must be at least %(count)s.",
    "至少需要生成 1 个周期。": "At least 1 period must be generated.",
    "数据库中已有组织或绩效数据。合成公司只生成到空数据库中：请使用 --reset 清空，或换一个数据库。":
        "The database already holds organization or performance data. The synthetic company "
        "is only generated into an empty database: use --reset to clear it, or use another "
        "database.",
    # --- scoring rules and the score explanation ---
    "上级评分（0–%(weight)s 分）": "Manager rating (0–%(weight)s points)",
    "等级评定（%(grades)s）": "Graded rating (%(grades)s)",
    "按偏差计分：每偏离 1%% 加减 %(points)s 分":
        "Scored by deviation: ±%(points)s points per 1%% deviation",
    "上级评分 %(points)s / %(weight)s": "Manager rating %(points)s / %(weight)s",
    "评定 %(grade)s：%(weight)s × %(share)s = %(points)s":
        "Rated %(grade)s: %(weight)s × %(share)s = %(points)s",
    "%(name)s的绩效考核表": "Goal sheet of %(name)s",
    "%(name)s %(goal)s的实际值": "Actual value of %(goal)s for %(name)s",
    "评级": "Rating",
    # --- manager rating and ability/attitude items ---
    "评分/更正": "Rate / correct",
    "待评分": "To rate",
    "待评分（%(n)s）": "To rate (%(n)s)",
    "请先为“%(item)s”选择评级（A/B/C/D）。": "Please choose a rating (A/B/C/D) for “%(item)s” first.",
    "%(goal)s的评分": "Score for %(goal)s",
    "下一位：%(name)s": "Next: %(name)s",
    "没有其他待评分的考核表。": "No other goal sheets to rate.",
    "返回周期": "Back to period",
    "周期详情": "Period details",
    "评分结果": "Scoring results",
    "结果发布后可在此查看得分。": "Scores can be seen here once the results are released.",
    "还有 %(counter)s 份考核表没有得分，全部计算出得分后才能发布结果。": (
        "%(counter)s goal sheet has no score yet; the results can be released once every "
        "score has been calculated.",
        "%(counter)s goal sheets have no score yet; the results can be released once every "
        "score has been calculated."),
    "每项选择评级 A/B/C/D；评为“优势”或“不足”的项目须写明具体事例。":
        "Choose a rating A/B/C/D for each item; items assessed as “Strength” or “Needs "
        "improvement” need concrete examples.",
    "设置能力态度项": "Set up ability/attitude items",
    "请联系人力资源部设置。": "Please ask HR to set them up.",
    "新建能力态度项": "New ability/attitude item",
    "编辑能力态度项：%(name)s": "Edit ability/attitude item: %(name)s",
    "上级在每张考核表上对启用的各项给出评级（A/B/C/D）和评价。停用的项不再出现在评分页面，已给出的评价保留。":
        "On every goal sheet the manager gives each active item a rating (A/B/C/D) and an "
        "assessment. Deactivated items no longer appear on the rating page; assessments "
        "already given are kept.",
    "已有评价": "Assessments given",
    "还没有能力态度项。": "No ability/attitude items yet.",
    "评分页面上显示在项目名称下方，说明该项考察什么。":
        "Shown under the item's name on the rating page, to explain what it assesses.",
    "同一类别内按顺序从小到大排列。": "Items of the same category are listed in ascending order.",
    "请填写能力态度项的名称。": "Please enter a name for the ability/attitude item.",
    "名称不能超过 %(max)s 个字。": "The name cannot be longer than %(max)s characters.",
    "请选择类别：能力或态度。": "Please choose a category: ability or attitude.",
    "已有名为“%(name)s”的能力态度项。": "An ability/attitude item named “%(name)s” already exists.",
    "该能力态度项已被他人修改，请刷新页面后重新编辑。":
        "This ability/attitude item has been changed by someone else. Please refresh the "
        "page and edit it again.",
    "能力态度项“%(name)s”已保存。": "Ability/attitude item “%(name)s” has been saved.",
    "已启用“%(name)s”。": "“%(name)s” has been activated.",
    "已停用“%(name)s”，评分页面不再列出它。":
        "“%(name)s” has been deactivated and is no longer listed on the rating page.",
    # --- period stages ---
    "进入“目标已确认”需要每位员工都已确认目标；之后不能再更改覆盖部门，目标如有改动须员工重新确认。":
        "Moving to “Goals confirmed” requires every employee to have confirmed their goals; "
        "after that the departments covered can no longer change, and any goal change must "
        "be confirmed again by the employee.",
    "进入“执行中”后开始记录关键事件和绩效沟通；目标仍可调整，但须员工重新确认。":
        "Once “In progress”, key events and check-ins are recorded; goals can still be "
        "adjusted, but the employee must confirm them again.",
    "进入“评分中”后目标锁定，不能再修改或分配；可录入实际值、由上级评分并计算得分。":
        "Once “Scoring”, goals are locked and can no longer be changed or assigned; actual "
        "values are entered, managers give their ratings and scores are calculated.",
    "关闭后周期只读，任何数据都不能再修改。":
        "Once closed, the period is read-only and no data can be changed.",
})

T.update({
    # --- home page statistics: a big number with its label underneath ---
    ctx("stat label", "在职员工"): ("Active employee", "Active employees"),
    ctx("stat label", "部门"): ("Department", "Departments"),
    ctx("stat label", "离职员工"): ("Former employee", "Former employees"),
})

T.update({
    # --- plural nouns: list titles, menu entries and the admin's model names ---
    ctx("plural", "绩效周期"): "Performance periods",
    ctx("plural", "用户"): "Users",
    ctx("plural", "登录会话"): "Login sessions",
    ctx("plural", "登录失败"): "Login failures",
    ctx("plural", "API 令牌"): "API tokens",
    ctx("plural", "审计事件"): "Audit events",
    ctx("plural", "访问记录"): "Access log entries",
    ctx("plural", "关键事件"): "Key events",
    ctx("plural", "问卷"): "Questionnaires",
    ctx("plural", "问题"): "Questions",
    ctx("plural", "360° 反馈请求"): "360° feedback requests",
    ctx("plural", "反馈答案"): "Feedback answers",
    ctx("plural", "绩效沟通"): "Check-ins",
    ctx("plural", "人事记录"): "Personnel records",
    ctx("plural", "岗位序列"): "Job sequences",
    ctx("plural", "部门"): "Departments",
    ctx("plural", "岗位"): "Positions",
    ctx("plural", "员工"): "Employees",
    ctx("plural", "等级标准"): "Grade scales",
    ctx("plural", "等级区间"): "Grade bands",
    ctx("plural", "目标模板"): "Goal templates",
    ctx("plural", "模板指标"): "Template goals",
    ctx("plural", "绩效考核表"): "Goal sheets",
    ctx("plural", "绩效指标"): "Performance goals",
    ctx("plural", "能力态度项"): "Ability/attitude items",
    ctx("plural", "能力态度评价"): "Ability/attitude assessments",
})

T.update({
    # --- rankings and the results filter ---
    "部门参与排名人数": "People ranked in the department",
    "序列参与排名人数": "People ranked in the job sequence",
    "部门名称或编码": "Department name or code",
    # --- working-day calendar ---
    "工作日历": "Working-day calendar",
    "元旦": "New Year's Day",
    "春节": "Spring Festival",
    "清明节": "Qingming Festival",
    "劳动节": "Labour Day",
    "端午节": "Dragon Boat Festival",
    "国庆节": "National Day",
    "中秋节": "Mid-Autumn Festival",
    "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日":
        "70th Anniversary of the Victory of the Chinese People's War of Resistance",
    "例如：国庆节、国庆节调休": "For example: National Day, National Day make-up workday",
    "起始日期": "Start date",
    "工作日数": "Working days",
    "节假日": "Holiday",
    "调休上班": "Make-up workday",
    "工作日历调整": "Calendar adjustment",
    ctx("plural", "工作日历调整"): "Calendar adjustments",
    "类型必须是“节假日”或“调休上班”。": "The type must be \"Holiday\" or \"Make-up workday\".",
    "节假日需要填写名称，例如“国庆节”。": "A holiday needs a name, for example \"National Day\".",
    "备注不能超过 %(max)s 个字。": "The note cannot be longer than %(max)s characters.",
    "%(year)s 年工作日历": "Working-day calendar %(year)s",
    "上一年": "Previous year",
    "年份": "Year",
    "下一年": "Next year",
    "优先使用下方的调整表；其次使用国务院公布的节假日安排（chinesecalendar 数据）；都没有时按周一至周五上班、周末休息计算。":
        "The adjustment table below comes first; then the holiday schedule published by the "
        "State Council (chinesecalendar data); where neither says anything, Monday to Friday "
        "are working days and weekends are rest days.",
    "工作日": "Working day",
    "休息日": "Rest day",
    "来自调整表": "From the adjustment table",
    "%(m)s 月": "Month %(m)s",
    "%(n)s 个工作日": "%(n)s working days",
    "调整表": "Adjustment table",
    "%(year)s 年调整表": "Adjustments %(year)s",
    "本年没有调整，全部按默认规则计算。":
        "No adjustments this year: every day follows the default rules.",
    "新增或修改调整": "Add or change an adjustment",
    "同一日期只保留一条调整，再次保存会覆盖原来的设置。":
        "A date has at most one adjustment; saving again replaces the previous one.",
    "工作日推算": "Count working days",
    "从起始日期之后开始数（不含起始日），例如核对通知期限。":
        "Counting starts after the start date (the start date itself is not counted), "
        "for example to check a notice period.",
    "%(start)s 之后第 %(n)s 个工作日是 %(result)s。":
        "Working day %(n)s after %(start)s is %(result)s.",
    "一": "Mon",
    "二": "Tue",
    "三": "Wed",
    "四": "Thu",
    "五": "Fri",
    "六": "Sat",
    "日": "Sun",
    "已保存 %(day)s。": "Saved %(day)s.",
    "已删除 %(day)s，该日恢复默认规则。": "Deleted %(day)s; the day follows the default rules again.",
})

# Interviews, notifications and the home page's interview work live in their own file.
from en_interviews import T as _INTERVIEWS  # noqa: E402

T.update(_INTERVIEWS)

# Improvement plans, documents, Excel imports/exports and the home page's plan cards.
from en_plans import T as _PLANS  # noqa: E402

T.update(_PLANS)
