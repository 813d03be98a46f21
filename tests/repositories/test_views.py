"""Repository and scan pages through HTTP: scan button rules, live status, tenant isolation."""

from __future__ import annotations

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.support.builders import make_connection, make_repository, make_scan, seed
from tests.support.organizations import OrgWithPeople
from tracesec.findings.models import Finding
from tracesec.findings.triage import finding_ignore
from tracesec.scans import lease
from tracesec.scans.models import Scan
from tracesec.scans.state import ScanState

pytestmark = pytest.mark.django_db


def test_repository_list_shows_rows_and_searches(org_a: OrgWithPeople, client_for) -> None:
    repo, scan = seed(org_a.organization)
    make_repository(org_a.organization, "acme/docs-site")
    client = client_for(org_a.viewer)
    body = client.get("/repositories/").content.decode()
    assert repo.full_name in body
    assert "acme/docs-site" in body
    assert f"/scans/{scan.pk}/" in body  # last scan and its result
    assert "Bitbucket Cloud" in body
    body = client.get("/repositories/?q=docs").content.decode()
    assert "acme/docs-site" in body
    assert repo.full_name not in body
    body = client.get("/repositories/?sort=open").content.decode()
    assert body.index(repo.full_name) < body.index("acme/docs-site")


def test_repository_list_query_count_is_constant(org_a: OrgWithPeople, client_for) -> None:
    seed(org_a.organization)
    client = client_for(org_a.member)
    client.get("/repositories/")
    with CaptureQueriesContext(connection) as small:
        client.get("/repositories/")
    for _ in range(6):
        seed(org_a.organization, n=2)
    with CaptureQueriesContext(connection) as large:
        client.get("/repositories/")
    assert len(large.captured_queries) == len(small.captured_queries)


def test_scan_button_rules(org_a: OrgWithPeople, client_for) -> None:
    repo = make_repository(org_a.organization)
    page = f"/repositories/{repo.pk}/"
    member_body = client_for(org_a.member).get(page).content.decode()
    assert 'data-testid="scan-button">Scan' in member_body
    viewer_body = client_for(org_a.viewer).get(page).content.decode()
    assert "disabled" in viewer_body
    assert "Viewers cannot start scans" in viewer_body
    # viewers cannot force it either
    response = client_for(org_a.viewer).post(f"/repositories/{repo.pk}/scan/")
    assert response.status_code in (302, 403)
    assert not Scan.objects.exists()

    inactive = make_repository(
        org_a.organization, connection=make_connection(org_a.organization, status="inactive")
    )
    body = client_for(org_a.member).get(f"/repositories/{inactive.pk}/").content.decode()
    assert "reinstall the app and pair it again" in body
    client_for(org_a.member).post(f"/repositories/{inactive.pk}/scan/")
    assert not Scan.objects.filter(repository=inactive).exists()


def test_removed_repository_is_marked_and_cannot_be_scanned(
    org_a: OrgWithPeople, client_for
) -> None:
    removed = make_repository(org_a.organization, "acme/old-service", status="removed")
    client = client_for(org_a.member)
    assert (
        '<span class="status-pill">removed</span>' in client.get("/repositories/").content.decode()
    )
    body = client.get(f"/repositories/{removed.pk}/").content.decode()
    assert '<span class="status-pill">removed</span>' in body
    assert "no longer visible to the Trace app" in body
    client.post(f"/repositories/{removed.pk}/scan/")
    assert not Scan.objects.filter(repository=removed).exists()


