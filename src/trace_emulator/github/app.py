"""The registered GitHub App: ids, key pair, secrets and URLs, and App JWT verification.

A developer registering an App on GitHub gets its id, slug, client id/secret, a webhook secret
they chose and a private key they download; the control plane hands the same to tests and the
demo (`GET /_emu/github/app`). GitHub keeps only the public key and checks every App JWT with it:
RS256, `iss` = the App id (or its client id), `iat` not in the future, `exp` not more than ten
minutes after `iat` and not past.
"""

from __future__ import annotations

import json
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jwt

from trace_emulator.keys import SigningKey

JWT_MAX_LIFETIME = 600

# Trace's least-privilege registration (issue 10): what the emulated App is granted.
DEFAULT_PERMISSIONS = {
    "checks": "write",
    "contents": "read",
    "metadata": "read",
    "pull_requests": "read",
}
DEFAULT_EVENTS = ["check_run", "pull_request", "push"]
LEVELS = {"read": 1, "write": 2, "admin": 3}


class JwtError(Exception):
    """An App JWT GitHub would refuse; `message` is the body's message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class GitHubApp:
    id: int
    slug: str
    name: str
    client_id: str
    client_secret: str = field(repr=False)
    webhook_secret: str = field(repr=False)
    key: SigningKey = field(repr=False)
    hook_id: int
    owner_login: str
    webhook_url: str
    setup_url: str
    callback_url: str
    permissions: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_PERMISSIONS))
    events: list[str] = field(default_factory=lambda: list(DEFAULT_EVENTS))
    webhook_active: bool = True
    # "Request user authorization (OAuth) during installation": GitHub then sends the browser to
    # the callback URL (with `code`) instead of the setup URL.
    request_oauth_on_install: bool = False
    redirect_on_update: bool = True
    created_at: float = 1_717_000_000.0

    def credentials(self) -> dict[str, Any]:
        """What a developer downloads at registration (secrets included: test/demo use only)."""
        return {
            "id": self.id,
            "slug": self.slug,
            "name": self.name,
            "clientId": self.client_id,
            "clientSecret": self.client_secret,
            "webhookSecret": self.webhook_secret,
            "privateKeyPem": self.key.private_pem(),
            "hookId": self.hook_id,
            "webhookUrl": self.webhook_url,
            "webhookActive": self.webhook_active,
            "setupUrl": self.setup_url,
            "callbackUrl": self.callback_url,
            "requestOauthOnInstall": self.request_oauth_on_install,
            "permissions": dict(self.permissions),
            "events": list(self.events),
        }

    def update(self, changes: dict[str, Any]) -> None:
        urls = {"webhookUrl": "webhook_url", "setupUrl": "setup_url", "callbackUrl": "callback_url"}
        flags = {
            "webhookActive": "webhook_active",
            "requestOauthOnInstall": "request_oauth_on_install",
            "redirectOnUpdate": "redirect_on_update",
        }
        for name, value in changes.items():
            if name in urls:
                if not isinstance(value, str) or not value.startswith(("http://", "https://")):
                    raise ValueError(f"{name} must be an http(s) URL")
                setattr(self, urls[name], value)
            elif name in flags:
                if not isinstance(value, bool):
                    raise ValueError(f"{name} expects a boolean")
                setattr(self, flags[name], value)
            else:
                raise ValueError(f"cannot change {name}")

    def verify_jwt(self, token: str, now: float) -> dict[str, Any]:
        """Check an App JWT as GitHub does; raise JwtError with GitHub's message."""
        try:
            header = jwt.get_unverified_header(token)
            claims = jwt.decode(
                token,
                self.key.public_key(),
                algorithms=["RS256"],
                options={"verify_exp": False, "verify_iat": False, "verify_nbf": False},
            )
        except jwt.PyJWTError:
            raise JwtError("A JSON web token could not be decoded") from None
        if header.get("alg") != "RS256":
            raise JwtError("A JSON web token could not be decoded")
        iss = claims.get("iss")
        if str(iss) not in (str(self.id), self.client_id):
            raise JwtError("'Issuer' claim ('iss') must be an Integer")
        iat, exp = claims.get("iat"), claims.get("exp")
        if not isinstance(iat, int) or isinstance(iat, bool) or iat > now:
            raise JwtError(
                "'Issued at' claim ('iat') must be an Integer representing the time that the "
                "assertion was issued"
            )
        if not isinstance(exp, int) or isinstance(exp, bool) or exp <= now:
            raise JwtError(
                "'Expiration time' claim ('exp') must be a numeric value representing the "
                "future time at which the assertion expires"
            )
        if exp - iat > JWT_MAX_LIFETIME:
            raise JwtError("'Expiration time' claim ('exp') is too far in the future")
        return claims


def app_jwt(app_id: int | str, private_pem: str, now: float | None = None) -> str:
    """An App JWT as GitHub's docs describe (iat backdated 60 s, exp 9 min ahead); for tests."""
    issued = int(time.time() if now is None else now) - 60
    return jwt.encode(
        {"iat": issued, "exp": issued + 60 + 540, "iss": str(app_id)}, private_pem, "RS256"
    )


def load_or_create_app(
    state_dir: Path | None,
    *,
    app_id: int,
    slug: str,
    remote_url: str,
    client_id: str | None = None,
    urls: dict[str, str | None] | None = None,
) -> GitHubApp:
    """The App's key and secrets survive restarts with a state directory (like the FIT key)."""
    key_path = state_dir / "keys" / "github-app.pem" if state_dir else None
    key = SigningKey.load_or_create(key_path)
    stored: dict[str, Any] = {}
    secrets_path = state_dir / "keys" / "github-app.json" if state_dir else None
    if secrets_path is not None and secrets_path.exists():
        stored = json.loads(secrets_path.read_text())
    values: dict[str, str] = {
        "client_id": client_id or str(stored.get("client_id") or "Iv23li" + secrets.token_hex(7)),
        "client_secret": str(stored.get("client_secret") or secrets.token_hex(20)),
        "webhook_secret": str(stored.get("webhook_secret") or secrets.token_urlsafe(32)),
    }
    if secrets_path is not None and not stored:
        fd = os.open(secrets_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            json.dump(values, fh)
    remote = remote_url.rstrip("/")
    given = urls or {}
    return GitHubApp(
        id=app_id,
        slug=slug,
        name="Trace",
        key=key,
        hook_id=app_id * 10 + 7,
        owner_login="trace-security",
        webhook_url=given.get("webhook") or f"{remote}/integrations/github/webhook/",
        setup_url=given.get("setup") or f"{remote}/integrations/github/setup/",
        callback_url=given.get("callback") or f"{remote}/integrations/github/callback/",
        client_id=values["client_id"],
        client_secret=values["client_secret"],
        webhook_secret=values["webhook_secret"],
    )
