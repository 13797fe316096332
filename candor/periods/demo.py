"""Two performance periods for the demo company 星河科技, loaded after the org chart.

- 2026年第三季度 (closed): every active employee has confirmed goals from the templates,
  actual values imported from Excel, the manager line's ratings and ability ratings, and
  released results. 王强 has exactly the seed's worked example (003): profit 3,500 / 3,200,
  tasks 120 / 100, everyday performance 18 of 20 → 69 + 22 + 18 = 109, 优-, ×1.1; 李娜 has
  the seed's complaint-rate line (004): ≤ 5 %, actual 8 % → 160 %.
- 2026年第四季度 (in progress): goals handed out and confirmed, evidence being gathered.
Both cover the company's root department 星河科技, so everyone active has a sheet, the
general manager included.

Everything goes through the real services (open, assign, confirm, advance, import, rate,
score, release), so the demo exercises the same rules as the product; the exceptions are
in `demo_evidence` and say why. Values are drawn from a generator seeded with the period
and the employee number, so every load yields the same figures.

Idempotent: templates and ability items are created when missing, and a period that
already exists is left exactly as it is — a second load changes nothing.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _
from openpyxl import Workbook

from candor.accounts.models import User
from candor.core.audit import audit
from candor.core.errors import DomainError
from candor.org.models import Department, Employee, JobSequence, Position
from candor.periods import demo_evidence
from candor.periods.demo_goals import (
    ABILITY_CASES,
    ABILITY_ITEMS,
    GENERIC_CASES,
    TEMPLATES,
    draw_actual,
    draw_grade,
    draw_points,
    draw_skill,
)
from candor.periods.models import (
    AbilityItem,
    Assessment,
    Goal,
    GoalSheet,
    GoalTemplate,
    GradeScale,
    Period,
    PeriodKind,
    PeriodStatus,
    Rule,
)
from candor.periods.results import entry
from candor.periods.results.actuals_import import COLUMNS, SHEET_NAME, import_actuals
from candor.periods.results.services import release_results, score_period
from candor.periods.setup import services as setup

ROOT_CODE = "ROOT"
HR_USERNAME = "hr"
MANAGER_NO = "XH0101"  # 王强
OUTSIDER_NO = "XH0302"  # 李娜


@dataclass(frozen=True)
class PeriodSpec:
    name: str
    start: dt.date
    end: dt.date
    confirm_due: dt.date
    scoring_due: dt.date
    release_due: dt.date


Q3 = PeriodSpec("2026年第三季度", dt.date(2026, 7, 1), dt.date(2026, 9, 30),
                dt.date(2026, 7, 3), dt.date(2026, 10, 12), dt.date(2026, 10, 20))
Q4 = PeriodSpec("2026年第四季度", dt.date(2026, 10, 1), dt.date(2026, 12, 31),
                dt.date(2026, 10, 9), dt.date(2027, 1, 11), dt.date(2027, 1, 20))


def manager_goals(profit_target: int) -> list[dict]:
    """The seed's three goals (003) for 王强: profit, tasks, everyday performance."""
    return [
        {"name": "公司利润", "unit": "万元", "target": Decimal(profit_target),
         "weight": Decimal(60), "rule": Rule.LINEAR, "points_per_pct": Decimal(1)},
        {"name": "完成任务数", "unit": "项", "target": Decimal(100), "weight": Decimal(20),
         "rule": Rule.LINEAR, "points_per_pct": Decimal("0.1")},
        {"name": "日常表现/工作分配", "unit": "", "target": None, "weight": Decimal(20),
         "rule": Rule.MANAGER},
    ]


# Q3 values fixed by the seeds: (employee no, goal) → actual value or manager's points.
Q3_FIXED: dict[tuple[str, str], Decimal] = {
    (MANAGER_NO, "公司利润"): Decimal(3500),
    (MANAGER_NO, "完成任务数"): Decimal(120),
    (MANAGER_NO, "日常表现/工作分配"): Decimal(18),
    (OUTSIDER_NO, "客户投诉率"): Decimal(8),
}
Q3_NOTES: dict[tuple[str, str], str] = {
    (MANAGER_NO, "公司利润"): "三季度公司利润 3,500 万元，超出目标 9%",
    (MANAGER_NO, "完成任务数"): "完成技术部任务 120 项，含两项紧急需求",
    (OUTSIDER_NO, "客户投诉率"): "因响应延迟引发 2 次投诉",
}


