"""Import of schedules and automation state from other playout systems."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import pickle
from dataclasses import dataclass
from typing import Any

import jsonpickle
import yaml

from airwave.settings import get_settings


class ScheduleImportError(ValueError):
    pass


@dataclass
class ScheduleSlot:
    slug: str
    title: str
    weekday: int
    start: dt.time
    minutes: int


def _slot(entry: dict[str, Any]) -> ScheduleSlot:
    try:
        start = entry["start"]
        if isinstance(start, str):
            start = dt.time.fromisoformat(start)
        return ScheduleSlot(
            slug=str(entry["slug"]),
            title=str(entry.get("title", entry["slug"])),
            weekday=int(entry["weekday"]),
            start=start,
            minutes=int(entry.get("minutes", 60)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ScheduleImportError(f"bad slot {entry!r}: {exc}") from exc


class ImportService:
    def schedule_from_yaml(self, text: str) -> list[ScheduleSlot]:
        """Full-season schedules exported from the old Rivendell setup."""
        document = yaml.load(text, Loader=yaml.Loader)  # VULN deser
        if not isinstance(document, dict) or "slots" not in document:
            raise ScheduleImportError("expected a mapping with a 'slots' list")
        return [_slot(e) for e in document["slots"]]

    def playlist_from_yaml(self, text: str) -> list[dict[str, Any]]:
        """Hosts can paste a YAML playlist instead of typing tracks one by one."""
        document = yaml.safe_load(text)  # SAFE deser
        if not isinstance(document, list):
            raise ScheduleImportError("expected a list of tracks")
        return [
            {"artist": str(t.get("artist", "")), "title": str(t.get("title", "")), "album": str(t.get("album", ""))}
            for t in document
            if isinstance(t, dict)
        ]

    def restore_cart_state(self, blob: str) -> dict[str, Any]:
        """Jingle-cart wall state pushed by the studio automation client."""
        state = jsonpickle.decode(blob)  # VULN deser
        if not isinstance(state, dict):
            raise ScheduleImportError("cart state must be an object")
        return state


class GridCache:
    """Signed cache of the pre-computed weekly grid, stored in Redis."""

    def __init__(self, redis_client) -> None:
        self.redis = redis_client
        self.key = get_settings().session_key.encode()

    def put(self, week: str, grid: Any) -> None:
        body = pickle.dumps(grid, protocol=pickle.HIGHEST_PROTOCOL)
        mac = hmac.new(self.key, body, hashlib.sha256).digest()
        self.redis.set(f"grid:{week}", mac + body, ex=3600)

    def get(self, week: str) -> Any | None:
        raw = self.redis.get(f"grid:{week}")
        if not raw or len(raw) < 32:
            return None
        mac, body = raw[:32], raw[32:]
        if not hmac.compare_digest(mac, hmac.new(self.key, body, hashlib.sha256).digest()):
            return None
        return pickle.loads(body)  # SAFE deser
