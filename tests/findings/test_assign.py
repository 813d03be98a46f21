"""Assigning a finding: to a member of its organization only, audited, refused for another
organization's finding (404) and for a non-member assignee (nothing changes)."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from tests.support.builders import engine_finding, make_repository, make_scan, scan_result
from tracesec.audit.models import AuditEvent
from tracesec.findings.models import Finding
from tracesec.findings.recording import findings_record
from tracesec.findings.triage import FindingAuditAction

pytestmark = pytest.mark.django_db


def _finding(org: Any) -> Finding:
    repository = make_repository(org.organization, "o/assign")
    findings_record(
        scan=make_scan(repository),
        result=scan_result((engine_finding("f-assign"),)),
        now=timezone.now(),
    )
    return Finding.objects.get(repository=repository)


def test_assign_and_unassign_are_audited(org_a: Any, client_for: Any) -> None:
    finding = _finding(org_a)
    client = client_for(org_a.admin)
    client.post(f"/findings/{finding.pk}/assign/", {"assignee": org_a.viewer.user_id})
    finding.refresh_from_db()
    assert finding.assignee_id == org_a.viewer.user_id
    page = client.get(f"/findings/{finding.pk}/").content.decode()
    assert org_a.viewer.user.email in page
    client.post(f"/findings/{finding.pk}/assign/", {"assignee": ""})
    finding.refresh_from_db()
    assert finding.assignee_id is None
    events = AuditEvent.objects.filter(action=FindingAuditAction.ASSIGNED).order_by("id")
    assert [e.data["to"] for e in events] == [org_a.viewer.user_id, None]


def test_a_non_member_cannot_be_assigned(org_a: Any, org_b: Any, client_for: Any) -> None:
    finding = _finding(org_a)
    client = client_for(org_a.admin)
    response = client.post(
        f"/findings/{finding.pk}/assign/", {"assignee": org_b.viewer.user_id}, follow=True
    )
    assert "member of this organization" in response.content.decode()
    client.post(f"/findings/{finding.pk}/assign/", {"assignee": "abc"})
    finding.refresh_from_db()
    assert finding.assignee_id is None


def test_other_organizations_and_viewers_cannot_assign(
    org_a: Any, org_b: Any, client_for: Any
) -> None:
    finding = _finding(org_a)
    response = client_for(org_b.admin).post(
        f"/findings/{finding.pk}/assign/", {"assignee": org_b.admin.user_id}
    )
    assert response.status_code == 404
    client_for(org_a.viewer).post(
        f"/findings/{finding.pk}/assign/", {"assignee": org_a.viewer.user_id}
    )
    finding.refresh_from_db()
    assert finding.assignee_id is None
