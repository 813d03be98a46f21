"""`trace worker`: N task workers (database backend) and the scan scheduler until Ctrl-C,
or one batch."""

from __future__ import annotations

import argparse
import os
from typing import TextIO

from tracesec.cli.django_setup import (
    prepare_environment,
    scheduler_process,
    worker_argv,
    worker_process,
)
from tracesec.cli.supervisor import Supervisor


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "worker",
        help="run task worker processes (database backend)",
        description="Run N task workers until Ctrl-C. Safe to run on several machines.",
    )
    p.add_argument("--processes", type=int, default=1, help="worker processes (default: 1)")
    p.add_argument("--batch", action="store_true", help="run queued tasks, then exit")
    p.add_argument(
        "--no-scheduler",
        action="store_true",
        help="do not run the scan scheduler beside the workers (run `trace scheduler` elsewhere)",
    )
    p.set_defaults(func=_worker)


def _worker(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    prepare_environment()
    if args.batch:
        import subprocess

        return subprocess.call([*worker_argv(), "--batch"])
    host = os.uname().nodename
    specs = [
        worker_process(f"{host}-{os.getpid()}-{i}"[:64]) for i in range(max(1, args.processes))
    ]
    if not args.no_scheduler:
        specs.append(scheduler_process())  # safe on every machine: claims are exactly-once
    return Supervisor(specs, out=out).run()
