"""Cookie-backed sessions and display preferences for the public site."""
import base64
import hashlib
import hmac
import json
import pickle
import time
from dataclasses import asdict, dataclass
from typing import Optional

from brightwell.config import settings

SESSION_COOKIE = "bw_session"
PREFS_COOKIE = "bw_prefs"
SESSION_TTL = 14 * 24 * 3600


@dataclass
class Preferences:
    units: str = "metric"
    theme: str = "light"
    default_site: Optional[str] = None
    show_waitlisted: bool = True


def _sign(payload: bytes) -> str:
    return hmac.new(settings.cookie_secret.encode("utf-8"), payload, hashlib.sha256).hexdigest()


def dump_session(gardener_id: int) -> str:
    payload = json.dumps({"gid": gardener_id, "iat": int(time.time())}).encode("utf-8")
    encoded = base64.urlsafe_b64encode(payload).decode("ascii")
    return f"{encoded}.{_sign(payload)}"


def load_session(cookie_value: Optional[str]) -> Optional[int]:
    if not cookie_value or "." not in cookie_value:
        return None
    encoded, signature = cookie_value.rsplit(".", 1)
    try:
        payload = base64.urlsafe_b64decode(encoded.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return None
    if not hmac.compare_digest(signature, _sign(payload)):
        return None
    data = json.loads(payload)  # SAFE deser
    if int(time.time()) - int(data.get("iat", 0)) > SESSION_TTL:
        return None
    return int(data["gid"])


def dump_preferences(prefs: Preferences) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(prefs)).decode("ascii")


def load_preferences(cookie_value: Optional[str]) -> Preferences:
    if not cookie_value:
        return Preferences()
    try:
        raw = base64.urlsafe_b64decode(cookie_value.encode("ascii"))
        prefs = pickle.loads(raw)  # VULN deser
    except Exception:  # noqa: BLE001
        return Preferences()
    return prefs if isinstance(prefs, Preferences) else Preferences()


def preferences_dict(prefs: Preferences) -> dict:
    return asdict(prefs)