def test_scan_request_then_live_status_then_cancel(
    org_a: OrgWithPeople, client_for, django_capture_on_commit_callbacks
) -> None:
    repo = make_repository(org_a.organization)
    client = client_for(org_a.member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/repositories/{repo.pk}/scan/", follow=True)
    body = response.content.decode()
    scan = Scan.objects.get(repository=repo)
    assert f"Scan #{scan.pk} queued" in body
    assert 'hx-trigger="every 2s"' in body
    assert f'hx-get="/scans/{scan.pk}/status/?history=1"' in body
    # next to the disabled button: a note that links to the scan, not an error
    assert f'<a href="/scans/{scan.pk}/">Scan #{scan.pk}</a> is in progress.</span>' in body
    assert "already running" not in body

    # a second click: an informational message that links to the scan in progress
    response = client.post(f"/repositories/{repo.pk}/scan/", follow=True)
    body = response.content.decode()
    assert (
        f'<p class="message message-info"><a href="/scans/{scan.pk}/">Scan #{scan.pk}</a> of this '
        "repository is in progress" in body
    )
    assert "already running" not in body
    assert Scan.objects.filter(repository=repo).count() == 1

    lease.claim(scan.pk, "w1")
    lease.advance(scan.pk, "w1", ScanState.CLONING)
    partial = client.get(f"/scans/{scan.pk}/status/", headers={"HX-Request": "true"})
    text = partial.content.decode()
    assert 'data-status="cloning"' in text
    assert 'data-phase="resolving_credentials" data-phase-status="done"' in text
    assert 'data-phase="cloning" data-phase-status="current"' in text
    assert "HX-Refresh" not in partial

    client.post(f"/scans/{scan.pk}/cancel/")
    scan.refresh_from_db()
    assert scan.status == ScanState.CANCELLED
    partial = client.get(f"/scans/{scan.pk}/status/", headers={"HX-Request": "true"})
    assert partial["HX-Refresh"] == "true"
    assert "every 2s" not in partial.content.decode()
    assert "Cancelled by" in partial.content.decode()


def test_history_row_and_live_panel_show_the_same_state(org_a: OrgWithPeople, client_for) -> None:
    repo = make_repository(org_a.organization)
    scan = make_scan(repo, status=ScanState.QUEUED)
    client = client_for(org_a.member)
    page = client.get(f"/repositories/{repo.pk}/").content.decode()
    assert (
        f'<span id="scan-state-{scan.pk}" class="scan-queued" data-testid="history-state">Queued<'
        in page
    )
    assert 'data-testid="scan-state">Queued<' in page
    assert "hx-swap-oob" not in page

    lease.claim(scan.pk, "w1")
    lease.advance(scan.pk, "w1", ScanState.CLONING)
    lease.advance(scan.pk, "w1", ScanState.SCANNING)
    partial = client.get(
        f"/scans/{scan.pk}/status/?history=1", headers={"HX-Request": "true"}
    ).content.decode()
    # the panel and, out of band, the history row: both "Scanning"
    assert 'data-testid="scan-state">Scanning<' in partial
    assert (
        f'<span id="scan-state-{scan.pk}" class="scan-scanning" data-testid="history-state" '
        'hx-swap-oob="true">Scanning</span>' in partial
    )
    assert f'hx-get="/scans/{scan.pk}/status/?history=1"' in partial
    # the scan page has no history row: no out-of-band part (htmx would log a missing target)
    alone = client.get(f"/scans/{scan.pk}/status/", headers={"HX-Request": "true"}).content
    assert b"hx-swap-oob" not in alone
    assert b"?history=1" not in alone


def _empty_state(body: str) -> str:
    match = re.search(r'data-testid="empty-state" data-state="([a-z-]+)"', body)
    assert match, body
    return match.group(1)


def test_repository_empty_states(org_a: OrgWithPeople, client_for) -> None:
    repo = make_repository(org_a.organization)
    page = f"/repositories/{repo.pk}/"
    member = client_for(org_a.member)
    body = member.get(page).content.decode()
    assert _empty_state(body) == "not-scanned"
    assert "Not scanned yet" in body
    assert "Try removing a filter" not in body
    assert 'data-testid="empty-scan-button">Scan now' in body
    # a viewer cannot scan: no button, the reason instead
    viewer_body = client_for(org_a.viewer).get(page).content.decode()
    assert "Not scanned yet" in viewer_body
    assert "empty-scan-button" not in viewer_body
    assert "Viewers cannot start scans" in viewer_body

    queued = make_scan(repo, status=ScanState.QUEUED)
    body = member.get(page).content.decode()
    assert _empty_state(body) == "not-scanned"
    assert f'The first scan (<a href="/scans/{queued.pk}/">#{queued.pk}</a>) is in progress' in body
    assert "empty-scan-button" not in body

    queued.status = ScanState.COMPLETED
    queued.save(update_fields=["status"])
    body = member.get(page).content.decode()
    assert _empty_state(body) == "clean"
    assert "No open findings" in body
    assert "Not scanned yet" not in body

    body = member.get(f"{page}?engine=sca").content.decode()
    assert _empty_state(body) == "filtered"
    assert "Try removing a filter" in body


def test_findings_list_empty_states(org_a: OrgWithPeople, org_b: OrgWithPeople, client_for) -> None:
    client = client_for(org_a.viewer)
    assert _empty_state(client.get("/findings/").content.decode()) == "not-scanned"
    repo = make_repository(org_a.organization)
    make_scan(repo, status=ScanState.COMPLETED)
    body = client.get("/findings/").content.decode()
    assert _empty_state(body) == "clean"
    assert "No open findings" in body
    body = client.get("/findings/?severity=critical").content.decode()
    assert _empty_state(body) == "filtered"
    assert "No findings match" in body
    # another organization's completed scan does not count as this one's
    other = client_for(org_b.viewer).get("/findings/").content.decode()
    assert _empty_state(other) == "not-scanned"


def test_scan_detail_and_exports(org_a: OrgWithPeople, client_for) -> None:
    _repo, scan = seed(org_a.organization)
    client = client_for(org_a.viewer)
    body = client.get(f"/scans/{scan.pk}/").content.decode()
    assert f"Scan #{scan.pk}" in body
    sarif = json.loads(client.get(f"/scans/{scan.pk}/export.sarif").content)
    assert sarif["version"] == "2.1.0"
    assert sum(len(run["results"]) for run in sarif["runs"]) == 5
    csv_body = client.get(f"/scans/{scan.pk}/export.csv").content.decode()
    assert "settings_local.py" in csv_body


def test_sarif_exports_ignored_findings_as_suppressed(
    org_a: OrgWithPeople, client_for, settings
) -> None:
    settings.BASE_URL = "https://trace.example.com"
    repo, scan = seed(org_a.organization)
    ignored = Finding.objects.get(repository=repo, rule_id="aws-access-key-id")
    finding_ignore(finding=ignored, actor=org_a.admin.user, reason="false_positive")
    client = client_for(org_a.viewer)
    for url in (f"/scans/{scan.pk}/export.sarif", "/findings/export.sarif?status=all"):
        sarif = json.loads(client.get(url).content)
        results = {
            r["partialFingerprints"]["traceFingerprint/v1"]: r
            for run in sarif["runs"]
            for r in run["results"]
        }
        assert results.pop(ignored.fingerprint)["suppressions"] == [
            {
                "kind": "external",
                "status": "accepted",
                "justification": "False positive",
                "properties": {"source": "triage"},
            }
        ], url
        assert results
        assert all("suppressions" not in r for r in results.values()), url
        uris = {run["tool"]["driver"]["informationUri"] for run in sarif["runs"]}
        assert uris == {"https://trace.example.com/"}, url


def test_repository_tabs_per_engine(org_a: OrgWithPeople, client_for) -> None:
    repo, _scan = seed(org_a.organization)
    client = client_for(org_a.viewer)
    body = client.get(f"/repositories/{repo.pk}/?engine=secrets").content.decode()
    assert "settings_local.py" in body
    assert "app/views_0.py" not in body
    assert "Secrets (1)" in body
    assert "SAST (3)" in body


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/repositories/{repo}/"),
        ("post", "/repositories/{repo}/scan/"),
        ("get", "/scans/{scan}/"),
        ("get", "/scans/{scan}/status/"),
        ("post", "/scans/{scan}/cancel/"),
        ("get", "/scans/{scan}/export.sarif"),
        ("get", "/scans/{scan}/export.csv"),
    ],
)
def test_other_organization_gets_404(
    org_a: OrgWithPeople, org_b: OrgWithPeople, client_for, method: str, path: str
) -> None:
    repo, scan = seed(org_a.organization)
    Scan.objects.filter(pk=scan.pk).update(status=ScanState.QUEUED)
    url = path.format(repo=repo.pk, scan=scan.pk)
    response = getattr(client_for(org_b.owner), method)(url)
    assert response.status_code == 404
    assert Scan.objects.filter(repository=repo).count() == 1
    assert Scan.objects.get(pk=scan.pk).status == ScanState.QUEUED
    assert repo.full_name not in client_for(org_b.owner).get("/repositories/").content.decode()
