"""FIT verification against a loopback JWKS server with our own RSA keys."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator

import jwt
import pytest

from tests.integrations.bitbucket.fitkit import (
    APP_ID,
    INSTALLATION,
    WORKSPACE,
    JwksServer,
    SigningKey,
    claims,
    jwks_server,
    mint,
)
from tracesec.integrations.bitbucket.invocation_token import (
    InvalidInvocationToken,
    InvocationTokenUnavailable,
    InvocationTokenVerifier,
    MemoryReplayStore,
)
from tracesec.integrations.bitbucket.jwks import JwksCache

KEY = SigningKey(kid="k1")
ATTACKER = SigningKey(kid="k1")  # same kid, different key


@pytest.fixture
def server() -> Iterator[JwksServer]:
    with jwks_server(KEY) as srv:
        yield srv


def make_verifier(server: JwksServer, **kw: object) -> InvocationTokenVerifier:
    cooldown = float(kw.pop("cooldown", 0.0))  # type: ignore[arg-type]
    return InvocationTokenVerifier(
        jwks=JwksCache(server.url, timeout=2, refetch_cooldown=cooldown),
        app_id=APP_ID,
        replay_store=MemoryReplayStore(),
        **kw,  # type: ignore[arg-type]
    )


def expect(code: str, verifier: InvocationTokenVerifier, token: str) -> None:
    with pytest.raises(InvalidInvocationToken) as info:
        verifier.verify(token)
    assert info.value.code == code
    assert token not in str(info.value)


def test_valid_function_token(server: JwksServer) -> None:
    inv = make_verifier(server).verify(mint(KEY, claims()))
    assert inv.installation_id == INSTALLATION
    assert inv.workspace_id == WORKSPACE
    assert inv.has_ui_context is False
    assert inv.principal == ""
    assert inv.module_type == "core:endpoint"


def test_valid_ui_token(server: JwksServer) -> None:
    inv = make_verifier(server).verify(mint(KEY, claims(ui=True)))
    assert inv.has_ui_context is True
    assert inv.ui_workspace_id == WORKSPACE
    assert inv.module_key == "trace-settings"
    assert inv.principal.startswith("712020:")


def test_forged_signature(server: JwksServer) -> None:
    expect("bad_signature", make_verifier(server), mint(ATTACKER, claims()))


def test_tampered_payload(server: JwksServer) -> None:
    token = mint(KEY, claims())
    head, payload, sig = token.split(".")
    body = json.loads(base64.urlsafe_b64decode(payload + "=="))
    body["app"]["installationId"] = (
        "ari:cloud:ecosystem::installation/" + "0" * 8 + "-0000-0000-0000-" + "0" * 12
    )
    forged = base64.urlsafe_b64encode(json.dumps(body).encode()).rstrip(b"=").decode()
    expect("bad_signature", make_verifier(server), f"{head}.{forged}.{sig}")


def test_hs256_with_public_key_as_secret(server: JwksServer) -> None:
    # Classic algorithm confusion: HMAC keyed with the (public) RSA key material.
    public_pem = KEY.jwk()["n"].encode()
    token = jwt.encode(claims(), public_pem, algorithm="HS256", headers={"kid": "k1"})
    expect("wrong_algorithm", make_verifier(server), token)


def test_alg_none(server: JwksServer) -> None:
    token = jwt.encode(claims(), None, algorithm="none", headers={"kid": "k1"})  # type: ignore[arg-type]
    expect("wrong_algorithm", make_verifier(server), token)


def test_rs512_refused(server: JwksServer) -> None:
    expect("wrong_algorithm", make_verifier(server), mint(KEY, claims(), alg="RS512"))


def test_wrong_audience(server: JwksServer) -> None:
    other = "ari:cloud:ecosystem::app/00000000-0000-0000-0000-000000000000"
    expect("wrong_audience", make_verifier(server), mint(KEY, claims(aud=other)))


def test_app_id_claim_must_match(server: JwksServer) -> None:
    body = claims()
    body["app"]["id"] = "ari:cloud:ecosystem::app/00000000-0000-0000-0000-000000000000"
    expect("wrong_audience", make_verifier(server), mint(KEY, body))


def test_wrong_issuer(server: JwksServer) -> None:
    expect("wrong_issuer", make_verifier(server), mint(KEY, claims(iss="someone-else")))


def test_expired(server: JwksServer) -> None:
    expect("expired", make_verifier(server), mint(KEY, claims(now=time.time() - 120)))


def test_small_clock_skew_tolerated(server: JwksServer) -> None:
    make_verifier(server).verify(mint(KEY, claims(now=time.time() - 30)))  # exp 5 s ago


def test_nbf_in_future(server: JwksServer) -> None:
    now = time.time()
    body = claims(now=now)
    body["nbf"] = int(now) + 120
    expect("not_yet_valid", make_verifier(server), mint(KEY, body))


def test_long_lived_token_refused(server: JwksServer) -> None:
    expect("lifetime", make_verifier(server), mint(KEY, claims(lifetime=3600)))


@pytest.mark.parametrize("claim", ["jti", "exp", "iat", "nbf", "iss", "aud"])
def test_required_claims(server: JwksServer, claim: str) -> None:
    body = claims()
    del body[claim]
    with pytest.raises(InvalidInvocationToken):
        make_verifier(server).verify(mint(KEY, body))


def test_missing_installation(server: JwksServer) -> None:
    body = claims()
    del body["app"]["installationId"]
    del body["app"]["installation"]
    expect("missing_claim", make_verifier(server), mint(KEY, body))


def test_replayed_jti(server: JwksServer) -> None:
    verifier = make_verifier(server)
    token = mint(KEY, claims())
    verifier.verify(token)
    expect("replayed", verifier, token)
    # A different token with the same jti is a replay too.
    body = claims()
    body["jti"] = jwt.decode(token, options={"verify_signature": False})["jti"]
    expect("replayed", verifier, mint(KEY, body))


def test_unknown_kid_then_rotated_key(server: JwksServer) -> None:
    verifier = make_verifier(server)
    verifier.verify(mint(KEY, claims()))
    assert server.fetches == 1
    rotated = SigningKey(kid="k2")
    expect("unknown_key", verifier, mint(rotated, claims()))
    assert server.fetches == 2  # refetched on the unknown kid
    server.keys.append(rotated.jwk())  # Forge publishes the new key
    verifier.verify(mint(rotated, claims()))
    assert server.fetches == 3
    verifier.verify(mint(KEY, claims()))  # old key still cached, no fetch
    assert server.fetches == 3


def test_unknown_kid_spraying_is_rate_limited(server: JwksServer) -> None:
    verifier = make_verifier(server, cooldown=60.0)
    verifier.verify(mint(KEY, claims()))
    for n in range(5):
        expect("unknown_key", verifier, mint(SigningKey(kid=f"x{n}"), claims()))
    assert server.fetches == 1


def test_jwks_down_is_unavailable_not_invalid() -> None:
    with jwks_server(KEY) as srv:
        srv.status = 500
        with pytest.raises(InvocationTokenUnavailable):
            make_verifier(srv).verify(mint(KEY, claims()))


def test_jwks_fetch_timeout_is_bounded() -> None:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)  # accepts, never answers
    port = sock.getsockname()[1]
    verifier = InvocationTokenVerifier(
        jwks=JwksCache(f"http://127.0.0.1:{port}/jwks", timeout=0.5),
        app_id=APP_ID,
        replay_store=MemoryReplayStore(),
    )
    started = time.monotonic()
    with pytest.raises(InvocationTokenUnavailable):
        verifier.verify(mint(KEY, claims()))
    assert time.monotonic() - started < 3
    sock.close()


def test_symmetric_key_in_jwks_is_ignored(server: JwksServer) -> None:
    server.keys.append(
        {"kty": "oct", "kid": "hmac", "k": base64.urlsafe_b64encode(b"s" * 32).decode()}
    )
    token = jwt.encode(claims(), b"s" * 32, algorithm="HS256", headers={"kid": "hmac"})
    expect("wrong_algorithm", make_verifier(server), token)


def test_environment_pinning(server: JwksServer) -> None:
    body = claims()
    body["app"]["environment"]["type"] = "DEVELOPMENT"
    expect(
        "wrong_environment",
        make_verifier(server, expected_environment_type="PRODUCTION"),
        mint(KEY, body),
    )


def test_garbage(server: JwksServer) -> None:
    for junk in ["", "abc", "a.b.c", "x" * 20000]:
        with pytest.raises(InvalidInvocationToken):
            make_verifier(server).verify(junk)


def test_no_app_id_means_no_verifier(server: JwksServer) -> None:
    with pytest.raises(ValueError, match="FORGE_APP_ID"):
        InvocationTokenVerifier(
            jwks=JwksCache(server.url), app_id="", replay_store=MemoryReplayStore()
        )


def test_isolated_cloud_label_refused(server: JwksServer) -> None:
    token = jwt.encode(
        claims(), KEY.private, algorithm="RS256", headers={"kid": "k1", "icLabel": "x"}
    )
    expect("unsupported", make_verifier(server), token)
