"""Test factories and the personas every permission test uses.

Personas (STYLE.md): an employee, their manager, a second-line manager, an outsider in
another department (with their own manager), HR (performance specialist), a committee
member, and the admin. Password for all: PERSONA_PASSWORD.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from candor.accounts.models import User
from candor.org.models import Department, Employee, HrRole, JobSequence, Level, Position

PERSONA_PASSWORD = "persona-pass-123"
_seq = itertools.count(1)


def make_sequence(code: str = "", name: str = "") -> JobSequence:
    n = next(_seq)
    code = code or f"seq{n}"
    return JobSequence.objects.get_or_create(code=code, defaults={"name": name or code})[0]


def make_department(name: str = "", *, parent: Department | None = None,
                    code: str = "") -> Department:
    n = next(_seq)
    return Department.objects.create(code=code or f"D{n:03d}", name=name or f"部门{n}",
                                     parent=parent)


def make_position(name: str = "", *, sequence: JobSequence | None = None,
                  code: str = "", is_key: bool = False) -> Position:
    n = next(_seq)
    return Position.objects.create(code=code or f"P{n:03d}", name=name or f"岗位{n}",
                                   sequence=sequence or make_sequence(), is_key=is_key)


def make_user(username: str, *, password: str = PERSONA_PASSWORD, **extra) -> User:
    return User.objects.create_user(username=username, password=password,
                                    email=f"{username}@example.com", **extra)


def make_employee(name: str = "", *, department: Department | None = None,
                  position: Position | None = None, manager: Employee | None = None,
                  username: str | None = None, level: str = Level.STAFF,
                  **extra) -> Employee:
    n = next(_seq)
    user = make_user(username) if username else None
    return Employee.objects.create(
        user=user,
        employee_no=extra.pop("employee_no", f"E{n:05d}"),
        name=name or f"员工{n}",
        email=user.email if user else "",
        department=department or make_department(),
        position=position or make_position(),
        manager=manager,
        level=level,
        hire_date=extra.pop("hire_date", dt.date(2022, 3, 1)),
        **extra,
    )


@dataclass
class Personas:
    employee: Employee
    manager: Employee
    second_line: Employee
    outsider: Employee
    outsider_manager: Employee
    hr: Employee
    committee: Employee
    admin: User
    tech: Department
    service: Department

    def user(self, name: str) -> User | None:
        if name == "anonymous":
            return None
        if name == "admin":
            return self.admin
        return getattr(self, name).user


PERSONA_NAMES = ["anonymous", "employee", "manager", "second_line", "outsider", "hr",
                 "committee", "admin"]


def make_personas() -> Personas:
    root = make_department("星河科技", code="ROOT")
    tech = make_department("技术部", parent=root, code="TECH")
    service = make_department("客服部", parent=root, code="SVC")
    hr_dept = make_department("人力资源部", parent=root, code="HR")
    mgmt = make_sequence("mgmt", "管理")
    second_line = make_employee("孙磊", department=root, username="second_line",
                                position=make_position("总经理", sequence=mgmt),
                                level=Level.SENIOR)
    manager = make_employee("王强", department=tech, manager=second_line, username="manager",
                            position=make_position("技术部经理", sequence=mgmt),
                            level=Level.MIDDLE)
    employee = make_employee("张伟", department=tech, manager=manager, username="employee")
    outsider_manager = make_employee("赵敏", department=service, manager=second_line,
                                     username="outsider_manager", level=Level.MIDDLE)
    outsider = make_employee("李娜", department=service, manager=outsider_manager,
                             username="outsider")
    hr = make_employee("刘洋", department=hr_dept, manager=second_line, username="hr",
                       hr_role=HrRole.SPECIALIST)
    committee = make_employee("陈静", department=hr_dept, manager=second_line,
                              username="committee", is_committee_member=True)
    admin = User.objects.create_superuser("admin", "admin@example.com", PERSONA_PASSWORD)
    tech.head, service.head = manager, outsider_manager
    tech.save()
    service.save()
    return Personas(employee=employee, manager=manager, second_line=second_line,
                    outsider=outsider, outsider_manager=outsider_manager, hr=hr,
                    committee=committee, admin=admin, tech=tech, service=service)
