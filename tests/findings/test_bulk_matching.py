"""Bulk triage of "all N matching": the exact count confirmed first, then every matching
finding changed in bounded batches (more than one page), each batch audited; another
organization's findings are never touched and a filter naming its repository is refused."""

from __future__ import annotations

from typing import Any

import pytest
from django.http import QueryDict
from django.utils import timezone

from tests.support.builders import engine_finding, make_repository, make_scan, scan_result
from tracesec.audit.models import AuditEvent
from tracesec.common.errors import ApplicationError
from tracesec.engines.model import Severity
from tracesec.findings.bulk_matching import bulk_matching_count, findings_bulk_triage_matching
from tracesec.findings.models import Finding, Status, TriageEvent
from tracesec.findings.recording import findings_record
from tracesec.findings.selectors import FindingFilters

pytestmark = pytest.mark.django_db


def _record(org: Any, name: str, count: int, severity: Severity = Severity.HIGH) -> Any:
    repository = make_repository(org, name)
    found = tuple(
        engine_finding(f"{name}-{i}", line=i + 1, severity=severity) for i in range(count)
    )
    findings_record(scan=make_scan(repository), result=scan_result(found), now=timezone.now())
    return repository


@pytest.fixture
def many(org_a: Any, org_b: Any) -> dict[str, Any]:
    return {
        "high": _record(org_a.organization, "a/high", 60),  # more than a 50-row page
        "low": _record(org_a.organization, "a/low", 5, Severity.LOW),
        "theirs": _record(org_b.organization, "b/high", 10),
    }


def _ignored(org: Any) -> int:
    return Finding.objects.filter(organization=org, status=Status.IGNORED).count()


def test_service_changes_every_match_in_bounded_batches(many: Any, org_a: Any) -> None:
    filters = FindingFilters.from_query(QueryDict("severity=high"))
    result = findings_bulk_triage_matching(
        organization=org_a.organization,
        actor=org_a.member.user,
        filters=filters,
        operation="ignore",
        reason="accepted_risk",
        batch_size=25,
    )
    assert (result.changed, result.skipped) == (60, 0)
    assert _ignored(org_a.organization) == 60
    assert TriageEvent.objects.filter(organization=org_a.organization).count() == 60
    batches = AuditEvent.objects.filter(action="finding.bulk_triaged")
    assert [e.data["count"] for e in batches.order_by("id")] == [25, 25, 10]
    assert all(e.data["scope"] == "all_matching" for e in batches)
    assert all(e.data["filters"] == "severity=high" for e in batches)
    # reopening counts only the ignored ones
    assert (
        bulk_matching_count(
            organization_id=org_a.organization.pk,
            filters=FindingFilters.from_query(QueryDict("status=all")),
            viewer_id=None,
            operation="reopen",
        )
        == 60
    )


def test_more_than_the_limit_is_refused_and_changes_nothing(many: Any, org_a: Any) -> None:
    with pytest.raises(ApplicationError, match="65 findings match; narrow the filters"):
        findings_bulk_triage_matching(
            organization=org_a.organization,
            actor=org_a.member.user,
            filters=FindingFilters(),
            operation="ignore",
            reason="wont_fix",
            limit=64,
        )
    assert _ignored(org_a.organization) == 0


def test_another_organization_is_never_touched(many: Any, org_a: Any, org_b: Any) -> None:
    result = findings_bulk_triage_matching(
        organization=org_a.organization,
        actor=org_a.member.user,
        filters=FindingFilters(),
        operation="ignore",
        reason="wont_fix",
    )
    assert result.changed == 65
    assert _ignored(org_b.organization) == 0


def test_the_page_confirms_the_exact_number_then_applies(
    many: Any, org_a: Any, client_for: Any
) -> None:
    client = client_for(org_a.member)
    form = {
        "scope": "matching",
        "query": "severity=high",
        "operation": "ignore",
        "reason": "false_positive",
        "comment": "generated code",
    }
    page = client.post("/findings/bulk/", form)
    assert page.status_code == 200
    body = page.content.decode()
    assert "Ignore 60 findings?" in body
    assert 'name="confirmed" value="60"' in body
    assert _ignored(org_a.organization) == 0  # nothing changes before the confirmation

    # a stale count (the list changed meanwhile) asks again with the new number
    Finding.objects.filter(fingerprint="a/high-0").update(status=Status.FIXED)
    again = client.post("/findings/bulk/", {**form, "confirmed": "60"})
    assert "Ignore 59 findings?" in again.content.decode()
    assert "changed since you chose" in again.content.decode()
    assert _ignored(org_a.organization) == 0

    done = client.post("/findings/bulk/", {**form, "confirmed": "59"}, follow=True)
    assert "59 findings ignored." in done.content.decode()
    assert done.redirect_chain[-1][0] == "/findings/?severity=high"
    assert _ignored(org_a.organization) == 59
    comments = set(TriageEvent.objects.values_list("comment", flat=True))
    assert comments == {"generated code"}


def test_refused_across_organizations_and_for_viewers(
    many: Any, org_a: Any, org_b: Any, client_for: Any
) -> None:
    form = {
        "scope": "matching",
        "query": f"repository={many['theirs'].pk}",
        "operation": "ignore",
        "reason": "false_positive",
        "confirmed": "10",
    }
    assert client_for(org_a.member).post("/findings/bulk/", form).status_code == 404
    assert _ignored(org_b.organization) == 0
    viewer = client_for(org_a.viewer).post(
        "/findings/bulk/", {**form, "query": "", "confirmed": "65"}
    )
    assert viewer.status_code in (302, 403)
    assert _ignored(org_a.organization) == 0


def test_bad_input_changes_nothing(many: Any, org_a: Any, client_for: Any) -> None:
    client = client_for(org_a.member)
    # no reason to ignore: a clear message, nothing changed
    response = client.post(
        "/findings/bulk/",
        {"scope": "matching", "query": "", "operation": "ignore", "confirmed": "65"},
        follow=True,
    )
    assert "Choose why" in response.content.decode()
    assert _ignored(org_a.organization) == 0
    # a selection scope without a selection is refused too
    response = client.post(
        "/findings/bulk/", {"operation": "ignore", "reason": "wont_fix"}, follow=True
    )
    assert "Select at least one finding" in response.content.decode()
    assert _ignored(org_a.organization) == 0
