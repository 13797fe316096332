"""`manage.py load_demo [--reset]`: the demo company 星河科技, its demo logins and its two
performance periods. `--employees N [--periods P]` builds a synthetic company of N people
instead (for `make bench`), into a database that has no employees yet."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.test import override_settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from candor.core.errors import DomainError
from candor.interviews.demo import load_interviews_demo, wipe_interviews
from candor.org.demo import DEMO_PASSWORD, load_demo
from candor.periods.demo import load_periods_demo, wipe_periods


class Command(BaseCommand):
    help = ("Load the demo company 星河科技 and its performance periods (idempotent; --reset "
            "wipes the org chart and the periods first). With --employees N, build a "
            "synthetic company of N people with --periods P periods instead.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--reset", action="store_true",
            help="Delete periods, departments, positions, job sequences, employees and their "
                 "logins before loading.",
        )
        parser.add_argument(
            "--employees", type=int, default=None,
            help="Build a synthetic company of this many employees instead of the demo "
                 "(the database must have no employees, or use --reset).",
        )
        parser.add_argument(
            "--periods", type=int, default=None,
            help="With --employees: how many quarterly periods to generate (default 8).",
        )

    def handle(self, *args: Any, reset: bool = False, employees: int | None = None,
               periods: int | None = None, **options: Any) -> None:
        if periods is not None and employees is None:
            raise CommandError(_("--periods 只能与 --employees 一起使用。"))
        try:
            if employees is not None:
                self._synthetic(employees, 8 if periods is None else periods, reset)
            else:
                # The demo people have made-up addresses: their invitations and notices
                # land in the in-app inbox only, never on a real mail server.
                with override_settings(
                        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
                    self._demo(reset)
        except DomainError as e:
            raise CommandError(str(e.message)) from e

    def _synthetic(self, employees: int, periods: int, reset: bool) -> None:
        from candor.periods.synthetic import build_company

        started = time.monotonic()
        summary = build_company(employees=employees, periods=periods, reset=reset,
                                progress=lambda text: self.stdout.write(f"  {text}"))
        self.stdout.write(self.style.SUCCESS(
            _("合成公司已生成：%(employees)s 名员工，%(departments)s 个部门，%(periods)s 个周期，"
              "%(goals)s 项指标，%(events)s 条关键事件，用时 %(seconds).1f 秒。") % {
                "employees": summary.employees, "departments": summary.departments,
                "periods": summary.periods, "goals": summary.goals,
                "events": summary.key_events, "seconds": time.monotonic() - started}))

    def _demo(self, reset: bool) -> None:
        with transaction.atomic():
            wiped = wipe_interviews() + wipe_periods() if reset else 0
            summary = load_demo(reset=reset)
            periods = load_periods_demo()
            interviews = load_interviews_demo()
        write = self.stdout.write
        if summary.deleted or wiped:
            count = summary.deleted + wiped
            write(ngettext("已删除原有组织数据 %(count)s 条。", "已删除原有组织数据 %(count)s 条。",
                           count) % {"count": count})
        if summary.changed:
            write(self.style.SUCCESS(
                _("演示数据已加载：新建 %(created)s 条，更新 %(updated)s 条。")
                % {"created": summary.created, "updated": summary.updated}
            ))
        for name in periods.periods:
            write(self.style.SUCCESS(_("已创建绩效周期“%(name)s”。") % {"name": name}))
        if interviews.interviews:
            write(self.style.SUCCESS(ngettext(
                "已创建演示面谈 %(count)s 场。", "已创建演示面谈 %(count)s 场。",
                interviews.interviews) % {"count": interviews.interviews}))
        if not summary.changed and not periods.changed and not interviews.changed:
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
