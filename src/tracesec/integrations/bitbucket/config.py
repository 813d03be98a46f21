"""Settings-derived objects for the Bitbucket integration (one place reads the settings)."""

from __future__ import annotations

import hashlib
import hmac
from functools import lru_cache
from urllib.parse import urlsplit

from django.conf import settings

from tracesec.integrations.bitbucket.invocation_token import InvocationTokenVerifier
from tracesec.integrations.bitbucket.jwks import JwksCache


def hmac_key() -> bytes:
    """Key for pairing-code and nonce HMACs (explicit setting, else derived from SECRET_KEY)."""
    configured = settings.TRACE_PAIRING_HMAC_KEY
    if configured:
        return configured.encode()
    return hmac.new(
        settings.SECRET_KEY.encode(), b"trace.bitbucket.pairing", hashlib.sha256
    ).digest()


@lru_cache(maxsize=1)
def _jwks() -> JwksCache:
    return JwksCache(settings.FORGE_JWKS_URL, timeout=float(settings.FORGE_JWKS_TIMEOUT_SECONDS))


def verifier() -> InvocationTokenVerifier:
    from tracesec.integrations.bitbucket.replay import DatabaseReplayStore

    return InvocationTokenVerifier(
        jwks=_jwks(),
        app_id=settings.FORGE_APP_ID,
        replay_store=DatabaseReplayStore(),
        leeway_seconds=settings.FORGE_FIT_LEEWAY_SECONDS,
        expected_environment_type=settings.FORGE_ENVIRONMENT_TYPE,
    )


def reset_caches() -> None:
    """Forget the cached JWKS (tests that change FORGE_JWKS_URL)."""
    _jwks.cache_clear()


def allowed_api_bases() -> list[str]:
    return list(settings.BITBUCKET_API_ALLOWED_BASES) or [settings.BITBUCKET_API_URL]


def webtrigger_url_allowed(url: str) -> bool:
    """Only Forge web-trigger hosts over https (plus loopback http when explicitly enabled)."""
    if not isinstance(url, str) or len(url) > 500:
        return False
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.username or parts.password or parts.fragment:
        return False
    if parts.scheme == "https" and any(
        host.endswith(suffix.lower()) and len(host) > len(suffix)
        for suffix in settings.FORGE_WEBTRIGGER_HOST_SUFFIXES
    ):
        return True
    return bool(
        settings.FORGE_WEBTRIGGER_ALLOW_LOOPBACK
        and parts.scheme in {"http", "https"}
        and host in {"127.0.0.1", "localhost"}
    )
