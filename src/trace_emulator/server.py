"""Run the emulator with uvicorn on a pre-bound socket (so port 0 works and URLs are known
before the first request)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import signal
import socket
import threading
from collections.abc import Iterator
from typing import Any

import uvicorn

from trace_emulator.app import build_app
from trace_emulator.emulator import Emulator

logger = logging.getLogger(__name__)
HANDLED = (signal.SIGINT, signal.SIGTERM)


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


class _Server(uvicorn.Server):
    """uvicorn re-raises SIGINT/SIGTERM after a graceful shutdown (exit status -15/-2); the
    emulator treats them as a normal stop and exits 0."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = {sig: signal.signal(sig, self.handle_exit) for sig in HANDLED}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


class EmulatorServer:
    """One emulator bound to a socket; `serve()` blocks, `start_in_thread()` does not."""

    def __init__(self, emu: Emulator) -> None:
        self.emu = emu
        self.sock = bind(emu.config.host, emu.config.port)
        host, port = self.sock.getsockname()[:2]
        self.port = int(port)
        emu.set_base_url(str(host) if ":" not in str(host) else f"[{host}]", self.port)
        config = uvicorn.Config(
            build_app(emu),
            log_level="warning",
            access_log=False,
            lifespan="on",
            timeout_graceful_shutdown=3,
        )
        self.server = _Server(config)
        self._thread: threading.Thread | None = None

    def urls(self) -> dict[str, Any]:
        return self.emu.info()

    def serve(self) -> None:
        # uvicorn installs SIGINT/SIGTERM handlers and shuts down cleanly on them.
        self.server.run(sockets=[self.sock])

    def start_in_thread(self, timeout: float = 10.0) -> None:
        def run() -> None:
            asyncio.run(self.server.serve(sockets=[self.sock]))

        # uvicorn only captures signals in the main thread, so a thread server leaves them be.
        self._thread = threading.Thread(target=run, name="trace-emulator", daemon=True)
        self._thread.start()
        deadline = threading.Event()
        for _ in range(int(timeout * 100)):
            if self.server.started:
                return
            deadline.wait(0.01)
        raise RuntimeError("emulator did not start in time")

    def stop(self) -> None:
        self.server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        self.emu.close()


def ready_line(server: EmulatorServer) -> str:
    return json.dumps({"event": "emulator_ready", **server.urls()})
