"""Refused writes leave nothing behind (the status codes are in the app's permission matrix,
candor/periods/tests/permission_cases_results.py, run by core's matrix test)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from candor.periods.models import AbilityRating, Goal
from candor.periods.tests.permission_cases_results import CASES


@pytest.mark.parametrize("persona", ["employee", "outsider", "committee", "manager"])
def test_it_keeps_actuals_for_hr(persona, personas, client_for):
    case = CASES["periods:results_actual_save"]
    client_for(persona).post(reverse("periods:results_actual_save", args=case.args(personas)),
                             {"actual": "3500"})
    assert not Goal.objects.filter(actual=Decimal(3500)).exists()


@pytest.mark.parametrize("persona", ["employee", "outsider", "committee"])
def test_it_keeps_ratings_for_the_manager_line_and_hr(persona, personas, client_for):
    goal_case = CASES["periods:results_rate_goal"]
    client_for(persona).post(reverse("periods:results_rate_goal",
                                     args=goal_case.args(personas)), {"manager_points": "5"})
    ability_case = CASES["periods:results_rate_ability"]
    client_for(persona).post(reverse("periods:results_rate_ability",
                                     args=ability_case.args(personas)), ability_case.data)
    assert not Goal.objects.filter(manager_points=Decimal(5)).exists()
    assert not AbilityRating.objects.exists()
