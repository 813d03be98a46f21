"""A tiny loopback HTTP server standing in for Trace's Forge remote: records every request and
answers with scripted responses."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 204
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0

    @classmethod
    def json(cls, status: int, data: Any) -> Reply:
        return cls(status, json.dumps(data).encode(), {"content-type": "application/json"})


Responder = Callable[[Recorded], Reply]


class RecordingRemote:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.routes: dict[str, list[Reply] | Responder] = {}
        self.default = Reply(204)
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                rec = Recorded(
                    self.command,
                    self.path,
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                )
                recorder.requests.append(rec)
                reply = recorder._reply(rec)
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.send_header("content-length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        # a short poll: shutdown() waits up to one poll interval (0.5 s by default), every test
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def _reply(self, rec: Recorded) -> Reply:
        route = self.routes.get(rec.path.split("?")[0])
        if route is None:
            return self.default
        if callable(route):
            return route(rec)
        if len(route) > 1:
            return route.pop(0)
        return route[0]

    def on(self, path: str, *replies: Reply) -> None:
        """Answer `path` with these replies in order (the last one repeats)."""
        self.routes[path] = list(replies)

    def to(self, path: str) -> list[Recorded]:
        return [r for r in self.requests if r.path.split("?")[0] == path]

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
