"""The demo company's data: sequences, positions, the department tree with its people,
roles and the named demo accounts. Loaded by `candor.org.demo.load_demo`."""

from __future__ import annotations

from django.utils.translation import gettext_lazy

from candor.org.models import HrRole

DEMO_PASSWORD = "candor-demo"
EMAIL_DOMAIN = "xinghe.example"
ADMIN_USERNAME = "admin"

SEQUENCES = [("tech", "技术"), ("sales", "销售"), ("service", "客服"), ("functional", "职能"),
             ("mgmt", "管理")]

# (code, name, sequence code, key position)
POSITIONS = [
    ("GM", "总经理", "mgmt", False), ("DM", "部门经理", "mgmt", False),
    ("RM", "大区经理", "mgmt", False), ("TL", "组长", "mgmt", False),
    ("SE", "软件工程师", "tech", False), ("SSE", "高级软件工程师", "tech", True),
    ("QA", "测试工程师", "tech", False), ("OPS", "运维工程师", "tech", False),
    ("REP", "销售代表", "sales", False), ("KAM", "大客户经理", "sales", True),
    ("PRE", "售前顾问", "sales", False),
    ("AGENT", "客服专员", "service", False), ("SUP", "客服主管", "service", False),
    ("TS", "技术支持工程师", "service", False),
    ("ACC", "会计", "functional", False), ("CASHIER", "出纳", "functional", False),
    ("HR-SPEC", "HR专员", "functional", False), ("MKT-SPEC", "市场专员", "functional", False),
    ("ADM-SPEC", "行政专员", "functional", False),
]

# (code, name, parent code), parents before children.
DEPARTMENTS = [
    ("ROOT", "星河科技", None),
    ("TECH", "技术部", "ROOT"),
    ("TECH-1", "研发一组", "TECH"),
    ("TECH-2", "研发二组", "TECH"),
    ("TECH-QA", "测试组", "TECH"),
    ("SALES", "销售部", "ROOT"),
    ("SALES-E", "华东大区", "SALES"),
    ("SALES-S", "华南大区", "SALES"),
    ("SVC", "客服部", "ROOT"),
    ("SVC-1", "一线客服组", "SVC"),
    ("HR", "人力资源部", "ROOT"),
    ("FIN", "财务部", "ROOT"),
    ("MKT", "市场部", "ROOT"),
    ("ADM", "行政部", "ROOT"),
]

