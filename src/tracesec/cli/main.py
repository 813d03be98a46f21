"""`trace` entry point: a thin dispatcher over one module per sub-command.

Each sub-command module exposes ``add_parser(subparsers)`` which registers its parser and
sets ``func(args, stdout, stderr) -> int``. ``main`` takes its streams as arguments so tests
run the real CLI in-process.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import TextIO

from tracesec.cli import exit_codes


def _version() -> str:
    try:
        return version("tracesec")
    except PackageNotFoundError:  # running from a source tree without install
        return "0+unknown"


def build_parser() -> argparse.ArgumentParser:
    # Imported here so `trace --version` stays fast and engine commands never import Django.
    from tracesec.cli import commands

    parser = argparse.ArgumentParser(
        prog="trace",
        description="Trace: SAST, SCA and secrets scanning with a Bitbucket Cloud dashboard.",
        epilog=exit_codes.TABLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"trace {_version()}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in commands.REGISTRY:
        module.add_parser(subparsers)
    return parser


def main(
    argv: Sequence[str] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:  # argparse exits on --help/--version/usage errors
        return int(exc.code or 0)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(out)
        return exit_codes.USAGE
    try:
        return int(func(args, out, err))
    except KeyboardInterrupt:
        err.write("interrupted\n")
        return exit_codes.INTERRUPTED


def main_entry() -> None:
    sys.exit(main())
