"""Settings → Integrations → Bitbucket over HTTP: roles, messages, cross-org refusal, re-sync."""

from __future__ import annotations

from typing import Any

import pytest

from tests.integrations.bitbucket.helpers import code_for, installation, paired
from tracesec.integrations.models import Connection, ConnectionStatus, SyncStatus

pytestmark = pytest.mark.django_db

PAGE = "/settings/integrations/bitbucket/"


def test_page_explains_steps_and_limitations(
    forge_settings: Any, org_a: Any, client_for: Any
) -> None:
    forge_settings.TRACE_BITBUCKET_INSTALL_URL = "https://developer.atlassian.com/console/install/x"
    response = client_for(org_a.viewer).get(PAGE)
    text = response.content.decode()
    assert response.status_code == 200
    assert "Install the Trace app" in text
    assert "https://developer.atlassian.com/console/install/x" in text
    assert "Bitbucket Cloud only" in text
    assert "workspace-wide" in text
    assert "Push and scheduled scans: yes" in text
    assert "Pull-request checks: not yet" in text
    assert "additional scope" in text
    assert "no automatic scans on push" not in text
    assert 'data-testid="connect-form"' not in text  # viewers cannot connect


def test_integrations_page_links_to_bitbucket(
    forge_settings: Any, org_a: Any, client_for: Any
) -> None:
    text = client_for(org_a.member).get("/settings/integrations/").content.decode()
    assert PAGE in text


def test_admin_connects_with_code(
    forge_settings: Any, org_a: Any, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    code = code_for(installation())
    client = client_for(org_a.admin)
    with django_capture_on_commit_callbacks(execute=False):
        response = client.post(f"{PAGE}connect/", {"code": code})
    assert response.status_code == 302
    connection = Connection.objects.get()
    assert connection.organization == org_a.organization
    page = client.get(PAGE).content.decode()
    assert f'id="connection-{connection.pk}"' in page
    assert 'hx-trigger="every 2s"' in page  # polls while the sync is queued
    # before the first sync the card has no name to show: it says so instead of a bare UUID
    heading = page.split('data-testid="connection"', 1)[1].split("</h3>", 1)[0]
    assert "Waiting for first sync" in heading
    assert connection.external_id not in heading
    connection.display_name, connection.slug = "Acme Corp", "acme"
    connection.last_sync_status = SyncStatus.OK
    connection.save()
    page = client.get(PAGE).content.decode()
    heading = page.split('data-testid="connection"', 1)[1].split("</h3>", 1)[0]
    assert 'Acme Corp <span class="muted">(acme)</span>' in heading
    assert "0 repositories" in page


@pytest.mark.parametrize(
    ("code", "message"),
    [("nope", "not a pairing code"), ("ABCD-EFGH-JKMN", "not valid")],
)
def test_clear_messages(
    forge_settings: Any, org_a: Any, client_for: Any, code: str, message: str
) -> None:
    response = client_for(org_a.admin).post(f"{PAGE}connect/", {"code": code})
    assert response.status_code == 400
    assert message in response.content.decode()


def test_expired_message(forge_settings: Any, org_a: Any, client_for: Any) -> None:
    code = code_for(installation(), ttl=-1)
    response = client_for(org_a.admin).post(f"{PAGE}connect/", {"code": code})
    assert "expired" in response.content.decode()


def test_member_cannot_connect(forge_settings: Any, org_a: Any, client_for: Any) -> None:
    code = code_for(installation())
    response = client_for(org_a.member).post(f"{PAGE}connect/", {"code": code})
    assert response.status_code == 302  # flash + back
    assert not Connection.objects.exists()


def test_resync_and_card_refuse_other_orgs(
    forge_settings: Any, org_a: Any, org_b: Any, client_for: Any
) -> None:
    _inst, connection = paired(org_a.organization)
    other = client_for(org_b.admin)
    assert other.get(f"{PAGE}connections/{connection.pk}/").status_code == 404
    assert other.post(f"{PAGE}connections/{connection.pk}/resync/").status_code == 404
    connection.refresh_from_db()
    assert connection.last_sync_status == SyncStatus.NEVER


def test_resync_queues(
    forge_settings: Any, org_a: Any, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    _inst, connection = paired(org_a.organization)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client_for(org_a.admin).post(
            f"{PAGE}connections/{connection.pk}/resync/", headers={"HX-Request": "true"}
        )
    assert response.status_code == 200
    assert len(callbacks) == 1
    connection.refresh_from_db()
    assert connection.last_sync_status == SyncStatus.QUEUED
    assert "Queued" in response.content.decode()


def test_inactive_connection_shows_reason(forge_settings: Any, org_a: Any, client_for: Any) -> None:
    _inst, connection = paired(org_a.organization)
    Connection.objects.filter(pk=connection.pk).update(
        status=ConnectionStatus.INACTIVE, inactive_message="Reinstall the app, then connect again."
    )
    text = client_for(org_a.viewer).get(PAGE).content.decode()
    assert "Reinstall the app, then connect again." in text
    assert 'data-testid="resync"' not in text


def test_rate_limited_per_ip_across_orgs(
    forge_settings: Any, org_a: Any, org_b: Any, client_for: Any
) -> None:
    forge_settings.TRACE_PAIRING_ATTEMPTS_PER_IP = 2
    code = code_for(installation())
    client_for(org_a.admin).post(f"{PAGE}connect/", {"code": "ABCD-EFGH-JKMN"})
    client_for(org_b.admin).post(f"{PAGE}connect/", {"code": "ABCD-EFGH-JKMN"})
    response = client_for(org_b.owner).post(f"{PAGE}connect/", {"code": code})
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert not Connection.objects.exists()
