"""SCA findings per package in the dashboard and API: the decision computed by the engines from
the stored per-advisory findings, the CVSS vector and the context on the finding page."""

from __future__ import annotations

import pytest
from django.utils import timezone

from tests.support.builders import make_repository, make_scan, scan_result
from tests.support.organizations import OrgWithPeople
from tracesec.engines.model import Severity
from tracesec.engines.sca.engine import to_finding
from tracesec.engines.sca.extractors.base import package
from tracesec.engines.sca.matching import MergedHit
from tracesec.engines.sca.reachability import Usage
from tracesec.engines.sca.severity import CvssScore
from tracesec.findings.models import Finding
from tracesec.findings.recording import findings_record

pytestmark = pytest.mark.django_db

V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"


def _record(org, name: str = "acme/shop"):
    django = package("PyPI", "Django", "3.2.4", "requirements.txt", 2, direct=True)
    yaml = package("PyPI", "PyYAML", "5.3.1", "requirements.txt", 3, direct=True)
    hits = [
        (django, MergedHit("GHSA-a", (), "one", Severity.MEDIUM, "3.2.9", ())),
        (
            django,
            MergedHit(
                "GHSA-b",
                ("CVE-2021-1",),
                "two",
                Severity.CRITICAL,
                "3.2.25",
                (),
                cvss=CvssScore("CVSS_V3", V31, 9.8),
            ),
        ),
        (django, MergedHit("GHSA-c", (), "three", Severity.LOW, None, ())),
        (yaml, MergedHit("GHSA-y", (), "yaml", Severity.HIGH, "5.4", ())),
    ]
    findings = tuple(to_finding(pkg, hit, Usage(imported=pkg is yaml)) for pkg, hit in hits)
    repo = make_repository(org, name)
    findings_record(scan=make_scan(repo), result=scan_result(findings), now=timezone.now())
    return repo


def test_findings_list_toggles_to_one_row_per_package(org_a: OrgWithPeople, client_for) -> None:
    _record(org_a.organization)
    client = client_for(org_a.viewer)
    body = client.get("/findings/").content.decode()
    assert 'data-testid="view-packages"' in body
    assert 'data-testid="package-decisions"' not in body
    body = client.get("/findings/?engine=sca&view=packages").content.decode()
    assert 'data-testid="package-decisions"' in body
    assert body.count('data-testid="package-row"') == 2
    assert (
        "upgrade Django 3.2.4 \u2192 3.2.25 fixes 2 advisories; 1 advisory without a fixed "
        "version (GHSA-c): consider replacing Django" in body
    )
    assert "upgrade PyYAML 5.3.1 \u2192 5.4 fixes 1 advisory" in body
    # worst severity first: Django carries the critical advisory
    assert body.index("Django 3.2.4") < body.index("PyYAML 5.3.1")
    assert "direct, runtime, imported by the code" in body
    # the filters still apply: only high and up
    body = client.get("/findings/?view=packages&severity=high").content.decode()
    assert body.count('data-testid="package-row"') == 1
    assert "PyYAML 5.3.1" in body


def test_other_organization_sees_no_packages(
    org_a: OrgWithPeople, org_b: OrgWithPeople, client_for, api_client_for
) -> None:
    _record(org_a.organization)
    body = client_for(org_b.admin).get("/findings/?view=packages").content.decode()
    assert 'data-testid="package-row"' not in body
    assert "No SCA findings match" in body
    response = api_client_for(org_b.admin).get("/api/v1/findings/packages")
    assert response.status_code == 200
    assert response.json()["items"] == []
    repo_a = Finding.objects.filter(organization=org_a.organization).first().repository_id
    response = api_client_for(org_b.admin).get(f"/api/v1/findings/packages?repository={repo_a}")
    assert response.json()["items"] == []


def test_api_lists_package_decisions(org_a: OrgWithPeople, api_client_for) -> None:
    repo = _record(org_a.organization)
    response = api_client_for(org_a.member).get("/api/v1/findings/packages?engine=sca")
    assert response.status_code == 200
    data = response.json()
    assert data["complete"] is True
    django, yaml = data["items"]
    assert django["repository"] == {"id": repo.pk, "full_name": "acme/shop"}
    assert django["fixed_version"] == "3.2.25"
    assert django["advisories"] == ["GHSA-a", "GHSA-b", "GHSA-c"]
    assert django["unfixed"] == ["GHSA-c"]
    assert django["major_upgrade"] is False
    assert django["severity"] == "critical"
    assert len(django["finding_ids"]) == 3
    assert set(django["finding_ids"]) == set(
        Finding.objects.filter(repository=repo, package="Django").values_list("pk", flat=True)
    )
    assert yaml["imported"] is True
    assert django["imported"] is False
    # the per-advisory list is unchanged
    listed = api_client_for(org_a.member).get("/api/v1/findings?engine=sca").json()
    assert listed["count"] == 4
    bad = api_client_for(org_a.member).get("/api/v1/findings/packages?severity=bogus")
    assert bad.status_code == 422


def test_finding_page_shows_cvss_vector_context_and_package_decision(
    org_a: OrgWithPeople, client_for
) -> None:
    repo = _record(org_a.organization)
    finding = Finding.objects.get(repository=repo, advisory_id="GHSA-b")
    body = client_for(org_a.viewer).get(f"/findings/{finding.pk}/").content.decode()
    assert 'data-testid="severity-source">CVSS 3.1 base score 9.8<' in body
    assert f'data-testid="cvss-vector">{V31}<' in body
    assert "direct dependency" in body
    assert "not imported by the repository's code" in body
    assert "upgrade Django 3.2.4 \u2192 3.2.25 fixes 2 advisories" in body
    other = Finding.objects.get(repository=repo, advisory_id="GHSA-a")
    body = client_for(org_a.viewer).get(f"/findings/{other.pk}/").content.decode()
    assert "cvss-vector" not in body
    assert "the advisory database's own rating" in body
