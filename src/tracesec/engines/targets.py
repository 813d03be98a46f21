"""The single walk of the scanned tree: which files the engines read, and why others are not.

Repository content is hostile: symlinks are never followed (a link pointing out of the root is
recorded as such), FIFOs and devices are never opened, binary and oversized files are skipped,
and vendored or minified code is skipped when the config says so. Every skip becomes a
``Coverage`` row with ``engine=None`` and a reason.

In a git work tree the file list comes from ``git ls-files -z`` (tracked plus untracked,
not ignored); otherwise from an ``os.scandir`` walk over bytes names. Git runs with the
repository's command-running options switched off (fsmonitor), a scrubbed environment and a
timeout, because ``.git/config`` belongs to the attacker too.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tracesec.engines.errors import TargetError
from tracesec.engines.model import Coverage, CoverageStatus, ScanConfig, TargetFile

logger = logging.getLogger(__name__)

BINARY_SNIFF_BYTES = 8192
MAX_DEPTH = 64
GIT_TIMEOUT_SECONDS = 120

VENDORED_DIRS = frozenset(
    {b"node_modules", b"bower_components", b"jspm_packages", b"vendor", b"third_party"}
)
MINIFIED_SUFFIXES = (
    b".min.js",
    b".min.mjs",
    b".min.cjs",
    b".min.css",
    b"-min.js",
    b".bundle.js",
    b".chunk.js",
    b".js.map",
    b".css.map",
)
# A library's distributed build, minified or not, keeps its licence banner at the top
# ("/*! Materialize v0.100.1", "@license AngularJS v1.0.8"): a copy of a library checked in
# under static/ is vendored code, and semgrep can spend its whole per-file timeout on it.
_LIBRARY_SUFFIXES = (b".js", b".mjs", b".cjs", b".css")
_LIBRARY_BANNER = re.compile(
    rb"(?:/\*!|@license\b)(?:[\w \t\r\n.,@/:()-]|\*(?!/)){0,100}?\bv?\d+\.\d+(?:\.\d+)?\b"
)
_BANNER_BYTES = 512
# Never listed by git, but present in a plain walk of a checkout.
_VCS_DIRS = frozenset({b".git", b".hg", b".svn"})


@dataclass(frozen=True, slots=True)
class Walk:
    files: tuple[TargetFile, ...]
    skipped: tuple[Coverage, ...]
    source: str = "walk"  # "git" when the list came from git ls-files


def display_path(rel: bytes) -> str:
    """A printable, JSON-safe POSIX path: invalid UTF-8 bytes become ``\\xNN`` escapes."""
    return rel.decode("utf-8", "backslashreplace")


def is_vendored(rel: bytes) -> bool:
    parts = rel.split(b"/")
    if any(part in VENDORED_DIRS for part in parts[:-1]):
        return True
    return parts[-1].lower().endswith(MINIFIED_SUFFIXES)


def is_library_build(rel: bytes, head: bytes) -> bool:
    """Whether a script or stylesheet opens with a versioned licence banner (``head`` is the
    start of the file), the mark of a library's distributed build."""
    if not rel.lower().endswith(_LIBRARY_SUFFIXES):
        return False
    return _LIBRARY_BANNER.search(head[:_BANNER_BYTES]) is not None


def git_env() -> dict[str, str]:
    # GIT_DIR & co. from a calling hook would point git at another repository.
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env["GIT_CONFIG_NOSYSTEM"] = "1"
    env["GIT_TERMINAL_PROMPT"] = "0"
    env["LC_ALL"] = "C"
    return env


def git_argv(root: Path, *args: str) -> list[str]:
    """git with options from the scanned repository that could run commands switched off."""
    return [
        "git",
        "-C",
        str(root),
        "-c",
        "core.fsmonitor=false",
        "-c",
        "core.untrackedCache=false",
        "-c",
        "core.quotePath=true",
        *args,
    ]


