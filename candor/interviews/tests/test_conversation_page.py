"""Conversation mode's page around the agenda: starting long before the booked time is asked
about, start and end wait for the section editors, the notes show one step at a time, the
clock reads in minutes and seconds, and the interview page offers each step at its time."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse
from freezegun import freeze_time

from candor.interviews import agenda
from candor.interviews.services import scheduling
from candor.interviews.tests.factories import BOOKED_ON, STARTS_AT, book

pytestmark = pytest.mark.django_db


def _page(client, name: str, interview) -> str:
    response = client.get(reverse(f"interviews:{name}", args=[interview.pk]))
    assert response.status_code == 200
    return response.content.decode()


def _start_form(page: str) -> str:
    start = page.rindex("<form", 0, page.index('data-testid="start"'))
    return page[start:page.index("</form>", start)]


@freeze_time(BOOKED_ON)
def test_starting_days_before_the_booked_time_is_asked_about(personas, client_for):
    interview = book(personas)
    page = _page(client_for("manager"), "conversation", interview)
    assert 'data-testid="early"' in page and "面谈安排在 2026-10-19 10:00 开始" in page
    assert 'data-confirm="面谈安排在 2026-10-19 10:00 开始，确定现在开始吗？"' in _start_form(page)


@pytest.mark.parametrize(("minutes_before", "asked"), [(31, True), (29, False), (-5, False)])
def test_only_a_start_more_than_half_an_hour_early_is_asked_about(personas, client_for,
                                                                 minutes_before, asked):
    interview = book(personas)
    with freeze_time(STARTS_AT - dt.timedelta(minutes=minutes_before)):
        page = _page(client_for("manager"), "conversation", interview)
    assert ('data-confirm=' in _start_form(page)) is asked
    assert ('data-testid="early"' in page) is asked


def test_start_and_end_wait_for_the_section_editors(personas, client_for):
    interview = book(personas)
    client = client_for("manager")
    page = _page(client, "conversation", interview)
    start = re.search(r'<button[^>]*data-testid="start"[^>]*>', page).group(0)
    assert "data-needs-editors" in start and "disabled" in start
    loaders = re.findall(r"<div[^>]*data-loader[^>]*>", page)
    assert len(loaders) == 9  # eight sections in the steps, the notes in the side panel
    assert all('hx-trigger="load, retry"' in loader for loader in loaders)
    assert 'data-text-load-failed="加载失败，请检查网络后重试。"' in page
    assert 'data-text-retry="重试"' in page
    scheduling.start_conversation(actor=personas.manager.user, interview=interview)
    end = re.search(r'<button[^>]*data-testid="end"[^>]*>', _page(client, "conversation",
                                                                  interview)).group(0)
    assert "data-needs-editors" in end and "disabled" in end


def test_the_clock_reads_in_minutes_and_seconds_against_the_planned_minutes(personas,
                                                                           client_for):
    interview = book(personas)
    scheduling.start_conversation(actor=personas.manager.user, interview=interview)
    page = _page(client_for("manager"), "conversation", interview)
    assert 'data-format-ms="%(m)s 分 %(s)s 秒"' in page
    assert 'data-format-planned="计划 %(n)s 分钟"' in page
    assert "/ 计划 60 分钟" in page and "00:00" not in page


def test_the_notes_editor_marks_each_box_with_its_agenda_step(personas, client_for):
    interview = book(personas)
    editor = client_for("manager").get(
        reverse("interviews:section", args=[interview.pk, "notes"])).content.decode()
    steps = re.findall(r'data-note-step="(\w+)"', editor)
    assert steps == [step.key for step in agenda.STEPS]
    # The record's edit page keeps every box: the script that hides them is not on it.
    assert "conversation.js" not in _page(client_for("manager"), "record_edit", interview)


def test_the_record_link_in_conversation_mode_appears_once_the_talk_started(personas,
                                                                          client_for):
    interview = book(personas)
    client = client_for("manager")
    edit = reverse("interviews:record_edit", args=[interview.pk])
    assert edit not in _page(client, "conversation", interview)
    scheduling.start_conversation(actor=personas.manager.user, interview=interview)
    assert edit in _page(client, "conversation", interview)


@freeze_time(BOOKED_ON)
def test_before_the_day_conversation_mode_is_a_secondary_link_with_the_date(personas,
                                                                          client_for):
    interview = book(personas)
    page = _page(client_for("manager"), "detail", interview)
    link = re.search(r'<a [^>]*data-testid="to-conversation"[^>]*>[^<]*</a>', page).group(0)
    assert "btn-link" in link and "面谈模式（2026-10-19 面谈当天使用）" in link
    assert reverse("interviews:record_edit", args=[interview.pk]) not in page
    assert reverse("interviews:prepare", args=[interview.pk]) in page  # preparing is open
    prepare = _page(client_for("manager"), "prepare", interview)
    link = re.search(r'<a [^>]*data-testid="to-conversation"[^>]*>[^<]*</a>', prepare).group(0)
    assert "btn-outline-secondary" in link and "2026-10-19" in link


def test_on_the_day_conversation_mode_is_the_main_action(personas, client_for):
    interview = book(personas)
    with freeze_time(STARTS_AT - dt.timedelta(hours=2)):
        page = _page(client_for("manager"), "detail", interview)
    link = re.search(r'<a [^>]*data-testid="to-conversation"[^>]*>[^<]*</a>', page).group(0)
    assert "btn-primary" in link and ">面谈模式</a>" in link
    assert reverse("interviews:record_edit", args=[interview.pk]) not in page


def test_the_record_is_offered_once_the_talk_has_started(personas, client_for):
    interview = book(personas)
    scheduling.start_conversation(actor=personas.manager.user, interview=interview)
    page = _page(client_for("manager"), "detail", interview)
    assert reverse("interviews:record_edit", args=[interview.pk]) in page
    assert 'data-testid="to-record"' in page
