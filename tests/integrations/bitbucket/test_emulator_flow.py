"""Every forge-bitbucket.md §6.2 scenario of issue 4, over real HTTP against the emulator."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.support.githttp import git_server  # noqa: F401 - helpers kept nearby
from tracesec.integrations.base import CredentialError, CredentialHalt
from tracesec.integrations.bitbucket.pairing import pairing_redeem
from tracesec.integrations.bitbucket.sync import connection_sync
from tracesec.integrations.bitbucket.token_pull import app_token_pull
from tracesec.integrations.credentials import resolve_clone_credential
from tracesec.integrations.models import (
    Connection,
    ConnectionStatus,
    CredentialExchange,
    ForgeInstallation,
    InstallationStatus,
    SyncStatus,
    TokenRequest,
)
from tracesec.repositories.models import Repository, RepositoryStatus
from tracesec.scans.checkout import checkout

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

ACME_REPOS = {"acme/payments-api", "acme/web-storefront", "acme/secret-lab"}


def install(emu: Any, workspace: str = "acme") -> ForgeInstallation:
    result = emu.client.install(workspace)
    inst_id = result["installation"]["id"]
    return ForgeInstallation.objects.get(installation_id=inst_id)


def code_from_page(emu: Any, inst: ForgeInstallation, account: str = "ada") -> str:
    page = emu.client.ui_invoke(
        inst.installation_id, path="/forge/v1/pairing-code", account=account
    )
    assert page["ok"], page
    assert page["body"]["paired"] is False
    return str(page["body"]["code"])


def connect(emu: Any, org: Any, workspace: str = "acme") -> tuple[ForgeInstallation, Connection]:
    inst = install(emu, workspace)
    connection = pairing_redeem(actor=org.admin, code_text=code_from_page(emu, inst))
    connection_sync(connection_id=connection.pk)
    connection.refresh_from_db()
    inst.refresh_from_db()
    return inst, connection


def names(org: Any, *, status: str = RepositoryStatus.ACTIVE) -> set[str]:
    return set(
        Repository.objects.filter(organization=org.organization, status=status).values_list(
            "full_name", flat=True
        )
    )


# --------------------------------------------------------- 1 install → lifecycle


def test_install_delivers_lifecycle(trace_with_emulator: Any) -> None:
    emu = trace_with_emulator()
    inst = install(emu)
    assert inst.status == InstallationStatus.UNPAIRED
    assert inst.connection is None
    assert inst.token_pull_url == emu.client.token_pull_url(inst.installation_id)
    assert inst.workspace_uuid == "4c16a397-8e48-479c-8ca2-442e46c90570"
    assert inst.installer_account_id


def test_lifecycle_redelivered_after_trace_was_unavailable(
    trace_with_emulator: Any, settings: Any
) -> None:
    from tracesec.integrations.bitbucket import config as bb_config

    emu = trace_with_emulator()
    real_jwks = settings.FORGE_JWKS_URL
    settings.FORGE_JWKS_URL = "http://127.0.0.1:9/jwks.json"  # Trace cannot check tokens: 503
    bb_config.reset_caches()
    inst_id = emu.client.install("acme")["installation"]["id"]
    assert not ForgeInstallation.objects.filter(installation_id=inst_id).exists()
    settings.FORGE_JWKS_URL = real_jwks
    bb_config.reset_caches()
    emu.client.advance(6)  # the app asked Forge to retry after 5 s
    inst = ForgeInstallation.objects.get(installation_id=inst_id)
    assert inst.status == InstallationStatus.UNPAIRED


# --------------------------------------------------------- 2 pairing page: admin / non-admin


def test_admin_gets_code_non_admin_refused_strict(trace_with_emulator: Any) -> None:
    from trace_emulator.testing import EmulatorError

    emu = trace_with_emulator(gating="strict")
    inst = install(emu)
    assert len(code_from_page(emu, inst)) == 14
    with pytest.raises(EmulatorError) as info:
        emu.client.ui_invoke(inst.installation_id, path="/forge/v1/pairing-code", account="max")
    assert info.value.status == 403


def test_non_admin_refused_by_trace_in_lenient_gating(trace_with_emulator: Any) -> None:
    emu = trace_with_emulator(gating="lenient")
    inst = install(emu)
    page = emu.client.ui_invoke(inst.installation_id, path="/forge/v1/pairing-code", account="max")
    assert page["status"] == 403
    assert page["body"]["code"] == "not_verified_admin"
    assert len(code_from_page(emu, inst, account="ada")) == 14


# --------------------------------------------------------- 3 pair → sync → changes → re-sync


def test_pair_sync_and_resync(trace_with_emulator: Any, org_a: Any) -> None:
    emu = trace_with_emulator()
    inst, connection = connect(emu, org_a)
    assert connection.status == ConnectionStatus.ACTIVE
    assert connection.slug == "acme"
    assert connection.display_name
    assert connection.last_sync_status == SyncStatus.OK
    assert names(org_a) == ACME_REPOS
    status = emu.client.ui_invoke(
        inst.installation_id, path="/forge/v1/status", method="GET", account="ada"
    )
    assert status["body"]["paired"] is True
    assert status["body"]["organization"] == "Org A"
    original = Repository.objects.get(full_name="acme/payments-api")

    emu.client.add_repository("acme", "new-repo", language="python")
    emu.client.rename_repository("acme", "payments-api", "payments-core")
    emu.client.config(bot_sees_all_repositories=False)  # secret-lab disappears
    connection_sync(connection_id=connection.pk)
    connection.refresh_from_db()
    assert connection.last_sync_counts["new"] == 1
    assert connection.last_sync_counts["removed"] == 1
    assert names(org_a) == {"acme/payments-core", "acme/web-storefront", "acme/new-repo"}
    renamed = Repository.objects.get(full_name="acme/payments-core")
    assert renamed.pk == original.pk  # identity kept by uuid
    assert names(org_a, status=RepositoryStatus.REMOVED) == {"acme/secret-lab"}

    emu.client.config(bot_sees_all_repositories=True)
    connection_sync(connection_id=connection.pk)
    connection.refresh_from_db()
    assert connection.last_sync_counts["restored"] == 1
    assert "acme/secret-lab" in names(org_a)


def test_resync_of_one_connection_leaves_other_connections_repositories(
    trace_with_emulator: Any, org_a: Any
) -> None:
    emu = trace_with_emulator()
    _acme_inst, acme = connect(emu, org_a, workspace="acme")
    _bulk_inst, bulk = connect(emu, org_a, workspace="bulk")
    assert acme.pk != bulk.pk
    bulk_repos = set(bulk.repositories.values_list("full_name", flat=True))
    assert len(bulk_repos) == 250
    emu.client.config(bot_sees_all_repositories=False)  # secret-lab leaves acme's listing

    connection_sync(connection_id=acme.pk)

    acme.refresh_from_db()
    assert acme.last_sync_status == SyncStatus.OK
    assert acme.last_sync_counts["removed"] == 1
    assert names(org_a, status=RepositoryStatus.REMOVED) == {"acme/secret-lab"}
    assert bulk_repos <= names(org_a)  # bulk's repositories are still active
    assert set(bulk.repositories.values_list("full_name", flat=True)) == bulk_repos


def test_three_pages_and_page_cap(trace_with_emulator: Any, org_a: Any, settings: Any) -> None:
    emu = trace_with_emulator()
    _inst, connection = connect(emu, org_a, workspace="bulk")
    assert len(names(org_a)) == 250  # 100 + 100 + 50
    emu.client.add_repository("bulk", "one-more")
    settings.BITBUCKET_MAX_PAGES = 2
    connection_sync(connection_id=connection.pk)
    connection.refresh_from_db()
    assert connection.last_sync_status == SyncStatus.FAILED
    assert "nothing was changed" in connection.last_sync_message
    assert len(names(org_a)) == 250  # partial fetch changed nothing


def test_rate_limit_changes_nothing(trace_with_emulator: Any, org_a: Any) -> None:
    emu = trace_with_emulator()
    _inst, connection = connect(emu, org_a)
    emu.client.config(rate_limit_repositories=1)
    emu.client.delete_repository("acme", "web-storefront")
    connection_sync(connection_id=connection.pk)
    connection.refresh_from_db()
    assert connection.last_sync_status == SyncStatus.FAILED
    assert "rate limit" in connection.last_sync_message
    assert "acme/web-storefront" in names(org_a)


def test_html_404_body_never_stored(trace_with_emulator: Any, org_a: Any) -> None:
    emu = trace_with_emulator()
    _inst, connection = connect(emu, org_a)
    emu.client.config(fault_html_404=True)
    connection.external_id = "00000000-0000-4000-8000-00000000dead"  # unknown workspace
    connection.save()
    connection_sync(connection_id=connection.pk)
    connection.refresh_from_db()
    assert connection.last_sync_status == SyncStatus.FAILED
    assert "<" not in connection.last_sync_message


# --------------------------------------------------------- 4 token pull round trip


def test_token_pull_and_clone_with_header(
    trace_with_emulator: Any, org_a: Any, tmp_path: Any
) -> None:
    emu = trace_with_emulator()
    _inst, _connection = connect(emu, org_a)
    repository = Repository.objects.get(full_name="acme/payments-api")
    emu.client.clear_git_log()
    credential = resolve_clone_credential(repository, purpose="test-clone")
    assert not CredentialExchange.objects.exists()  # claimed = deleted
    assert not TokenRequest.objects.exists()
    with checkout(
        git_base_url=credential.git_base_url,
        full_name=repository.full_name,
        token=credential.token,
        work_root=tmp_path,
    ) as tree:
        assert any(tree.iterdir())
    log = emu.client.git_log()
    assert log
    assert all(entry["authMode"] == "header" for entry in log)


def test_token_with_short_life_is_refused(trace_with_emulator: Any, org_a: Any) -> None:
    emu = trace_with_emulator()
    inst, connection = connect(emu, org_a)
    emu.client.config(function_token_ttl="300")
    with pytest.raises(CredentialError) as info:
        app_token_pull(installation=inst, purpose="test")
    assert not isinstance(info.value, CredentialHalt)  # retryable, connection stays
    connection.refresh_from_db()
    assert connection.status == ConnectionStatus.ACTIVE
    assert not CredentialExchange.objects.exists()


def test_unknown_nonce_via_web_trigger(trace_with_emulator: Any, org_a: Any) -> None:
    emu = trace_with_emulator()
    inst, _connection = connect(emu, org_a)
    response = httpx.post(inst.token_pull_url, json={"nonce": "N" * 43})
    assert response.status_code == 409  # Trace refused: the function maps it to `refused`
    assert response.content == b""
    assert not CredentialExchange.objects.exists()


# --------------------------------------------------------- 5 uninstall, with and without signal


def test_uninstall_with_signal(trace_with_emulator: Any, org_a: Any) -> None:
    emu = trace_with_emulator(envelope="payload")
    inst, connection = connect(emu, org_a)
    emu.client.uninstall(inst.installation_id)
    connection.refresh_from_db()
    inst.refresh_from_db()
    assert inst.status == InstallationStatus.UNINSTALLED
    assert connection.status == ConnectionStatus.INACTIVE
    assert connection.inactive_reason == "app_uninstalled"
    repository = Repository.objects.get(full_name="acme/payments-api")
    with pytest.raises(CredentialHalt):
        resolve_clone_credential(repository, purpose="after-uninstall")


def test_uninstall_without_signal_detected_at_next_attempt(
    trace_with_emulator: Any, org_a: Any, settings: Any
) -> None:
    emu = trace_with_emulator()
    inst, connection = connect(emu, org_a)
    real_app_id = settings.FORGE_APP_ID
    settings.FORGE_APP_ID = "ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000000"
    emu.client.uninstall(inst.installation_id)  # Trace answers 401: the signal is lost
    settings.FORGE_APP_ID = real_app_id
    connection.refresh_from_db()
    assert connection.status == ConnectionStatus.ACTIVE  # nobody told us yet
    repository = Repository.objects.get(full_name="acme/payments-api")
    with pytest.raises(CredentialHalt) as info:
        resolve_clone_credential(repository, purpose="next-scan")
    assert info.value.code == "trigger_gone"
    connection.refresh_from_db()
    assert connection.status == ConnectionStatus.INACTIVE
    assert "Reinstall" in connection.inactive_message


def test_no_delivery_in_time_marks_inactive(
    trace_with_emulator: Any, org_a: Any, settings: Any
) -> None:
    emu = trace_with_emulator()
    inst, connection = connect(emu, org_a)
    settings.FORGE_APP_ID = "ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000000"
    emu.client.uninstall(inst.installation_id)
    emu.client.config(webtrigger_after_uninstall_status=204)  # trigger answers, nothing arrives
    with pytest.raises(CredentialHalt) as info:
        app_token_pull(installation=inst, purpose="test")
    assert info.value.code == "no_delivery"
    connection.refresh_from_db()
    assert connection.status == ConnectionStatus.INACTIVE


def test_bitbucket_401_marks_inactive(trace_with_emulator: Any, org_a: Any, settings: Any) -> None:
    """A token Bitbucket no longer accepts (revoked) ⇒ inactive with an actionable reason."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Always401(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b'{"type":"error","error":{"message":"Token is invalid"}}'
            self.send_response(401)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            return None

    emu = trace_with_emulator()
    inst, connection = connect(emu, org_a)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Always401)
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    ).start()
    try:
        revoked_api = f"http://127.0.0.1:{server.server_port}"
        settings.BITBUCKET_API_ALLOWED_BASES = [revoked_api]
        ForgeInstallation.objects.filter(pk=inst.pk).update(api_base_url=revoked_api)
        connection_sync(connection_id=connection.pk)
    finally:
        server.shutdown()
    connection.refresh_from_db()
    assert connection.status == ConnectionStatus.INACTIVE
    assert connection.inactive_reason == "token_rejected"
    assert len(names(org_a)) == 3  # nothing removed