# Per department, head first: (employee no, name, email name, position, hired, flags).
# Flags: head · intern · part (part-time) · left (departed) · @username (demo login).
PEOPLE: dict[str, list[tuple[str, str, str, str, str, str]]] = {
    "ROOT": [("XH0001", "孙磊", "sunlei", "GM", "2016-03-01", "head @director")],
    "TECH": [
        ("XH0101", "王强", "wangqiang", "DM", "2016-06-13", "head @manager"),
        ("XH0102", "张伟", "zhangwei", "SE", "2021-07-05", "@employee"),
        ("XH0103", "吴昊", "wuhao", "SSE", "2018-04-16", ""),
        ("XH0104", "郑凯", "zhengkai", "OPS", "2019-09-02", ""),
        ("XH0105", "冯晓东", "fengxiaodong", "OPS", "2024-03-11", ""),
        ("XH0106", "钟华", "zhonghua", "SSE", "2020-12-07", ""),
    ],
    "TECH-1": [
        ("XH0111", "李军", "lijun", "TL", "2017-02-20", "head"),
        ("XH0112", "何亮", "heliang", "SSE", "2018-08-06", ""),
        ("XH0113", "高翔", "gaoxiang", "SE", "2020-03-16", ""),
        ("XH0114", "罗佳", "luojia", "SE", "2021-11-01", ""),
        ("XH0115", "梁宇", "liangyu", "SE", "2022-07-04", ""),
        ("XH0116", "宋涛", "songtao", "SE", "2023-02-13", ""),
        ("XH0117", "唐宁", "tangning", "SE", "2024-07-08", ""),
        ("XH0118", "许可", "xuke", "SE", "2025-03-03", ""),
        ("XH0119", "韩雪", "hanxue", "SE", "2026-07-06", "intern"),
        ("XH0120", "曹阳", "caoyang", "SE", "2019-05-20", "left"),
    ],
    "TECH-2": [
        ("XH0131", "陈刚", "chengang", "TL", "2017-09-04", "head"),
        ("XH0132", "邓超", "dengchao", "SSE", "2019-01-14", ""),
        ("XH0133", "彭飞", "pengfei", "SE", "2020-06-29", ""),
        ("XH0134", "萧然", "xiaoran", "SE", "2021-04-12", ""),
        ("XH0135", "田野", "tianye", "SE", "2022-09-13", ""),
        ("XH0136", "董浩", "donghao", "SE", "2023-06-19", ""),
        ("XH0137", "袁媛", "yuanyuan", "SE", "2024-02-26", ""),
        ("XH0138", "潘磊", "panlei", "SE", "2025-09-01", ""),
        ("XH0139", "蒋欣", "jiangxin", "SE", "2026-07-13", "intern"),
    ],
    "TECH-QA": [
        ("XH0151", "杨帆", "yangfan", "TL", "2018-03-05", "head"),
        ("XH0152", "蔡琳", "cailin", "QA", "2019-10-21", ""),
        ("XH0153", "余波", "yubo", "QA", "2021-02-22", ""),
        ("XH0154", "杜娟", "dujuan", "QA", "2022-11-07", ""),
        ("XH0155", "叶青", "yeqing", "QA", "2024-05-13", ""),
        ("XH0156", "程诚", "chengcheng", "QA", "2026-07-20", "intern"),
    ],
    "SALES": [
        ("XH0201", "周涛", "zhoutao", "DM", "2016-09-12", "head"),
        ("XH0202", "苏晴", "suqing", "PRE", "2020-05-11", ""),
        ("XH0203", "魏东", "weidong", "KAM", "2018-11-19", ""),
    ],
    "SALES-E": [
        ("XH0211", "徐峰", "xufeng", "RM", "2017-04-10", "head"),
        ("XH0212", "吕博", "lvbo", "KAM", "2019-03-18", ""),
        ("XH0213", "丁一", "dingyi", "REP", "2020-08-24", ""),
        ("XH0214", "沈悦", "shenyue", "REP", "2021-05-17", ""),
        ("XH0215", "姚远", "yaoyuan", "REP", "2022-03-21", ""),
        ("XH0216", "卢晨", "luchen", "REP", "2023-08-14", ""),
        ("XH0217", "汪洋", "wangyang", "REP", "2024-10-08", ""),
        ("XH0218", "范琪", "fanqi", "REP", "2025-04-07", ""),
        ("XH0219", "金鑫", "jinxin", "REP", "2021-03-01", "left"),
    ],
    "SALES-S": [
        ("XH0231", "方正", "fangzheng", "RM", "2017-10-16", "head"),
        ("XH0232", "石磊", "shilei", "KAM", "2019-06-24", ""),
        ("XH0233", "任佳", "renjia", "REP", "2020-11-09", ""),
        ("XH0234", "廖敏", "liaomin", "REP", "2021-09-06", ""),
        ("XH0235", "邹杰", "zoujie", "REP", "2022-05-30", ""),
        ("XH0236", "熊伟", "xiongwei", "REP", "2023-11-20", ""),
        ("XH0237", "孟瑶", "mengyao", "REP", "2024-06-17", ""),
        ("XH0238", "秦川", "qinchuan", "REP", "2026-02-23", ""),
    ],
    "SVC": [
        ("XH0301", "赵敏", "zhaomin", "DM", "2017-03-13", "head @manager2"),
        ("XH0302", "李娜", "lina", "AGENT", "2020-04-07", "@outsider"),
        ("XH0303", "贾斌", "jiabin", "TS", "2019-07-15", ""),
        ("XH0304", "夏雨", "xiayu", "TS", "2022-08-01", ""),
    ],
    "SVC-1": [
        ("XH0311", "马丽", "mali", "SUP", "2018-05-21", "head"),
        ("XH0312", "侯燕", "houyan", "AGENT", "2019-12-02", ""),
        ("XH0313", "邵华", "shaohua", "AGENT", "2021-01-18", ""),
        ("XH0314", "孔蕾", "konglei", "AGENT", "2021-10-25", ""),
        ("XH0315", "白雪", "baixue", "AGENT", "2022-12-05", ""),
        ("XH0316", "崔莹", "cuiying", "AGENT", "2023-04-10", "part"),
        ("XH0317", "康乐", "kangle", "AGENT", "2024-01-15", ""),
        ("XH0318", "毛毅", "maoyi", "AGENT", "2024-09-09", "part"),
        ("XH0319", "邱月", "qiuyue", "AGENT", "2026-04-07", ""),
    ],
    "HR": [
        ("XH0401", "黄丽", "huangli", "DM", "2016-08-01", "head"),
        ("XH0402", "刘洋", "liuyang", "HR-SPEC", "2018-02-26", "@hr"),
        ("XH0403", "陈静", "chenjing", "HR-SPEC", "2017-07-17", "@committee"),
        ("XH0404", "周婷", "zhouting", "HR-SPEC", "2020-09-14", "@hrclerk"),
        ("XH0405", "林峰", "linfeng", "HR-SPEC", "2023-03-20", ""),
    ],
    "FIN": [
        ("XH0501", "郭芳", "guofang", "DM", "2016-11-07", "head"),
        ("XH0502", "谢婷", "xieting", "ACC", "2018-10-08", ""),
        ("XH0503", "胡斌", "hubin", "ACC", "2020-02-17", ""),
        ("XH0504", "朱莉", "zhuli", "ACC", "2022-04-18", ""),
        ("XH0505", "钱程", "qiancheng", "CASHIER", "2023-09-04", ""),
    ],
    "MKT": [
        ("XH0601", "江涛", "jiangtao", "DM", "2017-06-05", "head"),
        ("XH0602", "付蓉", "furong", "MKT-SPEC", "2019-04-22", ""),
        ("XH0603", "顾城", "gucheng", "MKT-SPEC", "2020-10-12", ""),
        ("XH0604", "常乐", "changle", "MKT-SPEC", "2022-06-06", ""),
        ("XH0605", "温暖", "wennuan", "MKT-SPEC", "2023-12-04", ""),
        ("XH0606", "陶然", "taoran", "MKT-SPEC", "2024-04-15", ""),
        ("XH0607", "段奕", "duanyi", "MKT-SPEC", "2026-03-02", "intern"),
    ],
    "ADM": [
        ("XH0701", "牛犇", "niuben", "DM", "2016-12-05", "head"),
        ("XH0702", "武倩", "wuqian", "ADM-SPEC", "2019-08-19", ""),
        ("XH0703", "尹红", "yinhong", "ADM-SPEC", "2021-07-26", ""),
        ("XH0704", "薛峰", "xuefeng", "ADM-SPEC", "2024-11-18", "part"),
        ("XH0705", "龙飞", "longfei", "ADM-SPEC", "2025-02-17", ""),
    ],
}

# HR duties and committee seats, by employee number.
HR_ROLES = {"XH0402": HrRole.SPECIALIST, "XH0404": HrRole.CLERK}
CLERK_DEPARTMENTS = {"XH0404": ["TECH", "SALES"]}
COMMITTEE = {"XH0403", "XH0501"}
STAFF_USERS = {"hr"}

# What each demo login is for, printed by the command.
DEMO_ACCOUNTS = {
    "admin": gettext_lazy("系统管理员（超级用户）"),
    "hr": gettext_lazy("刘洋，绩效专员"),
    "committee": gettext_lazy("陈静，绩效委员会成员"),
    "director": gettext_lazy("孙磊，总经理"),
    "manager": gettext_lazy("王强，技术部经理"),
    "employee": gettext_lazy("张伟，技术部软件工程师"),
    "manager2": gettext_lazy("赵敏，客服部经理"),
    "outsider": gettext_lazy("李娜，客服部客服专员"),
    "hrclerk": gettext_lazy("周婷，部门人事专员（技术部、销售部）"),
}
