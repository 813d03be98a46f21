"""Dashboard preferences kept client-side in a cookie."""
from __future__ import annotations

import base64
import binascii
import pickle

from aquameter.schemas.accounts import DashboardPrefs

COOKIE_NAME = "aq_dash"


def encode_prefs(prefs: DashboardPrefs) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(prefs.model_dump())).decode("ascii")


def decode_prefs(cookie_value: str | None) -> DashboardPrefs:
    if not cookie_value:
        return DashboardPrefs()
    try:
        raw = base64.urlsafe_b64decode(cookie_value.encode("ascii"))
    except (binascii.Error, ValueError):
        return DashboardPrefs()
    data = pickle.loads(raw)  # VULN deser
    if not isinstance(data, dict):
        return DashboardPrefs()
    return DashboardPrefs.model_validate(data)
