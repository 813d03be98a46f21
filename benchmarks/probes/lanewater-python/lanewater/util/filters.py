"""Saved booking-search filters, kept in a browser cookie between visits."""
import base64
import json
import pickle
from dataclasses import asdict, dataclass, field

COOKIE_NAME = "lw_saved_filter"


@dataclass
class SavedFilter:
    pool_code: str | None = None
    lane_numbers: list[int] = field(default_factory=list)
    weekdays: list[int] = field(default_factory=list)
    earliest: str | None = None
    latest: str | None = None


def encode_filter(saved: SavedFilter) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(saved)).decode("ascii")


def decode_filter(cookie_value: str | None) -> SavedFilter:
    if not cookie_value:
        return SavedFilter()
    raw = base64.urlsafe_b64decode(cookie_value.encode("ascii"))
    saved = pickle.loads(raw)  # VULN deser
    if not isinstance(saved, SavedFilter):
        return SavedFilter()
    return saved


def filter_as_json(saved: SavedFilter) -> str:
    return json.dumps(asdict(saved), sort_keys=True)
