"""Key events: recorded by the manager line and HR, hidden from the employee until cited."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from candor.core.errors import ConcurrentEdit, DomainError
from candor.core.models import AuditEvent
from candor.evidence import services
from candor.evidence.models import KeyEvent, Polarity
from candor.evidence.tests.factories import (
    FACTS,
    IMPACT,
    company_period,
    make_key_event,
    today,
)
from candor.periods.models import PeriodStatus


def _record(p, actor=None, **overrides):
    values = {"employee": p.employee, "actor": actor or p.manager.user, "date": today(),
              "polarity": Polarity.NEGATIVE, "facts": FACTS, "impact": IMPACT}
    return services.record_key_event(**(values | overrides))


def test_it_records_an_event_for_a_report_with_an_audit_entry(personas):
    period = company_period(personas)
    event = _record(personas)
    assert event.author == personas.manager.user
    assert event.period == period  # filed under the period covering its date
    assert AuditEvent.objects.filter(event="key_event.recorded", target_id=str(event.pk)).exists()


@pytest.mark.parametrize("field, label", [("facts", "事实经过"), ("impact", "影响")])
def test_it_refuses_vague_facts_or_impact(personas, field, label):
    with pytest.raises(DomainError) as caught:
        _record(personas, **{field: "表现不错"})
    assert label in caught.value.message and "10" in caught.value.message
    assert not KeyEvent.objects.exists()


@pytest.mark.parametrize("actor", ["employee", "outsider", "committee"])
def test_it_refuses_recorders_outside_the_manager_line(personas, actor):
    with pytest.raises(DomainError):
        _record(personas, actor=getattr(personas, actor).user)


def test_hr_may_record(personas):
    assert _record(personas, actor=personas.hr.user).author == personas.hr.user


def test_it_refuses_a_date_in_the_future(personas):
    with pytest.raises(DomainError):
        _record(personas, date=today() + dt.timedelta(days=1))


def test_it_refuses_a_chosen_period_that_does_not_contain_the_date(personas):
    period = company_period(personas)
    with pytest.raises(DomainError) as caught:
        _record(personas, period=period, date=period.start_date - dt.timedelta(days=1))
    assert period.name in caught.value.message


def test_it_refuses_new_events_in_a_released_period(personas):
    company_period(personas, status=PeriodStatus.RELEASED)
    with pytest.raises(DomainError):
        _record(personas)


def test_the_employee_does_not_see_an_uncited_event_until_it_is_cited(personas, client_for):
    event = _record(personas)
    page = reverse("evidence:employee", args=[personas.employee.pk])
    body = client_for("employee").get(page).content.decode()
    assert FACTS not in body
    assert FACTS in client_for("manager").get(page).content.decode()
    cited = services.cite_key_event(event=event, actor=personas.hr.user)
    assert cited.cited_at is not None
    assert FACTS in client_for("employee").get(page).content.decode()
    assert AuditEvent.objects.filter(event="key_event.cited").count() == 1


def test_citing_twice_keeps_the_first_time(personas):
    event = services.cite_key_event(event=_record(personas), actor=personas.hr.user)
    again = services.cite_key_event(event=event, actor=personas.hr.user)
    assert again.cited_at == event.cited_at
    assert AuditEvent.objects.filter(event="key_event.cited").count() == 1


def _update(event, actor, **overrides):
    values = {"date": event.date, "polarity": event.polarity, "facts": event.facts,
              "impact": event.impact + "（补充）"}
    return services.update_key_event(event=event, actor=actor, **(values | overrides))


def test_only_the_author_edits(personas):
    event = _record(personas)
    with pytest.raises(DomainError):
        _update(event, personas.hr.user)
    updated = _update(event, personas.manager.user)
    assert updated.impact.endswith("（补充）") and updated.version == 2


def test_a_cited_event_can_be_neither_edited_nor_deleted(personas):
    event = services.cite_key_event(event=_record(personas), actor=personas.hr.user)
    with pytest.raises(DomainError):
        _update(event, personas.manager.user)
    with pytest.raises(DomainError):
        services.delete_key_event(event=event, actor=personas.manager.user)
    assert KeyEvent.objects.filter(pk=event.pk).exists()


def test_an_event_is_frozen_once_its_period_is_released(personas):
    company_period(personas)
    event = _record(personas)
    event.period.status = PeriodStatus.RELEASED
    event.period.save()
    with pytest.raises(DomainError):
        _update(event, personas.manager.user)


def test_a_stale_edit_is_refused(personas):
    event = _record(personas)
    _update(event, personas.manager.user)
    with pytest.raises(ConcurrentEdit):
        _update(event, personas.manager.user, expected_version=1)


def test_the_author_or_hr_deletes_an_uncited_event(personas):
    first, second = _record(personas), _record(personas)
    with pytest.raises(DomainError):
        services.delete_key_event(event=first, actor=personas.second_line.user)
    services.delete_key_event(event=first, actor=personas.manager.user)
    services.delete_key_event(event=second, actor=personas.hr.user)
    assert not KeyEvent.objects.exists()
    assert AuditEvent.objects.filter(event="key_event.deleted").count() == 2


def test_the_form_records_and_returns_to_the_evidence_page(personas, client_for):
    period = company_period(personas)
    url = reverse("evidence:key_event_create", args=[personas.employee.pk])
    response = client_for("manager").post(url, {
        "date": today().isoformat(), "polarity": "positive", "facts": FACTS, "impact": IMPACT})
    assert response.status_code == 302
    assert response.url.endswith(f"?period={period.pk}")
    assert KeyEvent.objects.get().facts == FACTS


def test_the_form_explains_a_vague_entry_and_keeps_what_was_typed(personas, client_for):
    url = reverse("evidence:key_event_create", args=[personas.employee.pk])
    response = client_for("manager").post(url, {
        "date": today().isoformat(), "polarity": "negative", "facts": "迟到", "impact": IMPACT})
    body = response.content.decode()
    assert response.status_code == 200
    assert "请写明具体情况" in body and IMPACT in body
    assert not KeyEvent.objects.exists()


def test_the_edit_page_is_the_authors_only(personas, client_for):
    event = make_key_event(personas.employee, author=personas.manager.user)
    url = reverse("evidence:key_event_edit", args=[event.pk])
    assert client_for("hr").get(url).status_code == 404
    response = client_for("manager").post(url, {
        "date": event.date.isoformat(), "polarity": "negative", "facts": FACTS,
        "impact": "影响了整个团队的交付节奏，延误两天。", "loaded_version": 1})
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.polarity == "negative" and event.version == 2


def test_the_period_list_shows_only_events_in_the_viewers_scope(personas, client_for):
    period = company_period(personas)
    make_key_event(personas.employee, author=personas.manager.user, period=period,
                   facts="张伟的事件：按时交付了支付模块。")
    make_key_event(personas.outsider, author=personas.outsider_manager.user, period=period,
                   facts="李娜的事件：客户投诉处理及时。")
    url = reverse("evidence:period_key_events", args=[period.pk])
    manager_page = client_for("manager").get(url).content.decode()
    hr_page = client_for("hr").get(url).content.decode()
    assert "张伟的事件" in manager_page and "李娜的事件" not in manager_page
    assert "张伟的事件" in hr_page and "李娜的事件" in hr_page
    assert "张伟的事件" not in client_for("employee").get(url).content.decode()


def test_the_employee_list_filters_by_polarity(personas, client_for):
    make_key_event(personas.employee, author=personas.manager.user,
                   facts="正面事件：主动承担了值班。")
    make_key_event(personas.employee, author=personas.manager.user, polarity=Polarity.NEGATIVE,
                   facts="负面事件：未按约定提交周报。")
    url = reverse("evidence:key_events", args=[personas.employee.pk])
    body = client_for("manager").get(url, {"polarity": "negative"}).content.decode()
    assert "负面事件" in body and "正面事件" not in body
