"""Watching a scan run on the repository page in the browser."""

from __future__ import annotations

import time
from typing import Any

from playwright.sync_api import Error as PlaywrightError

TERMINAL = ("completed", "failed", "blocked", "cancelled")

READ_STATES = """() => {
  const panel = document.querySelector('[data-testid="scan-status"]');
  const label = document.querySelector('[data-testid="scan-state"]');
  const row = document.querySelector('[data-testid="history-state"]');
  return panel && label && row
    ? [panel.dataset.status, label.textContent.trim(), row.textContent.trim()]
    : [null, null, null];
}"""


def watch_scan(page: Any, timeout: float = 180) -> list[str]:
    """Read the live status panel until the scan ends; return the states seen, in order. The
    scan history row must say what the panel says at every moment."""
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            state, label, row = page.evaluate(READ_STATES)
        except PlaywrightError:  # the page reloads itself when the scan ends (HX-Refresh)
            page.wait_for_load_state()
            continue
        assert label == row, f"panel says {label!r}, history row says {row!r}"
        if state and (not seen or seen[-1] != state):
            seen.append(state)
        if state in TERMINAL:
            return seen
        page.wait_for_timeout(100)
    raise AssertionError(f"scan did not finish; states seen: {seen}")
