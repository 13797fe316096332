"""The demo interviews: one in each state of the flow, measures written as plan rows, a sound
hash chain, 李娜's appeal in front of the committee only, a second load that changes nothing,
and a reset that rebuilds. (张伟's plan itself: candor/plans/tests/test_demo.py.)

The demo is loaded once for the module (every real service for the company, a few seconds)
inside a transaction rolled back at the end; each test runs in a savepoint inside it.
"""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.http import Http404
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from candor import access
from candor.core.models import AuditEvent
from candor.interviews.demo import load_interviews_demo
from candor.interviews.models import (
    Appeal,
    AppealStatus,
    Interview,
    InterviewStatus,
    RecordStatus,
    Room,
    SignerRole,
)
from candor.interviews.services.sealing import verify_records
from candor.org.demo import DEMO_PASSWORD
from candor.periods.demo import Q3
from candor.plans.models import Plan
from candor.plans.services.rows import agreed_on, measure_rows

FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with (django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=FAST_HASHERS),
          transaction.atomic()):
        out = StringIO()
        call_command("load_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def loaded(demo, db):
    return demo


def interview_of(name: str) -> Interview:
    return Interview.objects.select_related("record", "employee", "manager", "host",
                                            "room").get(employee__name=name)


def user(username: str):
    from candor.accounts.models import User

    return User.objects.get(username=username)


def test_it_seals_zhang_weis_october_interview_signed_by_both(loaded):
    interview = interview_of("张伟")
    record = interview.record
    assert (interview.status, record.status) == (InterviewStatus.HELD, RecordStatus.SEALED)
    assert timezone.localtime(interview.starts_at).date() == dt.date(2026, 10, 26)
    assert interview.warnings == [] and interview.manager.name == "王强"
    assert interview.host.name == "周婷"  # the department's HR clerk hosts staff interviews
    assert sorted(record.signatures.values_list("role", flat=True)) == sorted(
        [SignerRole.EMPLOYEE, SignerRole.MANAGER])
    assert not record.submitted_late
    support = record.sections.get(key="support").content["items"]
    assert any("IT 测试环境" in row["commitment"] and row["owner"] == "王强" for row in support)
    assert record.sections.get(key="employee_comments").content["text"]
    assert interview.self_assessment.submitted_at < interview.starts_at
    assert AuditEvent.objects.filter(event="record.sealed", target_id=str(record.pk)).exists()


@pytest.mark.parametrize("name", ["张伟", "吴昊", "李娜"])
def test_it_writes_measures_as_plan_rows_with_checkpoints(loaded, name):
    record = interview_of(name).record
    rows = record.sections.get(key="measures").content["items"]
    agreed = agreed_on(record)
    assert rows and all(row["owner"] == name and row["support_type"] for row in rows)
    for row in measure_rows({"items": rows}, today=agreed):
        assert row.deadline is not None and agreed < row.deadline
        assert row.checkpoints and not row.unreadable_checkpoints
        assert all(agreed < day <= row.deadline for day, _text in row.checkpoints)


def test_it_leaves_wu_haos_record_with_him_to_check(loaded):
    record = interview_of("吴昊").record
    assert record.status == RecordStatus.WITH_EMPLOYEE
    assert not record.signatures.exists()
    assert record.submitted_at < timezone.now()


def test_it_leaves_zheng_kais_draft_overdue(loaded):
    interview = interview_of("郑凯")
    record = interview.record
    assert (interview.status, record.status) == (InterviewStatus.HELD, RecordStatus.DRAFT)
    assert record.due_at == interview.ended_at + dt.timedelta(hours=24)
    assert record.due_at < timezone.now()
    assert record.sections.filter(key="goal_review").exists()


def test_it_schedules_feng_xiaodong_next_week_with_a_draft_self_assessment(loaded):
    interview = interview_of("冯晓东")
    today = timezone.localdate()
    day = timezone.localtime(interview.starts_at).date()
    assert interview.status == InterviewStatus.SCHEDULED
    assert today < day and day.isocalendar()[1] != today.isocalendar()[1]
    assert (day - today).days <= 14
    assert "late" in {w["code"] for w in interview.warnings}
    assert interview.self_assessment.submitted_at is None
    assert interview.self_assessment.performance


def test_it_refers_li_nas_appeal_to_the_committee(loaded):
    appeal = Appeal.objects.select_related("record", "employee").get(employee__name="李娜")
    assert appeal.status == AppealStatus.REFERRED
    assert appeal.record.status == RecordStatus.WITH_EMPLOYEE
    assert [item["kind"] for item in appeal.items] == ["data_accuracy"]
    assert appeal.items[0]["reason"]
    assert appeal.old_grade == appeal.sheet.grade and appeal.sheet.period.name == Q3.name


def test_it_shows_the_appeal_to_the_committee_and_not_to_another_employee(loaded):
    appeal = Appeal.objects.get(employee__name="李娜")
    committee, zhang = user("committee"), user("employee")
    assert access.get_appeal_for(committee, appeal.pk) == appeal
    assert access.can_rule(committee)
    assert appeal not in access.visible_appeals(zhang)
    with pytest.raises(Http404):
        access.get_appeal_for(zhang, appeal.pk)


def test_it_keeps_the_hash_chain_sound(loaded):
    checked, problems = verify_records()
    assert checked == 1 and problems == []


def test_it_keeps_rooms_with_the_leaders_office_flagged(loaded):
    rooms = dict(Room.objects.values_list("name", "is_leader_office"))
    assert rooms["总经理办公室"] is True
    assert {"小会议室A", "小会议室B", "洽谈室3"} <= set(rooms)
    assert not any(rooms[name] for name in ("小会议室A", "小会议室B", "洽谈室3"))
    assert "已创建演示面谈 5 场" in loaded


def test_it_gives_wang_qiang_interview_work_on_his_home_page(loaded, client):
    client.force_login(user("manager"))
    response = client.get(reverse("core:home"))
    work = response.context["interview_work"]
    assert [i.employee.name for i in work["drafts"]] == ["郑凯"]
    assert work["drafts"][0].overdue
    assert "钟华" in [s.employee.name for s in work["to_schedule"]]
    assert "张伟" not in [s.employee.name for s in work["to_schedule"]]


def test_it_changes_nothing_when_loaded_again(loaded):
    before = (Interview.objects.count(), Room.objects.count(), AuditEvent.objects.count())
    assert not load_interviews_demo().changed
    assert (Interview.objects.count(), Room.objects.count(),
            AuditEvent.objects.count()) == before


@override_settings(PASSWORD_HASHERS=FAST_HASHERS)
def test_it_wipes_and_rebuilds_the_interviews_on_reset(loaded):
    old = set(Interview.objects.values_list("pk", flat=True))
    call_command("load_demo", reset=True, stdout=StringIO())
    assert not old & set(Interview.objects.values_list("pk", flat=True))
    assert Interview.objects.count() == 5
    assert verify_records() == (1, [])
    assert list(Plan.objects.values_list("employee__name", flat=True)) == ["张伟"]
    assert user("employee").check_password(DEMO_PASSWORD)
