"""Triage services: validation, history, audit, expiry between scans, bulk."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.support.builders import make_member, make_org, seed
from tracesec.audit.models import AuditEvent
from tracesec.common.errors import ApplicationError
from tracesec.findings.models import Finding, Status, TriageAction, TriageEvent
from tracesec.findings.triage import (
    finding_comment,
    finding_ignore,
    finding_reopen,
    findings_bulk_triage,
    findings_expire_ignores,
)

pytestmark = pytest.mark.django_db


def test_ignore_validates_reason_and_expiry() -> None:
    org = make_org()
    member = make_member(org)
    seed(org)
    finding = Finding.objects.filter(organization=org).first()
    with pytest.raises(ApplicationError) as info:
        finding_ignore(finding=finding, actor=member.user, reason="because")
    assert info.value.code == "invalid_reason"
    with pytest.raises(ApplicationError) as info:
        finding_ignore(
            finding=finding,
            actor=member.user,
            reason="wont_fix",
            expires_at=timezone.now() - timedelta(days=1),
        )
    assert info.value.code == "invalid_expiry"
    finding.refresh_from_db()
    assert finding.status == Status.OPEN
    assert not TriageEvent.objects.exists()


def test_ignore_reopen_comment_write_history_and_audit() -> None:
    org = make_org()
    member = make_member(org)
    seed(org)
    finding = Finding.objects.filter(organization=org).first()
    finding_ignore(finding=finding, actor=member.user, reason="used_in_tests", comment="fixture")
    finding_comment(finding=finding, actor=member.user, body="looked at it")
    finding_reopen(finding=finding, actor=member.user)
    with pytest.raises(ApplicationError):
        finding_reopen(finding=finding, actor=member.user)  # not ignored any more
    with pytest.raises(ApplicationError):
        finding_comment(finding=finding, actor=member.user, body="   ")
    actions = list(
        TriageEvent.objects.filter(finding=finding).order_by("id").values_list("action", "reason")
    )
    assert actions == [(TriageAction.IGNORED, "used_in_tests"), (TriageAction.REOPENED, "")]
    audited = set(AuditEvent.objects.filter(organization=org).values_list("action", flat=True))
    assert {"finding.ignored", "finding.reopened", "finding.commented"} <= audited


def test_fixed_findings_cannot_be_ignored() -> None:
    org = make_org()
    member = make_member(org)
    seed(org)
    finding = Finding.objects.filter(organization=org).first()
    Finding.objects.filter(pk=finding.pk).update(status=Status.FIXED)
    with pytest.raises(ApplicationError) as info:
        finding_ignore(finding=finding, actor=member.user, reason="wont_fix")
    assert info.value.code == "finding_fixed"


def test_expired_ignores_reopen_between_scans() -> None:
    org = make_org()
    member = make_member(org)
    seed(org)
    a, b = Finding.objects.filter(organization=org)[:2]
    soon = timezone.now() + timedelta(days=1)
    finding_ignore(finding=a, actor=member.user, reason="accepted_risk", expires_at=soon)
    finding_ignore(finding=b, actor=member.user, reason="accepted_risk")  # no expiry
    assert findings_expire_ignores() == 0
    assert findings_expire_ignores(now=soon + timedelta(seconds=1)) == 1
    a.refresh_from_db()
    b.refresh_from_db()
    assert a.status == Status.OPEN
    assert a.ignore_reason == ""
    assert b.status == Status.IGNORED
    assert TriageEvent.objects.filter(finding=a, action=TriageAction.IGNORE_EXPIRED).exists()


def test_bulk_ignore_then_reopen_with_limits() -> None:
    org = make_org()
    member = make_member(org)
    seed(org)
    ids = list(Finding.objects.filter(organization=org).values_list("pk", flat=True))
    result = findings_bulk_triage(
        organization=org,
        actor=member.user,
        finding_ids=ids,
        operation="ignore",
        reason="false_positive",
    )
    assert result.changed == len(ids)
    assert result.skipped == 0
    result = findings_bulk_triage(
        organization=org, actor=member.user, finding_ids=ids[:2], operation="reopen"
    )
    assert result.changed == 2
    assert Finding.objects.filter(organization=org, status=Status.IGNORED).count() == len(ids) - 2
    with pytest.raises(ApplicationError):
        findings_bulk_triage(
            organization=org, actor=member.user, finding_ids=[], operation="ignore"
        )
    with pytest.raises(ApplicationError):
        findings_bulk_triage(
            organization=org, actor=member.user, finding_ids=ids, operation="delete"
        )
    with pytest.raises(ApplicationError):
        findings_bulk_triage(
            organization=org,
            actor=member.user,
            finding_ids=list(range(1, 1002)),
            operation="ignore",
            reason="wont_fix",
        )
