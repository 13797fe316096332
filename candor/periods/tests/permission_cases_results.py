"""Permission matrix cases for the results URLs (merged into permission_cases.py).

The period is being scored; 张伟 (employee) has the seed's sheet. Before release the
employee sees neither the explanation nor the rating page of their own sheet.
"""

from __future__ import annotations

from candor.core.permission_matrix import Case, expect
from candor.core.testing import Personas
from candor.periods.models import AbilityItem, AbilityKind, GoalSheet
from candor.periods.tests.results_factories import scoring_period, seed_sheet

MANAGER_LINE_AND_HR = expect(404, manager=200, second_line=200, hr=200, admin=200)
MANAGER_LINE_AND_HR_POST = expect(404, manager=302, second_line=302, hr=302, admin=302)
HR = expect(404, hr=200, admin=200)
HR_POST = expect(404, hr=302, admin=302)


def _sheet(p: Personas) -> GoalSheet:
    return seed_sheet(scoring_period(p.tech), p.employee, profit=None)


def _period(p: Personas) -> list:
    return [_sheet(p).period_id]


def _goal(name: str):
    return lambda p: [_sheet(p).goals.get(name=name).pk]


def _sheet_and_item(p: Personas) -> list:
    item = AbilityItem.objects.create(kind=AbilityKind.ABILITY, name="沟通能力")
    return [_sheet(p).pk, item.pk]


CASES: dict[str, Case] = {
    "periods:results_overview": Case(MANAGER_LINE_AND_HR, args=_period),
    "periods:results_export": Case(MANAGER_LINE_AND_HR, args=_period),
    "periods:results_score": Case(HR_POST, args=_period, method="post"),
    "periods:results_release": Case(HR_POST, args=_period, method="post"),
    "periods:results_actuals": Case(HR, args=_period),
    "periods:results_actuals_template": Case(HR, args=_period),
    "periods:results_actuals_import": Case(HR, args=_period),
    "periods:results_actual_save": Case(HR_POST, args=_goal("利润"), method="post",
                                        data={"actual": "3500"}),
    "periods:results_rate": Case(MANAGER_LINE_AND_HR, args=lambda p: [_sheet(p).pk]),
    "periods:results_rate_goal": Case(MANAGER_LINE_AND_HR_POST, args=_goal("日常表现"),
                                      method="post", data={"manager_points": "18"}),
    "periods:results_rate_ability": Case(MANAGER_LINE_AND_HR_POST, args=_sheet_and_item,
                                         method="post",
                                         data={"rating": "B", "assessment": "meets"}),
    "periods:results_explain": Case(MANAGER_LINE_AND_HR, args=lambda p: [_sheet(p).pk]),
}
