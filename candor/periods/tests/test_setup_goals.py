"""Managers adjust a person's goals; the employee confirms them (考前确认)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from candor.core.errors import ConcurrentEdit, DomainError
from candor.core.models import AuditEvent
from candor.periods.models import Goal, PeriodStatus, Rule, SheetStatus
from candor.periods.setup import services
from candor.periods.tests.factories import make_period, make_sheet


@pytest.fixture
def sheet(personas):
    return make_sheet(make_period(departments=[personas.tech]), personas.employee)


def _fields(goal: Goal, **changes) -> dict:
    values = {name: getattr(goal, name) for name in (
        "name", "unit", "target", "direction", "weight", "rule", "points_per_pct", "floor",
        "cap", "rating_scale", "notes")}
    return {k: "" if v is None else v for k, v in (values | changes).items()}


def test_it_lets_the_manager_adjust_one_persons_goal(personas, sheet, client_for):
    goal = sheet.goals.get(name="利润")
    response = client_for("manager").post(
        reverse("periods:goal_edit", args=[goal.pk]),
        {**_fields(goal, target="3300", rating_scale="A=1, B=0.8"), "floor": "", "cap": "80",
         "loaded_version": goal.version})
    assert response.status_code == 302
    goal.refresh_from_db()
    assert (goal.target, goal.cap, goal.version) == (Decimal(3300), Decimal(80), 2)
    event = AuditEvent.objects.get(event="goal.updated")
    assert event.data["changes"]["target"][1] == "3300"


def test_it_answers_an_htmx_edit_with_the_form_and_a_client_redirect(personas, sheet,
                                                                     client_for):
    goal = sheet.goals.get(name="利润")
    url = reverse("periods:goal_edit", args=[goal.pk])
    client = client_for("manager")
    form = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in form and "编辑指标：利润" in form
    response = client.post(url, {**_fields(goal, target="3400", rating_scale="")},
                           HTTP_HX_REQUEST="true")
    assert response["HX-Redirect"] == sheet.get_absolute_url()


def test_it_adds_and_removes_a_goal(personas, sheet):
    manager = personas.manager.user
    goal = services.save_goal(sheet=sheet, goal=None, actor=manager, fields={
        "name": "代码评审", "unit": "次", "target": Decimal(40), "direction": "higher",
        "weight": Decimal(10), "rule": Rule.LINEAR, "points_per_pct": Decimal("0.1")})
    assert goal.order > sheet.goals.get(name="日常表现").order
    services.delete_goal(goal=goal, actor=manager)
    assert not sheet.goals.filter(name="代码评审").exists()
    assert AuditEvent.objects.filter(event="goal.deleted", data__goal="代码评审").exists()


def test_it_refuses_a_zero_target_for_a_linear_goal_naming_the_goal(personas, sheet):
    goal = sheet.goals.get(name="任务完成数")
    with pytest.raises(DomainError) as refused:
        services.save_goal(sheet=sheet, goal=goal, fields={"target": Decimal(0)},
                           actor=personas.manager.user)
    assert "任务完成数" in refused.value.message and "不能为 0" in refused.value.message
    goal.refresh_from_db()
    assert goal.target == 100


def test_it_refuses_a_goal_name_used_twice_on_the_sheet(personas, sheet):
    with pytest.raises(DomainError, match="已有名为“利润”"):
        services.save_goal(sheet=sheet, goal=None, actor=personas.manager.user, fields={
            "name": "利润", "weight": Decimal(5), "rule": Rule.MANAGER,
            "direction": "higher"})


def test_it_refuses_an_edit_over_someone_elses_newer_save(personas, sheet):
    goal = sheet.goals.get(name="利润")
    services.save_goal(sheet=sheet, goal=goal, fields={"target": Decimal(3300)},
                       actor=personas.hr.user, expected_version=1)
    with pytest.raises(ConcurrentEdit):
        services.save_goal(sheet=sheet, goal=goal, fields={"target": Decimal(3100)},
                           actor=personas.manager.user, expected_version=1)


def test_it_lets_the_employee_confirm_their_goals(personas, sheet, client_for):
    client = client_for("employee")
    page = client.get(sheet.get_absolute_url())
    response = client.post(reverse("periods:sheet_confirm", args=[sheet.pk]),
                           {"digest": page.context["digest"]}, follow=True)
    assert "你已确认本期目标" in response.content.decode()
    sheet.refresh_from_db()
    assert sheet.status == SheetStatus.CONFIRMED and sheet.confirmed_at is not None
    assert sheet.confirmed_digest == services.goals_digest(sheet.goals.all())
    assert AuditEvent.objects.filter(event="goal_sheet.confirmed").count() == 1


def test_it_refuses_to_confirm_weights_that_do_not_total_100(personas, sheet):
    sheet.goals.filter(name="日常表现").update(weight=Decimal(15))
    with pytest.raises(DomainError) as refused:
        services.confirm_goals(sheet=sheet, actor=personas.employee.user)
    assert "权重合计为 95" in refused.value.message and "100" in refused.value.message
    sheet.refresh_from_db()
    assert sheet.status == SheetStatus.DRAFT


def test_it_refuses_to_confirm_a_linear_goal_without_a_usable_target(personas, sheet):
    sheet.goals.filter(name="利润").update(target=Decimal(0))
    with pytest.raises(DomainError, match="指标“利润”：按偏差计分的指标目标值不能为 0"):
        services.confirm_goals(sheet=sheet, actor=personas.employee.user)


def test_it_shows_the_running_weight_total_and_problems_to_the_manager(personas, sheet,
                                                                       client_for):
    sheet.goals.filter(name="日常表现").update(weight=Decimal(30))
    page = client_for("manager").get(sheet.get_absolute_url())
    assert page.context["weight_total"] == "110"
    assert "权重合计为 110" in page.content.decode()


def test_it_refuses_confirmation_of_goals_changed_while_the_employee_was_reading(
        personas, sheet):
    digest_seen = services.goals_digest(sheet.goals.all())
    services.save_goal(sheet=sheet, goal=sheet.goals.get(name="利润"),
                       fields={"target": Decimal(3600)}, actor=personas.manager.user)
    with pytest.raises(ConcurrentEdit):
        services.confirm_goals(sheet=sheet, actor=personas.employee.user,
                               expected_digest=digest_seen)


def test_it_needs_a_new_confirmation_after_a_goal_changes(personas, sheet, client_for):
    services.confirm_goals(sheet=sheet, actor=personas.employee.user)
    services.save_goal(sheet=sheet, goal=sheet.goals.get(name="利润"),
                       fields={"target": Decimal(3600)}, actor=personas.manager.user)
    sheet.refresh_from_db()
    assert sheet.status == SheetStatus.DRAFT
    event = AuditEvent.objects.get(event="goal_sheet.reconfirmation_needed")
    assert event.data["goal"] == "利润"
    page = client_for("employee").get(sheet.get_absolute_url()).content.decode()
    assert "需要重新确认" in page and 'data-testid="confirm-goals"' in page
    services.confirm_goals(sheet=sheet, actor=personas.employee.user)
    sheet.refresh_from_db()
    assert sheet.status == SheetStatus.CONFIRMED


def test_it_keeps_the_confirmation_when_only_the_notes_change(personas, sheet):
    services.confirm_goals(sheet=sheet, actor=personas.employee.user)
    services.save_goal(sheet=sheet, goal=sheet.goals.get(name="利润"),
                       fields={"notes": "华东大单"}, actor=personas.manager.user)
    sheet.refresh_from_db()
    assert sheet.status == SheetStatus.CONFIRMED


def test_it_does_not_let_the_employee_edit_their_own_goals(personas, sheet, client_for):
    goal = sheet.goals.get(name="利润")
    with pytest.raises(DomainError, match="不能修改张伟的目标"):
        services.save_goal(sheet=sheet, goal=goal, fields={"target": Decimal(1)},
                           actor=personas.employee.user)
    client = client_for("employee")
    assert client.post(reverse("periods:goal_edit", args=[goal.pk]),
                       _fields(goal, target="1")).status_code == 404
    page = client.get(sheet.get_absolute_url()).content.decode()
    assert reverse("periods:goal_edit", args=[goal.pk]) not in page
    goal.refresh_from_db()
    assert goal.target == 3200


def test_it_lets_only_the_employee_confirm(personas, sheet):
    with pytest.raises(DomainError, match="只有员工本人"):
        services.confirm_goals(sheet=sheet, actor=personas.manager.user)


def test_it_answers_404_to_an_outsider_opening_a_sheet(personas, sheet, client_for):
    assert client_for("outsider").get(sheet.get_absolute_url()).status_code == 404


def test_it_freezes_goals_once_scoring_starts(personas, sheet):
    sheet.period.status = PeriodStatus.SCORING
    sheet.period.save()
    with pytest.raises(DomainError, match="评分中"):
        services.save_goal(sheet=sheet, goal=sheet.goals.first(),
                           fields={"weight": Decimal(50)}, actor=personas.manager.user)


def test_it_shows_the_goal_table_without_results_to_the_employee_before_release(
        personas, sheet, client_for):
    sheet.period.status = PeriodStatus.SCORING
    sheet.period.save()
    sheet.goals.filter(name="利润").update(actual=Decimal(3500), rate_pct=109, notes="签约")
    sheet.goals.filter(name="日常表现").update(manager_points=Decimal(18))
    html = client_for("employee").get(sheet.get_absolute_url()).content.decode()
    for header in ("指标", "目标值", "计分规则", "备注"):
        assert header in html
    for header in ("实际值", "达成率", "评定"):  # empty columns are not shown at all
        assert f">{header}</th>" not in html
    assert "3200万元" in html and "签约" in html
    assert "3500" not in html and "109%" not in html and "18 / 20" not in html
    assert "结果发布后可在此查看得分" in html
    manager_html = client_for("manager").get(sheet.get_absolute_url()).content.decode()
    assert "3500万元" in manager_html and "109%" in manager_html
    assert ">实际值</th>" in manager_html and "18 / 20" in manager_html


def test_it_leaves_the_result_columns_out_while_goals_are_being_set(personas, sheet,
                                                                   client_for):
    html = client_for("manager").get(sheet.get_absolute_url()).content.decode()
    assert ">实际值</th>" not in html and ">达成率</th>" not in html


def test_it_shows_a_lower_is_better_target_as_a_limit(personas, client_for):
    sheet = make_sheet(make_period(departments=[personas.tech]), personas.employee, goals=[
        {"name": "客户投诉率", "unit": "%", "target": Decimal(5), "direction": "lower",
         "weight": Decimal(100)}])
    assert "≤5%" in client_for("employee").get(sheet.get_absolute_url()).content.decode()
