"""Who may open each periods URL (setup side; the results side's cases are merged in).

The sheet belongs to 张伟 (employee) in 技术部: his manager line and HR reach it; the
outsider and the committee member (no sheet of their own in the period) do not.
"""

from __future__ import annotations

from candor.core.permission_matrix import ALL, HR_ONLY, Case, expect
from candor.core.testing import Personas
from candor.periods.models import AbilityItem, AbilityKind
from candor.periods.tests.factories import make_period, make_sheet, make_template


def _period(p: Personas) -> list:
    return [make_period(departments=[p.tech]).pk]


def _period_with_sheet(p: Personas) -> list:
    period = make_period(departments=[p.tech])
    make_sheet(period, p.employee)
    return [period.pk]


def _sheet(p: Personas) -> list:
    return [make_sheet(make_period(departments=[p.tech]), p.employee).pk]


def _goal(p: Personas) -> list:
    sheet = make_sheet(make_period(departments=[p.tech]), p.employee)
    return [sheet.goals.first().pk]


def _template(p: Personas) -> list:
    return [make_template(position=p.employee.position).pk]


def _ability_item(p: Personas) -> list:
    return [AbilityItem.objects.create(kind=AbilityKind.ATTITUDE, name="责任心").pk]


HR_REDIRECT = HR_ONLY | {"hr": 302, "admin": 302}
IN_LINE = expect(404, employee=200, manager=200, second_line=200, hr=200, admin=200)
EDITORS = expect(404, manager=200, second_line=200, hr=200, admin=200)
EDITORS_REDIRECT = expect(404, manager=302, second_line=302, hr=302, admin=302)

CASES: dict[str, Case] = {
    "periods:period_list": Case(ALL),
    "periods:period_create": Case(HR_ONLY),
    "periods:period": Case(IN_LINE, args=_period_with_sheet),
    "periods:period_edit": Case(HR_ONLY, args=_period),
    "periods:goals_export": Case(IN_LINE, args=_period_with_sheet),
    "periods:period_assign": Case(HR_REDIRECT, args=_period, method="post"),
    "periods:period_advance": Case(HR_REDIRECT, args=_period, method="post",
                                   data={"to": "goals_confirmed"}),
    "periods:period_bands": Case(HR_ONLY, args=_period),
    "periods:period_goals_import": Case(HR_ONLY, args=_period),
    "periods:company_bands": Case(HR_ONLY),
    "periods:sheet": Case(IN_LINE, args=_sheet),
    "periods:sheet_confirm": Case(expect(404, employee=302), args=_sheet, method="post"),
    "periods:goal_create": Case(EDITORS, args=_sheet),
    "periods:goal_edit": Case(EDITORS, args=_goal),
    "periods:goal_delete": Case(EDITORS_REDIRECT, args=_goal, method="post"),
    "periods:template_list": Case(HR_ONLY),
    "periods:template_create": Case(HR_ONLY),
    "periods:template_edit": Case(HR_ONLY, args=_template),
    "periods:template_delete": Case(HR_REDIRECT, args=_template, method="post"),
    "periods:ability_list": Case(HR_ONLY),
    "periods:ability_create": Case(HR_ONLY),
    "periods:ability_edit": Case(HR_ONLY, args=_ability_item),
    "periods:ability_active": Case(HR_REDIRECT, args=_ability_item, method="post",
                                   data={"active": "0"}),
}

try:
    from candor.periods.tests.permission_cases_results import CASES as RESULTS
except ModuleNotFoundError as missing:
    if missing.name != "candor.periods.tests.permission_cases_results":
        raise
    RESULTS = {}

CASES |= RESULTS
