"""The delivery log: a redacted record of every call the platform made to the app's remote.

Tests and the emulator's UI read it to see what Trace was sent; credentials in headers are
replaced, bodies are truncated, and system tokens appear only as a fingerprint.
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass
from typing import Any

from trace_emulator.clock import Clock
from trace_emulator.model import Installation
from trace_emulator.tokens import SystemToken

REDACTED = "<redacted>"
SECRET_HEADERS = {"authorization", "x-forge-oauth-system", "x-forge-oauth-user"}
MAX_LOGGED_BODY = 8192


@dataclass
class Outcome:
    """Result of one HTTP call to the remote."""

    status: int | None
    headers: dict[str, str]
    body: str
    error: str | None  # "timeout" | "network" | None
    duration_ms: int


class DeliveryLog:
    def __init__(self, clock: Clock) -> None:
        self.entries: list[dict[str, Any]] = []
        self._ids = itertools.count(1)
        self._clock = clock

    def record(
        self,
        *,
        kind: str,
        inst: Installation | None,
        module_key: str,
        url: str | None,
        method: str | None,
        headers: dict[str, str] | None,
        body: str | None,
        fit_claims: dict[str, Any] | None,
        system_token: SystemToken | None,
        outcome: Outcome | None,
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        redacted = {
            k: (REDACTED if k.lower() in SECRET_HEADERS else v) for k, v in (headers or {}).items()
        }
        record: dict[str, Any] = {
            "id": next(self._ids),
            "at": self._clock.now(),
            "kind": kind,
            "installationId": inst.uuid if inst else None,
            "module": module_key,
            "url": url,
            "method": method,
            "headers": redacted,
            "body": body[:MAX_LOGGED_BODY] if body is not None else None,
            "fitClaims": copy.deepcopy(fit_claims),
            "systemToken": (
                {"fingerprint": system_token.fingerprint, "exp": system_token.exp}
                if system_token
                else None
            ),
            "status": outcome.status if outcome else None,
            "responseBody": outcome.body[:MAX_LOGGED_BODY] if outcome else None,
            "error": outcome.error if outcome else None,
            "durationMs": outcome.duration_ms if outcome else None,
        }
        if extra:
            record.update(extra)
        self.entries.append(record)
        return record
