"""Sample every process's argv from /proc while something runs, for token-canary tests.

A sampler that never saw the process it watches proves nothing, so tests assert
``saw_git()`` before they assert that no sampled argv holds the token.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from types import TracebackType

# git's own programs (git, git-remote-http, git-fetch-pack ...) as argv[0], by base name
_GIT_PROGRAMS = (b"git", b"git-")


class ProcSampler:
    """A thread that reads ``/proc/*/cmdline`` in a loop until the ``with`` block ends."""

    def __init__(self) -> None:
        self.cmdlines: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> ProcSampler:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        own = str(os.getpid())
        while not self._stop.is_set():
            for pid in os.listdir("/proc"):
                if pid.isdigit() and pid != own:
                    with contextlib.suppress(OSError):
                        self.cmdlines.append(Path(f"/proc/{pid}/cmdline").read_bytes())

    def git_cmdlines(self) -> list[bytes]:
        """The sampled argv of git processes (argv[0] is git or one of its helpers)."""
        seen = []
        for cmdline in self.cmdlines:
            program = os.path.basename(cmdline.split(b"\0", 1)[0])
            if program == _GIT_PROGRAMS[0] or program.startswith(_GIT_PROGRAMS[1]):
                seen.append(cmdline)
        return seen

    def saw_git(self) -> bool:
        return bool(self.git_cmdlines())
