"""Counts and times in words ("1 finding", "3 findings", "just now", "2 hours ago").

The one home for this wording: the engines' formats and the CLI use it directly, and the
dashboard's templates through the `counted` and `ago` filters. It lives in the engines, the one
package every part of Trace may import; it is plain Python (no Django).
"""

from __future__ import annotations

from datetime import datetime

_UNITS = (
    (365 * 86400, "year"),
    (30 * 86400, "month"),
    (7 * 86400, "week"),
    (86400, "day"),
    (3600, "hour"),
    (60, "minute"),
)


def counted(count: int, noun: str, plural: str = "") -> str:
    """`counted(1, "finding")` is "1 finding"; irregular plurals are given: `counted(2,
    "repository", "repositories")`."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def ago(moment: datetime, now: datetime) -> str:
    """How long before `now` `moment` was, in its largest whole unit; under a minute (or a
    clock a little ahead) is "just now", never "0 minutes ago"."""
    seconds = (now - moment).total_seconds()
    for size, unit in _UNITS:
        if seconds >= size:
            return f"{counted(int(seconds // size), unit)} ago"
    return "just now"
