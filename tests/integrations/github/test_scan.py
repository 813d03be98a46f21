"""A GitHub repository scanned through the real scan path (just-in-time token, checkout, the three
engines, recording), its findings in the same views as Bitbucket's with links to GitHub at the
scanned commit; after an uninstall the next scan is blocked."""

from __future__ import annotations

import base64
import logging
import subprocess
from typing import Any

import httpx
import pytest
from django.test import Client

from tests.integrations.github.github_setup import GitHubSetup
from tests.integrations.github.helpers import bind, installation, installation_payload
from tests.support.emulated import CONFIG_V1
from tracesec.findings.models import Finding
from tracesec.integrations.github.sync import connection_sync
from tracesec.repositories.models import Repository
from tracesec.scans.execution import scan_execute
from tracesec.scans.services import scan_request
from tracesec.scans.state import ScanErrorCode, ScanState

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def test_scan_a_github_repository_and_see_its_findings(
    github: GitHubSetup, org_a: Any, client_for: Any
) -> None:
    inst = installation(github, repositories=1, files={"config.py": CONFIG_V1})
    connection = bind(github, org_a.admin, inst)
    connection_sync(connection_id=connection.pk)
    repository = Repository.objects.get(provider="github")
    head = subprocess.run(
        [
            "git",
            "--git-dir",
            str(github.fake.git_root / "octo-org/repo-1.git"),
            "rev-parse",
            "HEAD",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()

    scan, _created = scan_request(repository=repository, requested_by=org_a.admin.user)
    scan_execute(scan_id=scan.pk)
    scan.refresh_from_db()
    assert scan.status == ScanState.COMPLETED, (scan.error_code, scan.error_message)
    assert scan.commit_sha == head
    assert github.fake.token_requests[-1] == {
        "permissions": {"contents": "read"},
        "repository_ids": [inst.repositories[0].id],
    }
    # The clone's token was revoked once the clone was done: GitHub refuses it now.
    assert _api_status(github, clone_token(github.fake.git_requests[-1])) == 401
    findings = Finding.objects.filter(repository=repository)
    engines = {f.engine for f in findings}
    assert {"sast", "secrets"} <= engines
    secret = findings.get(rule_id="github-pat")
    client = client_for(org_a.viewer)
    page = client.get(f"/findings/{secret.pk}/").content.decode()
    assert f"{github.fake.url}/octo-org/repo-1/blob/{head}/config.py#L" in page
    listing = client.get("/findings/").content.decode()
    assert 'data-testid="provider-badge"' in listing
    assert "octo-org/repo-1" in listing

    # Uninstalled on GitHub: the webhook makes the connection inactive; the next scan is blocked.
    github.post_webhook(Client(), "installation", installation_payload(inst, "deleted"))
    inst.deleted = True
    blocked, _created = scan_request(repository=repository, requested_by=org_a.admin.user)
    scan_execute(scan_id=blocked.pk)
    blocked.refresh_from_db()
    assert blocked.status == ScanState.BLOCKED
    assert blocked.error_code == ScanErrorCode.CONNECTION_INACTIVE


def clone_token(git_request: dict[str, str]) -> str:
    """The token git sent as Basic `x-access-token:<token>` in a request the fake recorded."""
    user, _, token = base64.b64decode(git_request["authorization"][6:]).decode().partition(":")
    assert user == "x-access-token"
    return token


def _api_status(github: GitHubSetup, token: str) -> int:
    return httpx.get(
        f"{github.fake.url}/api/v3/installation/repositories",
        headers={"Authorization": f"Bearer {token}"},
    ).status_code


def test_a_failed_revocation_is_logged_without_the_token_and_the_scan_completes(
    github: GitHubSetup, org_a: Any, caplog: pytest.LogCaptureFixture
) -> None:
    inst = installation(github, repositories=1)
    connection_sync(connection_id=bind(github, org_a.admin, inst).pk)
    repository = Repository.objects.get(provider="github")
    github.fake.revoke_failure = 502

    scan, _created = scan_request(repository=repository, requested_by=org_a.admin.user)
    with caplog.at_level(logging.INFO):
        scan_execute(scan_id=scan.pk)
    scan.refresh_from_db()
    assert scan.status == ScanState.COMPLETED, (scan.error_code, scan.error_message)
    [failed] = [r for r in caplog.records if r.getMessage() == "github.token_revoke_failed"]
    assert failed.status == 502  # type: ignore[attr-defined]
    token = clone_token(github.fake.git_requests[-1])
    assert _api_status(github, token) == 200  # not revoked: it expires within its hour
    assert all(token not in r.getMessage() + str(r.__dict__) for r in caplog.records)
