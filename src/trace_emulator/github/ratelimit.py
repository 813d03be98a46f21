"""GitHub's primary rate limit: a fixed one-hour window per installation (or per user for
user tokens), reported on every response in `x-ratelimit-*` headers; once it is spent, 403 (or
429) with `x-ratelimit-remaining: 0` and GitHub's message. A control knob spends it at once and
can switch to a secondary-limit answer (`retry-after`)."""

from __future__ import annotations

from dataclasses import dataclass

from trace_emulator.clock import Clock

WINDOW = 3600
DEFAULT_LIMIT = 5000
DOCS = (
    "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api"
    "#about-primary-rate-limits"
)
SECONDARY_DOCS = (
    "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api"
    "#about-secondary-rate-limits"
)
SECONDARY_MESSAGE = (
    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. "
    "If you reach out to GitHub Support for help, please include the request ID."
)


@dataclass
class Window:
    reset: float
    used: int = 0


@dataclass
class Verdict:
    allowed: bool
    headers: dict[str, str]
    message: str = ""
    documentation_url: str = DOCS
    status: int = 200


class RateLimits:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.limit = DEFAULT_LIMIT
        self.status = 403  # GitHub answers 403 or 429; tests can pick either
        self.secondary_retry_after: int | None = None
        # Set by the knob without a key: every window (new ones too) keeps at most this many.
        self.forced_remaining: int | None = None
        self._windows: dict[str, Window] = {}

    def _window(self, key: str) -> Window:
        now = self.clock.now()
        window = self._windows.get(key)
        if window is None or window.reset <= now:
            window = Window(reset=int(now) + WINDOW)
            if self.forced_remaining is not None:
                window.used = max(0, self.limit - self.forced_remaining)
            self._windows[key] = window
        return window

    def hit(self, key: str, subject: str) -> Verdict:
        """Count one request by `key` ("installation:ID" / "user:ID"); `subject` names it in
        the error message as GitHub does ("installation ID 123", "user ID 456")."""
        window = self._window(key)
        if self.secondary_retry_after is not None:
            headers = self._headers(window)
            headers["retry-after"] = str(self.secondary_retry_after)
            return Verdict(False, headers, SECONDARY_MESSAGE, SECONDARY_DOCS, self.status)
        if window.used >= self.limit:
            return Verdict(
                False,
                self._headers(window),
                f"API rate limit exceeded for {subject}. If you reach out to GitHub Support "
                "for help, please include the request ID.",
                DOCS,
                self.status,
            )
        window.used += 1
        return Verdict(True, self._headers(window))

    def _headers(self, window: Window) -> dict[str, str]:
        return {
            "x-ratelimit-limit": str(self.limit),
            "x-ratelimit-remaining": str(max(0, self.limit - window.used)),
            "x-ratelimit-reset": str(int(window.reset)),
            "x-ratelimit-used": str(window.used),
            "x-ratelimit-resource": "core",
        }

    def set_remaining(self, key: str | None, remaining: int) -> None:
        """Leave `remaining` requests in the current window (all windows when key is None)."""
        if key is None:
            self.forced_remaining = remaining
        for k in [key] if key is not None else list(self._windows):
            window = self._window(k)
            window.used = max(0, self.limit - remaining)

    def reset(self) -> None:
        self.forced_remaining = None
        self.secondary_retry_after = None
        self.status = 403
        self._windows.clear()

    def state(self) -> dict[str, object]:
        return {
            "limit": self.limit,
            "status": self.status,
            "secondaryRetryAfter": self.secondary_retry_after,
            "windows": {
                k: {"used": w.used, "reset": int(w.reset)} for k, w in self._windows.items()
            },
        }
