"""Connecting: Install on GitHub → callback → a binding only after GitHub confirms, with the
user's own token, that this user can access that installation. Spoofed callbacks bind nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone

from tests.integrations.github.github_setup import GitHubSetup
from tests.integrations.github.helpers import bind, installation
from tracesec.audit.models import AuditEvent
from tracesec.integrations.github.setup import SetupError, setup_complete, setup_state_issue
from tracesec.integrations.models import (
    Connection,
    ConnectionStatus,
    GitHubInstallation,
    GitHubInstallationStatus,
    GitHubSetupState,
    SyncStatus,
)

pytestmark = pytest.mark.django_db


def start_install(client: Any, github: GitHubSetup) -> str:
    """Press Install on GitHub; return the `state` Trace put on GitHub's install URL."""
    response = client.post("/settings/integrations/github/install/")
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith(f"{github.fake.url}/apps/trace-security-test/installations/new?")
    return parse_qs(urlsplit(location).query)["state"][0]


def callback(client: Any, **params: str) -> Any:
    return client.get("/integrations/github/callback/", params)


def nothing_bound() -> None:
    assert not Connection.objects.filter(provider="github").exists()
    assert not GitHubInstallation.objects.filter(connection__isnull=False).exists()


def test_install_and_callback_bind_the_installation(
    github: GitHubSetup, org_a: Any, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    inst = installation(github)
    github.fake.user_access["octo-user"] = {inst.id}
    client = client_for(org_a.admin)
    state = start_install(client, github)
    code = github.fake.authorize("octo-user")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = callback(
            client, installation_id=str(inst.id), code=code, state=state, setup_action="install"
        )
    assert response.status_code == 302
    assert len(callbacks) == 1  # the repository sync
    connection = Connection.objects.get(provider="github")
    assert connection.organization == org_a.organization
    assert connection.status == ConnectionStatus.ACTIVE
    assert connection.external_id == str(inst.account_id)
    assert connection.display_name == "octo-org"
    assert connection.last_sync_status == SyncStatus.QUEUED
    bound = GitHubInstallation.objects.get(installation_id=inst.id)
    assert bound.connection == connection
    assert bound.status == GitHubInstallationStatus.BOUND
    assert bound.bound_by == org_a.admin.user
    assert GitHubSetupState.objects.get().used_at is not None
    assert AuditEvent.objects.filter(action="integration.connected").count() == 1
    # The page shows the connection.
    page = client.get("/settings/integrations/github/")
    assert b"octo-org" in page.content


def test_spoofed_installation_id_of_another_account_is_never_bound(
    github: GitHubSetup, org_a: Any, client_for: Any
) -> None:
    mine = installation(github)
    theirs = installation(github, installation_id=2002, account_id=777, login="victim-org")
    github.fake.user_access["octo-user"] = {mine.id}
    client = client_for(org_a.admin)
    state = start_install(client, github)
    response = callback(
        client,
        installation_id=str(theirs.id),
        code=github.fake.authorize("octo-user"),
        state=state,
    )
    assert response.status_code == 400
    assert "cannot access that installation" in response.content.decode()
    nothing_bound()
    assert AuditEvent.objects.filter(
        action="integration.github.bind_refused", data__reason="not_accessible"
    ).exists()


@pytest.mark.parametrize("state", ["", "short", "x" * 43])
def test_missing_or_unknown_state_binds_nothing(
    github: GitHubSetup, org_a: Any, client_for: Any, state: str
) -> None:
    inst = installation(github)
    github.fake.user_access["octo-user"] = {inst.id}
    response = callback(
        client_for(org_a.admin),
        installation_id=str(inst.id),
        code=github.fake.authorize("octo-user"),
        state=state,
    )
    assert response.status_code == 400
    nothing_bound()


# Each spoof changes one thing of a genuine completion (the admin's own fresh state, a code of
# a GitHub user who can access the installation) and returns the completion's changed fields.
Completion = dict[str, Any]


def _a_stranger_authorized(github: GitHubSetup, org: Any, _genuine: Completion) -> Completion:
    return {"code": github.fake.authorize("stranger")}  # cannot access the installation


def _another_users_session(_github: GitHubSetup, org: Any, _genuine: Completion) -> Completion:
    return {"user": org.owner.user}  # same organization, not the user who started the flow


def _an_expired_state(_github: GitHubSetup, _org: Any, _genuine: Completion) -> Completion:
    GitHubSetupState.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    return {}


def _a_reused_state(github: GitHubSetup, _org: Any, genuine: Completion) -> Completion:
    with pytest.raises(SetupError):  # first use fails on a bad installation id: still burnt
        setup_complete(**{**genuine, "installation_id": "0"})
    return {"code": github.fake.authorize("octo-user")}


def _a_forged_code(_github: GitHubSetup, _org: Any, _genuine: Completion) -> Completion:
    return {"code": "forged-code"}


def _admin_rights_lost(_github: GitHubSetup, org: Any, _genuine: Completion) -> Completion:
    org.admin.role = "member"
    org.admin.save()
    return {}


@pytest.mark.parametrize(
    ("spoof", "refusal"),
    [
        (_a_stranger_authorized, "not_accessible"),
        (_another_users_session, "bad_state"),
        (_an_expired_state, "expired_state"),
        (_a_reused_state, "bad_state"),
        (_a_forged_code, "verify_failed"),
        (_admin_rights_lost, "not_admin"),
    ],
    ids=lambda case: case.__name__.lstrip("_") if callable(case) else case,
)
def test_a_spoofed_completion_binds_nothing(
    github: GitHubSetup,
    org_a: Any,
    spoof: Callable[[GitHubSetup, Any, Completion], Completion],
    refusal: str,
) -> None:
    inst = installation(github)
    github.fake.user_access["octo-user"] = {inst.id}
    genuine: Completion = {
        "user": org_a.admin.user,
        "state": setup_state_issue(actor=org_a.admin),
        "code": github.fake.authorize("octo-user"),
        "installation_id": str(inst.id),
    }
    with pytest.raises(SetupError) as info:
        setup_complete(**{**genuine, **spoof(github, org_a, genuine)})
    assert info.value.code == refusal
    nothing_bound()


def test_installation_is_never_bound_to_a_second_organization(
    github: GitHubSetup, org_a: Any, org_b: Any
) -> None:
    inst = installation(github)
    first = bind(github, org_b.admin, inst)
    with pytest.raises(SetupError) as info:
        bind(github, org_a.admin, inst)
    assert info.value.code == "bound_elsewhere"
    assert GitHubInstallation.objects.get(installation_id=inst.id).connection == first
    assert not Connection.objects.filter(organization=org_a.organization).exists()


def test_binding_again_in_the_same_organization_is_idempotent(
    github: GitHubSetup, org_a: Any
) -> None:
    inst = installation(github)
    first = bind(github, org_a.admin, inst)
    assert bind(github, org_a.admin, inst) == first
    assert Connection.objects.filter(provider="github").count() == 1


def test_only_admins_can_start_an_install(github: GitHubSetup, org_a: Any, client_for: Any) -> None:
    response = client_for(org_a.member).post("/settings/integrations/github/install/")
    assert not response.get("Location", "").startswith(github.fake.url)
    assert not GitHubSetupState.objects.exists()


def test_signed_out_callback_goes_to_sign_in(github: GitHubSetup, client: Any) -> None:
    response = client.get(
        "/integrations/github/callback/", {"installation_id": "1", "state": "x" * 43}
    )
    assert response.status_code == 302
    assert "login" in response["Location"] or "sign" in response["Location"]
    nothing_bound()
