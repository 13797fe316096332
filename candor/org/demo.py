"""The demo company 星河科技, loaded by `manage.py load_demo` (and `make run`).

The data are explicit lists rather than random draws, so every demo shows the same people
and a bug report that mentions "张伟" means the same row everywhere. Managers are derived
from the tree: an employee reports to the head of their department, a head to the head of
the parent department; the company head (孙磊) reports to no one. That yields two
management levels under the general manager: department heads and team leads.

Logins: the named demo accounts (DEMO_ACCOUNTS) get the password DEMO_PASSWORD; every other
employee gets a login named after their employee number with an unusable password, so the
person exists as a user (notifications, sign-off) but cannot sign in until HR sets one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.db import IntegrityError, models, transaction
from django.db.models import ProtectedError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from candor.accounts.models import User
from candor.core.audit import audit
from candor.core.errors import DomainError
from candor.org.models import (
    Department,
    Employee,
    EmploymentType,
    HrRole,
    JobSequence,
    Level,
    Position,
)

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


@dataclass
class DemoSummary:
    """What a load did and what the demo company now holds, for the command to print."""

    created: int = 0
    updated: int = 0
    deleted: int = 0
    sequences: int = 0
    departments: int = 0
    positions: int = 0
    active_employees: int = 0
    inactive_employees: int = 0
    accounts: dict[str, Any] = field(default_factory=lambda: dict(DEMO_ACCOUNTS))

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


def _same(obj: models.Model, name: str, value: Any) -> bool:
    """Compare without loading related rows: foreign keys by id."""
    if isinstance(value, models.Model):
        return getattr(obj, f"{name}_id") == value.pk
    return getattr(obj, name) == value


def _upsert(model: type[models.Model], summary: DemoSummary, lookup: dict[str, Any],
            values: dict[str, Any]) -> Any:
    """Create the row, or bring an existing one up to date; untouched rows are not saved.

    Saving only what differs is what makes a second load change nothing at all (not even
    `updated_at` or `version`).
    """
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        summary.created += 1
        return model.objects.create(**lookup, **values)
    changed = [name for name, value in values.items() if not _same(obj, name, value)]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.version += 1
        obj.save(update_fields=[*changed, "version", "updated_at"])
        summary.updated += 1
    return obj


class _Logins:
    """Creates or refreshes the login behind each demo employee."""

    def __init__(self, summary: DemoSummary) -> None:
        self.summary = summary
        self.encoded = ""
        self.checked: dict[str, bool] = {}

    def _demo_hash(self) -> str:
        # One hash for all demo logins: PBKDF2 is slow by design and the password is public.
        if not self.encoded:
            self.encoded = make_password(DEMO_PASSWORD)
        return self.encoded

    def _has_demo_password(self, user: User) -> bool:
        if user.password not in self.checked:
            self.checked[user.password] = check_password(DEMO_PASSWORD, user.password)
        return self.checked[user.password]

    def ensure(self, username: str, *, email: str, demo: bool, is_active: bool = True,
               is_staff: bool = False, is_superuser: bool = False) -> User:
        values = {"email": email, "is_active": is_active, "is_staff": is_staff,
                  "is_superuser": is_superuser}
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, language=settings.LANGUAGE_CODE, **values)
            if demo:
                user.password = self._demo_hash()
            else:
                user.set_unusable_password()
            user.save()
            self.summary.created += 1
            return user
        changed = [name for name, value in values.items() if getattr(user, name) != value]
        if demo and not self._has_demo_password(user):
            user.password = self._demo_hash()
            changed.append("password")
        if changed:
            for name, value in values.items():
                setattr(user, name, value)
            user.save(update_fields=changed)
            self.summary.updated += 1
        return user


def _parse_flags(flags: str) -> tuple[set[str], str]:
    words = flags.split()
    usernames = [w[1:] for w in words if w.startswith("@")]
    return {w for w in words if not w.startswith("@")}, (usernames[0] if usernames else "")


def _load_people(summary: DemoSummary, departments: dict[str, Department],
                 positions: dict[str, Position], logins: _Logins) -> None:
    parents = {code: parent for code, _name, parent in DEPARTMENTS}
    heads: dict[str, Employee] = {}
    for dept_code, _name, _parent in DEPARTMENTS:
        department = departments[dept_code]
        for employee_no, name, email_name, position, hired, flags in PEOPLE[dept_code]:
            words, username = _parse_flags(flags)
            is_head = "head" in words
            is_active = "left" not in words
            email = f"{email_name}@{EMAIL_DOMAIN}"
            if is_head:
                boss_dept = parents[dept_code]
                manager = heads[boss_dept] if boss_dept else None
                level = Level.SENIOR if manager is None else Level.MIDDLE
            else:
                manager, level = heads[dept_code], Level.STAFF
            if "intern" in words:
                employment_type = EmploymentType.INTERN
            elif "part" in words:
                employment_type = EmploymentType.PART_TIME
            else:
                employment_type = EmploymentType.REGULAR
            user = logins.ensure(username or employee_no, email=email, demo=bool(username),
                                 is_active=is_active, is_staff=username in STAFF_USERS)
            employee = _upsert(Employee, summary, {"employee_no": employee_no}, {
                "user": user, "name": name, "email": email, "department": department,
                "position": positions[position], "level": level,
                "employment_type": employment_type, "hire_date": dt.date.fromisoformat(hired),
                "manager": manager, "is_active": is_active,
                "hr_role": HR_ROLES.get(employee_no, HrRole.NONE),
                "is_committee_member": employee_no in COMMITTEE,
            })
            wanted = {departments[c].pk for c in CLERK_DEPARTMENTS.get(employee_no, [])}
            if set(employee.hr_departments.values_list("pk", flat=True)) != wanted:
                employee.hr_departments.set(wanted)
                summary.updated += 1
            if is_head:
                heads[dept_code] = employee
                _upsert(Department, summary, {"code": dept_code}, {"head": employee})


def _wipe(summary: DemoSummary) -> None:
    """Delete the org chart and the logins of its people; the admin login survives.

    Links inside the trees are cut first because parent and manager are PROTECTed.
    """
    users = User.objects.filter(
        models.Q(employee__isnull=False)
        | models.Q(username__in=[u for u in DEMO_ACCOUNTS if u != ADMIN_USERNAME])
    ).exclude(username=ADMIN_USERNAME)
    user_ids = list(users.values_list("pk", flat=True))
    try:
        Employee.objects.update(manager=None)
        Department.objects.update(head=None, parent=None)
        for queryset in (Employee.objects.all(), User.objects.filter(pk__in=user_ids),
                         Position.objects.all(), JobSequence.objects.all(),
                         Department.objects.all()):
            summary.deleted += queryset.delete()[1].get(queryset.model._meta.label, 0)
    except (ProtectedError, IntegrityError) as e:
        raise DomainError(_("其他数据仍引用组织架构，无法重置；请先清空数据库（manage.py flush）。")
                          ) from e


@transaction.atomic
def load_demo(*, reset: bool = False) -> DemoSummary:
    """Create or refresh the demo company; with `reset`, wipe the org chart first.

    A seed rather than a user action, so it writes through the ORM; it still leaves one
    audit event when it changed anything, so the trail shows where the data came from.
    """
    summary = DemoSummary()
    if reset:
        _wipe(summary)
    sequences = {code: _upsert(JobSequence, summary, {"code": code}, {"name": name})
                 for code, name in SEQUENCES}
    positions = {
        code: _upsert(Position, summary, {"code": code},
                      {"name": name, "sequence": sequences[seq], "is_key": is_key})
        for code, name, seq, is_key in POSITIONS
    }
    departments: dict[str, Department] = {}
    for code, name, parent in DEPARTMENTS:
        departments[code] = _upsert(Department, summary, {"code": code}, {
            "name": name, "parent": departments[parent] if parent else None, "is_active": True,
        })
    logins = _Logins(summary)
    logins.ensure(ADMIN_USERNAME, email=f"{ADMIN_USERNAME}@{EMAIL_DOMAIN}", demo=True,
                  is_staff=True, is_superuser=True)
    _load_people(summary, departments, positions, logins)

    demo_codes = [code for code, _n, _p in DEPARTMENTS]
    employees = Employee.objects.filter(department__code__in=demo_codes)
    summary.sequences = JobSequence.objects.filter(code__in=sequences).count()
    summary.departments = len(demo_codes)
    summary.positions = len(positions)
    summary.active_employees = employees.filter(is_active=True).count()
    summary.inactive_employees = employees.filter(is_active=False).count()
    if summary.changed:
        audit(actor=None, event="org.demo_loaded", target=departments["ROOT"], data={
            "reset": reset, "created": summary.created, "updated": summary.updated,
            "deleted": summary.deleted,
        })
    return summary
