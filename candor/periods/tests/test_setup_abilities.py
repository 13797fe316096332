"""HR keeps the ability and attitude items on a page of its own (not in the Django admin)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from candor.core.errors import ConcurrentEdit, DomainError
from candor.core.models import AuditEvent
from candor.periods.models import AbilityItem, AbilityKind, AbilityRating, Assessment
from candor.periods.setup import services
from candor.periods.tests.results_factories import scoring_period, seed_sheet

pytestmark = pytest.mark.django_db


def _item(name: str = "责任心", **extra) -> AbilityItem:
    return AbilityItem.objects.create(kind=extra.pop("kind", AbilityKind.ATTITUDE), name=name,
                                      **extra)


def test_it_lets_hr_create_an_item_from_the_period_list(personas, client_for):
    client = client_for("hr")
    listing = client.get(reverse("periods:period_list")).content.decode()
    assert reverse("periods:ability_list") in listing
    response = client.post(reverse("periods:ability_create"), {
        "kind": AbilityKind.ABILITY, "name": " 专业能力 ", "description": "掌握专业知识",
        "order": "2", "is_active": "on"})
    assert response.status_code == 302
    item = AbilityItem.objects.get()
    assert (item.name, item.kind, item.order, item.is_active) == ("专业能力", "ability", 2, True)
    event = AuditEvent.objects.get(event="ability_item.created")
    assert event.data["name"] == "专业能力" and event.actor == personas.hr.user
    page = client.get(reverse("periods:ability_list")).content.decode()
    assert "专业能力" in page and "掌握专业知识" in page


def test_it_edits_an_item_and_records_what_changed(personas, client_for):
    item = _item()
    response = client_for("hr").post(reverse("periods:ability_edit", args=[item.pk]), {
        "kind": AbilityKind.ATTITUDE, "name": "责任担当", "description": "", "order": "0",
        "is_active": "on", "loaded_version": item.version})
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.name, item.version) == ("责任担当", 2)
    assert AuditEvent.objects.get(event="ability_item.updated").data["changes"]["name"] == [
        "责任心", "责任担当"]


def test_it_refuses_a_second_item_with_the_same_name(personas, client_for):
    _item()
    response = client_for("hr").post(reverse("periods:ability_create"), {
        "kind": AbilityKind.ABILITY, "name": "责任心", "order": "0", "is_active": "on"})
    assert response.status_code == 200
    assert "已有名为“责任心”的能力态度项" in response.content.decode()
    assert AbilityItem.objects.count() == 1


def test_it_refuses_an_edit_made_on_a_stale_page(personas):
    item = _item()
    services.save_ability_item(item=item, fields={"order": 3}, actor=personas.hr.user,
                               expected_version=1)
    with pytest.raises(ConcurrentEdit):
        services.save_ability_item(item=item, fields={"order": 4}, actor=personas.hr.user,
                                   expected_version=1)


def test_it_refuses_an_item_without_a_name(personas):
    with pytest.raises(DomainError, match="请填写能力态度项的名称"):
        services.save_ability_item(item=None, fields={"kind": AbilityKind.ABILITY,
                                                      "name": "  "}, actor=personas.hr.user)


def test_a_deactivated_item_leaves_the_rating_page_but_keeps_its_ratings(personas,
                                                                         client_for):
    sheet = seed_sheet(scoring_period(personas.tech), personas.employee)
    kept, dropped, unrated = _item("专业能力"), _item("责任心"), _item("团队合作")
    AbilityRating.objects.create(sheet=sheet, item=dropped, rating="B",
                                 assessment=Assessment.MEETS)
    client = client_for("hr")
    for item in (dropped, unrated):
        response = client.post(reverse("periods:ability_active", args=[item.pk]),
                               {"active": "0"})
        assert response.status_code == 302
    assert set(AbilityItem.objects.filter(is_active=True)) == {kept}
    assert AuditEvent.objects.filter(event="ability_item.deactivated").count() == 2
    rate_page = client_for("manager").get(reverse("periods:results_rate", args=[sheet.pk]))
    rows = {row.item.name for row in rate_page.context["abilities"]}
    assert rows == {"专业能力", "责任心"}  # 责任心 stays: this sheet has already rated it
    client.post(reverse("periods:ability_active", args=[unrated.pk]), {"active": "1"})
    unrated.refresh_from_db()
    assert unrated.is_active


@pytest.mark.parametrize("who", ["manager", "employee", "committee"])
def test_it_is_hrs_page_only(personas, client_for, who):
    item = _item()
    client = client_for(who)
    assert client.get(reverse("periods:ability_list")).status_code == 404
    assert client.post(reverse("periods:ability_active", args=[item.pk]),
                       {"active": "0"}).status_code == 404
    item.refresh_from_db()
    assert item.is_active


def test_the_empty_rating_table_points_hr_to_the_catalogue(personas, client_for):
    sheet = seed_sheet(scoring_period(personas.tech), personas.employee)
    url = reverse("periods:results_rate", args=[sheet.pk])
    hr_page = client_for("hr").get(url).content.decode()
    assert "尚未设置能力态度项" in hr_page and reverse("periods:ability_list") in hr_page
    manager_page = client_for("manager").get(url).content.decode()
    assert "尚未设置能力态度项" in manager_page
    assert reverse("periods:ability_list") not in manager_page
