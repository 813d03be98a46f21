"""Test kit: RSA keys, a loopback JWKS server, and a FIT minter shaped like Forge's."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

APP_ID = "ari:cloud:ecosystem::app/3f6e2c1a-9b7d-4e0f-8a52-0c1d2e3f4a5b"
INSTALLATION = "6d0b2f9e-1c3a-4e5b-9a7c-2b4d6f8a0c1e"
WORKSPACE = "4c16a397-8e48-479c-8ca2-442e46c90570"
PRINCIPAL = "712020:8f0e4c1d-2b3a-4c5d-9e6f-7a8b9c0d1e2f"


@dataclass
class SigningKey:
    kid: str
    private: rsa.RSAPrivateKey = field(
        default_factory=lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048)
    )

    def jwk(self) -> dict[str, Any]:
        data = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.private.public_key()))
        data.update({"kid": self.kid, "use": "sig", "alg": "RS256"})
        return data


class JwksServer:
    """Serves `{"keys": [...]}` on loopback; counts fetches. While `release` is clear, each
    answer waits for it (a slow JWKS endpoint, under the test's control)."""

    def __init__(self) -> None:
        self.keys: list[dict[str, Any]] = []
        self.fetches = 0
        self.status = 200
        self.release = threading.Event()
        self.release.set()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.fetches += 1
                outer.release.wait(10)
                body = json.dumps({"keys": outer.keys}).encode()
                self.send_response(outer.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                return None

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_port}/.well-known/jwks.json"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def jwks_server(*keys: SigningKey) -> Iterator[JwksServer]:
    server = JwksServer()
    server.keys = [k.jwk() for k in keys]
    server.start()
    try:
        yield server
    finally:
        server.stop()


def claims(
    *,
    installation: str = INSTALLATION,
    ui: bool = False,
    module_key: str = "trace-settings",
    module_type: str = "bitbucket:workspaceSettingsMenuPage",
    workspace: str = WORKSPACE,
    api_base_url: str = "https://api.bitbucket.org",
    lifetime: int = 25,
    now: float | None = None,
    **overrides: Any,
) -> dict[str, Any]:
    issued = int(now if now is not None else time.time())
    body: dict[str, Any] = {
        "iss": "forge/invocation-token",
        "aud": APP_ID,
        "iat": issued,
        "nbf": issued,
        "exp": issued + lifetime,
        "jti": uuid.uuid4().hex,
        "app": {
            "id": APP_ID,
            "appVersion": "1.0.0",
            "installationId": f"ari:cloud:ecosystem::installation/{installation}",
            "apiBaseUrl": api_base_url,
            "installation": {
                "id": f"ari:cloud:ecosystem::installation/{installation}",
                "contexts": [
                    {"name": "bitbucket", "apiBaseUrl": api_base_url, "workspaceId": workspace}
                ],
            },
            "environment": {"type": "PRODUCTION", "id": "ari:cloud:ecosystem::environment/x/y"},
            "module": {"type": module_type if ui else "core:endpoint", "key": module_key},
        },
    }
    if ui:
        body["context"] = {"workspaceId": "{" + workspace + "}", "moduleKey": module_key}
        body["principal"] = PRINCIPAL
    body.update(overrides)
    return body


def mint(
    key: SigningKey, body: dict[str, Any], *, alg: str = "RS256", kid: str | None = None
) -> str:
    return jwt.encode(body, key.private, algorithm=alg, headers={"kid": kid or key.kid})


# The key our loopback JWKS serves, and the body of an "installed" lifecycle event.
FORGE_KEY = SigningKey(kid="forge-test-1")
LIFECYCLE_BODY = {
    "event": {"id": INSTALLATION, "installerAccountId": "712020:abc", "app": {"version": "1.0.0"}},
    "tokenPullUrl": f"https://{INSTALLATION}.webtrigger.atlassian.app/public/XUBR5WnG2Hk2V52A",
}
