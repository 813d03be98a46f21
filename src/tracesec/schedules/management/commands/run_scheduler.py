"""`python -m django run_scheduler`: the scan scheduler as a child process of `trace worker`."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from tracesec.schedules.runner import run_scheduler


class Command(BaseCommand):
    help = "Queue due scheduled scans every TRACE_SCHEDULER_INTERVAL_SECONDS (safe to run many)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--once", action="store_true", help="one tick, then exit")

    def handle(self, *args: Any, **options: Any) -> None:
        run_scheduler(
            interval=float(settings.TRACE_SCHEDULER_INTERVAL_SECONDS), once=bool(options["once"])
        )
