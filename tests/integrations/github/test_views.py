"""Tenant isolation and roles on every GitHub page and action: another organization's
connection is a 404, whoever asks; only admins change anything."""

from __future__ import annotations

from typing import Any

import pytest

from tests.integrations.github.github_setup import GitHubSetup
from tests.integrations.github.helpers import bind, installation
from tracesec.integrations.models import Connection, SyncStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def connection_a(github: GitHubSetup, org_a: Any) -> Connection:
    return bind(github, org_a.admin, installation(github))


def test_page_lists_only_this_organizations_connections(
    github: GitHubSetup, connection_a: Connection, org_a: Any, org_b: Any, client_for: Any
) -> None:
    assert b"octo-org" in client_for(org_a.viewer).get("/settings/integrations/github/").content
    page_b = client_for(org_b.owner).get("/settings/integrations/github/")
    assert page_b.status_code == 200
    assert b"octo-org" not in page_b.content


@pytest.mark.parametrize("role", ["owner", "admin", "member", "viewer"])
def test_another_organizations_connection_is_not_found(
    github: GitHubSetup, connection_a: Connection, org_b: Any, client_for: Any, role: str
) -> None:
    client = client_for(getattr(org_b, role))
    card = client.get(f"/settings/integrations/github/connections/{connection_a.pk}/")
    assert card.status_code == 404
    Connection.objects.filter(pk=connection_a.pk).update(last_sync_status=SyncStatus.OK)
    resync = client.post(f"/settings/integrations/github/connections/{connection_a.pk}/resync/")
    assert resync.status_code in {302, 404}
    connection_a.refresh_from_db()
    assert connection_a.last_sync_status == SyncStatus.OK  # nothing was queued


def test_a_bitbucket_connection_is_not_reachable_through_github_urls(
    github: GitHubSetup, org_a: Any, client_for: Any
) -> None:
    bitbucket = Connection.objects.create(
        organization=org_a.organization, provider="bitbucket", external_id="ws"
    )
    client = client_for(org_a.admin)
    assert (
        client.get(f"/settings/integrations/github/connections/{bitbucket.pk}/").status_code == 404
    )


def test_members_see_but_cannot_resync(
    github: GitHubSetup, connection_a: Connection, org_a: Any, client_for: Any
) -> None:
    Connection.objects.filter(pk=connection_a.pk).update(last_sync_status=SyncStatus.OK)
    client = client_for(org_a.member)
    assert (
        client.get(f"/settings/integrations/github/connections/{connection_a.pk}/").status_code
        == 200
    )
    client.post(f"/settings/integrations/github/connections/{connection_a.pk}/resync/")
    connection_a.refresh_from_db()
    assert connection_a.last_sync_status == SyncStatus.OK


def test_admin_resync_queues_a_sync(
    github: GitHubSetup,
    connection_a: Connection,
    org_a: Any,
    client_for: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    Connection.objects.filter(pk=connection_a.pk).update(last_sync_status=SyncStatus.OK)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client_for(org_a.admin).post(
            f"/settings/integrations/github/connections/{connection_a.pk}/resync/"
        )
    assert response.status_code == 302
    assert len(callbacks) == 1
    connection_a.refresh_from_db()
    assert connection_a.last_sync_status == SyncStatus.QUEUED


def test_integrations_page_offers_github(github: GitHubSetup, org_a: Any, client_for: Any) -> None:
    page = client_for(org_a.viewer).get("/settings/integrations/")
    assert b'data-testid="github-settings-link"' in page.content
