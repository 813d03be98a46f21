"""The GitHub App's own credential: a short RS256 JWT signed with the app's private key.

GitHub requires `iss` = the app's id (or client id), `iat` and `exp` with `exp` at most ten
minutes after `iat`. `iat` is backdated 60 s against clock drift, `exp` is 9 minutes ahead, so
the lifetime stays under ten minutes even with drift on GitHub's side.
"""

from __future__ import annotations

import time

import jwt

from tracesec.integrations.github.app_secrets import AppSecret, app_secret_open, load_private_key
from tracesec.integrations.github.config import app_id

BACKDATE_SECONDS = 60
LIFETIME_SECONDS = 9 * 60


def app_jwt_sign(*, app: str, private_key_pem: bytes, now: float | None = None) -> str:
    issued = int(now if now is not None else time.time()) - BACKDATE_SECONDS
    claims = {"iat": issued, "exp": issued + BACKDATE_SECONDS + LIFETIME_SECONDS, "iss": app}
    return jwt.encode(claims, load_private_key(private_key_pem), algorithm="RS256")


def app_jwt() -> str:
    """A fresh app JWT for the configured app; the key is opened in memory and dropped."""
    return app_jwt_sign(app=app_id(), private_key_pem=app_secret_open(AppSecret.PRIVATE_KEY))
