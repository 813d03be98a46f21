"""SBOM downloads of a scan: the scan page's links and the API, VEX from triage, isolation."""

from __future__ import annotations

import json

import pytest

from tests.engines.formats import sbom_schemas
from tests.support.builders import make_repository, make_scan, seed
from tests.support.organizations import OrgWithPeople
from tracesec.engines.formats.json import package_to_dict
from tracesec.engines.model import Package
from tracesec.findings.models import Finding, IgnoreReason, Status
from tracesec.scans.state import ScanState

pytestmark = pytest.mark.django_db

PACKAGES = (
    Package("PyPI", "django", "3.2.4", "requirements.txt", 3, "pkg:pypi/django@3.2.4", True),
    Package("PyPI", "sqlparse", "0.4.1", "requirements.txt", 4, "pkg:pypi/sqlparse@0.4.1", False,
            hashes=(("SHA-256", "ab" * 32),)),
)  # fmt: skip


def _seeded(org: OrgWithPeople):  # type: ignore[no-untyped-def]
    repo, scan = seed(org.organization)
    scan.inventory = [package_to_dict(p) for p in PACKAGES]
    scan.commit_sha = "c0ffee" * 6 + "abcd"
    scan.save(update_fields=["inventory", "commit_sha"])
    Finding.objects.filter(repository=repo, engine="sca").update(
        status=Status.IGNORED, ignore_reason=IgnoreReason.USED_IN_TESTS
    )
    return repo, scan


def test_scan_page_links_and_downloads(org_a: OrgWithPeople, client_for) -> None:
    repo, scan = _seeded(org_a)
    client = client_for(org_a.viewer)
    page = client.get(f"/scans/{scan.pk}/").content.decode()
    assert 'data-testid="scan-sbom-cyclonedx"' in page
    assert "2 packages" in page
    response = client.get(f"/scans/{scan.pk}/export.cyclonedx")
    assert response["Content-Type"] == "application/vnd.cyclonedx+json"
    assert f'filename="trace-scan-{scan.pk}.cdx.json"' in response["Content-Disposition"]
    doc = json.loads(response.content)
    sbom_schemas.cyclonedx().validate(doc)
    assert doc["metadata"]["component"]["name"] == repo.full_name
    assert doc["metadata"]["component"]["version"] == scan.commit_sha
    assert [c["purl"] for c in doc["components"]] == [p.purl for p in PACKAGES]
    [vulnerability] = doc["vulnerabilities"]
    assert vulnerability["affects"] == [{"ref": "pkg:pypi/django@3.2.4"}]
    assert vulnerability["analysis"]["state"] == "not_affected"
    assert vulnerability["analysis"]["justification"] == "requires_environment"
    spdx = client.get(f"/scans/{scan.pk}/export.spdx")
    assert spdx["Content-Type"] == "application/spdx+json"
    sbom_schemas.spdx().validate(json.loads(spdx.content))


def test_api_sbom_of_a_scan_and_of_a_repository(org_a: OrgWithPeople, api_client_for) -> None:
    repo, scan = _seeded(org_a)
    api = api_client_for(org_a.viewer)
    cdx = api.get(f"/api/v1/scans/{scan.pk}/sbom")
    assert cdx.status_code == 200
    sbom_schemas.cyclonedx().validate(cdx.json())
    spdx = api.get(f"/api/v1/repositories/{repo.pk}/sbom?format=spdx")
    assert spdx.status_code == 200
    sbom_schemas.spdx().validate(spdx.json())
    assert spdx.json()["packages"][0]["name"] == repo.full_name
    assert api.get(f"/api/v1/scans/{scan.pk}/sbom?format=xml").status_code == 422


def test_api_sbom_needs_a_completed_scan(org_a: OrgWithPeople, api_client_for) -> None:
    repo = make_repository(org_a.organization)
    api = api_client_for(org_a.viewer)
    none_yet = api.get(f"/api/v1/repositories/{repo.pk}/sbom")
    assert none_yet.status_code == 404
    assert none_yet.json()["message"] == "This repository has no completed scan yet."
    running = make_scan(repo, status=ScanState.SCANNING)
    busy = api.get(f"/api/v1/scans/{running.pk}/sbom")
    assert busy.status_code == 409
    assert "has not completed" in busy.json()["message"]


def test_another_organizations_sbom_is_not_found(
    org_a: OrgWithPeople, org_b: OrgWithPeople, client_for, api_client_for
) -> None:
    repo, scan = _seeded(org_a)
    client = client_for(org_b.admin)
    for fmt in ("cyclonedx", "spdx"):
        assert client.get(f"/scans/{scan.pk}/export.{fmt}").status_code == 404
    api = api_client_for(org_b.admin)
    assert api.get(f"/api/v1/scans/{scan.pk}/sbom").status_code == 404
    assert api.get(f"/api/v1/repositories/{repo.pk}/sbom?format=spdx").status_code == 404


@pytest.mark.parametrize("status", [ScanState.SCANNING, ScanState.FAILED])
def test_page_sbom_of_an_unfinished_or_failed_scan_is_refused(
    org_a: OrgWithPeople, client_for, status: ScanState
) -> None:
    """A scan that did not complete has no inventory: an empty SBOM would claim the
    repository has no dependencies (the API refuses it too)."""
    scan = make_scan(make_repository(org_a.organization), status=status)
    client = client_for(org_a.viewer)
    response = client.get(f"/scans/{scan.pk}/export.cyclonedx", follow=True)
    assert "application/vnd.cyclonedx+json" not in response["Content-Type"]
    assert "has not completed" in response.content.decode()
