"""`trace vulndb`: manage the local OSV index used by SCA.

    trace vulndb import PATH [--ecosystem E]   # an all.zip export, a directory or one .json
    trace vulndb import --bundled-demo         # the small advisory set shipped for the demo
    trace vulndb sync [--base-url URL] [--ecosystem E ...] [--force]
    trace vulndb status

Every sub-command takes ``--db DIR`` (default: ``TRACE_OSV_DB``, else ``<data dir>/osv``).
Exit codes: 0 success, 2 usage, 3 input path missing, 5 import or download failed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from tracesec.cli import exit_codes, vulndb_rematch
from tracesec.cli.paths import default_osv_db_path

DEMO_SOURCE = "demo"


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "vulndb",
        help="manage the local OSV advisory index used by SCA",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="vulndb_command", metavar="ACTION")
    parser.set_defaults(func=_usage(parser))

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--db",
            type=Path,
            default=None,
            help="index directory (default: $TRACE_OSV_DB or <data dir>/osv)",
        )

    imp = commands.add_parser("import", help="import an OSV export (zip or directory)")
    imp.add_argument("path", nargs="?", type=Path, help="all.zip, a directory or a .json file")
    imp.add_argument(
        "--ecosystem",
        help="import only records affecting this ecosystem; also names the index source",
    )
    imp.add_argument(
        "--bundled-demo", action="store_true", help="import the advisories shipped for the demo"
    )
    common(imp)
    vulndb_rematch.add_arguments(imp)
    imp.set_defaults(func=_import)

    sync = commands.add_parser("sync", help="download <base>/<ECOSYSTEM>/all.zip and import it")
    sync.add_argument("--base-url", default=None, help="default: the public OSV bucket")
    sync.add_argument(
        "--ecosystem",
        action="append",
        default=None,
        help="repeat for several (default: all supported ecosystems)",
    )
    sync.add_argument("--force", action="store_true", help="download even if unchanged")
    sync.add_argument("--timeout", type=float, default=None, help="read timeout in seconds")
    common(sync)
    vulndb_rematch.add_arguments(sync)
    sync.set_defaults(func=_sync)

    stat = commands.add_parser("status", help="show imported sources and record counts")
    stat.add_argument("--json", action="store_true", help="machine-readable output")
    common(stat)
    stat.set_defaults(func=_status)


def _usage(parser: argparse.ArgumentParser):  # type: ignore[no-untyped-def]
    def show(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
        parser.print_help(stdout)
        return exit_codes.USAGE

    return show


def _db(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_osv_db_path()


def _source_name(path: Path, ecosystem: str | None) -> str:
    if ecosystem:
        return ecosystem
    if path.is_file() and path.name == "all.zip":
        return path.resolve().parent.name
    return path.stem if path.is_file() else path.resolve().name


def _import(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from tracesec.engines.sca import demo_bundle, osvstore

    if args.bundled_demo:
        if args.path is not None:
            stderr.write("trace vulndb import: give either PATH or --bundled-demo, not both\n")
            return exit_codes.USAGE
        path, source, origin = (
            demo_bundle.demo_bundle_path(),
            DEMO_SOURCE,
            "bundled demo advisories",
        )
    elif args.path is None:
        stderr.write("trace vulndb import: PATH is required (or --bundled-demo)\n")
        return exit_codes.USAGE
    else:
        path, source, origin = args.path, "", ""
        if not path.exists():
            stderr.write(f"trace vulndb import: {path} does not exist\n")
            return exit_codes.TARGET_ERROR
        source = _source_name(path, args.ecosystem)
    db = _db(args)
    try:
        stats = osvstore.build_index(
            path,
            db,
            source,
            origin=origin,
            ecosystems=(args.ecosystem,) if args.ecosystem else None,
        )
    except osvstore.OsvIndexError as exc:
        stderr.write(f"trace vulndb import: {exc}\n")
        return exit_codes.CONFIG_ERROR
    per = ", ".join(f"{eco}: {count}" for eco, count in stats.ecosystems.items())
    stdout.write(
        f"imported {stats.records} advisories into {stats.path} "
        f"({per}; {stats.withdrawn} withdrawn and {stats.skipped} unreadable skipped)\n"
    )
    if vulndb_rematch.wanted(args):
        return vulndb_rematch.queue_rematch(
            args=args, db=db, source=source, changed=stats.changed, stdout=stdout, stderr=stderr
        )
    return exit_codes.OK


def _sync(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    import httpx

    from tracesec.cli import vulndb_sync

    base_url = args.base_url or vulndb_sync.DEFAULT_BASE_URL
    ecosystems = args.ecosystem or list(vulndb_sync.DEFAULT_ECOSYSTEMS)
    timeout = vulndb_sync.DEFAULT_TIMEOUT
    if args.timeout is not None:
        timeout = httpx.Timeout(args.timeout, connect=min(args.timeout, 15.0))
    db = _db(args)
    failed = 0
    with httpx.Client(timeout=timeout, follow_redirects=True) as client:
        for ecosystem in ecosystems:
            try:
                result = vulndb_sync.sync_ecosystem(
                    client, base_url, ecosystem, db, force=args.force
                )
            except (vulndb_sync.SyncError, ValueError) as exc:
                failed += 1
                stderr.write(f"trace vulndb sync: {ecosystem}: {exc}\n")
                continue
            if result.status == "unchanged":
                stdout.write(f"{ecosystem}: up to date\n")
                continue
            stdout.write(f"{ecosystem}: imported {result.records} advisories\n")
            if vulndb_rematch.wanted(args):
                code = vulndb_rematch.queue_rematch(
                    args=args,
                    db=db,
                    source=ecosystem,
                    changed=result.changed,
                    stdout=stdout,
                    stderr=stderr,
                )
                failed += code != exit_codes.OK
    return exit_codes.CONFIG_ERROR if failed else exit_codes.OK


def _status(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from tracesec.engines.sca import osvstore

    db = _db(args)
    items = osvstore.status(db)
    if args.json:
        payload = [
            {"error": str(item)}
            if isinstance(item, osvstore.OsvIndexError)
            else {
                "source": item.source,
                "path": str(item.path),
                "imported_at": item.imported_at,
                "records": item.record_count,
                "withdrawn": item.withdrawn_count,
                "skipped": item.skipped_count,
                "ecosystems": dict(item.ecosystems),
                "origin": item.origin,
            }
            for item in items
        ]
        stdout.write(json.dumps({"db": str(db), "sources": payload}, indent=2) + "\n")
        return exit_codes.OK if items else exit_codes.CONFIG_ERROR
    if not items:
        stdout.write(
            f"no OSV index in {db}: run `trace vulndb import PATH` or `trace vulndb sync`\n"
        )
        return exit_codes.CONFIG_ERROR
    stdout.write(f"OSV index: {db}\n")
    for item in items:
        if isinstance(item, osvstore.OsvIndexError):
            stdout.write(f"  unreadable: {item}\n")
            continue
        per = ", ".join(f"{eco} {count}" for eco, count in item.ecosystems.items())
        stdout.write(
            f"  {item.source}: {item.record_count} records ({per}), "
            f"imported {item.imported_at} from {item.origin}\n"
        )
    return exit_codes.OK
