"""HR keeps goal templates per position or job sequence."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from candor.core.errors import DomainError
from candor.periods.models import GoalTemplate
from candor.periods.setup import services
from candor.periods.tests.factories import make_template, six_goals


def _post_data(name: str, items: list[dict], **fields) -> dict:
    data = {"name": name, "is_active": "on", "items-TOTAL_FORMS": str(len(items) + 1),
            "items-INITIAL_FORMS": "0", "items-MIN_NUM_FORMS": "0",
            "items-MAX_NUM_FORMS": "1000", **fields}
    for i, item in enumerate(items):
        row = {"direction": "higher", "rule": "linear", "points_per_pct": "1",
               "rating_scale": "A=1, B=0.8, C=0.6, D=0.4"} | item
        data |= {f"items-{i}-{k}": str(v) for k, v in row.items()}
    # the untouched extra row, as the browser sends it
    data |= {f"items-{len(items)}-direction": "higher", f"items-{len(items)}-rule": "linear",
             f"items-{len(items)}-points_per_pct": "1",
             f"items-{len(items)}-rating_scale": "A=1.0, B=0.8, C=0.6, D=0.4"}
    return data


def test_it_lets_hr_create_a_position_template_in_the_browser(personas, client_for):
    items = [{"name": "需求交付", "unit": "个", "target": "12", "weight": "70"},
             {"name": "日常表现", "weight": "30", "rule": "manager"}]
    response = client_for("hr").post(reverse("periods:template_create"), _post_data(
        "工程师", items, position=personas.employee.position_id))
    assert response.status_code == 302
    template = GoalTemplate.objects.get(name="工程师")
    assert [(i.name, i.weight) for i in template.items.all()] == [
        ("需求交付", Decimal(70)), ("日常表现", Decimal(30))]
    listing = client_for("hr").get(reverse("periods:template_list")).content.decode()
    assert "工程师" in listing


def test_it_refuses_item_weights_that_do_not_total_100(personas, client_for):
    items = [{"name": "需求交付", "target": "12", "weight": "70"},
             {"name": "缺陷数", "target": "5", "weight": "20", "direction": "lower"}]
    page = client_for("hr").post(reverse("periods:template_create"), _post_data(
        "工程师", items, position=personas.employee.position_id)).content.decode()
    assert "权重合计为 90，必须等于 100" in page
    assert not GoalTemplate.objects.exists()


def test_it_refuses_a_zero_target_for_a_linear_item_naming_it(personas):
    items = six_goals()
    items[2]["target"] = Decimal(0)
    with pytest.raises(DomainError, match="指标“指标3”：按偏差计分的指标目标值不能为 0"):
        services.save_template(template=None, items=items, actor=personas.hr.user,
                               fields={"name": "工程师", "position": personas.employee.position})


def test_it_needs_exactly_one_of_position_and_sequence(personas):
    position = personas.employee.position
    with pytest.raises(DomainError, match="只能对应一个岗位或一个岗位序列"):
        services.save_template(template=None, items=six_goals(), actor=personas.hr.user,
                               fields={"name": "两者", "position": position,
                                       "sequence": position.sequence})


def test_it_refuses_a_second_active_template_for_the_same_position(personas):
    make_template("旧模板", position=personas.employee.position)
    with pytest.raises(DomainError, match="已有启用的目标模板“旧模板”"):
        services.save_template(template=None, items=six_goals(), actor=personas.hr.user,
                               fields={"name": "新模板", "is_active": True,
                                       "position": personas.employee.position})


def test_it_edits_a_template_replacing_its_items(personas, client_for):
    template = make_template("工程师", position=personas.employee.position)
    url = reverse("periods:template_edit", args=[template.pk])
    client = client_for("hr")
    form_page = client.get(url)
    assert form_page.context["formset"].initial_form_count() == 6
    response = client.post(url, _post_data(
        "工程师（新）", [{"name": "唯一指标", "target": "1", "weight": "100"}],
        position=personas.employee.position_id, loaded_version=template.version))
    assert response.status_code == 302
    template.refresh_from_db()
    assert template.name == "工程师（新）" and template.version == 2
    assert [i.name for i in template.items.all()] == ["唯一指标"]


def test_it_deletes_a_template(personas, client_for):
    template = make_template(position=personas.employee.position)
    client_for("hr").post(reverse("periods:template_delete", args=[template.pk]))
    assert not GoalTemplate.objects.exists()
