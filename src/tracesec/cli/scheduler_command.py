"""`trace scheduler`: the scan scheduler alone (`trace worker` already runs one)."""

from __future__ import annotations

import argparse
import subprocess
from typing import TextIO

from tracesec.cli.django_setup import prepare_environment, scheduler_argv


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "scheduler",
        help="queue scheduled scans when they are due",
        description=(
            "Queue due scheduled scans every TRACE_SCHEDULER_INTERVAL_SECONDS until Ctrl-C. "
            "Safe to run on several machines: each due scan is queued exactly once."
        ),
    )
    p.add_argument("--once", action="store_true", help="one tick, then exit")
    p.set_defaults(func=_scheduler)


def _scheduler(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    prepare_environment()
    return subprocess.call([*scheduler_argv(), *(["--once"] if args.once else [])])
