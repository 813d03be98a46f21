"""Checks that a started service really answers, polled by the supervisor before `trace demo`
says it is ready: the web server serves `/healthz`, a worker runs a task, the emulator has the
app installed in the demo workspace."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any

# A web server still booting holds requests in its listen queue; a longer wait means fewer
# abandoned (but later logged) probes.
TIMEOUT_SECONDS = 2.0


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            return int(response.status), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, b""
    except (OSError, ValueError):
        return 0, b""


def http_ok(url: str) -> Callable[[], bool]:
    """Ready once `url` answers 200."""
    return lambda: _get(url)[0] == 200


def emulator_installed(emulator_url: str, workspace: str) -> Callable[[], bool]:
    """Ready once the emulator answers and the app is installed in `workspace`."""

    def check() -> bool:
        status, body = _get(f"{emulator_url}/_emu/workspaces")
        if status != 200:
            return False
        workspaces: list[dict[str, Any]] = json.loads(body).get("workspaces", [])
        return any(ws["slug"] == workspace and ws.get("installation") for ws in workspaces)

    return check


class WorkerAnswers:
    """Ready once a worker has run a `ping` task enqueued by the first check (Django set up)."""

    def __init__(self) -> None:
        self._result: Any = None

    def __call__(self) -> bool:
        from django_tasks import TaskResultStatus

        from tracesec.common.tasks import ping

        if self._result is None:
            self._result = ping.enqueue()
            return False
        self._result.refresh()
        return bool(self._result.status == TaskResultStatus.SUCCESSFUL)
