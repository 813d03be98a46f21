"""The `/_emu/bridge/<invocation>/...` endpoints the Node stand-ins call (node-runner.md)."""

from __future__ import annotations

import time

import httpx
import pytest

from tests.emulator.recorder import RecordingRemote, Reply
from trace_emulator.forge.function_calls import FunctionContext
from trace_emulator.testing import RunningEmulator


@pytest.fixture
def bridge(emu: RunningEmulator, installed: dict) -> str:
    """A running-function context, as the engine registers one for each function call."""
    ctx = FunctionContext(
        invocation_id="inv-test",
        installation_uuid=installed["id"],
        function_key="token-pull",
        deadline=time.monotonic() + 55,
    )
    emu.emulator.forge.functions[ctx.invocation_id] = ctx
    return f"{emu.base_url}/_emu/bridge/{ctx.invocation_id}"


def test_unknown_invocation_is_404(emu: RunningEmulator) -> None:
    resp = httpx.post(f"{emu.base_url}/_emu/bridge/nope/invoke-remote", json={})
    assert resp.status_code == 404


def test_invoke_remote_through_the_bridge(
    emu: RunningEmulator, remote: RecordingRemote, bridge: str
) -> None:
    remote.on("/forge/v1/token-delivery", Reply(201, b"created", {"x-trace": "1"}))
    resp = httpx.post(
        f"{bridge}/invoke-remote",
        json={
            "remoteKey": "trace",
            "path": "/forge/v1/token-delivery",
            "method": "POST",
            "headers": {"content-type": "application/json", "authorization": "spoofed"},
            "body": '{"nonce":"x"}',
        },
    )
    assert resp.status_code == 200
    answer = resp.json()
    assert answer["status"] == 201
    assert answer["body"] == "created"
    assert answer["headers"]["x-trace"] == "1"
    (req,) = remote.to("/forge/v1/token-delivery")
    assert req.body == b'{"nonce":"x"}'
    assert req.headers["authorization"] != "spoofed"  # the platform owns authorization
    assert req.headers["x-forge-oauth-system"]
    unknown = httpx.post(f"{bridge}/invoke-remote", json={"remoteKey": "other", "path": "/"})
    assert unknown.status_code == 400
    bad_body = httpx.post(
        f"{bridge}/invoke-remote", json={"remoteKey": "trace", "path": "/", "body": {"a": 1}}
    )
    assert bad_body.status_code == 400


def test_webtrigger_urls_through_the_bridge(
    emu: RunningEmulator, installed: dict, bridge: str
) -> None:
    url = httpx.post(f"{bridge}/webtrigger/get-url", json={"moduleKey": "trace-token-pull"}).json()
    assert url["url"] == installed["webTriggerUrls"]["trace-token-pull"]  # stable
    fresh = httpx.post(
        f"{bridge}/webtrigger/get-url", json={"moduleKey": "trace-token-pull", "forceCreate": True}
    ).json()["url"]
    assert fresh != url["url"]
    assert httpx.post(url["url"], json={"nonce": "n" * 40}).status_code == 404  # old URL gone
    httpx.post(f"{bridge}/webtrigger/delete-url", json={"url": fresh})
    assert emu.client.installation(installed["id"])["webTriggerUrls"] == {}
    assert httpx.post(fresh, json={"nonce": "n" * 40}).status_code == 404
    bad = httpx.post(f"{bridge}/webtrigger/get-url", json={"moduleKey": "trace-settings"})
    assert bad.status_code == 400


def test_request_bitbucket_as_app(emu: RunningEmulator, bridge: str) -> None:
    resp = httpx.post(
        f"{bridge}/request-bitbucket",
        json={"path": "/2.0/repositories/acme?pagelen=1", "method": "GET", "headers": {}},
    ).json()
    assert resp["status"] == 200
    assert '"pagelen":1' in resp["body"].replace(" ", "")
