"""/forge/v1/* over HTTP (Django test client) with real RS256 FITs from a loopback JWKS."""

from __future__ import annotations

from typing import Any

import pytest

from tests.integrations.bitbucket.fitkit import (
    FORGE_KEY,
    INSTALLATION,
    LIFECYCLE_BODY,
    SigningKey,
    claims,
    mint,
)
from tests.integrations.bitbucket.helpers import app_token, installation, paired, token_request
from tracesec.integrations.models import (
    ConnectionStatus,
    CredentialExchange,
    ForgeInstallation,
    InstallationStatus,
    PairingCode,
    TokenRequest,
)

pytestmark = pytest.mark.django_db

OTHER_INSTALLATION = "9e2a1c3b-4d5e-4f60-8a7b-1c2d3e4f5a6b"


def lifecycle_kw() -> dict[str, Any]:
    return {"module_key": "on-lifecycle"}


# ----------------------------------------------------------------- lifecycle


def test_lifecycle_creates_unpaired_installation(forge_call: Any) -> None:
    response = forge_call("lifecycle", LIFECYCLE_BODY, **lifecycle_kw())
    assert response.status_code == 204
    inst = ForgeInstallation.objects.get(installation_id=INSTALLATION)
    assert inst.status == InstallationStatus.UNPAIRED
    assert inst.connection is None
    assert inst.token_pull_url == LIFECYCLE_BODY["tokenPullUrl"]
    assert inst.installer_account_id == "712020:abc"


def test_lifecycle_upgrade_is_an_upsert(forge_call: Any) -> None:
    forge_call("lifecycle", LIFECYCLE_BODY, **lifecycle_kw())
    body = {
        "event": {"id": INSTALLATION, "permissions": {"scopes": ["read:repository:bitbucket"]}},
        "tokenPullUrl": LIFECYCLE_BODY["tokenPullUrl"].replace("abc", "new"),
    }
    assert forge_call("lifecycle", body, **lifecycle_kw()).status_code == 204
    assert ForgeInstallation.objects.count() == 1
    assert ForgeInstallation.objects.get().scopes == ["read:repository:bitbucket"]


@pytest.mark.parametrize(
    "url",
    [
        "http://x.webtrigger.atlassian.app/public/a",  # not https
        "https://evil.example/public/a",
        "https://webtrigger.atlassian.app.evil.example/x",
        "https://user:pw@x.webtrigger.atlassian.app/p",
        "http://10.0.0.1/wt",
        "",
        None,
    ],
)
def test_lifecycle_refuses_non_forge_trigger_urls(forge_call: Any, settings: Any, url: Any) -> None:
    settings.FORGE_WEBTRIGGER_ALLOW_LOOPBACK = False
    response = forge_call("lifecycle", {**LIFECYCLE_BODY, "tokenPullUrl": url}, **lifecycle_kw())
    assert response.status_code == 400
    assert response.json()["code"] == "bad_url"
    assert not ForgeInstallation.objects.exists()


def test_lifecycle_event_for_another_installation_refused(forge_call: Any) -> None:
    body = {**LIFECYCLE_BODY, "event": {"id": OTHER_INSTALLATION}}
    response = forge_call("lifecycle", body, **lifecycle_kw())
    assert response.status_code == 400
    assert response.json()["code"] == "mismatch"


def test_lifecycle_api_base_must_be_allow_listed(forge_call: Any) -> None:
    response = forge_call(
        "lifecycle", LIFECYCLE_BODY, api_base_url="https://evil.example", **lifecycle_kw()
    )
    assert response.status_code == 400
    assert response.json()["code"] == "bad_api_base"


def test_lifecycle_payload_wrapped_envelope(forge_call: Any) -> None:
    body = {"payload": {"id": INSTALLATION}, "tokenPullUrl": LIFECYCLE_BODY["tokenPullUrl"]}
    assert forge_call("lifecycle", body, **lifecycle_kw()).status_code == 204


def test_uninstalled_installation_is_not_resurrected(forge_call: Any) -> None:
    inst = installation()
    inst.status = InstallationStatus.UNINSTALLED
    inst.save()
    response = forge_call("lifecycle", LIFECYCLE_BODY, **lifecycle_kw())
    assert response.status_code == 400
    assert response.json()["code"] == "uninstalled"


