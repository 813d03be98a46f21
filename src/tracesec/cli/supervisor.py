"""Run a few child processes (web server, task worker, ...) and stop them all together.

Children run in their own session so a terminal Ctrl-C reaches only us; we then send SIGTERM to
each child (gunicorn and `db_worker` both shut down gracefully on SIGTERM: in-flight requests and
the running task finish), wait `grace_seconds`, and SIGKILL whatever is left. If any child exits
on its own, the others are stopped too and its exit code is returned.

With a `ServiceLog`, the children's output is read line by line and written in one format
(`HH:MM:SS name | line`) to a log file, and to the terminal only when asked; a child that dies
gets its last lines shown. Specs with a `ready` check are polled until each service answers, then
`on_ready` runs once (the demo prints its banner there, not before anything listens).
"""

from __future__ import annotations

import collections
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import IO, TextIO

TAIL_LINES = 20


@dataclass(frozen=True)
class ProcessSpec:
    name: str
    argv: Sequence[str]
    env: dict[str, str] = field(default_factory=dict)
    cwd: str | None = None
    # Polled (quickly, without blocking for long) until it answers True: the service answers.
    ready: Callable[[], bool] | None = None


class ServiceLog:
    """The children's output in one format, to a file and optionally echoed to the terminal."""

    def __init__(self, sink: TextIO, *, echo: TextIO | None = None) -> None:
        self.sink = sink
        self.echo = echo
        self.tails: dict[str, collections.deque[str]] = {}
        self._lock = threading.Lock()

    def write(self, name: str, line: str) -> None:
        formatted = f"{time.strftime('%H:%M:%S')} {name:<8} | {line.rstrip()}\n"
        with self._lock:
            self.tails.setdefault(name, collections.deque(maxlen=TAIL_LINES)).append(line.rstrip())
            for stream in (self.sink, self.echo):
                if stream is not None:
                    stream.write(formatted)
                    stream.flush()

    def pump(self, name: str, stream: IO[bytes]) -> None:
        """Copy one child's output until it closes (runs in a thread per child)."""
        for raw in iter(stream.readline, b""):
            self.write(name, raw.decode("utf-8", "replace"))
        stream.close()


class Supervisor:
    def __init__(
        self,
        specs: Sequence[ProcessSpec],
        *,
        out: TextIO,
        grace_seconds: float = 20,
        log: ServiceLog | None = None,
        on_ready: Callable[[], None] | None = None,
        ready_timeout: float = 180,
    ):
        self.specs = list(specs)
        self.out = out
        self.grace_seconds = grace_seconds
        self.log = log
        self.on_ready = on_ready
        self.ready_timeout = ready_timeout
        self.children: dict[str, subprocess.Popen[bytes]] = {}
        self._pumps: list[threading.Thread] = []
        self._stopping = False

    def start(self) -> None:
        for spec in self.specs:
            env = {**os.environ, **spec.env}
            piped = subprocess.PIPE if self.log else None
            proc = subprocess.Popen(
                list(spec.argv),
                env=env,
                cwd=spec.cwd,
                start_new_session=True,
                stdout=piped,
                stderr=subprocess.STDOUT if self.log else None,
            )
            self.children[spec.name] = proc
            if self.log is not None and proc.stdout is not None:
                self.log.write(spec.name, f"started (pid {proc.pid})")
                pump = threading.Thread(
                    target=self.log.pump, args=(spec.name, proc.stdout), daemon=True
                )
                pump.start()
                self._pumps.append(pump)
            else:
                self.out.write(f"started {spec.name} (pid {proc.pid})\n")
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
            waiting = [spec for spec in self.specs if spec.ready is not None]
            deadline = time.monotonic() + self.ready_timeout
            announced = False
            while not self._stopping:
                exited = self._exited_child()
                if exited is not None:
                    exit_code = exited
                    break
                waiting = [spec for spec in waiting if not _answers(spec)]
                if not waiting and not announced:
                    announced = True
                    if self.on_ready is not None:
                        self.on_ready()
                elif waiting and time.monotonic() > deadline:
                    names = ", ".join(spec.name for spec in waiting)
                    self.out.write(f"{names} did not answer in {self.ready_timeout:.0f} s\n")
                    exit_code = 1
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

    def _exited_child(self) -> int | None:
        """The exit code (never 0) of the first child that stopped on its own, else None."""
        for name, proc in self.children.items():
            code = proc.poll()
            if code is None:
                continue
            self.out.write(f"{name} exited with code {code}; stopping the rest\n")
            if self.log is not None:
                for pump in self._pumps:
                    pump.join(timeout=1)
                tail = self.log.tails.get(name)
                if tail:
                    self.out.write(f"last lines from {name}:\n")
                    self.out.writelines(f"  {line}\n" for line in tail)
            self.out.flush()
            return code or 1
        return None

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
        for pump in self._pumps:
            pump.join(timeout=2)
        self.out.flush()


def _answers(spec: ProcessSpec) -> bool:
    assert spec.ready is not None
    try:
        return spec.ready()
    except Exception:  # a service that is still starting may fail in any way; ask again
        return False
