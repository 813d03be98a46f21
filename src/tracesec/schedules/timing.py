"""When a schedule runs next: pure date arithmetic, no database.

Every repository gets a fixed offset within its hour (a hash of its id), so 10,000 repositories
scheduled for 02:00 UTC spread over 02:00-02:59 instead of landing in the same second, and the
same repository always runs at the same minute.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

JITTER_WINDOW_SECONDS = 3600


class Frequency(enum.StrEnum):
    INHERIT = "inherit"  # repositories only: use the organization's schedule
    OFF = "off"
    DAILY = "daily"
    WEEKLY = "weekly"


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class Schedule:
    frequency: Frequency
    hour: int = 2  # UTC
    weekday: int = 0  # Monday; weekly only

    def __post_init__(self) -> None:
        if not 0 <= self.hour <= 23:
            raise ValueError("hour must be 0-23 (UTC)")
        if not 0 <= self.weekday <= 6:
            raise ValueError("weekday must be 0 (Monday) - 6 (Sunday)")

    def describe(self) -> str:
        at = f"{self.hour:02d}:00-{self.hour:02d}:59 UTC"
        if self.frequency is Frequency.DAILY:
            return f"Daily, {at}"
        if self.frequency is Frequency.WEEKLY:
            return f"Weekly on {WEEKDAYS[self.weekday]}, {at}"
        return "Off"


def jitter_seconds(repository_id: int) -> int:
    digest = hashlib.sha256(f"trace-schedule:{repository_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % JITTER_WINDOW_SECONDS


def next_run_after(schedule: Schedule, after: datetime, repository_id: int) -> datetime | None:
    """The first run strictly after ``after``; None when the schedule is off."""
    if schedule.frequency not in (Frequency.DAILY, Frequency.WEEKLY):
        return None
    after = after.astimezone(UTC)
    offset = timedelta(hours=schedule.hour, seconds=jitter_seconds(repository_id))
    day = datetime(after.year, after.month, after.day, tzinfo=UTC) - timedelta(days=1)
    for _ in range(9):
        candidate = day + offset
        weekday_ok = schedule.frequency is Frequency.DAILY or day.weekday() == schedule.weekday
        if weekday_ok and candidate > after:
            return candidate
        day += timedelta(days=1)
    raise AssertionError("unreachable: a weekly slot exists within 8 days")  # pragma: no cover
