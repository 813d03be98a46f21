"""Forge platform behaviour: lifecycle, reinstall, upgrade, uninstall, UI gating and response
rules, event envelopes and retries, scheduled triggers, web triggers, delivery log."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.emulator.recorder import RecordingRemote, Reply
from trace_emulator.testing import EmulatorError, RunningEmulator

NONCE = "n" * 40


def test_install_delivers_lifecycle_body(emu: RunningEmulator, remote: RecordingRemote) -> None:
    inst = emu.client.install("acme", installer="ada")["installation"]
    (req,) = remote.to("/forge/v1/lifecycle")
    assert req.method == "POST"
    assert req.headers["content-type"] == "application/json"
    body = req.json()
    assert list(body) == ["event", "tokenPullUrl"]
    event = body["event"]
    assert event["id"] == inst["id"]
    assert event["app"]["id"] == emu.info["appUuid"]
    assert event["installerAccountId"] == inst["installerAccountId"]
    assert "eventType" not in event  # documented fields only by default (§2.2)
    assert body["tokenPullUrl"] == inst["webTriggerUrls"]["trace-token-pull"]
    assert body["tokenPullUrl"].startswith(f"{emu.base_url}/wt/{inst['id']}/public/")
    # compact JSON, as JSON.stringify writes it
    assert b": " not in req.body
    assert b", " not in req.body


def test_non_admin_cannot_install(emu: RunningEmulator) -> None:
    with pytest.raises(EmulatorError) as err:
        emu.client.install("acme", installer="max")
    assert err.value.status == 403


def test_reinstall_gets_a_new_installation_id(
    emu: RunningEmulator, remote: RecordingRemote
) -> None:
    first = emu.client.install("acme")["installation"]
    with pytest.raises(EmulatorError):
        emu.client.install("acme")  # already installed
    emu.client.uninstall(first["id"])
    second = emu.client.install("acme")["installation"]
    assert second["id"] != first["id"]
    assert second["workspaceUuid"] == first["workspaceUuid"]
    urls = [r.json()["tokenPullUrl"] for r in remote.to("/forge/v1/lifecycle")]
    assert urls[0] != urls[1]


def test_lifecycle_retries_with_retry_context(
    emu: RunningEmulator, remote: RecordingRemote
) -> None:
    remote.on("/forge/v1/lifecycle", Reply.json(503, {"error": "busy"}), Reply(204))
    inst = emu.client.install("acme")["installation"]
    assert len(remote.to("/forge/v1/lifecycle")) == 1
    pending = emu.client.retries()["pending"]
    assert pending
    assert pending[0]["retryCount"] == 1
    emu.client.advance(5)  # the app asked for retryAfter 5 s (5 ** 1)
    reqs = remote.to("/forge/v1/lifecycle")
    assert len(reqs) == 2
    event = reqs[1].json()["event"]
    assert event["retryContext"] == {
        "retryCount": 1,
        "retryReason": "FUNCTION_RETRY_REQUEST",
        "retryData": None,
    }
    assert event["id"] == inst["id"]
    assert emu.client.retries()["pending"] == []


def test_lifecycle_retries_stop_after_four(emu: RunningEmulator, remote: RecordingRemote) -> None:
    remote.on("/forge/v1/lifecycle", Reply.json(500, {"error": "down"}))
    emu.client.install("acme")
    for _ in range(6):
        emu.client.advance(1000)
    counts = [
        r.json()["event"].get("retryContext", {}).get("retryCount", 0)
        for r in remote.to("/forge/v1/lifecycle")
    ]
    assert counts == [0, 1, 2, 3, 4]


def test_major_upgrade_fires_upgraded_minor_does_not(
    emu: RunningEmulator, remote: RecordingRemote, installed: dict
) -> None:
    emu.client.upgrade(installed["id"], "1.1.0", major=False)
    assert len(remote.to("/forge/v1/lifecycle")) == 1
    scopes = [*installed["scopes"], "read:pullrequest:bitbucket"]
    emu.client.upgrade(installed["id"], "2.0.0", major=True, scopes=scopes)
    event = remote.to("/forge/v1/lifecycle")[-1].json()["event"]
    assert event["id"] == installed["id"]  # stable across upgrades
    assert event["app"]["version"] == "2.0.0"
    assert event["permissions"]["scopes"] == scopes
    assert "upgraderAccountId" in event


def test_uninstall_runs_pre_uninstall_revokes_and_404s_web_trigger(
    emu: RunningEmulator, remote: RecordingRemote, installed: dict
) -> None:
    url = installed["webTriggerUrls"]["trace-token-pull"]
    token = emu.client.mint_token(installed["id"])["token"]
    result = emu.client.uninstall(installed["id"])
    (req,) = remote.to("/forge/v1/uninstall")
    assert req.method == "POST"
    assert req.headers["authorization"].startswith("Bearer ")
    claims = result["deliveries"][0]["fitClaims"]
    assert claims["app"]["module"] == {"type": "core:endpoint", "key": "ep-uninstall"}
    assert result["installation"]["status"] == "uninstalled"
    assert result["revokedTokens"] >= 1
    resp = httpx.post(url, json={"nonce": NONCE})
    assert resp.status_code == 404
    rest = httpx.get(
        f"{emu.api_base_url}/2.0/repositories/acme", headers={"Authorization": f"Bearer {token}"}
    )
    assert rest.status_code == 401
    with pytest.raises(EmulatorError) as err:
        emu.client.ui_invoke(installed["id"], "/forge/v1/status", method="GET", account="ada")
    assert err.value.status == 404


def test_pre_uninstall_failure_is_ignored(
    emu: RunningEmulator, remote: RecordingRemote, installed: dict
) -> None:
    remote.on("/forge/v1/uninstall", Reply.json(500, {"error": "x"}))
    result = emu.client.uninstall(installed["id"])
    assert result["installation"]["status"] == "uninstalled"
    assert emu.client.retries()["pending"] == []  # best effort: no redelivery


def test_ui_gating_strict_and_lenient(
    emu: RunningEmulator, remote: RecordingRemote, installed: dict
) -> None:
    remote.on("/forge/v1/pairing-code", Reply.json(200, {"code": "ABCD-EFGH"}))
    with pytest.raises(EmulatorError) as err:
        emu.client.ui_invoke(installed["id"], "/forge/v1/pairing-code", body={}, account="max")
    assert err.value.status == 403
    assert remote.to("/forge/v1/pairing-code") == []
    with pytest.raises(EmulatorError):  # not a member at all
        emu.client.ui_invoke(installed["id"], "/forge/v1/pairing-code", body={}, account="olga")
    emu.client.config(gating="lenient")
    res = emu.client.ui_invoke(installed["id"], "/forge/v1/pairing-code", body={}, account="max")
    assert res["ok"]
    (req,) = remote.to("/forge/v1/pairing-code")
    principal = json.loads(
        __import__("base64").urlsafe_b64decode(req.headers["authorization"].split(".")[1] + "==")
    )["principal"]
    max_id = next(m for m in emu.client.workspaces()[0]["members"] if m["nickname"] == "max")
    assert principal == max_id["accountId"]


def test_ui_response_rules(emu: RunningEmulator, remote: RecordingRemote, installed: dict) -> None:
    call = lambda: emu.client.ui_invoke(installed["id"], "/x", body={}, account="ada")  # noqa: E731
    remote.on("/x", Reply(401, b'{"error":"bad fit"}', {"content-type": "application/json"}))
    assert call()["error"] == "Remote could not verify the Forge Invocation Token"
    remote.on("/x", Reply(500, b"oops", {"content-type": "text/plain"}))
    res = call()
    assert not res["ok"]
    assert "JSON" in res["error"]
    remote.on("/x", Reply.json(409, {"error": "conflict"}))
    res = call()
    assert not res["ok"]
    assert res["status"] == 409
    assert res["body"] == {"error": "conflict"}
    remote.on("/x", Reply(302, b"", {"location": "/elsewhere"}))
    assert "redirect" in call()["error"]
    remote.on("/x", Reply(200, b"plain text"))
    assert call() == {"status": 200, "ok": True, "body": "plain text", "error": None}
    with pytest.raises(EmulatorError):
        emu.client._call(
            "POST",
            f"/_emu/installations/{installed['id']}/ui-invoke",
            {"path": "/x", "body": [1, 2], "account": "ada"},
        )


def test_ui_timeout_25s(emu: RunningEmulator, remote: RecordingRemote, installed: dict) -> None:
    emu.client.config(ui_timeout=0.3)
    remote.on("/slow", Reply(200, b"{}", delay=1.0))
    res = emu.client.ui_invoke(installed["id"], "/slow", method="GET", account="ada")
    assert res["error"] == "Remote invocation timed out"
    assert emu.client.config()["ui_timeout"] == 0.3


def test_default_timeouts_match_the_contract(emu: RunningEmulator) -> None:
    cfg = emu.client.config()
    assert (cfg["ui_timeout"], cfg["event_timeout"], cfg["max_retries"]) == (25.0, 5.0, 4)


PUSH_MANIFEST_EXTRA = {
    "trigger": [
        {"key": "push", "endpoint": "ep-events", "events": ["avi:bitbucket:push:repository"]}
    ],
    "endpoint": [
        {
            "key": "ep-events",
            "remote": "trace",
            "route": {"path": "/forge/v1/events"},
            "auth": {"appSystemToken": {"enabled": True}},
        }
    ],
}


def _manifest_with_push_trigger(emu: RunningEmulator) -> None:
    import yaml

    from trace_emulator.manifest import default_manifest_path

    raw = yaml.safe_load(default_manifest_path().read_text())
    raw["modules"]["trigger"] = raw["modules"]["trigger"] + PUSH_MANIFEST_EXTRA["trigger"]
    raw["modules"]["endpoint"] = raw["modules"]["endpoint"] + PUSH_MANIFEST_EXTRA["endpoint"]
    emu.client.register_app(manifest=raw)


@pytest.mark.parametrize("envelope", ["bare", "payload"])
def test_event_envelopes_and_endpoint_retries(
    emu: RunningEmulator, remote: RecordingRemote, installed: dict, envelope: str
) -> None:
    _manifest_with_push_trigger(emu)
    emu.client.config(envelope=envelope, event_timeout=0.5)
    remote.on(
        "/forge/v1/events",
        Reply.json(500, {"e": 1}),
        Reply(401, b"{}"),
        Reply(204, delay=1.0),
        Reply(204),
    )
    emu.client.push_commit("acme", "payments-api", {"x.txt": "x\n"}, message="Add x")
    for _ in range(3):
        emu.client.advance(60)
    reqs = remote.to("/forge/v1/events")
    assert len(reqs) == 4
    bodies = [r.json() if envelope == "bare" else r.json()["payload"] for r in reqs]
    if envelope == "payload":
        assert all(list(r.json()) == ["payload"] for r in reqs)
    assert all(b["eventType"] == "avi:bitbucket:push:repository" for b in bodies)
    assert "retryContext" not in bodies[0]
    assert [b["retryContext"]["retryReason"] for b in bodies[1:]] == [
        "INVALID_REMOTE_INVOCATION_ERROR",
        "INVALID_FORGE_INVOCATION_TOKEN",
        "TIMEOUT_ERROR",
    ]
    assert [b["retryContext"]["retryCount"] for b in bodies[1:]] == [1, 2, 3]
    assert all(b["retryContext"]["retryData"] is None for b in bodies[1:])
    assert all("x-forge-oauth-system" in r.headers for r in reqs)
    # product events through the control plane use the same wiring
    emu.client.event(installed["id"], "avi:bitbucket:push:repository", {"push": {}})
    assert len(remote.to("/forge/v1/events")) == 5


def test_scheduled_trigger_and_duplicates(
    emu: RunningEmulator, remote: RecordingRemote, installed: dict
) -> None:
    emu.client.fire_scheduled("trace-heartbeat")
    (req,) = remote.to("/forge/v1/heartbeat")
    assert "x-forge-oauth-system" not in req.headers  # ep-heartbeat has no auth block
    emu.client.config(duplicate_scheduled=True)
    emu.client.fire_scheduled("trace-heartbeat")
    assert len(remote.to("/forge/v1/heartbeat")) == 3


def test_token_pull_web_trigger_round_trip(
    emu: RunningEmulator, remote: RecordingRemote, installed: dict
) -> None:
    url = installed["webTriggerUrls"]["trace-token-pull"]
    resp = httpx.post(url, json={"nonce": NONCE})
    assert resp.status_code == 204
    assert resp.content == b""
    for name in ("X-Ratelimit-Limit", "X-Ratelimit-Remaining", "X-Ratelimit-Reset"):
        assert name in resp.headers
    (req,) = remote.to("/forge/v1/token-delivery")
    assert req.body == json.dumps({"nonce": NONCE}, separators=(",", ":")).encode()
    assert req.headers["x-forge-oauth-system"]
    claims = json.loads(
        __import__("base64").urlsafe_b64decode(req.headers["authorization"].split(".")[1] + "==")
    )
    assert "context" not in claims
    assert "principal" not in claims
    assert httpx.post(url, json={"nonce": "short"}).status_code == 409
    remote.on("/forge/v1/token-delivery", Reply.json(500, {"error": "x"}))
    assert httpx.post(url, json={"nonce": NONCE}).status_code == 502
    remote.on("/forge/v1/token-delivery", Reply(200, b"SECRET-LOOKING-BODY"))
    leak = httpx.post(url, json={"nonce": NONCE})
    assert leak.status_code == 204
    assert b"SECRET" not in leak.content
    assert httpx.post(url.rsplit("/", 1)[0] + "/unknown", json={}).status_code == 404


def test_delivery_log_redacts_tokens(
    emu: RunningEmulator, remote: RecordingRemote, installed: dict
) -> None:
    httpx.post(installed["webTriggerUrls"]["trace-token-pull"], json={"nonce": NONCE})
    log = emu.client.deliveries()
    raw = json.dumps(log)
    for req in remote.requests:
        for name in ("authorization", "x-forge-oauth-system"):
            if name in req.headers:
                assert req.headers[name].split()[-1] not in raw
    function_calls = emu.client.deliveries(kind="function")
    assert {d["url"].rsplit("/", 1)[-1] for d in function_calls} == {"lifecycle", "token-delivery"}
    assert all(d["headers"]["authorization"] == "<redacted>" for d in function_calls)
