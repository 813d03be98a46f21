"""`trace manage ...`: any Django management command (e.g. `trace manage migrate`)."""

from __future__ import annotations

import argparse
from typing import TextIO

from tracesec.cli import exit_codes
from tracesec.cli.django_setup import prepare_environment


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "manage",
        help="run a Django management command (e.g. `trace manage migrate`)",
        description="Pass the remaining arguments to Django's manage.py.",
        add_help=False,
    )
    p.add_argument("arguments", nargs=argparse.REMAINDER, help="management command and arguments")
    p.set_defaults(func=_manage)


def _manage(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    prepare_environment()
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(["trace manage", *args.arguments])
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else exit_codes.USAGE
    return exit_codes.OK
