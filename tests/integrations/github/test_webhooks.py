"""Hostile webhooks: nothing is parsed before the signature over the raw body checks out, a
replayed delivery changes nothing, oversized and malformed bodies are refused, unknown events are
acknowledged, and an event can only touch the organization its installation is bound to."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from tests.integrations.github.fakegithub import sign
from tests.integrations.github.github_setup import GitHubSetup
from tests.integrations.github.helpers import bind, installation, installation_payload
from tracesec.integrations.github.app_secrets import forget_cached_secrets
from tracesec.integrations.github.purge import deliveries_purge, setup_states_purge
from tracesec.integrations.github.setup import setup_state_issue
from tracesec.integrations.models import (
    Connection,
    ConnectionStatus,
    GitHubInstallation,
    GitHubInstallationStatus,
    GitHubSetupState,
    GitHubWebhookDelivery,
    SealedAppSecret,
)
from tracesec.repositories.models import Repository
from tracesec.scans.models import Scan
from tracesec.scans.state import ScanState

pytestmark = pytest.mark.django_db


@pytest.fixture
def bound(github: GitHubSetup, org_a: Any) -> tuple[Any, Connection]:
    inst = installation(github)
    return inst, bind(github, org_a.admin, inst)


def state_of(connection: Connection) -> str:
    connection.refresh_from_db()
    return connection.status


def body_of(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload).encode()


@pytest.mark.parametrize(
    "signature",
    [
        "",  # missing
        "sha256=",  # empty
        "sha1=0123456789abcdef0123456789abcdef01234567",  # the old header's algorithm
        "sha256=deadbeef",  # truncated
        "sha256=" + "0" * 64,  # well-formed, wrong
    ],
)
def test_bad_signatures_change_nothing(
    github: GitHubSetup, bound: tuple[Any, Connection], signature: str
) -> None:
    inst, connection = bound
    response = github.post_webhook(
        Client(), "installation", installation_payload(inst, "deleted"), signature=signature
    )
    assert response.status_code == 401
    assert state_of(connection) == ConnectionStatus.ACTIVE
    assert not GitHubWebhookDelivery.objects.exists()


def test_truncated_valid_signature_and_uppercase_hex_are_refused(
    github: GitHubSetup, bound: tuple[Any, Connection]
) -> None:
    inst, connection = bound
    body = body_of(installation_payload(inst, "deleted"))
    good = sign(github.webhook_secret, body)
    for bad in (good[:-1], good.upper().replace("SHA256=", "sha256="), good + "0"):
        response = github.post_webhook(Client(), "installation", body, signature=bad)
        assert response.status_code == 401
    assert state_of(connection) == ConnectionStatus.ACTIVE


def test_valid_signature_over_a_different_body_is_refused(
    github: GitHubSetup, bound: tuple[Any, Connection]
) -> None:
    inst, connection = bound
    harmless = body_of(installation_payload(inst, "new_permissions_accepted"))
    harmful = body_of(installation_payload(inst, "deleted"))
    response = github.post_webhook(
        Client(), "installation", harmful, signature=sign(github.webhook_secret, harmless)
    )
    assert response.status_code == 401
    assert state_of(connection) == ConnectionStatus.ACTIVE


def test_signature_with_another_secret_is_refused(
    github: GitHubSetup, bound: tuple[Any, Connection]
) -> None:
    inst, connection = bound
    body = body_of(installation_payload(inst, "deleted"))
    response = github.post_webhook(
        Client(), "installation", body, signature=sign(b"not-the-secret", body)
    )
    assert response.status_code == 401
    assert state_of(connection) == ConnectionStatus.ACTIVE


def test_uninstall_makes_the_connection_inactive_and_cancels_queued_scans(
    github: GitHubSetup, bound: tuple[Any, Connection], org_a: Any
) -> None:
    inst, connection = bound
    repository = Repository.objects.create(
        organization=org_a.organization,
        connection=connection,
        provider="github",
        external_uuid=str(inst.repositories[0].id),
        full_name=inst.repositories[0].full_name,
    )
    scan = Scan.objects.create(
        organization=org_a.organization, repository=repository, status=ScanState.QUEUED
    )
    response = github.post_webhook(Client(), "installation", installation_payload(inst, "deleted"))
    assert response.status_code == 200
    assert state_of(connection) == ConnectionStatus.INACTIVE
    assert connection.inactive_reason == "github_app_uninstalled"
    assert connection.inactive_message.startswith("The Trace GitHub App was uninstalled")
    assert "GitHub account" in connection.inactive_message
    assert "Bitbucket" not in connection.inactive_message
    scan.refresh_from_db()
    assert scan.status == ScanState.CANCELLED
    assert (
        GitHubInstallation.objects.get(installation_id=inst.id).status
        == GitHubInstallationStatus.DELETED
    )


def test_suspend_then_unsuspend(github: GitHubSetup, bound: tuple[Any, Connection]) -> None:
    inst, connection = bound
    inst.suspended = True
    assert (
        github.post_webhook(
            Client(), "installation", installation_payload(inst, "suspend")
        ).status_code
        == 200
    )
    assert state_of(connection) == ConnectionStatus.INACTIVE
    assert connection.inactive_reason == "github_app_suspended"
    inst.suspended = False
    assert (
        github.post_webhook(
            Client(), "installation", installation_payload(inst, "unsuspend")
        ).status_code
        == 200
    )
    assert state_of(connection) == ConnectionStatus.ACTIVE


def test_unsuspend_does_not_revive_an_uninstalled_installation(
    github: GitHubSetup, bound: tuple[Any, Connection]
) -> None:
    inst, connection = bound
    github.post_webhook(Client(), "installation", installation_payload(inst, "deleted"))
    github.post_webhook(Client(), "installation", installation_payload(inst, "unsuspend"))
    assert state_of(connection) == ConnectionStatus.INACTIVE


def test_replayed_delivery_changes_nothing(
    github: GitHubSetup, bound: tuple[Any, Connection]
) -> None:
    inst, connection = bound
    inst.suspended = True
    delivery = "72d3162e-cc78-11e3-81ab-4c9367dc0958"
    first = github.post_webhook(
        Client(), "installation", installation_payload(inst, "suspend"), delivery=delivery
    )
    assert first.status_code == 200
    inst.suspended = False
    github.post_webhook(Client(), "installation", installation_payload(inst, "unsuspend"))
    assert state_of(connection) == ConnectionStatus.ACTIVE
    # The attacker replays the captured (validly signed) suspend delivery.
    inst.suspended = True
    replay = github.post_webhook(
        Client(), "installation", installation_payload(inst, "suspend"), delivery=delivery
    )
    assert replay.status_code == 200
    assert "duplicate" in replay.json()["detail"]
    assert state_of(connection) == ConnectionStatus.ACTIVE


def test_new_installation_is_recorded_but_needs_binding(github: GitHubSetup) -> None:
    inst = installation(github, installation_id=3003, account_id=903, login="new-org")
    response = github.post_webhook(Client(), "installation", installation_payload(inst, "created"))
    assert response.status_code == 200
    recorded = GitHubInstallation.objects.get(installation_id=3003)
    assert recorded.status == GitHubInstallationStatus.PENDING
    assert recorded.connection is None
    assert not Connection.objects.exists()


def test_events_for_an_installation_bound_to_another_org_leave_this_org_alone(
    github: GitHubSetup, org_a: Any, org_b: Any
) -> None:
    mine = installation(github)
    theirs = installation(github, installation_id=2002, account_id=777, login="other-org")
    connection_a = bind(github, org_a.admin, mine)
    connection_b = bind(github, org_b.admin, theirs, login="other-user")
    github.post_webhook(Client(), "installation", installation_payload(theirs, "deleted"))
    assert state_of(connection_b) == ConnectionStatus.INACTIVE
    assert state_of(connection_a) == ConnectionStatus.ACTIVE


def test_event_naming_another_app_is_ignored(
    github: GitHubSetup, bound: tuple[Any, Connection]
) -> None:
    inst, connection = bound
    payload = installation_payload(inst, "deleted")
    payload["installation"]["app_id"] = 999
    response = github.post_webhook(Client(), "installation", payload)
    assert response.status_code == 200
    assert "another app" in response.json()["detail"]
    assert state_of(connection) == ConnectionStatus.ACTIVE


def test_oversized_body_is_refused_before_anything_else(
    github: GitHubSetup, bound: tuple[Any, Connection]
) -> None:
    inst, connection = bound
    github.settings.GITHUB_WEBHOOK_MAX_BYTES = 1024
    payload = installation_payload(inst, "deleted")
    payload["padding"] = "x" * 2048
    response = github.post_webhook(Client(), "installation", payload)  # validly signed
    assert response.status_code == 413
    assert state_of(connection) == ConnectionStatus.ACTIVE
    assert not GitHubWebhookDelivery.objects.exists()


@pytest.mark.parametrize(
    "body", [b"{not json", b"[1, 2]", b"\xff\xfe", b'{"action": "deleted", "installation": 5}']
)
def test_malformed_bodies_are_refused(
    github: GitHubSetup, bound: tuple[Any, Connection], body: bytes
) -> None:
    _inst, connection = bound
    response = github.post_webhook(Client(), "installation", body)
    assert response.status_code == 400
    assert state_of(connection) == ConnectionStatus.ACTIVE
    assert not GitHubWebhookDelivery.objects.exists()


def test_missing_delivery_or_event_header_is_refused(github: GitHubSetup) -> None:
    body = b'{"zen": "Keep it logically awesome."}'
    response = Client().post(
        "/integrations/github/webhook/",
        data=body,
        content_type="application/json",
        HTTP_X_GITHUB_EVENT="ping",
        HTTP_X_HUB_SIGNATURE_256=sign(github.webhook_secret, body),
    )
    assert response.status_code == 400


def test_unknown_events_are_acknowledged_and_ignored(github: GitHubSetup) -> None:
    response = github.post_webhook(Client(), "star", {"action": "created"})
    assert response.status_code == 200
    assert response.json()["detail"] == "ignored"


def test_only_post(github: GitHubSetup) -> None:
    assert Client().get("/integrations/github/webhook/").status_code == 405


def test_repositories_added_or_removed_queue_a_sync_of_the_bound_connection(
    github: GitHubSetup,
    bound: tuple[Any, Connection],
    django_capture_on_commit_callbacks: Any,
) -> None:
    inst, connection = bound
    payload = installation_payload(inst, "added")
    payload["repositories_added"] = [{"id": 9, "full_name": "octo-org/new"}]
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = github.post_webhook(Client(), "installation_repositories", payload)
    assert response.status_code == 200
    assert len(callbacks) == 1
    connection.refresh_from_db()
    assert connection.last_sync_status == "queued"


def test_repositories_event_for_an_unbound_installation_queues_nothing(
    github: GitHubSetup, django_capture_on_commit_callbacks: Any
) -> None:
    inst = installation(github, installation_id=4004, account_id=904, login="nobody")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = github.post_webhook(
            Client(), "installation_repositories", installation_payload(inst, "removed")
        )
    assert response.status_code == 200
    assert callbacks == []


def test_without_an_imported_webhook_secret_nothing_is_accepted(github: GitHubSetup) -> None:
    SealedAppSecret.objects.filter(name="webhook_secret").delete()
    forget_cached_secrets()
    response = github.post_webhook(Client(), "installation", {"action": "created"})
    assert response.status_code == 503
    assert not GitHubWebhookDelivery.objects.exists()


def test_old_delivery_ids_and_expired_states_are_purged(github: GitHubSetup, org_a: Any) -> None:
    github.post_webhook(Client(), "star", {"action": "created"}, delivery="old-one")
    github.post_webhook(Client(), "star", {"action": "created"}, delivery="new-one")
    GitHubWebhookDelivery.objects.filter(delivery_id="old-one").update(
        received_at=timezone.now() - timedelta(days=9)
    )
    setup_state_issue(actor=org_a.admin)
    GitHubSetupState.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert deliveries_purge() == 1
    assert setup_states_purge() == 1
    assert list(GitHubWebhookDelivery.objects.values_list("delivery_id", flat=True)) == ["new-one"]


def push_payload(inst: Any, repo: Repository, **changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "ref": f"refs/heads/{repo.default_branch}",
        "before": "4" * 40,
        "after": "5" * 40,
        "deleted": False,
        "repository": {
            "id": int(repo.external_uuid),
            "full_name": repo.full_name,
            "name": repo.name,
            "private": True,
            "default_branch": repo.default_branch,
        },
        "installation": {"id": inst.id},
    }
    payload.update(changes)
    return payload


def pushed_repository(connection: Connection) -> Repository:
    return Repository.objects.create(
        organization=connection.organization,
        connection=connection,
        provider="github",
        external_uuid="700001",
        full_name="octo/app",
        name="app",
        default_branch="main",
    )


def test_push_events_queue_one_scan_for_the_default_branch_only(
    github: GitHubSetup, bound: tuple[Any, Connection]
) -> None:
    inst, connection = bound
    repository = pushed_repository(connection)
    client = Client()
    for ref in ("refs/heads/feature", "refs/tags/v1"):
        ignored = github.post_webhook(client, "push", push_payload(inst, repository, ref=ref))
        assert ignored.status_code == 200
    deleted = push_payload(inst, repository, deleted=True, after="0" * 40)
    assert github.post_webhook(client, "push", deleted).status_code == 200
    assert not Scan.objects.exists()

    response = github.post_webhook(client, "push", push_payload(inst, repository), delivery="p-1")
    assert response.status_code == 200
    [scan] = Scan.objects.filter(repository=repository)
    Scan.objects.filter(pk=scan.pk).update(status=ScanState.COMPLETED)
    again = github.post_webhook(client, "push", push_payload(inst, repository), delivery="p-1")
    assert again.status_code == 200
    assert Scan.objects.count() == 1


@pytest.mark.parametrize(
    "changes",
    [{"ref": None}, {"after": 5}, {"installation": None}, {"repository": {"id": 1}}],
)
def test_push_events_of_an_unexpected_shape_are_refused(
    github: GitHubSetup, bound: tuple[Any, Connection], changes: dict[str, Any]
) -> None:
    inst, connection = bound
    repository = pushed_repository(connection)
    response = github.post_webhook(Client(), "push", push_payload(inst, repository, **changes))
    assert response.status_code == 400
    assert not Scan.objects.exists()
    assert not GitHubWebhookDelivery.objects.filter(event="push").exists()


def test_a_push_for_another_organizations_repository_queues_nothing(
    github: GitHubSetup, bound: tuple[Any, Connection], org_b: Any
) -> None:
    inst, _connection = bound
    other = Connection.objects.create(
        organization=org_b.organization, provider="github", external_id="elsewhere"
    )
    repository = pushed_repository(other)
    response = github.post_webhook(Client(), "push", push_payload(inst, repository))
    assert response.status_code == 200
    assert not Scan.objects.exists()