def run_git(
    root: Path, *args: str, stdin: bytes | None = None, timeout: float = GIT_TIMEOUT_SECONDS
) -> subprocess.CompletedProcess[bytes] | None:
    """git (see ``git_argv``) with a scrubbed environment and a timeout; None if it could not
    run or timed out."""
    try:
        return subprocess.run(
            git_argv(root, *args),
            input=stdin,
            capture_output=True,
            timeout=timeout,
            env=git_env(),
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        logger.info("targets.git_unavailable", extra={"root": str(root)})
        return None


def _git_paths(root: Path) -> list[bytes] | None:
    """The git file list, only when ``root`` is the top of a work tree.

    A directory inside someone else's work tree (often an ignored one, like a virtualenv or
    a temp checkout) gets the plain walk: git would list nothing or the wrong files there.
    """
    top = run_git(root, "rev-parse", "--show-toplevel")
    if top is None or top.returncode != 0:
        return None  # not a work tree (or git refuses it): fall back to the plain walk
    toplevel = top.stdout.rstrip(b"\n")
    if os.path.realpath(toplevel) != os.path.realpath(os.fsencode(root)):
        return None
    proc = run_git(root, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    if proc is None or proc.returncode != 0:
        return None
    seen: set[bytes] = set()
    paths = []
    for rel in proc.stdout.split(b"\0"):
        if rel and rel not in seen:  # unmerged entries are listed once per stage
            seen.add(rel)
            paths.append(rel)
    return paths


def _walk_paths(root: bytes, skipped: list[Coverage]) -> list[bytes]:
    """Plain walk: no symlink is followed; links are returned so they get recorded."""
    paths: list[bytes] = []
    stack: list[tuple[bytes, int]] = [(b"", 0)]
    while stack:
        rel_dir, depth = stack.pop()
        abs_dir = os.path.join(root, rel_dir) if rel_dir else root
        try:
            entries = list(os.scandir(abs_dir))
        except OSError as exc:
            skipped.append(_skip(rel_dir or b".", f"directory unreadable ({exc.strerror})"))
            continue
        for entry in entries:
            rel = os.path.join(rel_dir, entry.name) if rel_dir else entry.name
            if entry.is_dir(follow_symlinks=False):
                if entry.name in _VCS_DIRS:
                    continue
                if depth + 1 >= MAX_DEPTH:
                    skipped.append(_skip(rel, f"directory nested deeper than {MAX_DEPTH} levels"))
                    continue
                stack.append((rel, depth + 1))
            else:
                paths.append(rel)
    return paths


def _skip(rel: bytes, reason: str) -> Coverage:
    return Coverage(
        engine=None, path=display_path(rel), status=CoverageStatus.SKIPPED, reason=reason
    )


class _Checker:
    """Classifies one listed path; caches directories already proven symlink-free."""

    def __init__(self, root: bytes, config: ScanConfig) -> None:
        self.root = root
        self.config = config
        self._safe_dirs: set[bytes] = {b""}

    def _parents_safe(self, rel: bytes) -> str:
        parts = rel.split(b"/")[:-1]
        current = b""
        for part in parts:
            current = current + b"/" + part if current else part
            if current in self._safe_dirs:
                continue
            if part in (b"..", b".", b""):
                return "path leaves the scan root"
            try:
                st = os.lstat(os.path.join(self.root, current))
            except OSError:
                return "missing from the work tree"
            if stat.S_ISLNK(st.st_mode):
                return "inside a symlinked directory (not followed)"
            if not stat.S_ISDIR(st.st_mode):
                return "missing from the work tree"
            self._safe_dirs.add(current)
        return ""

    def _symlink_reason(self, abspath: bytes) -> str:
        try:
            target = os.readlink(abspath)
        except OSError:
            return "symlink (not followed)"
        resolved = os.path.realpath(os.path.join(os.path.dirname(abspath), target))
        real_root = os.path.realpath(self.root)
        if resolved != real_root and not resolved.startswith(real_root + b"/"):
            return "symlink pointing outside the scan root (not followed)"
        return "symlink (not followed)"

    def classify(self, rel: bytes) -> TargetFile | Coverage | None:
        if self.config.skip_vendored and is_vendored(rel):
            return _skip(rel, "vendored or minified file")
        problem = self._parents_safe(rel)
        if problem:
            return _skip(rel, problem)
        abspath = os.path.join(self.root, rel)
        try:
            st = os.lstat(abspath)
        except OSError:
            return None  # deleted in the work tree but still in the index: nothing to read
        if stat.S_ISLNK(st.st_mode):
            return _skip(rel, self._symlink_reason(abspath))
        if stat.S_ISDIR(st.st_mode):
            return _skip(rel, "submodule or nested repository (not scanned)")
        if not stat.S_ISREG(st.st_mode):
            return _skip(rel, "not a regular file")
        if st.st_size > self.config.max_file_bytes:
            return _skip(rel, f"larger than {self.config.max_file_bytes} bytes")
        sniff = _sniff(abspath)
        if sniff is None:
            return _skip(rel, "unreadable")
        if b"\0" in sniff:
            return _skip(rel, "binary file")
        if self.config.skip_vendored and is_library_build(rel, sniff):
            return _skip(rel, "vendored library build (licence banner)")
        return TargetFile(
            path=display_path(rel), abspath=Path(os.fsdecode(abspath)), size=st.st_size
        )


def _sniff(abspath: bytes) -> bytes | None:
    try:
        # O_NOFOLLOW: the file may have been swapped for a link since lstat; O_NONBLOCK: a
        # FIFO swapped in must not hang the scan.
        fd = os.open(abspath, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        return os.read(fd, BINARY_SNIFF_BYTES)
    except OSError:
        return None
    finally:
        os.close(fd)


def walk(root: Path, config: ScanConfig) -> Walk:
    """List the files every engine reads, once, with a reason for everything left out."""
    try:
        resolved = root.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        raise TargetError(f"scan target does not exist: {root}") from exc
    if not resolved.is_dir():
        raise TargetError(f"scan target is not a directory: {root}")
    if not os.access(resolved, os.R_OK | os.X_OK):
        raise TargetError(f"scan target is not readable: {root}")
    root_bytes = os.fsencode(resolved)
    skipped: list[Coverage] = []
    paths = _git_paths(resolved)
    source = "git"
    if paths is None:
        source = "walk"
        paths = _walk_paths(root_bytes, skipped)
    checker = _Checker(root_bytes, config)
    files: list[TargetFile] = []
    for rel in sorted(paths):
        outcome = checker.classify(rel)
        if isinstance(outcome, TargetFile):
            files.append(outcome)
        elif outcome is not None:
            skipped.append(outcome)
    logger.info(
        "targets.walked",
        extra={"source": source, "files": len(files), "skipped": len(skipped)},
    )
    return Walk(files=tuple(files), skipped=tuple(skipped), source=source)


def read_target(target: TargetFile, limit: int) -> bytes:
    """Read at most ``limit`` bytes without following a symlink swapped in after the walk."""
    fd = os.open(target.abspath, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        chunks = []
        remaining = limit
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
