"""`trace check`: Django's system checks (`--deploy`: the production deployment checks)."""

from __future__ import annotations

import argparse
import os
from typing import TextIO

from tracesec.cli import exit_codes
from tracesec.cli.django_setup import PRODUCTION_SETTINGS, setup_django


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "check",
        help="run Django's system checks (--deploy: production checks)",
        description=(
            "Run Django's system checks. With --deploy, the deployment checks run under the "
            "production settings (unless DJANGO_SETTINGS_MODULE is set); TRACE_SECRET_KEY must "
            "be set."
        ),
    )
    p.add_argument("--deploy", action="store_true", help="include deployment checks")
    p.set_defaults(func=_check)


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import call_command
    from django.core.management.base import SystemCheckError

    settings_module = None
    if args.deploy and not os.environ.get("DJANGO_SETTINGS_MODULE"):
        settings_module = PRODUCTION_SETTINGS
    try:
        setup_django(settings_module)
        call_command("check", deploy=args.deploy, fail_level="WARNING", stdout=out, stderr=err)
    except ImproperlyConfigured as exc:
        err.write(f"configuration error: {exc}\n")
        return exit_codes.CONFIG_ERROR
    except SystemCheckError as exc:
        err.write(f"{exc}\n")
        return exit_codes.CONFIG_ERROR
    return exit_codes.OK
