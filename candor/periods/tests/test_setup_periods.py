"""HR opens a period and moves it along; everyone sees the periods that concern them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from candor.core.errors import DomainError, InvalidTransition
from candor.core.models import AuditEvent
from candor.core.testing import make_department, make_employee
from candor.periods.models import GradeScale, Period, PeriodStatus, SheetStatus
from candor.periods.setup import services
from candor.periods.tests.factories import make_period, make_sheet

Q4 = {"name": "2026年第四季度", "kind": "quarterly", "start_date": dt.date(2026, 10, 1),
      "end_date": dt.date(2026, 12, 31)}


def test_it_opens_a_period_with_its_own_copy_of_the_company_bands(personas):
    period = services.open_period(**Q4, departments=[personas.tech], actor=personas.hr.user,
                                  confirm_due=dt.date(2026, 10, 10))
    company = GradeScale.objects.get(is_company_default=True)
    assert period.status == PeriodStatus.PLANNING
    assert period.grade_scale != company
    assert [b.label for b in period.grade_scale.bands.all()] == ["极差", "差", "良好", "优-",
                                                                  "优+"]
    assert list(period.departments.all()) == [personas.tech]
    assert AuditEvent.objects.filter(event="period.opened", target_id=str(period.pk)).exists()


def test_it_keeps_one_company_default_scale(personas):
    first = services.company_grade_scale()
    assert services.company_grade_scale() == first
    assert GradeScale.objects.filter(is_company_default=True).count() == 1


@pytest.mark.parametrize(("changes", "message"), [
    ({"end_date": dt.date(2026, 9, 30)}, "结束日期必须晚于开始日期"),
    ({"name": "  "}, "请填写周期名称"),
    ({"scoring_due": dt.date(2026, 10, 5), "confirm_due": dt.date(2026, 10, 10)},
     "“评分截止”不能早于“目标确认截止”"),
])
def test_it_refuses_a_period_that_does_not_make_sense(personas, changes, message):
    with pytest.raises(DomainError, match=message):
        services.open_period(**(Q4 | changes), departments=[personas.tech],
                             actor=personas.hr.user)


def test_it_refuses_a_second_period_with_the_same_name(personas):
    services.open_period(**Q4, departments=[personas.tech], actor=personas.hr.user)
    with pytest.raises(DomainError, match="已有名为“2026年第四季度”的周期"):
        services.open_period(**Q4, departments=[personas.service], actor=personas.hr.user)


def test_it_lets_hr_open_a_period_in_the_browser(personas, client_for):
    response = client_for("hr").post(reverse("periods:period_create"), {
        "name": "2026年第四季度", "kind": "quarterly", "start_date": "2026-10-01",
        "end_date": "2026-12-31", "departments": [personas.tech.pk, personas.service.pk],
        "confirm_due": "2026-10-10"})
    period = Period.objects.get(name="2026年第四季度")
    assert response["Location"] == period.get_absolute_url()
    assert period.departments.count() == 2 and period.confirm_due == dt.date(2026, 10, 10)


def test_it_refuses_to_skip_a_status(personas):
    period = make_period(departments=[personas.tech])
    with pytest.raises(InvalidTransition, match="逐步推进"):
        services.advance_period(period=period, to=PeriodStatus.IN_PROGRESS,
                                actor=personas.hr.user)
    period.refresh_from_db()
    assert period.status == PeriodStatus.PLANNING


def test_it_refuses_goals_confirmed_while_someone_has_not_confirmed(personas):
    period = make_period(departments=[personas.tech])
    make_sheet(period, personas.employee)
    make_sheet(period, personas.manager, status=SheetStatus.CONFIRMED)
    with pytest.raises(DomainError) as refused:
        services.advance_period(period=period, to=PeriodStatus.GOALS_CONFIRMED,
                                actor=personas.hr.user)
    assert "张伟" in refused.value.message and "王强" not in refused.value.message


def test_it_notices_goals_changed_behind_a_confirmation(personas):
    period = make_period(departments=[personas.tech])
    sheet = make_sheet(period, personas.employee, status=SheetStatus.CONFIRMED)
    sheet.goals.filter(name="利润").update(target=Decimal(1))  # not through the services
    with pytest.raises(DomainError, match="尚未确认目标：张伟"):
        services.advance_period(period=period, to=PeriodStatus.GOALS_CONFIRMED,
                                actor=personas.hr.user)


def test_it_walks_the_flow_once_everyone_confirmed_and_leaves_release_to_results(personas):
    period = make_period(departments=[personas.tech])
    sheet = make_sheet(period, personas.employee)
    make_sheet(period, personas.manager, status=SheetStatus.CONFIRMED)
    services.confirm_goals(sheet=sheet, actor=personas.employee.user)
    for status in (PeriodStatus.GOALS_CONFIRMED, PeriodStatus.IN_PROGRESS,
                   PeriodStatus.SCORING):
        period = services.advance_period(period=period, to=status, actor=personas.hr.user)
    with pytest.raises(InvalidTransition, match="发布结果"):
        services.advance_period(period=period, to=PeriodStatus.RELEASED,
                                actor=personas.hr.user)
    Period.objects.filter(pk=period.pk).update(status=PeriodStatus.RELEASED)
    period = services.advance_period(period=period, to=PeriodStatus.CLOSED,
                                     actor=personas.hr.user)
    assert period.status == PeriodStatus.CLOSED
    assert AuditEvent.objects.filter(event="period.advanced").count() == 4


def test_it_shows_the_refusal_on_the_period_page(personas, client_for):
    period = make_period(departments=[personas.tech])
    make_sheet(period, personas.employee)
    response = client_for("hr").post(reverse("periods:period_advance", args=[period.pk]),
                                     {"to": "goals_confirmed"}, follow=True)
    assert "以下员工尚未确认目标：张伟" in response.content.decode()


def test_it_lets_hr_change_deadlines_but_not_departments_after_planning(personas):
    period = make_period(departments=[personas.tech], status=PeriodStatus.IN_PROGRESS)
    period = services.update_period(period=period, actor=personas.hr.user,
                                    fields={"scoring_due": dt.date(2027, 1, 10)})
    assert period.scoring_due == dt.date(2027, 1, 10)
    with pytest.raises(DomainError, match="覆盖部门"):
        services.update_period(period=period, actor=personas.hr.user,
                               fields={"departments": [personas.service]})


def test_it_lists_the_periods_each_person_is_concerned_by(personas, client_for):
    covering_tech = make_period("技术部季度", departments=[personas.tech.parent])
    service_only = make_period("客服部季度", departments=[personas.service])
    make_sheet(service_only, personas.outsider)

    def names(who: str) -> set[str]:
        return {p.name for p in client_for(who).get(reverse("periods:period_list"))
                .context["periods"]}

    assert names("hr") == {"技术部季度", "客服部季度"}
    assert names("manager") == {"技术部季度"}  # covers his report before goals exist
    assert names("outsider") == {"客服部季度"}  # where she has a sheet
    assert names("employee") == set()
    make_sheet(covering_tech, personas.employee)
    assert names("employee") == {"技术部季度"}
    assert covering_tech.name in client_for("hr").get(
        reverse("periods:period_list")).content.decode()


def _sheets_for_new_people(period, n: int, *, department, manager) -> None:
    """Half confirmed, half still draft."""
    for i in range(n):
        make_sheet(period, make_employee(f"成员{i}", department=department, manager=manager),
                   status=SheetStatus.CONFIRMED if i % 2 else SheetStatus.DRAFT)


@pytest.mark.parametrize(("who", "budget"), [("hr", 14), ("manager", 17)])
@pytest.mark.parametrize("n", [10, 40])
def test_it_shows_the_overview_in_the_same_number_of_queries_at_any_size(
        personas, client_for, django_assert_max_num_queries, n, who, budget):
    period = make_period(departments=[personas.tech])
    _sheets_for_new_people(period, n, department=make_department(parent=personas.tech),
                           manager=personas.manager)
    client = client_for(who)
    client.get(period.get_absolute_url())  # warm the session and the language
    with django_assert_max_num_queries(budget):
        response = client.get(period.get_absolute_url())
    assert response.context["overview"].total == n
    assert response.context["overview"].counts["confirmed"] == n // 2


def test_it_filters_the_overview_by_confirmation_status(personas, client_for):
    period = make_period(departments=[personas.tech])
    make_sheet(period, personas.employee, status=SheetStatus.CONFIRMED)
    make_sheet(period, personas.manager, confirmed_at=dt.datetime(2026, 10, 2, tzinfo=dt.UTC))
    client = client_for("hr")
    rows = client.get(period.get_absolute_url(), {"status": "reconfirm"},
                      HTTP_HX_REQUEST="true", HTTP_HX_TARGET="sheet-rows")
    html = rows.content.decode()
    assert "王强" in html and "张伟" not in html and "<html" not in html
    assert "需要重新确认" in html
    page = client.get(period.get_absolute_url(), {"status": "confirmed"})
    assert [s.employee.name for s in page.context["overview"].page] == ["张伟"]
    assert page.context["overview"].page[0].weight_total == Decimal(100)


def test_it_shows_a_manager_only_the_sheets_of_his_people(personas, client_for):
    period = make_period(departments=[personas.tech.parent])
    for person in (personas.employee, personas.manager, personas.outsider):
        make_sheet(period, person)
    page = client_for("manager").get(period.get_absolute_url())
    names = {s.employee.name for s in page.context["overview"].page}
    assert names == {"张伟", "王强"}
    assert reverse("periods:period_assign", args=[period.pk]) not in page.content.decode()


def test_it_lets_hr_move_a_deadline_in_the_browser(personas, client_for):
    period = make_period(departments=[personas.tech])
    url = reverse("periods:period_edit", args=[period.pk])
    response = client_for("hr").post(url, {
        "name": period.name, "kind": period.kind, "start_date": "2026-10-01",
        "end_date": "2026-12-31", "departments": [personas.tech.pk],
        "confirm_due": "2026-10-12", "loaded_version": period.version})
    assert response.status_code == 302
    period.refresh_from_db()
    assert period.confirm_due == dt.date(2026, 10, 12) and period.version == 2
    assert AuditEvent.objects.get(event="period.updated").data["changes"]["confirm_due"] == [
        "None", "2026-10-12"]


def test_it_shows_periods_read_only_in_the_admin(personas, client_for):
    period = make_period(departments=[personas.tech])
    sheet = make_sheet(period, personas.employee)
    client = client_for("admin")
    page = client.get(reverse("admin:periods_goalsheet_change", args=[sheet.pk]))
    assert page.status_code == 200 and "利润" in page.content.decode()
    assert client.get(reverse("admin:periods_period_add")).status_code == 403


@pytest.mark.parametrize(("status", "shown"), [
    (PeriodStatus.PLANNING, False), (PeriodStatus.GOALS_CONFIRMED, False),
    (PeriodStatus.IN_PROGRESS, True), (PeriodStatus.SCORING, True)])
def test_it_summarises_check_ins_only_once_the_period_runs(personas, client_for, status,
                                                          shown):
    period = make_period(departments=[personas.tech], status=status)
    make_sheet(period, personas.employee)
    html = client_for("manager").get(period.get_absolute_url()).content.decode()
    assert ('data-testid="checkin-flags-slot"' in html) is shown


@pytest.mark.parametrize(("status", "note"), [
    (PeriodStatus.PLANNING, "需要每位员工都已确认目标"),
    (PeriodStatus.IN_PROGRESS, "进入“评分中”后目标锁定"),
    (PeriodStatus.RELEASED, "关闭后周期只读")])
def test_it_says_under_the_advance_button_what_the_next_step_locks(personas, client_for,
                                                                   status, note):
    period = make_period(departments=[personas.tech], status=status)
    html = client_for("hr").get(period.get_absolute_url()).content.decode()
    assert 'data-testid="advance"' in html
    assert note in html[html.index('data-testid="advance-note"'):]


def test_it_keeps_the_period_actions_in_one_group(personas, client_for):
    period = make_period(departments=[personas.tech])
    html = client_for("hr").get(period.get_absolute_url()).content.decode()
    group = html[html.index('data-testid="period-actions"'):]
    group = group[:group.index('<div class="card')]
    for action in ("按模板分配目标", "关键事件", "编辑周期", "本期等级标准"):
        assert action in group
