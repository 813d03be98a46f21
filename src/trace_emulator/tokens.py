"""Forge Invocation Tokens and app system tokens (spec §1.4, §1.5, §6.1.6)."""

from __future__ import annotations

import hashlib
import random
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from trace_emulator.clock import Clock
from trace_emulator.keys import SigningKey

FIT_ISSUER = "forge/invocation-token"
FIT_LIFETIME = 25
SYSTEM_TOKEN_MAX_TTL = 4 * 3600
SYSTEM_TOKEN_ROTATE_BELOW = 2 * 3600


def app_ari(app_uuid: str) -> str:
    return f"ari:cloud:ecosystem::app/{app_uuid}"


def installation_ari(installation_uuid: str) -> str:
    return f"ari:cloud:ecosystem::installation/{installation_uuid}"


def environment_ari(app_uuid: str, env_uuid: str) -> str:
    return f"ari:cloud:ecosystem::environment/{app_uuid}/{env_uuid}"


def token_fingerprint(token: str) -> str:
    """Short, non-reversible id for logs: never log the token itself."""
    return hashlib.sha256(token.encode()).hexdigest()[:12]


class FitMinter:
    """FIT times come from the wall clock, not the emulator clock: the only verifier of a FIT
    is the remote (Trace) on real time, so moving the emulator clock (to expire system tokens
    or run retries) must not make FITs look issued in the future."""

    def __init__(self, key: SigningKey, clock: Clock) -> None:
        self._key = key
        self._clock = clock

    def mint(
        self,
        *,
        app: dict[str, Any],
        context: dict[str, Any] | None = None,
        principal: str | None = None,
    ) -> tuple[str, dict[str, Any]]:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": FIT_ISSUER,
            "aud": app["id"],
            "iat": now,
            "nbf": now,
            "exp": now + FIT_LIFETIME,
            "jti": secrets.token_hex(20),
            "app": app,
        }
        # `context` and `principal` exist only on front-end invocations (§1.4).
        if context is not None:
            claims["context"] = context
        if principal is not None:
            claims["principal"] = principal
        return self._key.sign(claims), claims


@dataclass
class SystemToken:
    token: str = field(repr=False)
    installation_uuid: str
    scopes: list[str]
    iat: int
    exp: int
    fingerprint: str
    revoked: bool = False


class TokenError(Exception):
    """Why a presented token is not acceptable: unknown, expired or revoked."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SystemTokenService:
    """Mints, caches, rotates, verifies and revokes app system tokens."""

    def __init__(self, key: Callable[[], SigningKey], clock: Clock, app_uuid: str) -> None:
        # The key is created on first use: generating RSA keys is the slowest part of start-up.
        self._key_factory = key
        self._key: SigningKey | None = None
        self._clock = clock
        self._app_uuid = app_uuid
        self._by_hash: dict[str, SystemToken] = {}
        self._cached: dict[str, SystemToken] = {}
        self._lock = threading.Lock()

    def _mint(self, installation_uuid: str, scopes: list[str], ttl: int) -> SystemToken:
        now = int(self._clock.now())
        ttl = max(1, min(ttl, SYSTEM_TOKEN_MAX_TTL))
        iat = now - (SYSTEM_TOKEN_MAX_TTL - ttl)
        exp = now + ttl
        claims: dict[str, Any] = {
            # Only `exp` is contractual; the rest is opaque to apps (§4.3).
            "iss": "forge/app-system-token",
            "sub": f"app-bot/{self._app_uuid}",
            "iat": iat,
            "exp": exp,
            "jti": secrets.token_hex(16),
            "installationId": installation_uuid,
            "scopes": list(scopes),
        }
        if self._key is None:
            self._key = self._key_factory()
        token = self._key.sign(claims)
        record = SystemToken(
            token=token,
            installation_uuid=installation_uuid,
            scopes=list(scopes),
            iat=iat,
            exp=exp,
            fingerprint=token_fingerprint(token),
        )
        self._by_hash[hashlib.sha256(token.encode()).hexdigest()] = record
        return record

    def for_direct_delivery(self, installation_uuid: str, scopes: list[str]) -> SystemToken:
        """The cached token; rotated when less than 2 h are left (so ≥ 2 h on delivery)."""
        with self._lock:
            cached = self._cached.get(installation_uuid)
            now = self._clock.now()
            if (
                cached is None
                or cached.revoked
                or cached.exp - now < SYSTEM_TOKEN_ROTATE_BELOW
                or cached.scopes != list(scopes)
            ):
                cached = self._mint(installation_uuid, scopes, SYSTEM_TOKEN_MAX_TTL)
                self._cached[installation_uuid] = cached
            return cached

    def for_function_delivery(
        self, installation_uuid: str, scopes: list[str], mode: str
    ) -> SystemToken:
        """Function → invokeRemote carries no 2 h guarantee (§1.5, switch `function_token_ttl`)."""
        if mode == "cached":
            return self.for_direct_delivery(installation_uuid, scopes)
        ttl = random.randint(5 * 60, 240 * 60) if mode == "random" else int(float(mode))
        with self._lock:
            return self._mint(installation_uuid, scopes, ttl)

    def mint_raw(self, installation_uuid: str, scopes: list[str], ttl: int) -> SystemToken:
        """Control-plane helper: a token with an exact lifetime (tests of expiry handling)."""
        with self._lock:
            return self._mint(installation_uuid, scopes, ttl)

    def verify(self, token: str) -> SystemToken:
        record = self._by_hash.get(hashlib.sha256(token.encode()).hexdigest())
        if record is None:
            raise TokenError("unknown")
        if record.revoked:
            raise TokenError("revoked")
        if record.exp <= self._clock.now():
            raise TokenError("expired")
        return record

    def revoke_installation(self, installation_uuid: str) -> int:
        count = 0
        with self._lock:
            for record in self._by_hash.values():
                if record.installation_uuid == installation_uuid and not record.revoked:
                    record.revoked = True
                    count += 1
            self._cached.pop(installation_uuid, None)
        return count
