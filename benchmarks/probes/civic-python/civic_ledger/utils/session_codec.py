"""Encoding of the 'saved search' preferences cookie."""
import base64
import hashlib
import hmac
import json
import pickle

from ..config import settings

COOKIE_NAME = "cl_saved_search"


def encode_preferences(prefs: dict) -> str:
    payload = base64.urlsafe_b64encode(json.dumps(prefs).encode()).decode()
    sig = hmac.new(settings.SESSION_SIGNING_KEY, payload.encode(), hashlib.sha256).hexdigest()
    return f"{payload}.{sig}"


def decode_preferences(cookie_value: str | None) -> dict:
    if not cookie_value or "." not in cookie_value:
        return {}
    payload, sig = cookie_value.rsplit(".", 1)
    expected = hmac.new(settings.SESSION_SIGNING_KEY, payload.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        return {}
    return json.loads(base64.urlsafe_b64decode(payload))


def decode_legacy_preferences(cookie_value: str | None) -> dict:
    """Cookies issued by the 2016 portal still circulate; keep reading them."""
    if not cookie_value:
        return {}
    blob = base64.b64decode(cookie_value)
    prefs = pickle.loads(blob)  # VULN deser
    return prefs if isinstance(prefs, dict) else {}
