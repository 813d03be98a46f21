"""How many files each engine has done, for ``ScanConfig.files_progress`` (``trace scan`` on a
terminal shows it). Counting is cheap; reporting is throttled, so an engine may call
``add`` once per file however many there are.

What "done" means per engine:

- Secrets: a file read and matched (or taken from the cache), one by one;
- SCA: a lockfile or manifest parsed, one by one (only those files are SCA's to do);
- SAST: semgrep reports nothing while it runs, so files count as done when their results come
  from the cache (at once) and, for the rest, when the semgrep run over their batch returns.
  A tree that fits one semgrep command line therefore jumps from the cached count to the total.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

from tracesec.engines.model import Engine, FilesProgress, ScanConfig

INTERVAL_SECONDS = 0.1
T = TypeVar("T")


class FileCounter:
    def __init__(self, config: ScanConfig, engine: Engine, total: int) -> None:
        self._report: FilesProgress | None = config.files_progress
        self._engine = engine
        self._total = total
        self._done = 0
        self._last = 0.0
        self._sent = -1  # the count last reported: the same one is not reported twice
        self._lock = threading.Lock()
        self._send(force=True)

    def add(self, files: int = 1, *, at_once: bool = False) -> None:
        """``files`` more are done; ``at_once`` reports it now whatever the throttle (a jump
        that a long wait may follow, such as SAST's cached files before semgrep starts)."""
        if self._report is None:
            return
        with self._lock:
            self._done = min(self._total, self._done + files)
        self._send(force=at_once)

    def finish(self) -> None:
        """Everything the engine will do is done (files it could not scan included)."""
        if self._report is None:
            return
        with self._lock:
            self._done = self._total
        self._send(force=True)

    def _send(self, *, force: bool) -> None:
        if self._report is None:
            return
        now = time.monotonic()
        with self._lock:
            done = self._done
            if done == self._sent or (
                not force and now - self._last < INTERVAL_SECONDS and done < self._total
            ):
                return
            self._last, self._sent = now, done
        self._report(self._engine, done, self._total)


def counted(items: Iterable[T], counter: FileCounter) -> Iterator[T]:
    """``items``, each counted as done once the loop moves past it (``continue`` included)."""
    for item in items:
        yield item
        counter.add()
    counter.finish()
