"""The demo's improvement plan: 张伟's Q3 plan a month on — the checklist done, the courses on
track, the regression cases at risk with an overdue checkpoint — and 王强's promised test
environment still not delivered; a second load changes nothing and a reset rebuilds it.

The demo is loaded once for the module inside a transaction rolled back at the end; each test
runs in a savepoint inside it.
"""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from candor.core.models import AuditEvent
from candor.interviews.models import Interview
from candor.interviews.services.sealing import verify_records
from candor.notifications.models import Notification
from candor.plans.models import (
    Checkpoint,
    Commitment,
    CommitmentStatus,
    Measure,
    MeasureStatus,
    Plan,
    PlanStatus,
    ProgressNote,
    SupportType,
)
from candor.plans.selectors.plans import Filters, plan_page, plans_for

FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with (django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=FAST_HASHERS),
          transaction.atomic()):
        call_command("load_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def loaded(demo, db):
    return demo


def user(username: str):
    from candor.accounts.models import User

    return User.objects.get(username=username)


def zhang_weis_plan() -> Plan:
    return Plan.objects.select_related("employee", "manager", "record__interview").get(
        employee__name="张伟")


def measures(plan: Plan) -> list[Measure]:
    return list(plan.measures.order_by("order", "pk"))


def plan_state(plan: Plan) -> tuple:
    """What a reader of the plan page sees: each measure's status and overdue flags, each
    promise's status and lateness."""
    page = plan_page(user("employee"), plan)
    return (
        [(mv.measure.status, mv.overdue, [c.overdue for c in mv.checkpoints],
          [c.checkpoint.done_at is not None for c in mv.checkpoints]) for mv in page.measures],
        sorted((cv.commitment.owner_name, cv.commitment.status, cv.overdue)
               for cv in page.commitments))


def test_it_makes_zhang_weis_plan_from_his_sealed_q3_record(loaded):
    plan = zhang_weis_plan()
    assert plan.status == PlanStatus.ACTIVE and plan.manager.name == "王强"
    assert plan.record == Interview.objects.get(employee__name="张伟").record
    assert Plan.objects.count() == 1  # only sealed records make plans
    rows = measures(plan)
    assert [m.owner.name for m in rows] == ["张伟"] * 3
    assert [m.support_type for m in rows] == [
        SupportType.PEOPLE, SupportType.TRAINING, SupportType.BUDGET]
    assert all(m.steps and m.findings == [] for m in rows)  # SMART as agreed
    agreed = timezone.localtime(plan.record.interview.starts_at).date()
    assert all(agreed < cp.date <= m.deadline for m in rows for cp in m.checkpoints.all())
    assert [m.checkpoints.count() for m in rows] == [2, 3, 3]


def test_it_shows_one_measure_done_one_on_track_and_one_at_risk(loaded):
    measures_seen, _commitments = plan_state(zhang_weis_plan())
    assert [status for status, *_rest in measures_seen] == [
        MeasureStatus.DONE, MeasureStatus.ON_TRACK, MeasureStatus.AT_RISK]
    done, on_track, at_risk = measures_seen
    assert done == (MeasureStatus.DONE, False, [False, False], [True, True])
    assert on_track == (MeasureStatus.ON_TRACK, False, [False, False, False],
                        [True, False, False])
    assert at_risk == (MeasureStatus.AT_RISK, False, [True, False, False],
                       [False, False, False])


def test_it_leaves_the_at_risk_measures_first_checkpoint_overdue(loaded):
    cases = measures(zhang_weis_plan())[2]
    first = cases.checkpoints.order_by("date").first()
    assert first.done_at is None and first.date < timezone.localdate()
    assert "测试环境" in first.text
    note = cases.notes.get()
    assert note.status == MeasureStatus.AT_RISK and note.checkpoint is None
    assert "测试环境" in note.text


def test_it_records_the_progress_as_zhang_wei_at_the_checkpoints(loaded):
    plan = zhang_weis_plan()
    checklist, courses, _cases = measures(plan)
    employee = user("employee")
    assert set(ProgressNote.objects.filter(measure__plan=plan).values_list(
        "author", flat=True)) == {employee.pk}
    assert [n.status for n in checklist.notes.order_by("pk")] == [
        MeasureStatus.ON_TRACK, MeasureStatus.DONE]
    assert all(cp.done_by == employee and cp.note for cp in checklist.checkpoints.all())
    first_course = courses.notes.get()
    assert first_course.checkpoint == courses.checkpoints.order_by("date").first()
    assert AuditEvent.objects.filter(event="plan.progress", actor=employee,
                                     target_id=str(plan.pk)).count() == 4


def test_it_leaves_wang_qiangs_test_environment_undelivered_and_overdue(loaded):
    plan = zhang_weis_plan()
    _measures, promises = plan_state(plan)
    assert promises == [("周婷", CommitmentStatus.OPEN, False),
                        ("王强", CommitmentStatus.DELIVERED, False),
                        ("王强", CommitmentStatus.OPEN, True)]
    environment = Commitment.objects.get(plan=plan, text__contains="IT 测试环境")
    assert environment.owner.name == "王强" and environment.due < timezone.localdate()
    assert environment.status == CommitmentStatus.OPEN and environment.delivered_at is None
    delivered = Commitment.objects.get(plan=plan, status=CommitmentStatus.DELIVERED)
    assert "杨帆" in delivered.text and delivered.note
    assert AuditEvent.objects.filter(event="plan.commitment_delivered",
                                     actor=user("manager"), target_id=str(plan.pk)).exists()


def test_it_counts_the_overdue_items_on_the_plan_list(loaded):
    row = plans_for(user("manager"), Filters()).get(employee__name="张伟")
    assert (row.measures_total, row.measures_done) == (3, 1)
    assert (row.overdue_checkpoints, row.overdue_commitments, row.overdue_measures) == (1, 1, 0)
    assert row.next_checkpoint_date < timezone.localdate()  # the overdue one comes first


def test_it_shows_zhang_wei_the_overdue_checkpoint_and_promise(loaded, client):
    client.force_login(user("employee"))
    response = client.get(reverse("plans:detail", args=[zhang_weis_plan().pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('data-testid="checkpoint-overdue"') == 1
    assert html.count('data-testid="commitment-overdue"') == 1
    assert 'data-testid="measure-overdue"' not in html


def test_it_tells_wang_qiang_of_the_risk_and_zhang_wei_of_the_delivery(loaded):
    assert Notification.objects.filter(recipient=user("manager"), kind="plan.at_risk").exists()
    assert Notification.objects.filter(recipient=user("employee"),
                                       kind="plan.commitment").count() == 1


def test_it_changes_nothing_when_loaded_again(loaded):
    models = (Plan, Measure, Checkpoint, ProgressNote, Commitment, AuditEvent)
    before = [m.objects.count() for m in models]
    before_state = plan_state(zhang_weis_plan())
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert "演示数据已是最新" in out.getvalue()
    assert [m.objects.count() for m in models] == before
    assert plan_state(zhang_weis_plan()) == before_state


@override_settings(PASSWORD_HASHERS=FAST_HASHERS)
def test_it_rebuilds_the_plan_on_reset(loaded):
    old = zhang_weis_plan()
    expected = plan_state(old)
    call_command("load_demo", reset=True, stdout=StringIO())
    assert not Plan.objects.filter(pk=old.pk).exists()
    assert not Measure.objects.filter(plan_id=old.pk).exists()
    plan = zhang_weis_plan()
    assert plan_state(plan) == expected
    assert ProgressNote.objects.filter(measure__plan=plan).count() == 4
    assert verify_records() == (1, [])


@override_settings(PASSWORD_HASHERS=FAST_HASHERS)
def test_it_gives_way_to_a_synthetic_company_on_reset(loaded):
    call_command("load_demo", employees=50, periods=2, reset=True, stdout=StringIO())
    assert not Plan.objects.exists() and not ProgressNote.objects.exists()
    assert not Checkpoint.objects.exists() and not Commitment.objects.exists()
    assert not Interview.objects.exists()
