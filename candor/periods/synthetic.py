"""A synthetic company of any size for `make bench` (`manage.py load_demo --employees N`).

Shapes like a real one: a company with four centres (技术 40 %, 销售 25 %, 客服 20 %,
职能 15 % of the staff), about N / 40 departments in three levels below the company, a
head for every department who manages its people (the head of a centre manages the heads
of its departments, and so on), positions in four job sequences plus management, the
demo's goal templates (6–7 goals each), and quarterly periods going back from
2026年第三季度: every earlier period scored through the real `score_period`, released and
closed; the latest in scoring with every actual and rating entered, ready for the bench to
score. About one key event per five employees per period; check-ins and ability ratings
in the latest period only (the pages measured read those; older ones would add nothing).

Speed is the point, so rows go in with plain INSERTs through `executemany` (SQLite) or
COPY (PostgreSQL), not model instances: 20,000 people × 8 periods is a million goals. That
skips the services' per-row checks, fine for data valid by construction; a period is moved
to scoring with an UPDATE for the same reason (the confirmation check reads every goal).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from candor.accounts.models import User
from candor.core.audit import audit
from candor.core.errors import DomainError
from candor.evidence.models import CheckIn, CheckInKind, KeyEvent, Polarity
from candor.org.demo import DEMO_PASSWORD, POSITIONS, SEQUENCES
from candor.org.models import Department, Employee, HrRole, JobSequence, Level, Position
from candor.periods.demo import wipe_periods
from candor.periods.demo_evidence import CONVERSATIONS, GENERIC_EVENTS
from candor.periods.demo_goals import (
    ABILITY_CASES,
    ABILITY_ITEMS,
    TEMPLATES,
    draw_actual,
    draw_grade,
    draw_points,
    draw_skill,
)
from candor.periods.models import (
    AbilityItem,
    AbilityRating,
    Assessment,
    Goal,
    GoalSheet,
    GoalTemplate,
    Period,
    PeriodKind,
    PeriodStatus,
    Rule,
    SheetStatus,
)
from candor.periods.results import awaiting
from candor.periods.results.bulk import insert_rows
from candor.periods.results.services import release_results, score_period
from candor.periods.setup import services as setup
from candor.periods.setup.services.rules import GOAL_FIELDS, goals_digest

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶贺顾毛郝龚邵万钱严武戴孔汤"  # noqa: E501
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚英华玉萍红建文辉力永健广志义兴良海山波宁福生龙国胜学祥才新利清飞彬顺信昌成康星光天达安岩中茂进林坚和博诚敬振会思群豪心乐功松善厚庆民友河哲江浩亮政谦奇朗宏言鸣朋斌梁栋维启克伦翔旭鹏泽晨辰家树德行泰盛雄钧冠腾楠航弘"  # noqa: E501
# (code, name, sequence, share of staff, staff positions with weights)
CENTRES = (
    ("T", "技术中心", "tech", 0.40, (("SE", 50), ("SSE", 20), ("QA", 20), ("OPS", 10))),
    ("S", "销售中心", "sales", 0.25, (("REP", 70), ("KAM", 20), ("PRE", 10))),
    ("C", "客服中心", "service", 0.20, (("AGENT", 75), ("SUP", 10), ("TS", 15))),
    ("F", "职能中心", "functional", 0.15, (("ACC", 25), ("CASHIER", 10), ("HR-SPEC", 20),
                                      ("MKT-SPEC", 25), ("ADM-SPEC", 20))),
)
UNIT_NAMES = {"T": ("研发部", "研发组"), "S": ("大区", "销售组"), "C": ("客服部", "服务组"),
              "F": ("职能部", "职能组")}
LAST_PERIOD = (2026, 3)
EMAIL_DOMAIN = "synthetic.example"
BATCH = 5000
MIN_EMPLOYEES = 20


@dataclass
class SyntheticSummary:
    employees: int = 0
    departments: int = 0
    periods: int = 0
    goals: int = 0
    key_events: int = 0
    check_ins: int = 0


def quarters(count: int) -> list[tuple[str, dt.date, dt.date]]:
    """The `count` quarters up to LAST_PERIOD, oldest first."""
    year, quarter = LAST_PERIOD
    found = []
    for _i in range(count):
        start = dt.date(year, quarter * 3 - 2, 1)
        end = (dt.date(year + (quarter == 4), quarter * 3 % 12 + 1, 1) - dt.timedelta(days=1))
        found.append((f"{year}年第{'一二三四'[quarter - 1]}季度", start, end))
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    return found[::-1]


class _Builder:
    def __init__(self, employees: int, seed: int, progress: Callable[[str], None]) -> None:
        self.size = employees
        self.rng = random.Random(seed)
        self.progress = progress
        self.summary = SyntheticSummary()
        self.stamp = connection.ops.adapt_datetimefield_value(timezone.now())

    def timed(self, label: str, started: float) -> None:
        self.progress(f"{label}: {time.monotonic() - started:.1f} s")

    # --- The org chart ------------------------------------------------------------------

    def org(self) -> None:
        started = time.monotonic()
        sequences = {code: JobSequence.objects.create(code=code, name=name)
                     for code, name in SEQUENCES}
        self.positions = {code: Position.objects.create(code=code, name=name, is_key=key,
                                                        sequence=sequences[seq])
                          for code, name, seq, key in POSITIONS}
        root = Department.objects.create(code="SYN", name="合成科技")
        units = max(len(CENTRES) + 1, round(self.size / 40)) - 1 - len(CENTRES)
        middle_count = max(len(CENTRES), units // 4)
        centres = Department.objects.bulk_create(
            Department(code=f"SYN-{code}", name=name, parent=root)
            for code, name, *_rest in CENTRES)
        # Middle departments go to centres in proportion to their staff, teams round robin.
        plan = [i for i, centre in enumerate(CENTRES)
                for _n in range(max(1, round(middle_count * centre[3])))]
        middles = Department.objects.bulk_create(
            Department(code=f"SYN-{CENTRES[c][0]}{n:03d}",
                       name=f"{UNIT_NAMES[CENTRES[c][0]][0]}{n}", parent=centres[c])
            for n, c in enumerate(plan, start=1))
        teams = Department.objects.bulk_create(
            Department(code=f"{middles[n % len(middles)].code}-{n:04d}",
                       name=f"{UNIT_NAMES[CENTRES[plan[n % len(middles)]][0]][1]}{n}",
                       parent=middles[n % len(middles)])
            for n in range(max(0, units - len(middles))))
        centre_of = {d.pk: plan[i] for i, d in enumerate(middles)}
        centre_of |= {t.pk: centre_of[t.parent_id] for t in teams}
        parents_with_teams = {t.parent_id for t in teams}
        leaves = [d for d in [*middles, *teams] if d.pk not in parents_with_teams]
        levels = [[(root, "GM", Level.SENIOR)],
                  [(c, "DM", Level.SENIOR) for c in centres],
                  [(m, "RM" if CENTRES[centre_of[m.pk]][2] == "sales" else "DM", Level.MIDDLE)
                   for m in middles],
                  [(t, "TL", Level.MIDDLE) for t in teams]]
        departments = 1 + len(centres) + len(middles) + len(teams)
        self.summary.departments = departments
        staff = self.size - departments
        if staff < len(leaves):
            raise DomainError(_("员工人数太少，至少需要 %(count)s 人。")
                              % {"count": departments + len(leaves)})
        self.people: list[tuple] = []  # (employee no, department, position code, manager no)
        heads: dict[int, str] = {}
        for level in levels:
            for department, position, rank in level:
                no = f"S{len(self.people) + 1:06d}"
                heads[department.pk] = no
                self.people.append((no, department, position, heads.get(department.parent_id),
                                    rank))
        by_centre: dict[int, list[Department]] = {}
        for leaf in leaves:
            by_centre.setdefault(centre_of[leaf.pk], []).append(leaf)
        for index in range(staff):
            centre = self._pick_centre(index, staff)
            leaf = by_centre[centre][index % len(by_centre[centre])]
            codes, weights = zip(*CENTRES[centre][4], strict=True)
            position = self.rng.choices(codes, weights)[0]
            no = f"S{len(self.people) + 1:06d}"
            self.people.append((no, leaf, position, heads[leaf.pk], Level.STAFF))
        self._write_people(heads)
        self.root = root
        self.timed(_("组织架构（%(count)s 人）") % {"count": self.size}, started)

    def _pick_centre(self, index: int, staff: int) -> int:
        """Centres by share, in contiguous blocks so employee numbers follow the org chart."""
        bound = 0.0
        for i, centre in enumerate(CENTRES):
            bound += centre[3]
            if index < staff * bound:
                return i
        return len(CENTRES) - 1

    def _write_people(self, heads: dict[int, str]) -> None:
        unusable = make_password(None)
        User.objects.bulk_create(
            (User(username=no, email=f"{no.lower()}@{EMAIL_DOMAIN}", password=unusable)
             for no, *_rest in self.people), batch_size=2000)
        users = dict(User.objects.filter(username__startswith="S").values_list("username", "pk"))
        ids: dict[str, int] = {}
        pending = list(self.people)
        while pending:  # managers before their reports: one insert per org level
            ready = [p for p in pending if p[3] is None or p[3] in ids]
            created = Employee.objects.bulk_create((Employee(
                employee_no=no, name=self._name(), email=f"{no.lower()}@{EMAIL_DOMAIN}",
                user_id=users[no], department=department, position=self.positions[position],
                level=level, manager_id=ids.get(manager),
                hire_date=dt.date(2012, 1, 1) + dt.timedelta(days=self.rng.randrange(5300)),
            ) for no, department, position, manager, level in ready), batch_size=2000)
            ids |= {e.employee_no: e.pk for e in created}
            pending = [p for p in pending if p[0] not in ids]
        Department.objects.bulk_update(
            [Department(pk=pk, head_id=ids[no]) for pk, no in heads.items()], ["head"])
        # Two logins to look around with: the general manager and an HR specialist.
        hr_no = next(no for no, _d, position, *_r in self.people if position == "HR-SPEC")
        Employee.objects.filter(employee_no=hr_no).update(hr_role=HrRole.SPECIALIST)
        password = make_password(DEMO_PASSWORD)
        for username, no in (("hr", hr_no), ("director", self.people[0][0])):
            User.objects.filter(username=no).update(username=username, password=password)
        self.hr = User.objects.get(username="hr")
        self.summary.employees = len(ids)

    def _name(self) -> str:
        given = "".join(self.rng.choices(GIVEN, k=self.rng.choice((1, 2, 2))))
        return self.rng.choice(SURNAMES) + given

    # --- Templates, items and the people they apply to ----------------------------------

    def catalogue(self) -> None:
        for name, position, sequence, items in TEMPLATES:
            target = ({"position": self.positions[position]} if position else
                      {"sequence": JobSequence.objects.get(code=sequence)})
            setup.save_template(template=None, fields={"name": name, **target},
                                items=[dict(item) for item in items], actor=self.hr)
        for order, (kind, name, description) in enumerate(ABILITY_ITEMS):
            setup.save_ability_item(item=None, actor=self.hr, fields={
                "kind": kind, "name": name, "description": description, "order": order})
        self.items = list(AbilityItem.objects.filter(is_active=True).order_by("kind", "order"))
        templates = list(GoalTemplate.objects.prefetch_related("items"))
        by_position = {t.position_id: t for t in templates if t.position_id}
        by_sequence = {t.sequence_id: t for t in templates if t.sequence_id}
        self.plans = {}  # template pk → (template, its items, their digest)
        self.cast: list[tuple[int, int, int, int]] = []  # employee, template, user, rater

        users = dict(Employee.objects.values_list("pk", "user_id"))
        for pk, position_id, sequence_id, manager_id in Employee.objects.order_by(
                "employee_no").values_list("pk", "position_id", "position__sequence_id",
                                           "manager_id"):
            template = by_position.get(position_id) or by_sequence[sequence_id]
            items = list(template.items.all())
            self.plans.setdefault(template.pk, (template, items, goals_digest(items)))
            self.cast.append((pk, template.pk, users[pk], users.get(manager_id)
                               or self.hr.pk))

    # --- One period ---------------------------------------------------------------------

    def period(self, name: str, start: dt.date, end: dt.date, *, latest: bool) -> None:
        started = time.monotonic()
        period = setup.open_period(name=name, kind=PeriodKind.QUARTERLY, start_date=start,
                                   end_date=end, departments=[self.root], actor=self.hr)
        confirmed = connection.ops.adapt_datetimefield_value(timezone.make_aware(
            dt.datetime.combine(start + dt.timedelta(days=3), dt.time(10))))
        insert_rows(GoalSheet, (
            "created_at", "updated_at", "version", "period", "employee", "status",
            "confirmed_at", "confirmed_digest", "grade", "score_problem"),
            ((self.stamp, self.stamp, 1, period.pk, employee, SheetStatus.CONFIRMED,
              confirmed, self.plans[template][2], "", "")
             for employee, template, *_users in self.cast))
        sheets = dict(GoalSheet.objects.filter(period=period).values_list("employee_id", "pk"))
        self.summary.goals += insert_rows(
            Goal, ("created_at", "updated_at", "version", "sheet", "order", *GOAL_FIELDS,
                   "actual", "manager_points", "rating", "notes", "source_template"),
            self._goal_rows(sheets, period))
        self._key_events(period)
        Period.objects.filter(pk=period.pk).update(status=PeriodStatus.SCORING)
        awaiting.refresh_period(period)
        if latest:
            self._ratings_and_check_ins(period, sheets)
        else:
            score_period(period=period, actor=self.hr)
            release_results(period=period, actor=self.hr)
            setup.advance_period(period=period, to=PeriodStatus.CLOSED, actor=self.hr)
        self.summary.periods += 1
        self.timed(name, started)

    def _goal_rows(self, sheets: dict[int, int], period: Period) -> Iterator[tuple]:
        rng = self.rng
        for employee, template, *_users in self.cast:
            skill = draw_skill(rng)
            _template, items, _digest = self.plans[template]
            for item in items:
                actual = points = None
                rating = ""
                if item.rule == Rule.LINEAR:
                    actual = draw_actual(item, skill, rng)
                elif item.rule == Rule.MANAGER:
                    points = draw_points(item.weight, skill, rng)
                else:
                    rating = draw_grade(skill, rng)
                yield (self.stamp, self.stamp, 1, sheets[employee], item.order, item.name,
                       item.unit, item.target, item.direction, item.weight, item.rule,
                       item.points_per_pct, item.floor, item.cap,
                       json.dumps(item.rating_scale), actual, points, rating, "", template)

    def _key_events(self, period: Period) -> None:
        sequence_codes = dict(Employee.objects.values_list("pk", "position__sequence__code"))
        days = (period.end_date - period.start_date).days
        chosen = self.rng.sample(self.cast, max(1, len(self.cast) // 5))
        rows = []
        for employee, _template, _user, rater in chosen:
            positive = self.rng.random() < 0.6
            pair = GENERIC_EVENTS[sequence_codes[employee]][0 if positive else 1]
            rows.append((self.stamp, self.stamp, 1, employee, period.pk,
                         period.start_date + dt.timedelta(days=self.rng.randrange(days)),
                         Polarity.POSITIVE if positive else Polarity.NEGATIVE,
                         pair[0], pair[1], rater))
        self.summary.key_events += insert_rows(KeyEvent, (
            "created_at", "updated_at", "version", "employee", "period", "date", "polarity",
            "facts", "impact", "author"), rows)

    def _ratings_and_check_ins(self, period: Period, sheets: dict[int, int]) -> None:
        rng = self.rng
        ratings, check_ins = [], []
        for employee, _template, _user, rater in self.cast:
            skill = draw_skill(rng)
            for item in self.items:
                grade = draw_grade(skill, rng)
                assessment = {"A": Assessment.STRENGTH, "D": Assessment.WEAKNESS}.get(
                    grade, Assessment.MEETS)
                case = (rng.choice(ABILITY_CASES[item.name][assessment])
                        if assessment != Assessment.MEETS else "")
                ratings.append((self.stamp, self.stamp, 1, sheets[employee], item.pk, grade,
                                assessment, case, rater))
            if rng.random() < 0.85:
                for offset, summary in ((3, CONVERSATIONS[0]), (80, CONVERSATIONS[2])):
                    check_ins.append((self.stamp, self.stamp, 1, employee, period.pk,
                                      period.start_date + dt.timedelta(days=offset),
                                      CheckInKind.CONVERSATION, summary, "", rater))
        insert_rows(AbilityRating, ("created_at", "updated_at", "version", "sheet", "item",
                                    "rating", "assessment", "case", "rated_by"), ratings)
        self.summary.check_ins += insert_rows(CheckIn, (
            "created_at", "updated_at", "version", "employee", "period", "date", "kind",
            "summary", "next_steps", "author"), check_ins)


def _wipe() -> None:
    """What the generator writes, for --reset (interviews, then periods: each PROTECTs the
    rows below it)."""
    from candor.interviews.demo import wipe_interviews

    wipe_interviews()
    wipe_periods()
    AbilityItem.objects.all().delete()
    Employee.objects.update(manager=None)
    Department.objects.update(head=None, parent=None)
    users = list(User.objects.filter(employee__isnull=False).values_list("pk", flat=True))
    for queryset in (Employee.objects.all(), User.objects.filter(pk__in=users),
                     User.objects.filter(username__in=["hr", "director"]),
                     Position.objects.all(), JobSequence.objects.all(),
                     Department.objects.all()):
        queryset.delete()


def build_company(*, employees: int, periods: int = 8, reset: bool = False, seed: int = 2026,
                  progress: Callable[[str], None] | None = None) -> SyntheticSummary:
    """Generate the company into a database without employees (or wipe it with `reset`)."""
    if employees < MIN_EMPLOYEES:
        raise DomainError(_("员工人数至少为 %(count)s。") % {"count": MIN_EMPLOYEES})
    if periods < 1:
        raise DomainError(_("至少需要生成 1 个周期。"))
    with transaction.atomic():
        if any(model.objects.exists() for model in (Employee, Department, Period, AbilityItem)):
            if not reset:
                raise DomainError(_("数据库中已有组织或绩效数据。合成公司只生成到空数据库中："
                                    "请使用 --reset 清空，或换一个数据库。"))
            _wipe()
        builder = _Builder(employees, seed, progress or (lambda text: None))
        builder.org()
        builder.catalogue()
        specs = quarters(periods)
        for index, (name, start, end) in enumerate(specs):
            builder.period(name, start, end, latest=index == len(specs) - 1)
        audit(actor=builder.hr, event="periods.synthetic_built", target=builder.root,
              data={"employees": builder.summary.employees, "periods": periods})
    if connection.vendor == "postgresql":
        # A bulk load leaves the planner without statistics until autovacuum comes round;
        # production data grows slowly enough for autovacuum, a generated company does not.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return builder.summary
