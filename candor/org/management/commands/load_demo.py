"""`manage.py load_demo [--reset]`: the demo company 星河科技 and its demo logins."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from candor.core.errors import DomainError
from candor.org.demo import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Load the demo company 星河科技 (idempotent; --reset wipes the org chart first)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--reset", action="store_true",
            help="Delete departments, positions, job sequences, employees and their logins "
                 "before loading.",
        )

    def handle(self, *args: Any, reset: bool = False, **options: Any) -> None:
        try:
            summary = load_demo(reset=reset)
        except DomainError as e:
            raise CommandError(str(e.message)) from e
        write = self.stdout.write
        if summary.deleted:
            write(_("已删除原有组织数据 %(count)s 条。") % {"count": summary.deleted})
        if summary.changed:
            write(self.style.SUCCESS(
                _("演示数据已加载：新建 %(created)s 条，更新 %(updated)s 条。")
                % {"created": summary.created, "updated": summary.updated}
            ))
        else:
            write(self.style.SUCCESS(_("演示数据已是最新，未做任何修改。")))
        write(_("星河科技：%(departments)s 个部门，%(sequences)s 个岗位序列，"
                "%(positions)s 个岗位，在职员工 %(active)s 人，离职员工 %(inactive)s 人。") % {
            "departments": summary.departments, "sequences": summary.sequences,
            "positions": summary.positions, "active": summary.active_employees,
            "inactive": summary.inactive_employees,
        })
        write(_("演示账户（密码均为 %(password)s，仅供演示）：") % {"password": DEMO_PASSWORD})
        for username, description in summary.accounts.items():
            write(f"  {username:<10} {description}")
