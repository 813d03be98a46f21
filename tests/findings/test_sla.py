"""Per-severity deadlines: due dates from first seen, the overdue and due-soon filters, the
organization's own SLA, and a reopened finding keeping its original due date."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from tests.support.builders import engine_finding, make_repository, make_scan, scan_result
from tracesec.engines.model import Severity
from tracesec.findings.models import Finding, Status
from tracesec.findings.recording import findings_record
from tracesec.findings.selectors import FindingFilters, findings_filter
from tracesec.findings.sla import due_at, fix_stats, sla_days

pytestmark = pytest.mark.django_db


def _record(org: Any, ages: dict[str, tuple[Severity, int]]) -> None:
    repository = make_repository(org, "o/sla")
    found = tuple(engine_finding(fp, severity=sev) for fp, (sev, _) in ages.items())
    findings_record(scan=make_scan(repository), result=scan_result(found), now=timezone.now())
    for fp, (_, days_old) in ages.items():
        Finding.objects.filter(fingerprint=fp).update(
            first_seen_at=timezone.now() - timedelta(days=days_old)
        )


def _due(org: Any, due: str) -> set[str]:
    filters = FindingFilters.from_query({"due": due})
    return set(
        findings_filter(organization_id=org.pk, filters=filters).values_list(
            "fingerprint", flat=True
        )
    )


def test_overdue_and_due_soon_by_severity(org_a: Any, org_b: Any) -> None:
    org = org_a.organization
    _record(
        org,
        {
            "crit-late": (Severity.CRITICAL, 8),  # 7 days: overdue
            "crit-soon": (Severity.CRITICAL, 2),  # due in 5 days
            "high-late": (Severity.HIGH, 31),
            "high-fine": (Severity.HIGH, 10),  # due in 20 days
            "low-soon": (Severity.LOW, 175),
            "info-old": (Severity.INFO, 999),  # no deadline
        },
    )
    assert _due(org, "overdue") == {"crit-late", "high-late"}
    assert _due(org, "soon") == {"crit-soon", "low-soon"}
    assert _due(org_b.organization, "overdue") == set()  # another organization's are not there
    finding = Finding.objects.get(fingerprint="high-fine")
    expected = finding.first_seen_at + timedelta(days=30)
    assert due_at(finding, sla_days(org)) == expected
    assert due_at(Finding.objects.get(fingerprint="info-old"), sla_days(org)) is None


def test_the_organization_sla_applies_and_ignored_findings_are_not_due(org_a: Any) -> None:
    org = org_a.organization
    _record(org, {"high-10": (Severity.HIGH, 10), "high-ignored": (Severity.HIGH, 40)})
    Finding.objects.filter(fingerprint="high-ignored").update(status=Status.IGNORED)
    assert _due(org, "overdue") == set()
    org.sla_high_days = 5
    org.save()
    assert _due(org, "overdue") == {"high-10"}


def test_a_reopened_finding_keeps_its_original_due_date(org_a: Any, client_for: Any) -> None:
    org = org_a.organization
    _record(org, {"again": (Severity.CRITICAL, 20)})
    finding = Finding.objects.get(fingerprint="again")
    original = due_at(finding, sla_days(org))
    Finding.objects.filter(pk=finding.pk).update(status=Status.IGNORED)
    client_for(org_a.admin).post(f"/findings/{finding.pk}/reopen/")
    finding.refresh_from_db()
    assert finding.status == Status.OPEN
    assert due_at(finding, sla_days(org)) == original
    assert _due(org, "overdue") == {"again"}
    page = client_for(org_a.viewer).get(f"/findings/{finding.pk}/").content.decode()
    assert 'data-testid="due-at"' in page
    assert "overdue" in page


def test_an_unknown_due_value_is_ignored(org_a: Any) -> None:
    assert FindingFilters.from_query({"due": "yesterday"}).dues == ()
    assert "due=overdue" in FindingFilters.from_query({"due": "overdue"}).to_query()


def test_fix_stats_mean_time_and_compliance(org_a: Any, client_for: Any) -> None:
    org = org_a.organization
    _record(
        org,
        {
            "c-fast": (Severity.CRITICAL, 12),
            "c-slow": (Severity.CRITICAL, 12),
            "h-open": (Severity.HIGH, 3),
        },
    )
    now = timezone.now()
    # fixed 4 days after first seen (within 7) and 10 days after (late)
    Finding.objects.filter(fingerprint="c-fast").update(
        status=Status.FIXED, fixed_at=now - timedelta(days=8)
    )
    Finding.objects.filter(fingerprint="c-slow").update(
        status=Status.FIXED, fixed_at=now - timedelta(days=2)
    )
    stats = {row.severity: row for row in fix_stats(org, now)}
    assert stats["critical"].fixed == 2
    assert stats["critical"].mean_days == 7.0
    assert stats["critical"].on_time == 1
    assert stats["high"].fixed == 0
    assert stats["high"].mean_days is None
    page = client_for(org_a.viewer).get("/").content.decode()
    assert 'data-testid="fix-stats"' in page
    assert "50%" in page
