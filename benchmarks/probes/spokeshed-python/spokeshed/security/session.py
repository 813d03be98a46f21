"""Cookie-backed state for the workshop front desk."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import pickle
from typing import Any

from spokeshed.config import get_settings

SESSION_COOKIE = "spokeshed_session"
BENCH_COOKIE = "spokeshed_bench"


def _sign(payload: bytes) -> str:
    mac = hmac.new(get_settings().session_secret, payload, hashlib.sha256).hexdigest()
    return mac


def dump_session(data: dict[str, Any]) -> str:
    payload = base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode())
    return f"{payload.decode()}.{_sign(payload)}"


def load_session(cookie: str | None) -> dict[str, Any]:
    if not cookie or "." not in cookie:
        return {}
    payload, mac = cookie.rsplit(".", 1)
    if not hmac.compare_digest(_sign(payload.encode()), mac):
        return {}
    return json.loads(base64.urlsafe_b64decode(payload.encode()))  # SAFE deser


def dump_bench_state(state: dict[str, Any]) -> str:
    return base64.b64encode(pickle.dumps(state)).decode()


def load_bench_state(cookie: str | None) -> dict[str, Any]:
    """Remember which bench/stand a kiosk was last using between visits."""
    if not cookie:
        return {}
    try:
        return pickle.loads(base64.b64decode(cookie))  # VULN deser
    except Exception:
        return {}
