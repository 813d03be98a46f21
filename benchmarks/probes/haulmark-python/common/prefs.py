import base64
import logging
import pickle

log = logging.getLogger(__name__)

DEFAULT_PREFS = {
    "status": "posted",
    "sort": "pickup",
    "columns": ["origin", "destination", "pickup", "equipment", "weight"],
    "compact": False,
}
PREFS_COOKIE = "hm_board"


def encode_board_prefs(prefs):
    return base64.urlsafe_b64encode(pickle.dumps(prefs)).decode("ascii")


def decode_board_prefs(value):
    try:
        stored = pickle.loads(base64.urlsafe_b64decode(value.encode("ascii")))  # VULN deser
    except Exception:  # noqa: BLE001 - a stale cookie should never break the board
        log.debug("discarding unreadable board prefs cookie")
        return dict(DEFAULT_PREFS)
    merged = dict(DEFAULT_PREFS)
    if isinstance(stored, dict):
        merged.update({k: v for k, v in stored.items() if k in DEFAULT_PREFS})
    return merged
