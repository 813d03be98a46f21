"""REST API for repositories, scans and findings: behaviour, roles, tenant isolation, queries."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.support.builders import seed
from tests.support.organizations import OrgWithPeople
from tracesec.findings.models import Finding, Status
from tracesec.scans.models import Scan
from tracesec.scans.state import ScanState

pytestmark = pytest.mark.django_db


def test_list_repositories_and_trigger_scan(
    org_a: OrgWithPeople, api_client_for, django_capture_on_commit_callbacks
) -> None:
    repo, scan = seed(org_a.organization)
    api = api_client_for(org_a.member)
    body = api.get("/api/v1/repositories").json()
    assert body["count"] == 1
    item = body["items"][0]
    assert item["full_name"] == repo.full_name
    assert item["connection_status"] == "active"
    assert item["last_scan"]["id"] == scan.pk
    assert item["open_counts"]["critical"] == 1

    with django_capture_on_commit_callbacks(execute=True):
        response = api.post(f"/api/v1/repositories/{repo.pk}/scans")
    assert response.status_code == 201
    created = response.json()
    assert created["created"] is True
    assert created["scan"]["status"] == "queued"
    assert [p["phase"] for p in created["scan"]["phases"]][:2] == [
        "queued",
        "resolving_credentials",
    ]
    again = api.post(f"/api/v1/repositories/{repo.pk}/scans")
    assert again.status_code == 200
    assert again.json()["scan"]["id"] == created["scan"]["id"]

    status = api.get(f"/api/v1/scans/{created['scan']['id']}").json()
    assert status["active"] is True
    history = api.get(f"/api/v1/repositories/{repo.pk}/scans").json()
    assert [s["id"] for s in history][:2] == [created["scan"]["id"], scan.pk]
    cancelled = api.post(f"/api/v1/scans/{created['scan']['id']}/cancel").json()
    assert cancelled["status"] == "cancelled"
    assert cancelled["error_message"].startswith("Cancelled by")


def test_viewer_token_cannot_scan_or_triage(org_a: OrgWithPeople, api_client_for) -> None:
    repo, _scan = seed(org_a.organization)
    api = api_client_for(org_a.viewer)
    response = api.post(f"/api/v1/repositories/{repo.pk}/scans")
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"
    finding = Finding.objects.filter(organization=org_a.organization).first()
    response = api.post(
        f"/api/v1/findings/{finding.pk}/triage",
        {"action": "ignore", "reason": "false_positive"},
        content_type="application/json",
    )
    assert response.status_code == 403
    assert api.get(f"/api/v1/findings/{finding.pk}").status_code == 200


def test_findings_filters_and_triage(org_a: OrgWithPeople, api_client_for) -> None:
    repo, _scan = seed(org_a.organization)
    api = api_client_for(org_a.member)
    body = api.get("/api/v1/findings").json()
    assert body["count"] == 5
    body = api.get("/api/v1/findings?engine=sca&engine=secrets").json()
    assert {i["engine"] for i in body["items"]} == {"sca", "secrets"}
    body = api.get("/api/v1/findings?severity=critical").json()
    assert body["items"][0]["package"] == "django"
    assert body["items"][0]["aliases"] == ["CVE-2021-35042"]
    assert api.get("/api/v1/findings?cwe=CWE-798").json()["count"] == 1
    assert api.get("/api/v1/findings?q=views_1").json()["count"] == 1
    assert api.get(f"/api/v1/findings?repository={repo.pk}&limit=2").json()["count"] == 5
    assert len(api.get("/api/v1/findings?limit=2&offset=4").json()["items"]) == 1
    bad = api.get("/api/v1/findings?engine=bogus")
    assert bad.status_code == 422
    assert "code" in bad.json()

    target = Finding.objects.get(fingerprint="sast-1")
    response = api.post(
        f"/api/v1/findings/{target.pk}/triage",
        {"action": "ignore"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["code"] == "invalid_reason"
    response = api.post(
        f"/api/v1/findings/{target.pk}/triage",
        {"action": "ignore", "reason": "wont_fix", "comment": "legacy"},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["status"] == "ignored"
    assert api.get("/api/v1/findings?status=ignored").json()["count"] == 1
    assert api.get("/api/v1/findings?status=all").json()["count"] == 5
    response = api.post(
        f"/api/v1/findings/{target.pk}/triage",
        {"action": "reopen"},
        content_type="application/json",
    )
    assert response.json()["status"] == "open"
    detail = api.get(f"/api/v1/findings/{target.pk}").json()
    assert detail["snippet"]
    assert "message" in detail


def test_findings_multi_valued_filters(
    org_a: OrgWithPeople, org_b: OrgWithPeople, api_client_for
) -> None:
    repo, _scan = seed(org_a.organization)
    other, _ = seed(org_b.organization)
    Finding.objects.filter(organization=org_a.organization, fingerprint="sast-0").update(
        assignee=org_a.member.user
    )
    api = api_client_for(org_a.member)

    def fingerprints(query: str) -> set[str]:
        response = api.get(f"/api/v1/findings?{query}")
        assert response.status_code == 200, response.content
        return {item["fingerprint"] for item in response.json()["items"]}

    assert fingerprints("rule=GHSA-aaaa-bbbb-cccc&rule=aws-access-key-id") == {"sca-1", "sec-1"}
    assert fingerprints("assignee=me") == {"sast-0"}
    assert len(fingerprints("assignee=none")) == 4
    assert fingerprints(f"assignee={org_a.member.user_id}&severity=high&severity=critical") == {
        "sast-0"
    }
    assert len(fingerprints(f"repository={repo.pk}&repository={other.pk}")) == 5
    # organization B's repository names nothing for A's token
    assert fingerprints(f"repository={other.pk}") == set()
    assert fingerprints("due=overdue&due=soon") == {"sca-1"}  # critical: due within a week
    for bad in ("assignee=someone", "due=later", "repository=0"):
        response = api.get(f"/api/v1/findings?{bad}")
        assert response.status_code == 422, bad
        assert "code" in response.json()
    many = "&".join(f"rule=r{i}" for i in range(51))
    assert api.get(f"/api/v1/findings?{many}").status_code == 422


@pytest.mark.parametrize("param", ["q", "rule", "path", "package", "cwe"])
def test_a_nul_in_a_text_filter_matches_nothing_and_breaks_nothing(
    org_a: OrgWithPeople, api_client_for, client_for, param: str
) -> None:
    """PostgreSQL refuses NUL in a query (found by the API fuzzer): nothing stored holds one."""
    seed(org_a.organization)
    for path in ("/api/v1/findings", "/api/v1/findings/packages"):
        response = api_client_for(org_a.member).get(f"{path}?{param}=a%00b")
        assert response.status_code == 200, response.content
        assert response.json()["items"] == []
    page = client_for(org_a.member).get(f"/findings/?{param}=a%00b")
    assert page.status_code == 200


def test_findings_list_query_count_is_constant(org_a: OrgWithPeople, api_client_for) -> None:
    seed(org_a.organization, n=1)
    api = api_client_for(org_a.member)
    api.get("/api/v1/findings")
    with CaptureQueriesContext(connection) as small:
        api.get("/api/v1/findings")
    seed(org_a.organization, n=30)
    with CaptureQueriesContext(connection) as large:
        assert api.get("/api/v1/findings").json()["count"] == 3 + 32
    assert len(large.captured_queries) == len(small.captured_queries)
    with CaptureQueriesContext(connection) as repos_small:
        api.get("/api/v1/repositories")
    seed(org_a.organization, n=1)
    with CaptureQueriesContext(connection) as repos_large:
        api.get("/api/v1/repositories")
    assert len(repos_large.captured_queries) == len(repos_small.captured_queries)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/v1/findings/{finding}"),
        ("post", "/api/v1/findings/{finding}/triage"),
        ("post", "/api/v1/repositories/{repo}/scans"),
        ("get", "/api/v1/repositories/{repo}/scans"),
        ("get", "/api/v1/scans/{scan}"),
        ("post", "/api/v1/scans/{scan}/cancel"),
    ],
)
def test_other_organization_gets_404(
    org_a: OrgWithPeople, org_b: OrgWithPeople, api_client_for, method: str, path: str
) -> None:
    repo, scan = seed(org_a.organization)
    Scan.objects.filter(pk=scan.pk).update(status=ScanState.QUEUED)
    finding = Finding.objects.filter(organization=org_a.organization).first()
    api = api_client_for(org_b.owner)
    url = path.format(repo=repo.pk, scan=scan.pk, finding=finding.pk)
    if method == "post":
        response = api.post(
            url, {"action": "ignore", "reason": "wont_fix"}, content_type="application/json"
        )
    else:
        response = api.get(url)
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    finding.refresh_from_db()
    assert finding.status == Status.OPEN
    assert Scan.objects.get(pk=scan.pk).status == ScanState.QUEUED
    assert api.get("/api/v1/findings?status=all").json()["count"] == 0
    assert api.get("/api/v1/repositories").json()["count"] == 0


def test_openapi_documents_the_endpoints(api_client_for, org_a: OrgWithPeople) -> None:
    spec = api_client_for(org_a.viewer).get("/api/v1/openapi.json").json()
    paths = spec["paths"]
    for path in (
        "/api/v1/repositories",
        "/api/v1/repositories/{repository_id}/scans",
        "/api/v1/scans/{scan_id}",
        "/api/v1/findings",
        "/api/v1/findings/{finding_id}/triage",
    ):
        assert path in paths, path


@pytest.mark.parametrize("name", ["scan", "repository"])
def test_findings_id_filter_beyond_64_bits_is_refused_not_a_server_error(
    org_a: OrgWithPeople, api_client_for, client_for, name: str
) -> None:
    huge = "117774817735647789056"  # found by the API fuzz test: overflowed SQLite's INTEGER
    response = api_client_for(org_a.viewer).get(f"/api/v1/findings?{name}={huge}")
    assert response.status_code == 422
    # the dashboard ignores an id that names nothing, as it ignores any malformed filter
    assert client_for(org_a.viewer).get(f"/findings/?{name}={huge}").status_code == 200


def test_a_nul_in_a_triage_comment_is_refused_not_a_server_error(
    org_a: OrgWithPeople, api_client_for
) -> None:
    """PostgreSQL text cannot hold a NUL: the comment is refused as invalid input (422), as the
    dashboard's form refuses it, and nothing is stored."""
    seed(org_a.organization)
    finding = Finding.objects.filter(organization=org_a.organization).first()
    response = api_client_for(org_a.member).post(
        f"/api/v1/findings/{finding.pk}/triage",
        {"action": "comment", "comment": "a\u0000b"},
        content_type="application/json",
    )
    assert response.status_code == 422, response.content
    assert "comment" in response.content.decode()
    ok = api_client_for(org_a.member).post(
        f"/api/v1/findings/{finding.pk}/triage",
        {"action": "comment", "comment": "a\nb"},
        content_type="application/json",
    )
    assert ok.status_code == 200
