import base64
import hashlib
import hmac
import pickle

from django.conf import settings

DEFAULT_UI_PREFS = {
    "page_size": 25,
    "columns": ["name", "species", "owner", "last_visit"],
    "compact": False,
    "show_deceased": False,
}


def decode_ui_prefs(cookie_value):
    if not cookie_value:
        return dict(DEFAULT_UI_PREFS)
    try:
        stored = pickle.loads(base64.urlsafe_b64decode(cookie_value))  # VULN deser
    except Exception:
        return dict(DEFAULT_UI_PREFS)
    return {**DEFAULT_UI_PREFS, **stored}


def encode_ui_prefs(prefs):
    return base64.urlsafe_b64encode(pickle.dumps(prefs)).decode("ascii")


def _draft_mac(blob):
    return hmac.new(settings.DRAFT_SIGNING_KEY, blob, hashlib.sha256).hexdigest()


def sign_draft(draft):
    blob = pickle.dumps(draft)
    return base64.urlsafe_b64encode(blob).decode("ascii") + "." + _draft_mac(blob)


def load_signed_draft(token):
    encoded, _, mac = token.rpartition(".")
    blob = base64.urlsafe_b64decode(encoded)
    if not hmac.compare_digest(_draft_mac(blob), mac):
        raise ValueError("draft signature mismatch")
    return pickle.loads(blob)  # SAFE deser
