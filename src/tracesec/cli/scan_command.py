"""`trace scan PATH`: run the engines on a tree and print or write the result.

Exit codes (see ``exit_codes``): 3 when PATH cannot be scanned; 5 when SCA failed because
the OSV index is missing; 4 when an engine failed (results are still written); 1 when a
finding is at or above ``--fail-on``; else 0.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from tracesec.cli import exit_codes, staged
from tracesec.cli.history_state import last_scanned, remember
from tracesec.cli.paths import default_cache_dir, default_osv_db_path
from tracesec.config.env import env_str
from tracesec.engines import (
    ALL_ENGINES,
    Engine,
    FormatError,
    ScanConfig,
    ScanResult,
    Severity,
    TargetError,
    baseline,
    scan,
)
from tracesec.engines.cores import usable_cores
from tracesec.engines.diff import diff_scan
from tracesec.engines.formats import FORMATS, render
from tracesec.engines.model import FilesProgress
from tracesec.engines.secrets.history import head_commit

FAIL_ON_CHOICES = ("none", *(s.value for s in Severity))


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "scan",
        help="scan a directory with the SAST, SCA and secrets engines",
        description="Scan PATH with Trace's engines (offline) and report the findings.",
        epilog=exit_codes.TABLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths",
        metavar="PATH",
        nargs="*",
        help="directory to scan; with --staged, files to scan (default: every staged file)",
    )
    parser.add_argument(
        "--staged",
        action="store_true",
        help="scan the staged (index) version of files of the git work tree around the"
        " current directory, as a pre-commit hook",
    )
    parser.add_argument(
        "--engines",
        default=",".join(e.value for e in ALL_ENGINES),
        help="comma-separated engines to run: sast,sca,secrets (default: all)",
    )
    parser.add_argument(
        "--format", dest="fmt", choices=tuple(FORMATS), default="table", help="output format"
    )
    parser.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
    parser.add_argument(
        "--fail-on",
        choices=FAIL_ON_CHOICES,
        default="info",
        help="exit 1 on a finding at or above this severity (default: info = any; none = never)",
    )
    parser.add_argument(
        "--baseline",
        metavar="FILE",
        help="a previous JSON report (--format json): report only findings it does not have",
    )
    parser.add_argument(
        "--history",
        action="store_true",
        help="also scan git history for secrets (only commits newer than the last such scan "
        "of this repository, kept in the data directory; --no-cache scans all of it)",
    )
    parser.add_argument(
        "--osv-db",
        metavar="PATH",
        help="local OSV index for SCA (default: $TRACE_OSV_DB or <data dir>/osv)",
    )
    parser.add_argument(
        "--max-file-bytes",
        type=int,
        default=ScanConfig().max_file_bytes,
        help="skip files larger than this (default: %(default)s)",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=int,
        metavar="N",
        help="semgrep jobs (default: the usable cores, honouring CPU affinity and cgroup quota)",
    )
    parser.add_argument(
        "--timeout",
        type=int,
        metavar="SECONDS",
        default=ScanConfig().sast_timeout_seconds,
        help="wall-clock limit of each engine (default: %(default)s)",
    )
    parser.add_argument(
        "--base",
        metavar="REV",
        help="scan only the files changed since commit REV and report the findings new since it",
    )
    parser.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="re-use per-file results kept here (default: <data dir>/scan-cache)",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="analyse every file; read and write no cache"
    )
    parser.add_argument(
        "--include-vendored",
        action="store_true",
        help="also scan node_modules/, vendor/ and minified files",
    )
    parser.add_argument(
        "--sast-test-code",
        action="store_true",
        help="SAST also analyses test code (tests/, *_test.go, *.spec.ts, ...; secrets and "
        "SCA always read it); .trace.yml can ask for it with sast: {test_code: true}",
    )
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="log engine progress to stderr"
    )
    parser.set_defaults(func=run)


def parse_engines(value: str) -> tuple[Engine, ...]:
    names = [part.strip().lower() for part in value.split(",") if part.strip()]
    if not names:
        raise ValueError("no engine selected")
    engines: list[Engine] = []
    for name in names:
        try:
            engine = Engine(name)
        except ValueError:
            raise ValueError(
                f"unknown engine {name!r}; choose from {', '.join(e.value for e in ALL_ENGINES)}"
            ) from None
        if engine not in engines:
            engines.append(engine)
    return tuple(engines)


@dataclasses.dataclass(frozen=True)
class _Progress:
    stage: Callable[[str, str], None] | None  # engines.scan's progress(stage, state)
    files: FilesProgress | None  # ScanConfig.files_progress
    stop: Callable[[], None]


def _progress(stderr: TextIO) -> _Progress:
    """On a terminal, a line per stage: a spinner, and for each engine the files it has done
    of those it has to do ("sast 1,234/5,678 files"). Nothing when stderr is not a terminal
    (piped, CI logs), so those stay clean."""
    if not (hasattr(stderr, "isatty") and stderr.isatty()):
        return _Progress(None, None, lambda: None)
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=Console(file=stderr),
        transient=True,
    )
    tasks: dict[str, TaskID] = {}
    counts: dict[str, str] = {}
    progress.start()

    def label(stage: str) -> str:
        name = "listing files" if stage == "walk" else stage
        return f"{name} {counts[stage]}" if stage in counts else name

    def stage_callback(stage: str, state: str) -> None:
        if state == "start":
            tasks[stage] = progress.add_task(label(stage), total=1)
        elif stage in tasks:
            progress.update(tasks[stage], completed=1, description=f"{label(stage)}: done")

    def files_callback(engine: Engine, done: int, total: int) -> None:
        counts[engine.value] = f"{done:,}/{total:,} files"
        if engine.value in tasks:
            progress.update(tasks[engine.value], description=label(engine.value))

    return _Progress(stage_callback, files_callback, progress.stop)


def write_report(text: str, output: str | None, stdout: TextIO) -> None:
    if output is None:
        stdout.write(text)
        return
    try:
        mode: int | None = os.stat(output).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        # A FIFO, a device such as /dev/stdout or a process substitution: a rename would
        # replace the node itself (and, run as root, destroy a device), so write into it.
        with open(output, "w", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(text)
        return
    # Write next to the target (through a symlink, next to the file it names) and rename,
    # so a failed scan never leaves half a report.
    target = Path(os.path.realpath(output))
    fd, tmp = tempfile.mkstemp(prefix=".trace-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def exit_code(result: ScanResult, fail_on: str, osv_db: Path) -> int:
    failed = [status for status in result.engines if not status.ok]
    if any(s.engine is Engine.SCA for s in failed) and not osv_db.exists():
        return exit_codes.CONFIG_ERROR
    if failed:
        return exit_codes.ENGINE_ERROR
    if fail_on != "none":
        threshold = Severity(fail_on).rank
        if any(f.severity.rank >= threshold for f in result.findings if f.suppression is None):
            return exit_codes.FINDINGS
    return exit_codes.OK


def _scan_staged(
    names: list[str], config: ScanConfig, progress: Callable[[str, str], None] | None
) -> ScanResult:
    with staged.staged_tree(Path.cwd(), names) as selection:
        result = scan(selection.tree, config, progress=progress)
    return dataclasses.replace(
        result,
        root=str(selection.repository),
        findings=tuple(f for f in result.findings if f.location.path in selection.paths),
        coverage=tuple(c for c in result.coverage if c.path in selection.paths),
    )


def _cache_dir(option: str | None) -> Path:
    return Path(option).expanduser() if option else default_cache_dir()


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    # Engine warnings are summarised in the report and on stderr below; without --verbose
    # they must not also reach Python's last-resort handler.
    package_logger = logging.getLogger("tracesec")
    handler: logging.Handler = logging.NullHandler()
    previous_level = package_logger.level
    if args.verbose:
        handler = logging.StreamHandler(stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
        package_logger.setLevel(logging.INFO)
    package_logger.addHandler(handler)
    try:
        return _scan(args, stdout, stderr)
    finally:
        package_logger.removeHandler(handler)
        package_logger.setLevel(previous_level)


def _scan(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    try:
        engines = parse_engines(args.engines)
    except ValueError as exc:
        stderr.write(f"trace scan: {exc}\n")
        return exit_codes.USAGE
    if args.max_file_bytes <= 0:
        stderr.write("trace scan: --max-file-bytes must be positive\n")
        return exit_codes.USAGE
    if args.timeout <= 0:
        stderr.write("trace scan: --timeout must be a positive number of seconds\n")
        return exit_codes.USAGE
    if args.jobs is not None and args.jobs <= 0:
        stderr.write("trace scan: --jobs must be a positive number\n")
        return exit_codes.USAGE
    if args.output and not Path(args.output).parent.is_dir():
        stderr.write(f"trace scan: cannot write {args.output}: directory does not exist\n")
        return exit_codes.USAGE
    known: frozenset[str] | None = None
    if args.baseline:
        try:
            known = baseline.load_fingerprints(Path(args.baseline))
        except FormatError as exc:
            stderr.write(f"trace scan: --baseline: {exc}\n")
            return exit_codes.USAGE
    if args.staged and (args.base or args.history):
        stderr.write("trace scan: --staged cannot be combined with --base or --history\n")
        return exit_codes.USAGE
    if not args.staged and len(args.paths) != 1:
        stderr.write("trace scan: give one directory to scan (or --staged [FILE ...])\n")
        return exit_codes.USAGE
    osv_db = Path(args.osv_db).expanduser() if args.osv_db else default_osv_db_path()
    target = Path.cwd() if args.staged else Path(args.paths[0])
    config = ScanConfig(
        engines=engines,
        max_file_bytes=args.max_file_bytes,
        skip_vendored=not args.include_vendored,
        sast_test_code=args.sast_test_code,
        history=args.history,
        osv_db=osv_db,
        sast_jobs=args.jobs or usable_cores(),
        sast_timeout_seconds=args.timeout,
        secrets_timeout_seconds=args.timeout,
        sca_timeout_seconds=args.timeout,
        cache_dir=None if args.no_cache else _cache_dir(args.cache_dir),
        history_since=None if args.no_cache or not args.history else last_scanned(target),
    )
    head = head_commit(target) if args.history else None
    shown = _progress(stderr)
    config = dataclasses.replace(config, files_progress=shown.files)
    try:
        if args.staged:
            result = _scan_staged(args.paths, config, shown.stage)
        elif args.base:
            result = diff_scan(target, config, args.base, progress=shown.stage).result()
        else:
            result = scan(target, config, progress=shown.stage)
    except TargetError as exc:
        stderr.write(f"trace scan: {exc}\n")
        return exit_codes.TARGET_ERROR
    finally:
        shown.stop()
    secrets = [s for s in result.engines if s.engine is Engine.SECRETS]
    if head and secrets and secrets[0].ok and secrets[0].complete and not args.base:
        remember(target, head)
    if known is not None:
        result = baseline.only_new(result, known)
    color = args.output is None and hasattr(stdout, "isatty") and stdout.isatty()
    if args.fmt == "table":
        from tracesec.engines.formats import table

        width = 140
        if color:
            width = max(80, min(200, os.get_terminal_size(stdout.fileno()).columns))
        text = table.render(result, width=width, color=color)
    else:
        # the Trace instance's address, when this machine is configured for one
        base_url = env_str("TRACE_BASE_URL").rstrip("/")
        text = render(result, args.fmt, information_uri=f"{base_url}/" if base_url else "")
    try:
        write_report(text, args.output, stdout)
    except OSError as exc:
        stderr.write(f"trace scan: cannot write {args.output}: {exc.strerror}\n")
        return exit_codes.USAGE
    for error in result.errors:
        stderr.write(f"trace scan: {error}\n")
    code = exit_code(result, args.fail_on, osv_db)
    if code == exit_codes.CONFIG_ERROR:
        stderr.write("trace scan: (pass --osv-db PATH to use an OSV index elsewhere)\n")
    return code
