"""What assistive technology reads on the interview forms: each question row has a name,
a required field's name is its label (the star is for the eye only), and the booking form
says for which interview types the goal sheet is required."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from freezegun import freeze_time

from candor.interviews.tests.factories import BOOKED_ON, book, released_sheet, submitted

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


def _question_labels(page: str) -> list[str]:
    return re.findall(r'<input type="text" name="questions"[^>]*aria-label="([^"]*)"', page)


def test_the_self_assessment_questions_are_numbered_for_screen_readers(personas, client_for):
    interview = book(personas)
    url = reverse("interviews:self_assessment", args=[interview.pk])
    client = client_for("employee")
    labels = _question_labels(client.get(url).content.decode())
    assert labels == [f"问题 {n}" for n in range(1, len(labels) + 1)] and len(labels) >= 3
    added = client.get(url, {"part": "question_row", "n": "6"}, headers=HTMX).content.decode()
    assert _question_labels(added) == ["问题 6"]
    page = client.get(url).content.decode()
    assert "#question-rows > li" in page  # the add button sends the new row's number


def test_the_preparation_questions_and_disagreements_have_names(personas, client_for):
    interview = book(personas)
    client = client_for("manager")
    page = client.get(reverse("interviews:prepare", args=[interview.pk])).content.decode()
    labels = _question_labels(page)
    assert labels[:3] == ["问题 1", "问题 2", "问题 3"]
    assert 'name="disagreement_point"' in page
    assert re.search(r'name="disagreement_point"[^>]*aria-label="可能的分歧或情绪点"', page)
    assert re.search(r'name="disagreement_evidence"[^>]*aria-label="准备的事实与依据"', page)


def test_a_required_fields_star_is_hidden_from_its_accessible_name(personas, client_for):
    record = submitted(personas)
    page = client_for("employee").get(
        reverse("interviews:record", args=[record.interview_id])).content.decode()
    # The correction form comes from the shared field partial.
    assert re.search(r'涉及部分 <span class="text-danger" aria-hidden="true">\*</span></label>',
                     page)
    assert '<span class="text-danger">*</span>' not in page
    booking = client_for("manager").get(reverse("interviews:schedule")).content.decode()
    assert re.search(r'员工 <span class="text-danger" aria-hidden="true">\*</span></label>',
                     booking)
    assert '<span class="text-danger">*</span>' not in booking


@freeze_time(BOOKED_ON)
def test_the_booking_form_says_when_the_goal_sheet_is_required(personas, client_for):
    released_sheet(personas.employee)
    page = client_for("manager").get(reverse("interviews:schedule"),
                                     {"employee": personas.employee.pk}).content.decode()
    assert re.search(r'绩效考核表 <span class="text-danger" aria-hidden="true">\*</span></label>',
                     page)
    assert ('<span class="small text-muted" id="id_sheet-required-when" '
            'data-testid="required-when">定期、改进、警告面谈必填</span>') in page
    assert re.search(r'<select name="sheet"[^>]*aria-describedby="id_sheet-required-when"',
                     page)
