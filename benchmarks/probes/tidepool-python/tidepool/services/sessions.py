"""Staff portal session helpers: signed session cookie, desk preferences, flash messages."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import pickle
import time
from dataclasses import asdict, dataclass, field
from typing import Any

from tidepool.config import get_settings

SESSION_TTL = 10 * 60 * 60


@dataclass
class DeskPreferences:
    marina_id: int = 1
    pontoons: list[str] = field(default_factory=list)
    show_departed: bool = False
    dashboard_order: str = "arrival"
    density: str = "comfortable"


def _mac(data: bytes) -> str:
    key = get_settings().jwt_signing_key.encode()
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def issue_session(username: str, roles: list[str]) -> str:
    payload = json.dumps({"u": username, "r": roles, "exp": int(time.time()) + SESSION_TTL}).encode()
    body = base64.urlsafe_b64encode(payload).decode()
    return f"{body}.{_mac(payload)}"


def read_session(cookie: str | None) -> dict[str, Any] | None:
    if not cookie or "." not in cookie:
        return None
    body, signature = cookie.rsplit(".", 1)
    try:
        payload = base64.urlsafe_b64decode(body.encode())
    except ValueError:
        return None
    if not hmac.compare_digest(_mac(payload), signature):
        return None
    data = json.loads(payload)  # SAFE deser
    if data.get("exp", 0) < time.time():
        return None
    return data


def encode_preferences(prefs: DeskPreferences) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(prefs)).decode()


def decode_preferences(cookie: str | None) -> DeskPreferences:
    if not cookie:
        return DeskPreferences()
    try:
        prefs = pickle.loads(base64.urlsafe_b64decode(cookie.encode()))  # VULN deser
    except Exception:
        return DeskPreferences()
    return prefs if isinstance(prefs, DeskPreferences) else DeskPreferences()


def preferences_as_dict(prefs: DeskPreferences) -> dict[str, Any]:
    return asdict(prefs)