# --------------------------------------------------------- 6 reinstall


def test_reinstall_needs_new_code_and_keeps_repositories(
    trace_with_emulator: Any, org_a: Any
) -> None:
    emu = trace_with_emulator()
    old, connection = connect(emu, org_a)
    before = dict(Repository.objects.values_list("external_uuid", "pk"))
    emu.client.uninstall(old.installation_id)
    new = install(emu)
    assert new.installation_id != old.installation_id
    assert new.status == InstallationStatus.UNPAIRED  # not auto-bound by workspace
    connection.refresh_from_db()
    assert connection.status == ConnectionStatus.INACTIVE
    again = pairing_redeem(actor=org_a.admin, code_text=code_from_page(emu, new))
    assert again.pk == connection.pk
    connection_sync(connection_id=connection.pk)
    assert dict(Repository.objects.values_list("external_uuid", "pk")) == before


# --------------------------------------------------------- 7 forged / misdirected calls


def test_ui_token_sent_to_function_endpoints(trace_with_emulator: Any, org_a: Any) -> None:
    emu = trace_with_emulator()
    inst, connection = connect(emu, org_a)
    for path in ["/forge/v1/token-delivery", "/forge/v1/lifecycle", "/forge/v1/uninstall"]:
        page = emu.client.ui_invoke(
            inst.installation_id, path=path, body={"nonce": "x" * 43}, account="ada"
        )
        assert page["status"] == 403, (path, page)
        assert page["body"]["code"] == "not_for_ui"
    connection.refresh_from_db()
    assert connection.status == ConnectionStatus.ACTIVE


