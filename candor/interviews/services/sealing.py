"""Signatures, the seal and its hash chain, addenda, and verification (R3.7).

content_hash = SHA-256 over the canonical JSON of the header snapshot and every section.
Each sealed record also stores chain_hash = SHA-256(previous chain_hash + content_hash),
so rewriting a record *and* its stored hash still breaks every later link.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from candor import access
from candor.access.logging import client_ip
from candor.core.audit import audit
from candor.core.errors import DomainError, InvalidTransition
from candor.interviews import sections
from candor.interviews.models import (
    Addendum,
    Record,
    RecordChainHead,
    RecordStatus,
    Signature,
    SignerRole,
)
from candor.interviews.services.messages import tell
from candor.interviews.services.record import contents, void_signatures


def canonical(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def compute_hash(record: Record) -> str:
    """Over the sections as stored (not padded with empty ones), so that a section type
    added in a later release does not change the hash of records sealed before it."""
    stored = {s.key: s.content for s in record.sections.all()}
    payload = {"record": record.pk, "interview": record.interview_id, "header": record.header,
               "sections": stored}
    return hashlib.sha256(canonical(payload)).hexdigest()


def link_hash(previous: str, content_hash: str) -> str:
    return hashlib.sha256(f"{previous}:{content_hash}".encode()).hexdigest()


def addendum_hash(addendum: Addendum) -> str:
    return hashlib.sha256(canonical({
        "record": addendum.record_id, "author": addendum.author_id, "text": addendum.text,
        "at": addendum.created_at.isoformat()})).hexdigest()


def _role_for(actor, record: Record) -> str:
    interview = record.interview
    if access.is_interviewee(actor, interview):
        return SignerRole.EMPLOYEE
    if access.scope_for(actor).employee_id == interview.manager_id:
        return SignerRole.MANAGER
    raise DomainError(_("只有员工本人和直属上级可以在记录上签字。"), code="forbidden")


@transaction.atomic
def sign_record(*, actor, record: Record, password: str, request=None,
                now: datetime | None = None) -> Record:
    """Sign with the password typed again; both signatures seal the record."""
    now = now or timezone.now()
    record = Record.objects.select_for_update(of=("self",)).select_related(
        "interview__employee", "interview__manager", "interview__host").get(pk=record.pk)
    role = _role_for(actor, record)
    if not actor.check_password(password or ""):
        raise DomainError(_("密码不正确，未签字。"), code="password")
    if record.status != RecordStatus.WITH_EMPLOYEE:
        raise InvalidTransition(_("记录当前为“%(status)s”状态，现在不能签字。")
                                % {"status": record.get_status_display()})
    if record.signatures.filter(role=role).exists():
        raise InvalidTransition(_("您已经签过字了。"))
    if role == SignerRole.EMPLOYEE:
        missing = sections.problems("employee_comments",
                                    contents(record)["employee_comments"])
        if missing:
            raise DomainError(_("签字前请先填写员工意见。"), code="comments")
    digest = compute_hash(record)
    stale = [s for s in record.signatures.select_related("signer") if s.content_hash != digest]
    if stale:
        # Every change voids signatures as it is saved; this only catches a path that did
        # not, so that a seal never joins two signatures over different content.
        void_signatures(actor=actor, record=record, only=stale,
                        change=lambda: _("记录内容"))
    Signature.objects.create(record=record, role=role, signer=actor,
                             signer_name=actor.display_name(), signed_at=now,
                             content_hash=digest, ip=client_ip(request))
    audit(actor=actor, event="record.signed", target=record,
          data={"role": role, "hash": digest})
    interview = record.interview
    if record.signatures.count() == 2:
        _seal(record, digest, now=now, actor=actor)
        from candor.plans.services.lifecycle import on_record_sealed

        on_record_sealed(record=record, contents=contents(record), actor=actor)
        tell([interview.employee, interview.manager, interview.host], kind="record.sealed",
             url=record.get_absolute_url(),
             subject=lambda: _("面谈记录已签字归档"),
             body=lambda: _("%(employee)s 与 %(manager)s 的面谈记录已由双方签字，"
                            "归入人力资源档案。") % {"employee": interview.employee.name,
                                         "manager": interview.manager.name})
    else:
        other = interview.manager if role == SignerRole.EMPLOYEE else interview.employee
        tell([other], kind="record.signed", url=record.get_absolute_url(),
             subject=lambda: _("%(name)s 已在面谈记录上签字") % {"name": actor.display_name()},
             body=lambda: _("请阅读面谈记录并签字。"))
    return record


def _seal(record: Record, digest: str, *, now: datetime, actor) -> None:
    head, _created = RecordChainHead.objects.get_or_create(pk=1)
    head = RecordChainHead.objects.select_for_update(of=("self",)).get(pk=head.pk)
    record.status = RecordStatus.SEALED
    record.sealed_at = now
    record.content_hash = digest
    record.chain_index = head.last_index + 1
    record.chain_prev = head.last_hash
    record.chain_hash = link_hash(head.last_hash, digest)
    record.version += 1
    record.save()
    head.last_index, head.last_hash = record.chain_index, record.chain_hash
    head.save()
    audit(actor=actor, event="record.sealed", target=record,
          data={"hash": digest, "chain_index": record.chain_index,
                "chain_hash": record.chain_hash})


@transaction.atomic
def add_addendum(*, actor, record: Record, text: str) -> Addendum:
    """Later information about a sealed record: the interview's people and HR may add it."""
    record = Record.objects.select_for_update().select_related("interview").get(pk=record.pk)
    interview = record.interview
    scope = access.scope_for(actor)
    allowed = (scope.employee_id in (interview.employee_id, interview.manager_id,
                                     interview.host_id) or scope.sees_everyone)
    if not allowed:
        raise DomainError(_("您不能为该记录添加补充说明。"), code="forbidden")
    if record.status != RecordStatus.SEALED:
        raise InvalidTransition(_("记录还没有归档，请直接修改记录内容。"))
    if not text.strip():
        raise DomainError(_("请填写补充内容。"), code="text")
    addendum = Addendum(record=record, author=actor, author_name=actor.display_name(),
                        text=text.strip()[:4000], created_at=timezone.now())
    addendum.content_hash = addendum_hash(addendum)
    addendum.save()
    audit(actor=actor, event="record.addendum_added", target=record,
          data={"addendum": addendum.pk, "hash": addendum.content_hash})
    return addendum


