"""manage.py verify_records: recompute every sealed record's hash and the hash chain, and
name each record whose stored content no longer matches what was signed (R3.7)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from candor.interviews.services.sealing import verify_records


class Command(BaseCommand):
    help = "Verify the content hashes and the hash chain of sealed interview records."

    def handle(self, *args, **options) -> None:
        checked, problems = verify_records()
        if not problems:
            self.stdout.write(self.style.SUCCESS(
                _("已检查 %(count)s 份归档记录，全部一致。") % {"count": checked}))
            return
        for problem in problems:
            line = _("记录 %(record)s（面谈 %(interview)s，员工 %(employee)s）：%(reason)s") % {
                "record": problem.record_id, "interview": problem.interview_id,
                "employee": problem.employee, "reason": problem.reason}
            self.stdout.write(self.style.ERROR(line))
        raise CommandError(_("已检查 %(count)s 份归档记录，发现 %(problems)s 处不一致。") % {
            "count": checked, "problems": len(problems)})
