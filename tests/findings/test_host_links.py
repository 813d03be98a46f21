"""Findings and repositories link to their host: a provider badge, the repository's page, and the
file and lines at the scanned commit — on GitHub and on Bitbucket, in the same views."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from tests.support.builders import engine_finding, make_repository, make_scan, scan_result
from tracesec.findings.models import Finding
from tracesec.findings.recording import findings_record
from tracesec.repositories.links import file_web_url, repository_web_url

pytestmark = pytest.mark.django_db

SHA = "0123456789abcdef0123456789abcdef01234567"


@pytest.fixture
def hosts(settings: Any) -> None:
    settings.GITHUB_WEB_URL = "https://github.com"
    settings.BITBUCKET_WEB_URL = "https://bitbucket.org"


def test_links_per_host(hosts: None, org_a: Any) -> None:
    gh = make_repository(org_a.organization, "o/r", provider="github")
    bb = make_repository(org_a.organization, "w/r", provider="bitbucket")
    assert repository_web_url(gh) == "https://github.com/o/r"
    assert repository_web_url(bb) == "https://bitbucket.org/w/r"
    assert (
        file_web_url(gh, path="src/a b.py", commit=SHA, start_line=3, end_line=5)
        == f"https://github.com/o/r/blob/{SHA}/src/a%20b.py#L3-L5"
    )
    assert (
        file_web_url(bb, path="src/a.py", commit=SHA, start_line=3)
        == f"https://bitbucket.org/w/r/src/{SHA}/src/a.py#lines-3"
    )


def test_no_link_for_odd_values(hosts: None, org_a: Any) -> None:
    gh = make_repository(org_a.organization, "o/r", provider="github")
    assert file_web_url(gh, path="a.py", commit="HEAD; rm", start_line=1) == ""
    assert file_web_url(gh, path="", commit=SHA) == ""
    odd = make_repository(org_a.organization, "o/x", provider="gitlab")
    assert repository_web_url(odd) == ""
    evil = make_repository(org_a.organization, "javascript:alert(1)//x", provider="github")
    assert repository_web_url(evil) == ""


@pytest.mark.parametrize(
    ("provider", "expected"),
    [
        ("github", f"https://github.com/o/r/blob/{SHA}/app.py#L7"),
        ("bitbucket", f"https://bitbucket.org/o/r/src/{SHA}/app.py#lines-7"),
    ],
)
def test_finding_page_shows_badge_and_links_to_the_scanned_commit(
    hosts: None, org_a: Any, client_for: Any, provider: str, expected: str
) -> None:
    repository = make_repository(org_a.organization, "o/r", provider=provider)
    scan = make_scan(repository, commit_sha=SHA)
    findings_record(
        scan=scan, result=scan_result((engine_finding("f-1", line=7),)), now=timezone.now()
    )
    finding = Finding.objects.get(repository=repository)
    page = client_for(org_a.viewer).get(f"/findings/{finding.pk}/").content.decode()
    assert 'data-testid="provider-badge"' in page
    assert f'href="{expected}"' in page
    repo_page = client_for(org_a.viewer).get(f"/repositories/{repository.pk}/").content.decode()
    assert 'href="https://' in repo_page
    assert 'data-testid="host-repository-link"' in repo_page
