"""Sample the argv of this test's processes from /proc while something runs, for token-canary
tests.

A sampler that never saw the process it watches proves nothing, so tests assert
``saw_git()`` before they assert that no sampled argv holds the token. Only descendants of the
test process count: the suite runs in parallel (pytest-xdist), and another worker's git must
neither prove that this test's git was seen nor be blamed for its argv.
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
        own = os.getpid()
        while not self._stop.is_set():
            for pid in descendants(own):
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


def descendants(root: int) -> list[int]:
    """The live processes below ``root`` right now (children, their children ...); zombies,
    which have exited and wait to be reaped, are left out."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        with contextlib.suppress(OSError, ValueError, IndexError):
            stat = Path(f"/proc/{name}/stat").read_bytes()
            # "pid (comm) state ppid ...": comm may hold spaces and parentheses
            state, ppid = stat[stat.rindex(b")") + 2 :].split()[:2]
            if state != b"Z":
                children.setdefault(int(ppid), []).append(int(name))
    found, pending = [], [root]
    while pending:
        for child in children.get(pending.pop(), ()):
            found.append(child)
            pending.append(child)
    return found
