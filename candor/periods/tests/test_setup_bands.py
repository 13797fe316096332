"""Grade bands: configurable per company and per period, never leaving a gap or overlap."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from candor.core.errors import DomainError
from candor.core.models import AuditEvent
from candor.periods.models import PeriodStatus
from candor.periods.setup import services
from candor.periods.tests.factories import make_period


def _rows(scale) -> list[dict]:
    return [{"label": b.label, "multiplier": b.multiplier, "lower": b.lower,
             "lower_inclusive": b.lower_inclusive, "upper": b.upper,
             "upper_inclusive": b.upper_inclusive} for b in scale.bands.all()]


def _post_data(rows: list[dict], version: int) -> dict:
    data = {"bands-TOTAL_FORMS": str(len(rows)), "bands-INITIAL_FORMS": str(len(rows)),
            "bands-MIN_NUM_FORMS": "0", "bands-MAX_NUM_FORMS": "1000",
            "scale_version": str(version)}
    for i, row in enumerate(rows):
        for key, value in row.items():
            if isinstance(value, bool):
                if value:
                    data[f"bands-{i}-{key}"] = "on"
            else:
                data[f"bands-{i}-{key}"] = "" if value is None else str(value)
    return data


def test_it_refuses_bands_that_leave_a_gap_naming_the_band(personas):
    scale = services.company_grade_scale()
    rows = _rows(scale)
    rows[3]["lower"] = Decimal(101)  # 优- now starts above 101: 100 < s ≤ 101 has no grade
    with pytest.raises(DomainError, match="等级“优-”与下一档等级之间有空档"):
        services.save_bands(scale=scale, bands=rows, actor=personas.hr.user)
    assert [b.lower for b in scale.bands.all()][3] == 100


def test_it_refuses_overlapping_bands_naming_the_band(personas):
    scale = services.company_grade_scale()
    rows = _rows(scale)
    rows[1]["upper_inclusive"] = True  # 差 would include 90, which 良好 also includes
    with pytest.raises(DomainError, match="等级“良好”与下一档等级重叠"):
        services.save_bands(scale=scale, bands=rows, actor=personas.hr.user)


def test_it_saves_valid_bands_in_the_browser_and_shows_a_refusal(personas, client_for):
    scale = services.company_grade_scale()
    client = client_for("hr")
    url = reverse("periods:company_bands")
    rows = _rows(scale)
    rows[4]["multiplier"] = Decimal("1.3")
    response = client.post(url, _post_data(rows, scale.version))
    assert response.status_code == 302
    scale.refresh_from_db()
    assert scale.bands.get(label="优+").multiplier == Decimal("1.3")
    assert AuditEvent.objects.filter(event="grade_scale.bands_saved").exists()
    rows[0]["upper"] = Decimal(70)
    page = client.post(url, _post_data(rows, scale.version)).content.decode()
    assert "等级“差”与下一档等级之间有空档" in page


def test_it_leaves_existing_periods_alone_when_the_company_default_changes(personas):
    period = services.open_period(name="Q4", kind="quarterly",
                                  start_date=make_period().start_date,
                                  end_date=make_period().end_date,
                                  departments=[personas.tech], actor=personas.hr.user)
    company = services.company_grade_scale()
    rows = _rows(company)
    rows[4]["multiplier"] = Decimal("1.5")
    services.save_bands(scale=company, bands=rows, actor=personas.hr.user)
    assert period.grade_scale.bands.get(label="优+").multiplier == Decimal("1.2")


def test_it_freezes_a_periods_bands_once_results_are_released(personas):
    period = make_period(status=PeriodStatus.RELEASED)
    with pytest.raises(DomainError, match="结果已发布"):
        services.save_bands(scale=period.grade_scale, bands=_rows(period.grade_scale),
                            actor=personas.hr.user)
