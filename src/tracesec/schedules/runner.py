"""The scheduler process: a tick every TRACE_SCHEDULER_INTERVAL_SECONDS until stopped."""

from __future__ import annotations

import logging
import threading

from django.db import DatabaseError, close_old_connections

from tracesec.schedules.clock import Clock, SystemClock
from tracesec.schedules.services import scheduler_tick

logger = logging.getLogger(__name__)


def run_scheduler(
    *,
    interval: float,
    clock: Clock | None = None,
    stop: threading.Event | None = None,
    once: bool = False,
) -> None:
    clock = clock or SystemClock()
    stop = stop or threading.Event()
    while not stop.is_set():
        try:
            scheduler_tick(clock.now())
        except DatabaseError:
            # a busy or restarting database: the next tick catches up (runs stay due)
            logger.warning("scheduler.tick_failed", exc_info=True)
        if once:
            return
        stop.wait(interval)
        close_old_connections()  # a long-lived process: drop connections the server closed
