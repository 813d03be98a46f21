"""Findings pages through HTTP: content, filters in the URL, triage, tenant isolation, queries."""

from __future__ import annotations

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.support.builders import make_repository, make_scan, scan_result, seed
from tests.support.organizations import OrgWithPeople
from tracesec.engines.model import Severity
from tracesec.engines.sca.engine import to_finding as sca_finding
from tracesec.engines.sca.extractors.base import package as sca_package
from tracesec.engines.sca.matching import MergedHit
from tracesec.findings.models import Finding, Status, TriageEvent
from tracesec.findings.recording import findings_record
from tracesec.scans.state import ScanState

pytestmark = pytest.mark.django_db


def test_findings_list_shows_and_filters(org_a: OrgWithPeople, client_for) -> None:
    repo, _scan = seed(org_a.organization)
    client = client_for(org_a.viewer)
    body = client.get("/findings/").content.decode()
    assert "django 3.2.4: SQL injection" in body
    assert "app/views_0.py" in body
    body = client.get("/findings/?engine=sca").content.decode()
    assert "django 3.2.4" in body
    assert "app/views_0.py" not in body
    body = client.get("/findings/?severity=critical&engine=sast").content.decode()
    assert "No findings match" in body
    body = client.get("/findings/?cwe=798").content.decode()
    assert "settings_local.py" in body
    assert "app/views_1.py" not in body
    body = client.get("/findings/?q=views_2").content.decode()
    assert "app/views_2.py" in body
    assert "app/views_1.py" not in body
    body = client.get("/findings/?package=Django").content.decode()
    assert "django 3.2.4" in body
    body = client.get("/findings/?path=app/&sort=path").content.decode()
    assert body.index("app/views_0.py") < body.index("app/views_2.py")
    body = client.get(f"/findings/?repository={repo.pk}&status=fixed").content.decode()
    assert "No findings match" in body
    # viewers see no bulk triage controls
    assert 'id="bulk-form"' not in client.get("/findings/").content.decode()


def test_findings_list_query_count_does_not_grow(org_a: OrgWithPeople, client_for) -> None:
    seed(org_a.organization, n=2)
    client = client_for(org_a.member)
    client.get("/findings/")  # warm up session/caches
    with CaptureQueriesContext(connection) as small:
        assert client.get("/findings/").status_code == 200
    seed(org_a.organization, n=40)
    seed(org_a.organization, n=5)
    with CaptureQueriesContext(connection) as large:
        assert client.get("/findings/").status_code == 200
    assert len(large.captured_queries) == len(small.captured_queries)
    # session, membership, page count and rows, saved views, one grouped query per facet
    assert len(large.captured_queries) <= 20


def test_finding_page_shows_masked_secret_advisory_and_highlight(
    org_a: OrgWithPeople, client_for
) -> None:
    seed(org_a.organization)
    client = client_for(org_a.viewer)
    secret = Finding.objects.get(fingerprint="sec-1")
    body = client.get(f"/findings/{secret.pk}/").content.decode()
    assert "AKIA…WXYZ" in body
    assert 'class="highlight"' in body
    assert "Viewers can read findings" in body
    sca = Finding.objects.get(fingerprint="sca-1")
    body = client.get(f"/findings/{sca.pk}/").content.decode()
    assert "GHSA-aaaa-bbbb-cccc" in body
    assert "CVE-2021-35042" in body
    assert "3.2.5" in body
    assert "SQL injection in QuerySet.order_by" in body


def test_ignore_requires_reason_and_records_history(org_a: OrgWithPeople, client_for) -> None:
    seed(org_a.organization)
    finding = Finding.objects.get(fingerprint="sast-0")
    client = client_for(org_a.member)
    response = client.post(f"/findings/{finding.pk}/ignore/", {"reason": ""}, follow=True)
    assert "was not ignored" in response.content.decode()
    finding.refresh_from_db()
    assert finding.status == Status.OPEN
    response = client.post(
        f"/findings/{finding.pk}/ignore/",
        {"reason": "used_in_tests", "comment": "fixture only", "expires_on": "2099-01-01"},
        follow=True,
    )
    body = response.content.decode()
    assert "Finding ignored" in body
    assert "Used in tests" in body
    assert "fixture only" in body
    finding.refresh_from_db()
    assert finding.status == Status.IGNORED
    assert finding.ignore_expires_at is not None
    assert finding.ignore_expires_at.year == 2099
    client.post(f"/findings/{finding.pk}/comment/", {"body": "checked with the team"})
    client.post(f"/findings/{finding.pk}/reopen/")
    finding.refresh_from_db()
    assert finding.status == Status.OPEN
    body = client.get(f"/findings/{finding.pk}/").content.decode()
    assert "checked with the team" in body
    assert "Reopened" in body


