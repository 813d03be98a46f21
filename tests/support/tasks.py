"""A task used by the queue tests: appends one line per execution to a file (O_APPEND writes of a
short line are atomic, so concurrent workers cannot interleave)."""

from __future__ import annotations

import os
import time

from django_tasks import task


@task()
def record_execution(marker: str, path: str, seconds: float = 0.0) -> str:
    # `seconds` makes a task last long enough that several workers really share the queue.
    time.sleep(seconds)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, f"{marker} {os.getpid()}\n".encode())
    finally:
        os.close(fd)
    return marker