@dataclass
class PeriodsDemoSummary:
    templates: int = 0
    ability_items: int = 0
    periods: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.templates or self.ability_items or self.periods)


@dataclass
class Cast:
    """The demo's people and logins, loaded once. One User instance per person, so the
    access scope each service computes for an actor is computed once per load."""

    hr: User
    people: list[Employee]
    users: dict[int, User]
    by_no: dict[str, Employee]

    @classmethod
    def load(cls) -> Cast:
        people = list(Employee.objects.filter(is_active=True).select_related(
            "user", "position__sequence", "manager").order_by("employee_no"))
        users = {e.pk: e.user for e in people if e.user is not None}
        hr = next((u for u in users.values() if u.username == HR_USERNAME), None)
        if hr is None:
            raise DomainError(_("请先加载演示组织架构（manage.py load_demo）。"))
        return cls(hr=hr, people=people, users=users, by_no={e.employee_no: e for e in people})

    def manager_user(self, employee: Employee) -> User:
        """Who rates and writes about the employee: their manager; HR for the top."""
        return self.users.get(employee.manager_id) or self.hr


def _ensure_catalogue(cast: Cast, summary: PeriodsDemoSummary) -> None:
    """Goal templates per position or sequence, and the ability items, when missing."""
    for name, position_code, sequence_code, items in TEMPLATES:
        target = ({"position": Position.objects.filter(code=position_code).first()}
                  if position_code else
                  {"sequence": JobSequence.objects.filter(code=sequence_code).first()})
        taken = GoalTemplate.objects.filter(is_active=True, **target).exists()
        if None in target.values() or taken or GoalTemplate.objects.filter(name=name).exists():
            continue
        setup.save_template(template=None, fields={"name": name, **target},
                            items=[dict(item) for item in items], actor=cast.hr)
        summary.templates += 1
    for order, (kind, name, description) in enumerate(ABILITY_ITEMS):
        if not AbilityItem.objects.filter(name=name).exists():
            setup.save_ability_item(item=None, actor=cast.hr, fields={
                "kind": kind, "name": name, "description": description, "order": order})
            summary.ability_items += 1


def _open(spec: PeriodSpec, cast: Cast) -> Period:
    """Open the period for the whole company, hand out goals, give 王强 the seed's goals
    and have everyone confirm theirs (考前确认), then start it."""
    period = setup.open_period(
        name=spec.name, kind=PeriodKind.QUARTERLY, start_date=spec.start, end_date=spec.end,
        departments=Department.objects.filter(code=ROOT_CODE), actor=cast.hr,
        confirm_due=spec.confirm_due, scoring_due=spec.scoring_due,
        release_due=spec.release_due)
    setup.assign_goals_from_templates(period=period, actor=cast.hr)
    manager = cast.by_no.get(MANAGER_NO)
    if manager is not None:
        sheet = period.sheets.get(employee=manager)
        for goal in list(sheet.goals.all()):
            setup.delete_goal(goal=goal, actor=cast.hr)
        profit = 3200 if spec is Q3 else 3400
        for order, fields in enumerate(manager_goals(profit)):
            setup.save_goal(sheet=sheet, goal=None, fields={**fields, "order": order},
                            actor=cast.manager_user(manager))
    for sheet in period.sheets.select_related("employee").order_by("employee__employee_no"):
        setup.confirm_goals(sheet=sheet, actor=cast.users[sheet.employee_id])
    for status in (PeriodStatus.GOALS_CONFIRMED, PeriodStatus.IN_PROGRESS):
        period = setup.advance_period(period=period, to=status, actor=cast.hr)
    return period


def _rng(period: Period, employee: Employee) -> random.Random:
    return random.Random(f"{period.name}:{employee.employee_no}")