# ----------------------------------------------------------------- token failures → 401 only


@pytest.mark.parametrize(
    "make",
    [
        lambda: mint(SigningKey(kid="forge-test-1"), claims(module_key="on-lifecycle")),  # forged
        lambda: mint(FORGE_KEY, claims(module_key="on-lifecycle", now=0)),  # expired
        lambda: mint(
            FORGE_KEY, claims(module_key="on-lifecycle", aud="ari:cloud:ecosystem::app/x")
        ),
        lambda: mint(FORGE_KEY, claims(module_key="on-lifecycle", iss="nope")),
        lambda: "not-a-jwt",
    ],
    ids=["forged", "expired", "wrong-aud", "wrong-iss", "garbage"],
)
def test_bad_tokens_get_401_json(forge_call: Any, make: Any) -> None:
    response = forge_call("lifecycle", LIFECYCLE_BODY, token=make())
    assert response.status_code == 401
    assert response.json()["code"] == "invalid_token"
    assert not ForgeInstallation.objects.exists()


def test_missing_authorization_is_401(forge_settings: Any, client: Any) -> None:
    response = client.post("/forge/v1/lifecycle", data={}, content_type="application/json")
    assert response.status_code == 401


def test_replayed_token_refused(forge_call: Any) -> None:
    fit = mint(FORGE_KEY, claims(module_key="on-lifecycle"))
    assert forge_call("lifecycle", LIFECYCLE_BODY, token=fit).status_code == 204
    assert forge_call("lifecycle", LIFECYCLE_BODY, token=fit).status_code == 401


def test_jwks_outage_is_503_not_401(forge_call: Any, jwks: Any) -> None:
    jwks.status = 500
    response = forge_call("lifecycle", LIFECYCLE_BODY, **lifecycle_kw())
    assert response.status_code == 503
    assert response.json()["code"] == "keys_unavailable"


def test_non_json_body_is_400_json(forge_call: Any, client: Any) -> None:
    fit = mint(FORGE_KEY, claims(module_key="on-lifecycle"))
    response = client.post(
        "/forge/v1/lifecycle",
        data="[1,2]",
        content_type="application/json",
        headers={"Authorization": f"Bearer {fit}"},
    )
    assert response.status_code == 400
    assert response.json()["code"] == "bad_json"


# ----------------------------------------------------------------- authorization by claims


@pytest.mark.parametrize(
    ("path", "module_key"),
    [
        ("lifecycle", "on-lifecycle"),
        ("token-delivery", "token-pull"),
        ("uninstall", "trace-pre-uninstall"),
        ("heartbeat", "trace-heartbeat"),
    ],
)
def test_ui_tokens_refused_on_function_endpoints(
    forge_call: Any, path: str, module_key: str
) -> None:
    inst, _ = paired(_org())
    response = forge_call(
        path, {"nonce": "x" * 43}, ui=True, module_key=module_key, system_token=app_token()
    )
    assert response.status_code == 403
    assert response.json()["code"] == "not_for_ui"
    inst.refresh_from_db()
    assert inst.status == InstallationStatus.PAIRED


@pytest.mark.parametrize(
    ("path", "wrong_key"),
    [
        ("lifecycle", "trace-heartbeat"),
        ("token-delivery", "on-lifecycle"),
        ("uninstall", "trace-heartbeat"),
        ("heartbeat", "token-pull"),
    ],
)
def test_function_endpoints_check_module_key(forge_call: Any, path: str, wrong_key: str) -> None:
    installation()
    response = forge_call(path, {}, module_key=wrong_key)
    assert response.status_code == 403
    assert response.json()["code"] == "wrong_module"


def test_pairing_code_requires_ui_context(forge_call: Any) -> None:
    installation()
    response = forge_call("pairing-code", {}, module_key="trace-settings")
    assert response.status_code == 403
    assert response.json()["code"] == "ui_only"


def test_pairing_code_requires_settings_module(forge_call: Any) -> None:
    installation()
    response = forge_call("pairing-code", {}, ui=True, module_key="some-other-page")
    assert response.status_code == 403


