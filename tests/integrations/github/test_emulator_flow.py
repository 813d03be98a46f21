"""Trace's GitHub side against the emulated GitHub, over real HTTP both ways: the install page →
callback with a user code → verified binding; webhooks the emulator signs and sends (suspend,
unsuspend, repositories removed, redelivery, uninstall); repository sync with Link pagination;
a scan through the real scan path, its token revoked after the clone; a spoofed installation id
never bound."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.integrations.github.emulated_github import account_id, query
from tracesec.integrations.github.client import GitHubClient, InstallationToken
from tracesec.integrations.github.setup import SetupError, setup_complete, setup_state_issue
from tracesec.integrations.github.sync import connection_sync
from tracesec.integrations.models import Connection, ConnectionStatus, GitHubInstallation
from tracesec.repositories.models import Repository, RepositoryStatus
from tracesec.scans.execution import scan_execute
from tracesec.scans.services import scan_request
from tracesec.scans.state import ScanState

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def test_install_bind_webhooks_sync_scan_uninstall(
    emulated: Any, org_a: Any, org_b: Any, client_for: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    gh = emulated.github
    # Install on GitHub with Trace's state; the browser comes back to Trace's callback.
    client = client_for(org_a.admin)
    response = client.post("/settings/integrations/github/install/")
    state = query(response["Location"])["state"]
    back = gh.install_in_browser("olivia-owner", account_id(gh, "northwind"), state=state)
    params = query(back)
    assert params["state"] == state
    assert "code" in params
    landed = client.get(urlsplit(back).path, params)
    assert landed.status_code == 302, landed.content[:500]
    connection = Connection.objects.get(provider="github")
    assert connection.organization == org_a.organization
    assert connection.display_name == "northwind"
    installation_id = int(params["installation_id"])

    connection_sync(connection_id=connection.pk)
    connection.refresh_from_db()
    assert connection.last_sync_status == "ok", connection.last_sync_message
    names = set(
        Repository.objects.filter(connection=connection).values_list("full_name", flat=True)
    )
    assert "northwind/orders-service" in names

    # A spoofed callback: another user's own installation, with a genuine code of dan-dev.
    outsider = gh.install_in_browser("oscar-outsider", account_id(gh, "oscar-outsider"))
    spoofed_id = query(outsider)["installation_id"]
    with pytest.raises(SetupError) as refused:
        setup_complete(
            user=org_b.admin.user,
            state=setup_state_issue(actor=org_b.admin),
            code=gh.authorize("dan-dev", state="x"),
            installation_id=spoofed_id,
        )
    assert refused.value.code == "not_accessible"
    assert GitHubInstallation.objects.get(installation_id=int(spoofed_id)).connection is None

    # Scan a repository through the real scan path; the tokens GitHub issues are noted (the
    # job keeps its own in memory only) to show the scan's is revoked after its clone.
    issued: list[InstallationToken] = []
    create_token = GitHubClient.create_installation_token

    def noting(client: GitHubClient, *args: Any, **kwargs: Any) -> InstallationToken:
        issued.append(create_token(client, *args, **kwargs))
        return issued[-1]

    monkeypatch.setattr(GitHubClient, "create_installation_token", noting)
    repository = Repository.objects.get(full_name="northwind/orders-service")
    scan, _created = scan_request(repository=repository, requested_by=org_a.admin.user)
    scan_execute(scan_id=scan.pk)
    scan.refresh_from_db()
    assert scan.status == ScanState.COMPLETED, (scan.error_code, scan.error_message)
    assert len(scan.commit_sha) == 40
    [scan_token] = issued
    assert scan_token.permissions["contents"] == "read"
    refused = gh.api("GET", f"/repos/{repository.full_name}", token=scan_token.token)
    assert (refused.status_code, refused.json()["message"]) == (401, "Bad credentials")
    monkeypatch.undo()

    # Suspend / unsuspend on GitHub: the emulator's signed webhooks reach Trace.
    gh.suspend(installation_id, by="olivia-owner")
    connection.refresh_from_db()
    assert connection.status == ConnectionStatus.INACTIVE
    gh.unsuspend(installation_id, by="olivia-owner")
    connection.refresh_from_db()
    assert connection.status == ConnectionStatus.ACTIVE

    # A redelivered suspend changes nothing.
    [suspend] = [
        d
        for d in gh.deliveries(event="installation")
        if d["request"]["payload"]["action"] == "suspend"
    ]
    gh.redeliver(suspend["id"])
    connection.refresh_from_db()
    assert connection.status == ConnectionStatus.ACTIVE

    # Repositories removed on GitHub → (queued) sync marks them removed.
    gh.change_repositories(installation_id, remove=["platform-tools"])
    connection_sync(connection_id=connection.pk)
    assert (
        Repository.objects.get(full_name="northwind/platform-tools").status
        == RepositoryStatus.REMOVED
    )

    # Uninstall → inactive at once.
    gh.uninstall(installation_id, by="olivia-owner")
    connection.refresh_from_db()
    assert connection.status == ConnectionStatus.INACTIVE
    assert connection.inactive_reason == "github_app_uninstalled"
