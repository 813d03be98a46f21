"""A small JWKS cache: bounded fetch, refetch on an unknown `kid`, cooldown against kid-spraying.

Only RSA keys are kept (the token algorithm is pinned to RS256), so a JWKS that also lists
symmetric or EC keys can never widen what we accept.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import jwt

logger = logging.getLogger(__name__)

_MAX_JWKS_BYTES = 256 * 1024


class JwksUnavailable(Exception):
    """The key set could not be fetched or parsed."""


class JwksCache:
    """Thread-safe cache of the signing keys published at `url`."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 5.0,
        lifespan: float = 3600.0,
        refetch_cooldown: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise ValueError("the JWKS URL must be https (plain http only on loopback)")
        self._url = url
        self._timeout = timeout
        self._lifespan = lifespan
        self._cooldown = refetch_cooldown
        self._clock = clock
        self._transport = transport
        self._lock = threading.Lock()
        self._keys: dict[str, Any] = {}
        self._fetched_at: float | None = None

    def get(self, kid: str) -> Any | None:
        """The RSA public key for `kid`, fetching (at most once per cooldown) when unknown."""
        with self._lock:
            now = self._clock()
            stale = self._fetched_at is None or now - self._fetched_at > self._lifespan
            if stale or (kid not in self._keys and now - (self._fetched_at or 0) >= self._cooldown):
                self._refresh(now)
            return self._keys.get(kid)

    def _refresh(self, now: float) -> None:
        try:
            with httpx.Client(
                timeout=self._timeout, follow_redirects=False, transport=self._transport
            ) as client:
                response = client.get(self._url, headers={"Accept": "application/json"})
            if response.status_code != 200 or len(response.content) > _MAX_JWKS_BYTES:
                raise JwksUnavailable(f"JWKS endpoint answered HTTP {response.status_code}")
            payload = response.json()
            entries = payload["keys"]
            if not isinstance(entries, list):
                raise JwksUnavailable("JWKS has no key list")
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
            # Keep serving the keys we had: a JWKS outage must not reject valid, known keys.
            self._fetched_at = now if self._keys else None
            logger.warning("forge.jwks.fetch_failed", extra={"error": type(exc).__name__})
            if not self._keys:
                raise JwksUnavailable("JWKS could not be fetched") from exc
            return
        keys: dict[str, Any] = {}
        for entry in entries:
            if not isinstance(entry, dict) or entry.get("kty") != "RSA" or not entry.get("kid"):
                continue
            if entry.get("use", "sig") != "sig" or entry.get("alg", "RS256") != "RS256":
                continue
            try:
                keys[str(entry["kid"])] = jwt.PyJWK(entry, algorithm="RS256").key
            except jwt.PyJWTError:
                continue
        self._keys = keys
        self._fetched_at = now
        logger.info("forge.jwks.fetched", extra={"key_count": len(keys)})
