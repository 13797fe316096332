"""A record's plan rows (sections "measures" and "support") read as dates and people.

Used when the draft is checked (what cannot be read is named) and when the sealed record
becomes a plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _

from candor.org.models import Employee
from candor.plans.models import SupportType
from candor.plans.parsing import find_dates, parse_checkpoints, parse_date


def agreed_on(record) -> date:
    interview = record.interview
    return timezone.localtime(interview.ended_at or interview.starts_at).date()


def resolve_owner(name: str, interview) -> Employee | None:
    """The interview's people first, then a unique active employee with that name."""
    name = (name or "").strip()
    if not name:
        return None
    for person in (interview.employee, interview.manager, interview.host):
        if person is not None and person.name == name:
            return person
    matches = list(Employee.objects.filter(name=name, is_active=True)[:2])
    return matches[0] if len(matches) == 1 else None


@dataclass
class MeasureRow:
    number: int
    text: str
    steps: str
    owner_name: str
    deadline: date | None
    support_type: str
    support: str
    checkpoints: list[tuple[date, str]]
    unreadable_checkpoints: list[str]


def measure_rows(content: dict, *, today: date) -> list[MeasureRow]:
    rows = []
    for number, item in enumerate(content.get("items") or [], start=1):
        points, unreadable = parse_checkpoints(item.get("checkpoints", ""), today=today)
        support_type = item.get("support_type", "")
        rows.append(MeasureRow(
            number=number, text=item.get("measure", ""), steps=item.get("steps", ""),
            owner_name=item.get("owner", ""),
            deadline=(parse_date(item.get("deadline", ""), today=today)
                      or max(find_dates(item.get("measure", ""), today=today), default=None)),
            support_type=support_type if support_type in SupportType.values else "",
            support=item.get("support", ""), checkpoints=points,
            unreadable_checkpoints=unreadable))
    return rows


def row_problems(contents: dict, *, today: date) -> list[str]:
    """What stops the measures and commitments from becoming a tracked plan."""
    found: list[str] = []
    raw = (contents.get("measures") or {}).get("items") or []
    for row in measure_rows(contents.get("measures") or {}, today=today):
        typed = (raw[row.number - 1].get("deadline") or "").strip()
        if row.text and typed and row.deadline is None:
            found.append(_("“改进措施”第 %(row)s 条的完成期限无法识别为日期（例如 2026-12-31、"
                           "12月31日、季度末）。") % {"row": row.number})
        for part in row.unreadable_checkpoints:
            found.append(_("“改进措施”第 %(row)s 条的检查点“%(text)s”缺少日期"
                           "（例如“11-05 复核样本收集”）。") % {"row": row.number, "text": part})
        if row.deadline and any(d > row.deadline for d, _t in row.checkpoints):
            found.append(_("“改进措施”第 %(row)s 条有检查点晚于完成期限。")
                         % {"row": row.number})
    support = contents.get("support") or {}
    for number, item in enumerate(support.get("items") or [], start=1):
        if item.get("due") and parse_date(item["due"], today=today) is None:
            found.append(_("“资源与支持承诺”第 %(row)s 条的兑现期限无法识别为日期。")
                         % {"row": number})
    return found
