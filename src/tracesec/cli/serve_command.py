"""`trace serve`: migrations, static files, then gunicorn and one task worker until Ctrl-C."""

from __future__ import annotations

import argparse
from typing import TextIO

from tracesec.cli import exit_codes
from tracesec.cli.django_setup import (
    prepare_service,
    scheduler_process,
    web_process,
    worker_process,
)
from tracesec.cli.supervisor import Supervisor


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "serve",
        help="run Trace: migrations, web server (gunicorn) and one task worker",
        description=(
            "Apply migrations, collect static files, then run gunicorn and one task worker "
            "until Ctrl-C (graceful shutdown). Uses DJANGO_SETTINGS_MODULE (default: local)."
        ),
    )
    p.add_argument("--host", default="127.0.0.1", help="bind address (default: %(default)s)")
    p.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    p.add_argument("--web-workers", type=int, default=2, help="gunicorn processes (default: 2)")
    p.add_argument(
        "--no-worker", action="store_true", help="do not start a task worker (run them apart)"
    )
    p.set_defaults(func=_serve)


def _serve(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if prepare_service(out, err) is None:
        return exit_codes.CONFIG_ERROR
    specs = [web_process(args.host, args.port, args.web_workers)]
    if not args.no_worker:
        specs += [worker_process(), scheduler_process()]
    out.write(f"Trace is running at http://{args.host}:{args.port}/ (Ctrl-C to stop)\n")
    out.flush()
    return Supervisor(specs, out=out).run()
