"""Run a few child processes (web server, task worker, ...) and stop them all together.

Children run in their own session so a terminal Ctrl-C reaches only us; we then send SIGTERM to
each child (gunicorn and `db_worker` both shut down gracefully on SIGTERM: in-flight requests and
the running task finish), wait `grace_seconds`, and SIGKILL whatever is left. If any child exits
on its own, the others are stopped too and its exit code is returned.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TextIO


@dataclass(frozen=True)
class ProcessSpec:
    name: str
    argv: Sequence[str]
    env: dict[str, str] = field(default_factory=dict)
    cwd: str | None = None


class Supervisor:
    def __init__(self, specs: Sequence[ProcessSpec], *, out: TextIO, grace_seconds: float = 20):
        self.specs = list(specs)
        self.out = out
        self.grace_seconds = grace_seconds
        self.children: dict[str, subprocess.Popen[bytes]] = {}
        self._stopping = False

    def start(self) -> None:
        for spec in self.specs:
            env = {**os.environ, **spec.env}
            self.children[spec.name] = subprocess.Popen(
                list(spec.argv), env=env, cwd=spec.cwd, start_new_session=True
            )
            self.out.write(f"started {spec.name} (pid {self.children[spec.name].pid})\n")
        self.out.flush()

    def _on_signal(self, signum: int, frame: object) -> None:
        self._stopping = True

    def run(self) -> int:
        """Start everything, wait until a signal or a child exit, then stop all. Returns a code."""
        previous = {
            sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGINT, signal.SIGTERM)
        }
        exit_code = 0
        try:
            self.start()
            while not self._stopping:
                for name, proc in self.children.items():
                    code = proc.poll()
                    if code is not None:
                        self.out.write(f"{name} exited with code {code}; stopping the rest\n")
                        exit_code = code or 1
                        self._stopping = True
                        break
                time.sleep(0.2)
            if exit_code == 0:
                self.out.write("shutting down...\n")
                self.out.flush()
        finally:
            self.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        return exit_code

    def stop(self) -> None:
        for proc in self.children.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + self.grace_seconds
        for name, proc in self.children.items():
            remaining = max(0.0, deadline - time.monotonic())
            try:
                proc.wait(timeout=remaining)
            except subprocess.TimeoutExpired:
                self.out.write(f"{name} did not stop in time; killing it\n")
                proc.kill()
                proc.wait()
        self.out.flush()
