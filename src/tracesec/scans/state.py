"""The scan state machine and the words a user sees when a scan does not complete.

Pure: no Django. ``scans.services`` asks :func:`check_transition` before every state write,
so an impossible move (say, a cancelled scan that a late worker tries to mark *completed*)
raises instead of silently overwriting a terminal state.

    queued → resolving_credentials → cloning → scanning → recording → completed
       ╰──────────────┴──────────────┴──────────┴───────────┴──→ failed / blocked / cancelled
    running states → queued  (the reaper re-queues a scan whose worker died)
"""

from __future__ import annotations

import enum
from collections.abc import Mapping


class ScanState(enum.StrEnum):
    QUEUED = "queued"
    RESOLVING_CREDENTIALS = "resolving_credentials"
    CLONING = "cloning"
    SCANNING = "scanning"
    RECORDING = "recording"
    COMPLETED = "completed"
    FAILED = "failed"
    BLOCKED = "blocked"  # a halt, not an error: we cannot get a credential (uninstalled ...)
    CANCELLED = "cancelled"
    SKIPPED = "skipped"  # waited longer than the maximum queue age: back-pressure, not an error

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def terminal(self) -> bool:
        return self in TERMINAL_STATES

    @property
    def running(self) -> bool:
        return self in RUNNING_STATES

    @property
    def active(self) -> bool:
        """Queued or running: counts towards "one active scan per repository"."""
        return not self.terminal


_LABELS = {
    ScanState.QUEUED: "Queued",
    ScanState.RESOLVING_CREDENTIALS: "Resolving credentials",
    ScanState.CLONING: "Cloning",
    ScanState.SCANNING: "Scanning",
    ScanState.RECORDING: "Recording findings",
    ScanState.COMPLETED: "Completed",
    ScanState.FAILED: "Failed",
    ScanState.BLOCKED: "Blocked",
    ScanState.CANCELLED: "Cancelled",
    ScanState.SKIPPED: "Skipped: queue full",
}

TERMINAL_STATES = frozenset(
    {
        ScanState.COMPLETED,
        ScanState.FAILED,
        ScanState.BLOCKED,
        ScanState.CANCELLED,
        ScanState.SKIPPED,
    }
)
# The phases a worker moves through, in order (the UI shows them as steps).
PHASES: tuple[ScanState, ...] = (
    ScanState.QUEUED,
    ScanState.RESOLVING_CREDENTIALS,
    ScanState.CLONING,
    ScanState.SCANNING,
    ScanState.RECORDING,
)
RUNNING_STATES = frozenset(PHASES[1:])
ACTIVE_STATES = frozenset(PHASES)

_ENDINGS = frozenset({ScanState.FAILED, ScanState.CANCELLED})

ALLOWED: Mapping[ScanState, frozenset[ScanState]] = {
    ScanState.QUEUED: frozenset(
        {ScanState.RESOLVING_CREDENTIALS, ScanState.BLOCKED, ScanState.SKIPPED}
    )
    | _ENDINGS,
    ScanState.RESOLVING_CREDENTIALS: frozenset(
        {ScanState.CLONING, ScanState.BLOCKED, ScanState.QUEUED}
    )
    | _ENDINGS,
    # 401/403 from git means the credential went bad between resolve and clone: blocked
    ScanState.CLONING: frozenset({ScanState.SCANNING, ScanState.BLOCKED, ScanState.QUEUED})
    | _ENDINGS,
    ScanState.SCANNING: frozenset({ScanState.RECORDING, ScanState.QUEUED}) | _ENDINGS,
    ScanState.RECORDING: frozenset({ScanState.COMPLETED, ScanState.QUEUED}) | _ENDINGS,
    ScanState.COMPLETED: frozenset(),
    ScanState.FAILED: frozenset(),
    ScanState.BLOCKED: frozenset(),
    ScanState.CANCELLED: frozenset(),
    ScanState.SKIPPED: frozenset(),
}


class InvalidTransition(Exception):
    def __init__(self, current: ScanState, target: ScanState) -> None:
        super().__init__(f"scan cannot go from {current.value} to {target.value}")
        self.current = current
        self.target = target


def can_transition(current: ScanState, target: ScanState) -> bool:
    return target in ALLOWED[current]


def check_transition(current: ScanState, target: ScanState) -> None:
    if not can_transition(current, target):
        raise InvalidTransition(current, target)