def test_pairing_code_workspace_must_match_installation(forge_call: Any) -> None:
    installation()
    body = claims(ui=True)
    body["context"]["workspaceId"] = "{00000000-0000-4000-8000-000000000001}"
    response = forge_call("pairing-code", {}, token=mint(FORGE_KEY, body))
    assert response.status_code == 403
    assert response.json()["code"] == "workspace_mismatch"


def test_pairing_code_unknown_installation(forge_call: Any) -> None:
    response = forge_call("pairing-code", {}, ui=True)
    assert response.status_code == 404
    assert response.json()["code"] == "unknown_installation"


def test_pairing_code_issued_and_only_hmac_stored(forge_call: Any) -> None:
    installation()
    response = forge_call("pairing-code", {}, ui=True)
    assert response.status_code == 200
    data = response.json()
    assert data["paired"] is False
    code = data["code"]
    assert len(code) == 14
    assert code.count("-") == 2
    stored = PairingCode.objects.get()
    assert code.replace("-", "") not in stored.code_hmac
    assert stored.principal.startswith("712020:")


def test_code_only_for_the_admin_forge_named(forge_call: Any, settings: Any) -> None:
    installation()
    body = claims(ui=True)
    body["principal"] = "712020:someone-else"
    response = forge_call("pairing-code", {}, token=mint(FORGE_KEY, body))
    assert response.status_code == 403
    assert response.json()["code"] == "not_verified_admin"
    assert not PairingCode.objects.exists()
    settings.TRACE_PAIRING_INSTALLER_ONLY = False
    body = claims(ui=True)
    body["principal"] = "712020:someone-else"
    assert forge_call("pairing-code", {}, token=mint(FORGE_KEY, body)).status_code == 200


def test_upgrader_becomes_a_verified_admin(forge_call: Any) -> None:
    forge_call("lifecycle", LIFECYCLE_BODY, **lifecycle_kw())
    body = {
        "event": {"id": INSTALLATION, "upgraderAccountId": "712020:second-admin"},
        "tokenPullUrl": LIFECYCLE_BODY["tokenPullUrl"],
    }
    forge_call("lifecycle", body, **lifecycle_kw())
    inst = ForgeInstallation.objects.get()
    assert inst.installer_account_id == "712020:abc"
    assert inst.verified_admins == {"712020:abc", "712020:second-admin"}


def test_one_live_code_per_installation(forge_call: Any) -> None:
    installation()
    forge_call("pairing-code", {}, ui=True)
    forge_call("pairing-code", {}, ui=True)
    assert PairingCode.objects.count() == 1


def test_pairing_code_when_paired_names_org_and_who(forge_call: Any, org_a: Any) -> None:
    inst, _ = paired(org_a.organization)
    inst.paired_by = org_a.admin.user
    inst.save()
    data = forge_call("pairing-code", {}, ui=True).json()
    assert data["paired"] is True
    assert data["organization"] == "Org A"
    assert data["pairedBy"] in {org_a.admin.user.email, org_a.admin.user.full_name}
    assert "code" not in data
    status = forge_call("status", {}, ui=True).json()
    assert status["organization"] == "Org A"


def test_uninstalled_installation_gets_no_code(forge_call: Any) -> None:
    inst = installation()
    inst.status = InstallationStatus.UNINSTALLED
    inst.save()
    response = forge_call("pairing-code", {}, ui=True)
    assert response.status_code == 410
    assert not PairingCode.objects.exists()


# ----------------------------------------------------------------- token delivery


def _org() -> Any:
    from tests.factories import OrganizationFactory

    return OrganizationFactory(name="Delivery Org")


def deliver(
    forge_call: Any, nonce: str, token: str | None, installation_id: str = INSTALLATION
) -> Any:
    return forge_call(
        "token-delivery",
        {"nonce": nonce},
        module_key="token-pull",
        system_token=token,
        installation=installation_id,
    )


def test_token_delivery_seals_into_single_use_exchange(forge_call: Any) -> None:
    inst, _ = paired(_org())
    request, nonce = token_request(inst)
    token = app_token(marker="canary-DELIVERY-55aa")
    response = deliver(forge_call, nonce, token)
    assert response.status_code == 204
    exchange = CredentialExchange.objects.get()
    assert exchange.token_request_id == request.pk
    assert b"canary-DELIVERY-55aa" not in bytes(exchange.ciphertext)
    assert token.encode() not in bytes(exchange.ciphertext)
    assert (exchange.expires_at - exchange.created_at).total_seconds() <= 60
    request.refresh_from_db()
    assert request.used_at is not None
    # The same nonce cannot deliver twice.
    again = deliver(forge_call, nonce, token)
    assert again.status_code == 409
    assert again.json()["code"] == "nonce_used"


