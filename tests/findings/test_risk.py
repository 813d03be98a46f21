"""Top repositories by risk: open findings weighted by severity, not counted."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from tests.support.builders import engine_finding, make_repository, make_scan, scan_result
from tracesec.engines.model import Severity
from tracesec.findings.recording import findings_record
from tracesec.findings.selectors import most_affected_repositories

pytestmark = pytest.mark.django_db


def _record(org: Any, name: str, severities: list[Severity]) -> None:
    repository = make_repository(org.organization, name)
    found = tuple(
        engine_finding(f"{name}-{n}", severity=severity, line=n + 1)
        for n, severity in enumerate(severities)
    )
    findings_record(scan=make_scan(repository), result=scan_result(found), now=timezone.now())


def test_one_critical_outranks_many_low(org_a: Any, org_b: Any) -> None:
    _record(org_a, "o/many-low", [Severity.LOW] * 8)
    _record(org_a, "o/one-critical", [Severity.CRITICAL])
    _record(org_a, "o/info-only", [Severity.INFO] * 20)
    _record(org_b, "o/other-org", [Severity.CRITICAL] * 5)
    rows = most_affected_repositories(organization_id=org_a.organization.pk)
    assert [(r["repository__full_name"], r["risk"]) for r in rows] == [
        ("o/one-critical", 10),
        ("o/many-low", 8),
        ("o/info-only", 0),
    ]