def _actuals_workbook(period: Period, cast: Cast) -> io.BytesIO:
    """The file HR would upload: one row per linear goal, as the import expects it."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(str(SHEET_NAME))
    sheet.append([str(column.label) for column in COLUMNS])
    skills: dict[int, tuple[float, random.Random]] = {}
    goals = (Goal.objects.filter(sheet__period=period, rule=Rule.LINEAR)
             .select_related("sheet__employee").order_by("sheet__employee__employee_no",
                                                          "order"))
    for goal in goals:
        employee = goal.sheet.employee
        if employee.pk not in skills:
            rng = _rng(period, employee)
            skills[employee.pk] = (draw_skill(rng), rng)
        skill, rng = skills[employee.pk]
        key = (employee.employee_no, goal.name)
        actual = Q3_FIXED[key] if key in Q3_FIXED else draw_actual(goal, skill, rng)
        sheet.append([employee.employee_no, employee.name, goal.name, actual,
                      Q3_NOTES.get(key, "")])
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    return buffer


def _rate(period: Period, cast: Cast) -> None:
    """The manager line rates judgement goals and every ability item; strengths and
    weaknesses come with a concrete case."""
    items = list(AbilityItem.objects.filter(is_active=True).order_by("kind", "order"))
    sheets = (period.sheets.select_related("employee", "period")
              .prefetch_related("goals").order_by("employee__employee_no"))
    for sheet in sheets:
        employee = sheet.employee
        rater = cast.manager_user(employee)
        rng = _rng(period, employee)
        skill = draw_skill(rng)
        rng = random.Random(f"{period.name}:{employee.employee_no}:ratings")
        for goal in sheet.goals.all():
            if goal.rule == Rule.MANAGER:
                key = (employee.employee_no, goal.name)
                points = Q3_FIXED[key] if key in Q3_FIXED else draw_points(goal.weight, skill,
                                                                           rng)
                entry.rate_goal(goal=goal, manager_points=points, actor=rater)
            elif goal.rule == Rule.RATING:
                entry.rate_goal(goal=goal, rating=draw_grade(skill, rng), actor=rater)
        for item in items:
            grade = draw_grade(skill, rng)
            assessment = {"A": Assessment.STRENGTH, "D": Assessment.WEAKNESS}.get(
                grade, Assessment.MEETS)
            if grade == "C" and rng.random() < 0.3:
                assessment = Assessment.WEAKNESS
            cases = ABILITY_CASES.get(item.name, GENERIC_CASES).get(assessment, ("",))
            case = rng.choice(cases) if assessment != Assessment.MEETS else ""
            entry.rate_ability(sheet=sheet, item=item, rating=grade, assessment=assessment,
                               case=case, actor=rater)


def _build_q3(cast: Cast) -> Period:
    period = _open(Q3, cast)
    demo_evidence.record(period, cast, today=demo_evidence.today())
    period = setup.advance_period(period=period, to=PeriodStatus.SCORING, actor=cast.hr)
    import_actuals(period=period, file=_actuals_workbook(period, cast), actor=cast.hr)
    _rate(period, cast)
    summary = score_period(period=period, actor=cast.hr)
    if summary.problems:
        problems = GoalSheet.objects.filter(period=period).exclude(score_problem="")
        raise DomainError("; ".join(problems.values_list("score_problem", flat=True)[:5]))
    period = release_results(period=period, actor=cast.hr)
    return setup.advance_period(period=period, to=PeriodStatus.CLOSED, actor=cast.hr)


def _build_q4(cast: Cast) -> Period:
    period = _open(Q4, cast)
    demo_evidence.record(period, cast, today=demo_evidence.today())
    return period


@transaction.atomic
def load_periods_demo() -> PeriodsDemoSummary:
    """Create what is missing of the demo periods; the org demo must be loaded first."""
    summary = PeriodsDemoSummary()
    cast = Cast.load()
    _ensure_catalogue(cast, summary)
    for spec, build in ((Q3, _build_q3), (Q4, _build_q4)):
        if not Period.objects.filter(name=spec.name).exists():
            build(cast)
            summary.periods.append(spec.name)
    if summary.changed:
        data = {"templates": summary.templates, "ability_items": summary.ability_items,
                "periods": summary.periods}
        audit(actor=None, event="periods.demo_loaded",
              target=Department.objects.get(code=ROOT_CODE), data=data)
    return summary


def wipe_periods() -> int:
    """Delete every period (sheets, goals and ratings go with them) and the templates, so
    `load_demo --reset` can rebuild the org chart the sheets point at."""
    deleted = 0
    scales = list(Period.objects.values_list("grade_scale_id", flat=True))
    deleted += Period.objects.all().delete()[0]
    deleted += GradeScale.objects.filter(pk__in=scales, is_company_default=False).delete()[0]
    deleted += GoalTemplate.objects.all().delete()[0]
    return deleted
