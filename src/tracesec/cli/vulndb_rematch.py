"""After `trace vulndb import`/`sync`: queue the server's re-match of stored inventories.

The import itself is a plain file operation; telling Trace's server about the advisories it
added or changed needs the server's settings and database. It runs when ``--rematch`` is
given, or when ``DJANGO_SETTINGS_MODULE`` is set (a server deployment) and the index is the
one the server's workers read, unless ``--no-rematch``.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TextIO

from tracesec.cli import exit_codes
from tracesec.engines.sca.osvstore import ChangedAdvisories


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rematch",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=(
            "queue a re-match of Trace's stored inventories against the advisories this "
            "import added or changed (default: on when DJANGO_SETTINGS_MODULE is set)"
        ),
    )


def wanted(args: argparse.Namespace) -> bool:
    if args.rematch is not None:
        return bool(args.rematch)
    return bool(os.environ.get("DJANGO_SETTINGS_MODULE"))


def queue_rematch(
    *,
    args: argparse.Namespace,
    db: Path,
    source: str,
    changed: ChangedAdvisories,
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    """Queue the re-match on the server; an exit code (an error only if asked explicitly)."""
    from tracesec.cli.django_setup import setup_django

    setup_django()
    from django.conf import settings

    from tracesec.inventory.services import advisory_update_queue

    server_db = Path(settings.TRACE_OSV_DB)
    if server_db.resolve() != db.resolve():
        if not args.rematch:
            return exit_codes.OK  # an index of one's own (`--db`): nothing for the server
        stderr.write(
            f"trace vulndb: not re-matching: the server's workers read {server_db}, "
            f"not {db} (set TRACE_OSV_DB or drop --db)\n"
        )
        return exit_codes.USAGE
    update = advisory_update_queue(source=source, changed=changed)
    if update is None:
        stdout.write(f"{source}: no new or changed advisories to re-match\n")
        return exit_codes.OK
    stdout.write(
        f"{source}: {update.advisory_count} new or changed advisories: re-match of stored "
        f"inventories queued (advisory update {update.pk})\n"
    )
    return exit_codes.OK