def test_viewer_cannot_triage(org_a: OrgWithPeople, client_for) -> None:
    seed(org_a.organization)
    finding = Finding.objects.get(fingerprint="sast-0")
    client = client_for(org_a.viewer)
    client.post(f"/findings/{finding.pk}/ignore/", {"reason": "false_positive"})
    client.post(
        "/findings/bulk/", {"ids": [finding.pk], "operation": "ignore", "reason": "wont_fix"}
    )
    finding.refresh_from_db()
    assert finding.status == Status.OPEN
    assert not TriageEvent.objects.exists()


def test_bulk_triage_only_touches_own_organization(
    org_a: OrgWithPeople, org_b: OrgWithPeople, client_for
) -> None:
    seed(org_a.organization)
    seed(org_b.organization)
    mine = list(
        Finding.objects.filter(organization=org_a.organization).values_list("pk", flat=True)
    )
    theirs = list(
        Finding.objects.filter(organization=org_b.organization).values_list("pk", flat=True)
    )
    client = client_for(org_a.member)
    response = client.post(
        "/findings/bulk/",
        {"ids": mine[:2] + theirs[:2], "operation": "ignore", "reason": "accepted_risk"},
        follow=True,
    )
    assert "2 findings ignored" in response.content.decode()
    assert Finding.objects.filter(pk__in=mine[:2], status=Status.IGNORED).count() == 2
    assert Finding.objects.filter(pk__in=theirs, status=Status.IGNORED).count() == 0
    response = client.post("/findings/bulk/", {"ids": mine[:2], "operation": "ignore"}, follow=True)
    assert "Choose why" in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/findings/{id}/",
        "/findings/{id}/ignore/",
        "/findings/{id}/reopen/",
        "/findings/{id}/comment/",
    ],
)
def test_other_organization_gets_404(
    org_a: OrgWithPeople, org_b: OrgWithPeople, client_for, path: str
) -> None:
    seed(org_a.organization)
    finding = Finding.objects.get(fingerprint="sast-0")
    client = client_for(org_b.owner)
    url = path.format(id=finding.pk)
    response = (
        client.get(url)
        if path == "/findings/{id}/"
        else client.post(url, {"reason": "false_positive", "body": "x"})
    )
    assert response.status_code == 404
    finding.refresh_from_db()
    assert finding.status == Status.OPEN


def test_other_organization_list_and_overview_show_nothing(
    org_a: OrgWithPeople, org_b: OrgWithPeople, client_for
) -> None:
    seed(org_a.organization)
    client = client_for(org_b.owner)
    assert "app/views_0.py" not in client.get("/findings/?status=all").content.decode()
    # org A's scans do not make org B's empty list "scanned"
    assert "Not scanned yet" in client.get("/findings/").content.decode()
    export = client.get("/findings/export.csv?status=all").content.decode()
    assert "views_0" not in export


def test_overview_counts_chart_and_last_scans(org_a: OrgWithPeople, client_for) -> None:
    repo, scan = seed(org_a.organization)
    client = client_for(org_a.viewer)
    with CaptureQueriesContext(connection) as ctx:
        body = client.get("/").content.decode()
    assert 'data-testid="trend-chart"' in body
    assert repo.full_name in body
    assert f"/scans/{scan.pk}/" in body
    assert "Open findings: 5" in body
    assert 'data-testid="open-trend-chart"' in body
    # bounded whatever the data: the open-by-severity trend reads 4 grouped queries and the
    # SLA compliance one
    assert len(ctx.captured_queries) <= 19


