"""A small JWKS cache: bounded fetch, refetch on an unknown `kid`, cooldown against kid-spraying
and after a failed fetch.

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
    """Thread-safe cache of the signing keys published at `url`.

    The fetch runs outside the lock and at most one at a time: callers whose key is cached are
    answered at once while a refresh is under way; callers that need the fetch wait for it, not
    for a queue of their own fetches. After a failed fetch, no new fetch starts for
    `failure_cooldown` seconds, so an outage costs one slow request, not one per request.
    """

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 5.0,
        lifespan: float = 3600.0,
        refetch_cooldown: float = 30.0,
        failure_cooldown: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise ValueError("the JWKS URL must be https (plain http only on loopback)")
        self._url = url
        self._timeout = timeout
        self._lifespan = lifespan
        self._cooldown = refetch_cooldown
        self._failure_cooldown = failure_cooldown
        self._clock = clock
        self._transport = transport
        self._lock = threading.Lock()
        self._keys: dict[str, Any] = {}
        self._fetched_at: float | None = None
        self._failed_at: float | None = None
        self._in_flight: threading.Event | None = None

    def get(self, kid: str) -> Any | None:
        """The RSA public key for `kid`, fetching (at most once per cooldown) when unknown.

        Raises JwksUnavailable when no key set has ever been fetched."""
        with self._lock:
            in_flight = self._in_flight
            fetch = in_flight is None and self._fetch_due(kid, self._clock())
            if fetch:
                in_flight = self._in_flight = threading.Event()
            elif in_flight is None or kid in self._keys:
                return self._cached(kid)
        assert in_flight is not None
        if fetch:
            self._refresh(in_flight)
        else:
            # httpx's timeout bounds each phase of the request, not the whole; allow a few.
            in_flight.wait(self._timeout * 4)
        with self._lock:
            return self._cached(kid)

    def _fetch_due(self, kid: str, now: float) -> bool:
        if self._failed_at is not None and now - self._failed_at < self._failure_cooldown:
            return False
        if self._fetched_at is None or now - self._fetched_at > self._lifespan:
            return True
        return kid not in self._keys and now - self._fetched_at >= self._cooldown

    def _cached(self, kid: str) -> Any | None:
        if self._fetched_at is None:
            raise JwksUnavailable("JWKS could not be fetched")
        return self._keys.get(kid)

    def _refresh(self, in_flight: threading.Event) -> None:
        try:
            keys = self._fetch()
        except (httpx.HTTPError, JwksUnavailable, ValueError, KeyError, TypeError) as exc:
            # Keep serving the keys we had: a JWKS outage must not reject valid, known keys.
            with self._lock:
                self._failed_at = self._clock()
            logger.warning("forge.jwks.fetch_failed", extra={"error": type(exc).__name__})
        else:
            with self._lock:
                self._keys = keys
                self._fetched_at = self._clock()
                self._failed_at = None
            logger.info("forge.jwks.fetched", extra={"key_count": len(keys)})
        finally:
            with self._lock:
                self._in_flight = None
            in_flight.set()

    def _fetch(self) -> dict[str, Any]:
        with httpx.Client(
            timeout=self._timeout, follow_redirects=False, transport=self._transport
        ) as client:
            response = client.get(self._url, headers={"Accept": "application/json"})
        if response.status_code != 200 or len(response.content) > _MAX_JWKS_BYTES:
            raise JwksUnavailable(f"JWKS endpoint answered HTTP {response.status_code}")
        entries = response.json()["keys"]
        if not isinstance(entries, list):
            raise JwksUnavailable("JWKS has no key list")
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
        return keys
