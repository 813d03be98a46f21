"""The Findings search box matches CWE ids, rule ids, packages, advisory ids and aliases."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from tests.support.builders import engine_finding, make_repository, make_scan, scan_result
from tracesec.engines.model import Engine
from tracesec.findings.recording import findings_record
from tracesec.findings.selectors import FindingFilters, findings_page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("cwe-79", {"sast-xss"}),
        ("python.rule-sast-s", {"sast-sql"}),
        ("lodash", {"sca-lodash"}),
        ("GHSA-aaaa", {"sca-lodash"}),
        ("cve-2021-1234", {"sca-lodash"}),
    ],
)
def test_search_matches_ids(org_a: Any, query: str, expected: set[str]) -> None:
    repository = make_repository(org_a.organization, "o/r")
    found = (
        engine_finding("sast-sql", cwe=("CWE-89",)),
        engine_finding("sast-xss", cwe=("CWE-79",), rule_id="python.xss"),
        engine_finding(
            "sca-lodash",
            engine=Engine.SCA,
            path="package-lock.json",
            cwe=(),
            package="lodash",
            version="4.17.0",
            advisory_id="GHSA-aaaa-bbbb-cccc",
            aliases=["CVE-2021-1234"],
        ),
    )
    findings_record(scan=make_scan(repository), result=scan_result(found), now=timezone.now())
    page = findings_page(
        organization_id=org_a.organization.pk, filters=FindingFilters.from_query({"q": query})
    )
    assert {row.fingerprint for row in page.items} == expected