def test_exports_are_sarif_and_csv(org_a: OrgWithPeople, client_for) -> None:
    seed(org_a.organization)
    client = client_for(org_a.viewer)
    sarif = client.get("/findings/export.sarif?status=all")
    assert sarif["Content-Type"].startswith("application/sarif+json")
    doc = json.loads(sarif.content)
    assert doc["version"] == "2.1.0"
    results = [r for run in doc["runs"] for r in run["results"]]
    assert len(results) == 5
    csv_body = client.get("/findings/export.csv?engine=sca").content.decode()
    assert "django" in csv_body
    assert "views_0" not in csv_body
    assert client.get("/findings/export.xml").status_code == 404


def test_sca_finding_page_shows_the_whole_title_and_where_the_version_is_pinned(
    org_a: OrgWithPeople, client_for
) -> None:
    """A lockfile finding as the SCA engine makes it: no code excerpt, and an advisory summary
    long enough that the 300-character title column cannot hold it."""
    summary = (
        "Django 3.2 before 3.2.16 allows a denial of service when the locale parameter is "
        "treated as a regular expression "
        + "and a very long crafted value is passed through the internationalised URL patterns " * 3
        + "by an attacker."
    )
    assert len(summary) > 300
    pkg = sca_package("PyPI", "Django", "3.2.4", "poetry.lock", 6, direct=True)
    hit = MergedHit("PYSEC-2022-304", ("CVE-2022-41323",), summary, Severity.HIGH, "3.2.16", ())
    repo = make_repository(org_a.organization)
    scan = make_scan(repo)
    findings_record(scan=scan, result=scan_result((sca_finding(pkg, hit),)), now=timezone.now())
    finding = Finding.objects.get(repository=repo)
    assert len(finding.title) == 300  # the column's cut ...
    body = client_for(org_a.viewer).get(f"/findings/{finding.pk}/").content.decode()
    # ... but the page shows the whole title
    title = re.search(r'<h1 data-testid="finding-title">(.*?)</h1>', body, re.S)
    assert title
    assert f"Django 3.2.4: {summary}" in " ".join(title.group(1).split())
    assert "no code excerpt" not in body.lower()
    assert 'class="highlight"' not in body
    assert 'data-testid="location">poetry.lock:6 · Django 3.2.4<' in body
    assert (
        "<code>poetry.lock</code>, line 6, pins <code>Django 3.2.4</code> (a direct dependency). "
        "Upgrade it to 3.2.16 or later" in body
    )


def test_overview_warns_about_an_inactive_connection_and_links_to_it(
    org_a: OrgWithPeople, org_b: OrgWithPeople, client_for
) -> None:
    client = client_for(org_a.viewer)
    repo = make_repository(org_a.organization)
    assert 'data-testid="inactive-connection"' not in client.get("/").content.decode()
    connection = repo.connection
    connection.status = "inactive"
    connection.inactive_message = "The Trace app was uninstalled. Reinstall it and pair again."
    connection.inactive_at = timezone.now()
    connection.display_name, connection.slug = "Acme Corp", "acme"
    connection.save()
    body = client.get("/").content.decode()
    warning = body.split('data-testid="inactive-connection"', 1)[1].split("</p>", 1)[0]
    assert "Bitbucket Cloud connection Acme Corp" in warning
    assert "is inactive (just now)" in warning
    assert "Reinstall it and pair again." in warning
    assert f'href="/settings/integrations/bitbucket/#connection-{connection.pk}"' in warning
    # the warning comes first, before the figures
    assert body.index('data-testid="inactive-connection"') < body.index("Open findings:")
    # another organization does not see it
    other = client_for(org_b.viewer).get("/").content.decode()
    assert 'data-testid="inactive-connection"' not in other


def test_overview_counts_and_times_read_as_words(org_a: OrgWithPeople, client_for) -> None:
    repo = make_repository(org_a.organization)
    make_scan(repo, status=ScanState.COMPLETED)
    body = client_for(org_a.owner).get("/").content.decode()
    assert "0 minutes" not in body
    assert '<td class="nowrap">just now</td>' in body
    # org A has an owner, an admin, a member and a viewer; one repository
    assert "4 members · 1 repository<" in body
    listing = client_for(org_a.owner).get("/repositories/").content.decode()
    assert "just now" in listing
    assert "0 minutes" not in listing