class ScanErrorCode(enum.StrEnum):
    """Why a scan did not complete (stored on the scan; the message is derived)."""

    CONNECTION_INACTIVE = "connection_inactive"
    REPOSITORY_REMOVED = "repository_removed"
    CREDENTIALS_UNAVAILABLE = "credentials_unavailable"
    CLONE_AUTH_FAILED = "clone_auth_failed"
    CLONE_FAILED = "clone_failed"
    CLONE_TIMEOUT = "clone_timeout"
    CLONE_TOO_LARGE = "clone_too_large"
    DISK_LIMIT = "disk_limit"
    ENGINES_FAILED = "engines_failed"
    WORKER_LOST = "worker_lost"
    CANCELLED = "cancelled"
    QUEUE_FULL = "queue_full"
    INTERNAL_ERROR = "internal_error"


_MESSAGES: Mapping[ScanErrorCode, str] = {
    ScanErrorCode.CONNECTION_INACTIVE: (
        "The {provider} connection for this repository is inactive, so Trace could not get "
        "a read-only token. Reinstall the Trace app in the workspace and pair it again "
        "(Settings → Integrations), then re-scan."
    ),
    ScanErrorCode.REPOSITORY_REMOVED: (
        "This repository is no longer visible to the Trace app (deleted, moved or access "
        "removed). Re-sync repositories; its past findings are kept."
    ),
    ScanErrorCode.CREDENTIALS_UNAVAILABLE: (
        "Trace could not get a just-in-time token from the {provider} app in time. "
        "Check that the app is still installed, then re-scan."
    ),
    ScanErrorCode.CLONE_AUTH_FAILED: (
        "{provider} refused the token when cloning. If the app was uninstalled or its access "
        "narrowed, reinstall and pair it again, then re-scan."
    ),
    ScanErrorCode.CLONE_FAILED: (
        "Cloning the repository failed ({detail}). Check that the branch exists, then re-scan."
    ),
    ScanErrorCode.CLONE_TIMEOUT: (
        "Cloning the repository took longer than the {limit} limit and was stopped."
    ),
    ScanErrorCode.CLONE_TOO_LARGE: (
        "The repository checkout is larger than the {limit} limit and was not scanned."
    ),
    ScanErrorCode.DISK_LIMIT: (
        "The worker ran out of scan disk space ({limit} limit); the scan was stopped."
    ),
    ScanErrorCode.ENGINES_FAILED: (
        "No engine could scan this repository: {detail}. Nothing was marked fixed."
    ),
    ScanErrorCode.WORKER_LOST: (
        "The worker running this scan stopped responding {attempts} times; the scan was given up. "
        "Re-scan to try again."
    ),
    ScanErrorCode.CANCELLED: "Cancelled by {actor}.",
    ScanErrorCode.QUEUE_FULL: (
        "Skipped: the scan queue was full. This scan waited longer than {limit} without a free "
        "worker, so it was dropped rather than left to pile up. It runs at the next schedule, "
        "or re-scan now."
    ),
    ScanErrorCode.INTERNAL_ERROR: (
        "The scan stopped because of an internal error (reference {reference}). "
        "Re-scan to try again; if it keeps failing, contact support with the reference."
    ),
}

# Placeholder values used when a caller does not supply one: never echo unknown input.
_DEFAULTS = {
    "provider": "provider",
    "detail": "unknown reason",
    "limit": "configured",
    "attempts": "several",
    "actor": "a user",
    "reference": "none",
}

# Clone failures are reported by category, never with git's own stderr (it may echo URLs).
CLONE_FAILURE_DETAILS: Mapping[str, str] = {
    "not_found": "repository or branch not found",
    "network": "could not reach the git server",
    "protocol": "the git server sent an unexpected answer",
    "git_missing": "git is not available on the worker",
    "unknown": "unknown reason",
}


def failure_message(code: ScanErrorCode, **params: str | int) -> str:
    """The sentence shown to users for a scan that did not complete.

    Only the named placeholders are filled; values must be safe display strings (engine names,
    counts, a provider name, a category from :data:`CLONE_FAILURE_DETAILS`): callers never pass
    exception text, because that is where tokens and stack traces leak.
    """
    values = dict(_DEFAULTS)
    values.update({key: str(value) for key, value in params.items()})
    return _MESSAGES[code].format_map(values)


def humanize_seconds(seconds: float) -> str:
    seconds = max(0.0, seconds)
    if seconds < 10:
        return f"{seconds:.1f} s"
    if seconds < 60:
        return f"{seconds:.0f} s"
    minutes, rest = divmod(round(seconds), 60)
    if minutes < 60:
        return f"{minutes} min {rest:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def humanize_bytes(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"