def test_forged_token_over_http(trace_with_emulator: Any, live_server: Any) -> None:
    from tests.integrations.bitbucket.fitkit import SigningKey, claims, mint

    emu = trace_with_emulator()
    install(emu)
    forged = mint(SigningKey(kid="emulator-key-1"), claims(module_key="token-pull", aud=emu.app_id))
    response = httpx.post(
        f"{live_server.url}/forge/v1/token-delivery",
        json={"nonce": "x" * 43},
        headers={"Authorization": f"Bearer {forged}", "x-forge-oauth-system": "t"},
    )
    assert response.status_code == 401
    assert response.json()["code"] == "invalid_token"


# --------------------------------------------------------- 8 duplicates


def test_duplicate_heartbeats_are_harmless(trace_with_emulator: Any, org_a: Any) -> None:
    emu = trace_with_emulator(duplicate_scheduled=True)
    inst, _connection = connect(emu, org_a)
    records = emu.client.fire_scheduled("trace-heartbeat")
    assert records
    assert all(r.get("status") == 204 for r in records), records
    inst.refresh_from_db()
    assert inst.last_seen_at is not None
    assert inst.status == InstallationStatus.PAIRED


def test_git_401_reported_by_scans_marks_inactive(trace_with_emulator: Any, org_a: Any) -> None:
    from tracesec.integrations.credentials import report_credential_rejected
    from tracesec.scans.checkout import CheckoutError

    emu = trace_with_emulator()
    inst, connection = connect(emu, org_a)
    repository = Repository.objects.get(full_name="acme/payments-api")
    credential = resolve_clone_credential(repository, purpose="scan")
    assert ForgeInstallation.objects.get(pk=inst.pk).status == InstallationStatus.PAIRED
    with (
        pytest.raises(CheckoutError) as info,  # a token git does not accept
        checkout(
            git_base_url=credential.git_base_url,
            full_name=repository.full_name,
            token=credential.token + "x",
        ),
    ):
        pass
    assert info.value.code == "auth_failed"
    report_credential_rejected(repository)
    connection.refresh_from_db()
    assert connection.status == ConnectionStatus.INACTIVE
    assert connection.inactive_reason == "token_rejected"
