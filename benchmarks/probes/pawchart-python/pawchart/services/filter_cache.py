"""Report result caching and saved report filters."""
from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import pickle
from typing import Any

import redis

log = logging.getLogger(__name__)

_PREFIX = "pawchart:report-cache:"


class SignedCache:
    """Pickle cache in Redis. Entries are HMAC-SHA256 signed with a server-side key."""

    def __init__(self, client: redis.Redis, key: bytes, ttl: int = 300) -> None:
        self.client = client
        self.key = key
        self.ttl = ttl

    def _sign(self, payload: bytes) -> bytes:
        return hmac.new(self.key, payload, hashlib.sha256).digest()

    def get(self, name: str) -> Any | None:
        raw = self.client.get(_PREFIX + name)
        if raw is None or len(raw) < 32:
            return None
        signature, payload = raw[:32], raw[32:]
        if not hmac.compare_digest(signature, self._sign(payload)):
            log.warning("report cache entry %s failed signature check", name)
            return None
        return pickle.loads(payload)  # SAFE deser

    def set(self, name: str, value: Any) -> None:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self.client.setex(_PREFIX + name, self.ttl, self._sign(payload) + payload)


def encode_filters(filters: dict[str, Any]) -> str:
    """Serialise saved report filters for the ``pc_report_filters`` cookie."""
    return base64.urlsafe_b64encode(pickle.dumps(filters)).decode("ascii")


def decode_filters(cookie_value: str) -> dict[str, Any]:
    try:
        data = pickle.loads(base64.urlsafe_b64decode(cookie_value.encode("ascii")))  # VULN deser
    except Exception:
        log.info("ignoring unreadable report filter cookie")
        return {}
    return data if isinstance(data, dict) else {}
