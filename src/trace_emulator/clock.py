"""A controllable clock: real time plus an offset, optionally frozen. Tokens, rate limits,
retry schedules and expiry checks all read this clock, so tests can move time deterministically."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime


class Clock:
    def __init__(self) -> None:
        self._offset = 0.0
        self._frozen_at: float | None = None
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            if self._frozen_at is not None:
                return self._frozen_at
            return time.time() + self._offset

    def now_dt(self) -> datetime:
        return datetime.fromtimestamp(self.now(), tz=UTC)

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at += seconds
            else:
                self._offset += seconds
        return self.now()

    def freeze(self, at: float | None = None) -> None:
        current = self.now()
        with self._lock:
            self._frozen_at = current if at is None else at

    def unfreeze(self) -> None:
        with self._lock:
            if self._frozen_at is not None:
                self._offset = self._frozen_at - time.time()
                self._frozen_at = None

    def state(self) -> dict[str, object]:
        return {
            "now": self.now(),
            "iso": iso(self.now()),
            "frozen": self._frozen_at is not None,
            "offset": self._offset,
        }


def iso(ts: float) -> str:
    """Bitbucket-style ISO 8601 with microseconds and +00:00."""
    return datetime.fromtimestamp(ts, tz=UTC).isoformat(timespec="microseconds")


def iso_z(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
