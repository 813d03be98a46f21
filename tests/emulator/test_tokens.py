"""FITs verify against the JWKS with the documented claims; system tokens rotate and expire."""

from __future__ import annotations

import time

import httpx
import jwt
import pytest

from tests.emulator.recorder import RecordingRemote, Reply
from trace_emulator.testing import RunningEmulator


def _verify(emu: RunningEmulator, token: str) -> dict:
    jwks = httpx.get(emu.jwks_url).json()
    header = jwt.get_unverified_header(token)
    assert header["alg"] == "RS256"
    key = next(k for k in jwks["keys"] if k["kid"] == header["kid"])
    return jwt.decode(
        token,
        jwt.PyJWK(key).key,
        algorithms=["RS256"],
        audience=emu.app_id,
        issuer="forge/invocation-token",
    )


def test_lifecycle_fit_verifies_and_has_function_claims(
    emu: RunningEmulator, remote: RecordingRemote, installed: dict
) -> None:
    (req,) = remote.to("/forge/v1/lifecycle")
    fit = req.headers["authorization"].removeprefix("Bearer ")
    claims = _verify(emu, fit)
    assert claims["exp"] - claims["iat"] == 25
    assert claims["nbf"] == claims["iat"]
    assert len(claims["jti"]) >= 32
    app = claims["app"]
    assert app["id"] == emu.app_id
    assert app["installationId"] == f"ari:cloud:ecosystem::installation/{installed['id']}"
    assert app["installation"]["id"] == app["installationId"]
    ctx = app["installation"]["contexts"][0]
    assert ctx == {
        "name": "bitbucket",
        "apiBaseUrl": emu.api_base_url,
        "workspaceId": "4c16a397-8e48-479c-8ca2-442e46c90570",
    }
    assert app["apiBaseUrl"] == emu.api_base_url
    assert app["environment"]["type"] == "PRODUCTION"
    # function → remote calls carry neither context nor principal
    assert "context" not in claims
    assert "principal" not in claims
    # b3 headers and the system token (remotes[].auth enables it)
    assert len(req.headers["x-b3-traceid"]) == 32
    assert len(req.headers["x-b3-spanid"]) == 16
    assert "traceparent" not in req.headers
    system = req.headers["x-forge-oauth-system"]
    assert jwt.decode(system, options={"verify_signature": False})["exp"] > claims["iat"]


def test_fit_times_use_wall_clock_and_tampering_breaks_the_signature(
    emu: RunningEmulator, remote: RecordingRemote, installed: dict
) -> None:
    emu.client.advance(7200)  # moving the emulator clock must not shift FIT times
    emu.client.fire_scheduled("trace-heartbeat")
    fit = remote.to("/forge/v1/heartbeat")[0].headers["authorization"].split()[1]
    claims = _verify(emu, fit)  # PyJWT checks nbf/exp against the real clock
    assert abs(claims["iat"] - time.time()) < 5
    assert claims["app"]["module"] == {"type": "core:endpoint", "key": "ep-heartbeat"}
    tampered = fit[:-4] + ("AAAA" if not fit.endswith("AAAA") else "BBBB")
    with pytest.raises(jwt.InvalidSignatureError):
        _verify(emu, tampered)


def test_ui_fit_has_context_and_principal(
    emu: RunningEmulator, remote: RecordingRemote, installed: dict
) -> None:
    remote.on("/forge/v1/pairing-code", Reply.json(200, {"paired": False, "code": "K7QF-M2XR"}))
    res = emu.client.ui_invoke(installed["id"], "/forge/v1/pairing-code", body={}, account="ada")
    assert res["ok"]
    assert res["body"]["code"] == "K7QF-M2XR"
    (req,) = remote.to("/forge/v1/pairing-code")
    claims = _verify(emu, req.headers["authorization"].split()[1])
    ada = next(m for m in emu.client.workspaces()[0]["members"] if m["nickname"] == "ada")
    assert claims["principal"] == ada["accountId"]
    assert claims["context"]["workspaceId"] == "{4c16a397-8e48-479c-8ca2-442e46c90570}"
    assert claims["app"]["module"] == {
        "type": "bitbucket:workspaceSettingsMenuPage",
        "key": "trace-settings",
    }
    assert req.headers["content-type"] == "application/json"
    assert req.body == b"{}"
    assert "x-forge-oauth-system" in req.headers  # ep-ui enables appSystemToken


def test_jwks_kid_is_stable_with_a_state_dir(remote: RecordingRemote, tmp_path) -> None:
    from trace_emulator.testing import start_emulator

    kids = []
    for _ in range(2):
        running = start_emulator(remote_url=remote.url, seed="none", state_dir=tmp_path)
        kids.append(httpx.get(running.jwks_url).json()["keys"][0]["kid"])
        running.stop()
    assert kids[0] == kids[1]


def test_system_token_cached_then_rotated_below_two_hours(
    emu: RunningEmulator, remote: RecordingRemote, installed: dict
) -> None:
    remote.on("/forge/v1/status", Reply.json(200, {"paired": False}))

    def token_exp() -> tuple[str, int]:
        emu.client.ui_invoke(installed["id"], "/forge/v1/status", method="GET", account="ada")
        system = remote.to("/forge/v1/status")[-1].headers["x-forge-oauth-system"]
        return system, jwt.decode(system, options={"verify_signature": False})["exp"]

    first, exp1 = token_exp()
    now = emu.client.clock()["now"]
    assert 4 * 3600 - 5 <= exp1 - now <= 4 * 3600
    emu.client.advance(3600)  # 3 h left: still cached
    second, _ = token_exp()
    assert second == first
    emu.client.advance(3600 + 60)  # < 2 h left: rotated
    third, exp3 = token_exp()
    assert third != first
    assert exp3 - emu.client.clock()["now"] > 2 * 3600


def test_function_delivery_token_life_switch(emu: RunningEmulator, remote: RecordingRemote) -> None:
    emu.client.config(function_token_ttl="600")
    inst = emu.client.install("acme")["installation"]
    req = remote.to("/forge/v1/lifecycle")[-1]
    exp = jwt.decode(req.headers["x-forge-oauth-system"], options={"verify_signature": False})[
        "exp"
    ]
    assert 590 <= exp - emu.client.clock()["now"] <= 600
    assert inst["status"] == "active"