@dataclass(frozen=True)
class Problem:
    record_id: int
    interview_id: int
    employee: str
    reason: str


def verify_records() -> tuple[int, list[Problem]]:
    """Recompute every sealed record's hash and the chain; name what no longer matches."""
    problems: list[Problem] = []
    previous = ""
    checked = 0
    sealed = (Record.objects.filter(chain_index__isnull=False).order_by("chain_index")
              .select_related("interview__employee").prefetch_related("sections", "addenda",
                                                                     "signatures"))
    for record in sealed.iterator(chunk_size=200):
        checked += 1
        name = record.interview.employee.name
        def report(reason: str, record=record, name=name) -> None:
            problems.append(Problem(record.pk, record.interview_id, name, reason))
        if compute_hash(record) != record.content_hash:
            report(_("记录内容与归档时的哈希不一致（内容被改动过）"))
        if record.chain_prev != previous:
            report(_("哈希链断开：前一条记录的链哈希不一致"))
        if link_hash(record.chain_prev, record.content_hash) != record.chain_hash:
            report(_("链哈希与内容哈希不一致（归档哈希被改动过）"))
        for signature in record.signatures.all():
            if signature.content_hash != record.content_hash:
                report(_("%(name)s 的签字对应的内容与归档内容不一致")
                       % {"name": signature.signer_name})
        for addendum in record.addenda.all():
            if addendum_hash(addendum) != addendum.content_hash:
                report(_("补充说明（%(date)s）被改动过") % {
                    "date": timezone.localtime(addendum.created_at).strftime("%Y-%m-%d")})
        previous = record.chain_hash
    return checked, problems