def test_unknown_nonce(forge_call: Any) -> None:
    paired(_org())
    response = deliver(forge_call, "A" * 43, app_token())
    assert response.status_code == 409
    assert response.json()["code"] == "unknown_nonce"
    assert not CredentialExchange.objects.exists()


def test_nonce_of_another_installation_refused(forge_call: Any) -> None:
    inst, _ = paired(_org())
    _request, nonce = token_request(inst)
    other = installation(installation_id=OTHER_INSTALLATION)
    paired(_org(), other)
    response = deliver(forge_call, nonce, app_token(), installation_id=OTHER_INSTALLATION)
    assert response.status_code == 409
    assert response.json()["code"] == "unknown_nonce"
    assert not CredentialExchange.objects.exists()


def test_expired_nonce_refused(forge_call: Any) -> None:
    inst, _ = paired(_org())
    _request, nonce = token_request(inst, ttl=-1)
    response = deliver(forge_call, nonce, app_token())
    assert response.json()["code"] == "nonce_expired"


def test_token_with_too_little_life_refused(forge_call: Any) -> None:
    inst, _ = paired(_org())
    _request, nonce = token_request(inst)
    response = deliver(forge_call, nonce, app_token(ttl=120))
    assert response.status_code == 422
    assert response.json()["code"] == "token_too_short"
    assert not CredentialExchange.objects.exists()


def test_delivery_without_system_token(forge_call: Any) -> None:
    inst, _ = paired(_org())
    _request, nonce = token_request(inst)
    response = deliver(forge_call, nonce, None)
    assert response.status_code == 400
    assert response.json()["code"] == "no_token"


def test_delivery_for_unpaired_installation_refused(forge_call: Any) -> None:
    inst = installation()
    _request, nonce = token_request(inst)
    assert deliver(forge_call, nonce, app_token()).json()["code"] == "installation_not_paired"


# ----------------------------------------------------------------- uninstall / heartbeat


def test_uninstall_disables_everything_at_once(forge_call: Any) -> None:
    inst, connection = paired(_org())
    _request, nonce = token_request(inst)
    deliver(forge_call, nonce, app_token())
    token_request(inst)
    assert CredentialExchange.objects.exists()
    response = forge_call("uninstall", {}, module_key="trace-pre-uninstall")
    assert response.status_code == 204
    inst.refresh_from_db()
    connection.refresh_from_db()
    assert inst.status == InstallationStatus.UNINSTALLED
    assert connection.status == ConnectionStatus.INACTIVE
    assert connection.inactive_reason == "app_uninstalled"
    assert "Reinstall" in connection.inactive_message
    assert connection.inactive_at is not None
    assert not CredentialExchange.objects.exists()
    assert not TokenRequest.objects.exists()
    # Idempotent: a duplicate delivery is fine.
    assert forge_call("uninstall", {}, module_key="trace-pre-uninstall").status_code == 204


def test_heartbeat_updates_last_seen_only(forge_call: Any) -> None:
    inst = installation()
    assert forge_call("heartbeat", {}, module_key="trace-heartbeat").status_code == 204
    inst.refresh_from_db()
    assert inst.last_seen_at is not None
    assert inst.status == InstallationStatus.UNPAIRED


def test_uninstall_cancels_queued_scans(forge_call: Any) -> None:
    from tracesec.repositories.models import Repository
    from tracesec.scans.models import Scan
    from tracesec.scans.state import ScanState

    _inst, connection = paired(_org())
    repository = Repository.objects.create(
        organization=connection.organization,
        connection=connection,
        provider="bitbucket",
        external_uuid="15a31549-1cff-45dc-9d0d-310114c5038b",
        full_name="acme/payments-api",
    )
    scan = Scan.objects.create(organization=connection.organization, repository=repository)
    assert scan.status == ScanState.QUEUED
    forge_call("uninstall", {}, module_key="ep-uninstall")
    scan.refresh_from_db()
    assert scan.status == ScanState.CANCELLED
