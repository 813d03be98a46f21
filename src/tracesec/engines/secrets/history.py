"""Opt-in scan of git history: ``git log -p -U0`` streamed commit by commit.

Only added lines are scanned (a secret enters history when it is added). One entry per
(detector, secret value) across all commits, with the oldest and newest commit that added it;
the commit is metadata only, never part of the fingerprint. Git runs with every option that
could execute repository-supplied commands switched off (external diff, textconv, signature
checks, fsmonitor) and under the secrets time limit.
"""

from __future__ import annotations

import bisect
import re
import subprocess
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO

from tracesec.engines.model import Coverage, CoverageStatus, Engine, Finding, ScanConfig
from tracesec.engines.secrets.matcher import Hit, Matcher
from tracesec.engines.secrets.report import findings_for, with_extra
from tracesec.engines.targets import display_path, git_argv, git_env, is_vendored, run_git

HISTORY_PATH = "(git history)"
_COMMIT_MARK = b"\x1ecommit "
_HUNK = re.compile(rb"^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@")
_OCTAL = re.compile(rb"\\([0-7]{3}|.)")
_ESCAPES = {
    b"n": b"\n",
    b"t": b"\t",
    b'"': b'"',
    b"\\": b"\\",
    b"a": b"\a",
    b"b": b"\b",
    b"f": b"\f",
    b"r": b"\r",
    b"v": b"\v",
}


@dataclass
class HistoryEntry:
    finding: Finding  # located at the oldest commit that added the value
    first_commit: str
    last_commit: str
    commits: int = 1


@dataclass
class HistoryOutcome:
    entries: dict[tuple[str, str], HistoryEntry] = field(default_factory=dict)
    coverage: list[Coverage] = field(default_factory=list)
    complete: bool = True


def unquote_path(raw: bytes) -> bytes:
    """Undo git's C-style quoting of unusual path names (``core.quotePath``)."""
    if not (raw.startswith(b'"') and raw.endswith(b'"') and len(raw) >= 2):
        return raw

    def repl(match: re.Match[bytes]) -> bytes:
        token = match.group(1)
        if len(token) == 3:
            return bytes([int(token, 8)])
        return _ESCAPES.get(token, token)

    return _OCTAL.sub(repl, raw[1:-1])


def _lines(stream: IO[bytes], limit: int) -> Iterator[tuple[bytes, bool]]:
    """Lines of at most ``limit`` bytes; longer lines are drained and flagged, not buffered."""
    while True:
        line = stream.readline(limit)
        if not line:
            return
        if line.endswith(b"\n") or len(line) < limit:
            yield line, False
            continue
        while True:  # drain the rest of an over-long line
            rest = stream.readline(limit)
            if not rest or rest.endswith(b"\n"):
                break
        yield line[:0], True


class _Chunk:
    """The added lines of one file in one commit, joined, with their line numbers."""

    def __init__(self, path: bytes) -> None:
        self.path = path
        self.parts: list[bytes] = []
        self.offsets: list[int] = []
        self.numbers: list[int] = []
        self.size = 0

    def add(self, line_no: int, text: bytes) -> None:
        self.offsets.append(self.size)
        self.numbers.append(line_no)
        self.parts.append(text)
        self.size += len(text) + 1

    def line_at(self, offset: int) -> int:
        return self.numbers[bisect.bisect_right(self.offsets, offset) - 1]


def _record(outcome: HistoryOutcome, commit: str, chunk: _Chunk, matcher: Matcher) -> None:
    if not chunk.parts:
        return
    data = b"\n".join(chunk.parts)
    hits: Sequence[Hit] = matcher.scan(data)
    if not hits:
        return
    path = display_path(chunk.path)
    for finding in findings_for(path, data, hits):
        hit_line = chunk.line_at(_offset_of_line(data, finding.location.start_line))
        key = (finding.rule_id, str(finding.extra["secret_sha256"]))
        entry = outcome.entries.get(key)
        located = _relocate(finding, hit_line)
        if entry is None:
            outcome.entries[key] = HistoryEntry(located, first_commit=commit, last_commit=commit)
        else:  # git log runs newest first: this sighting is older
            entry.finding = located
            entry.first_commit = commit
            entry.commits += 1


def _offset_of_line(data: bytes, line_no: int) -> int:
    offset = 0
    for _ in range(line_no - 1):
        offset = data.index(b"\n", offset) + 1
    return offset


def _relocate(finding: Finding, line_no: int) -> Finding:
    loc = finding.location
    span = loc.end_line - loc.start_line
    return replace(finding, location=replace(loc, start_line=line_no, end_line=line_no + span))


def _has_commits(root: Path) -> bool | None:
    """True/False in a work tree; None when ``root`` is not in a git repository."""
    try:
        proc = subprocess.run(
            git_argv(root, "rev-parse", "--is-inside-work-tree", "--verify", "-q", "HEAD"),
            capture_output=True,
            timeout=60,
            env=git_env(),
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    lines = proc.stdout.split()
    if not lines or lines[0] != b"true":
        return None
    return proc.returncode == 0


def _revisions(root: Path, since: str | None) -> str:
    """``since..HEAD`` when ``since`` is a full commit id that HEAD descends from, else HEAD
    (a rewritten history is scanned whole rather than trusted)."""
    if not since or not re.fullmatch(r"[0-9a-f]{40}|[0-9a-f]{64}", since):
        return "HEAD"
    proc = run_git(root, "merge-base", "--is-ancestor", since, "HEAD", timeout=60)
    return f"{since}..HEAD" if proc is not None and proc.returncode == 0 else "HEAD"


def head_commit(root: Path) -> str | None:
    """The commit id HEAD names, or None outside a repository with commits."""
    proc = run_git(root, "rev-parse", "--verify", "-q", "HEAD", timeout=60)
    if proc is None or proc.returncode != 0:
        return None
    return proc.stdout.decode("ascii", "replace").strip() or None


def scan(root: Path, matcher: Matcher, config: ScanConfig, deadline: float) -> HistoryOutcome:
    outcome = HistoryOutcome()
    state = _has_commits(root)
    if state is None:
        outcome.coverage.append(
            Coverage(
                Engine.SECRETS,
                HISTORY_PATH,
                CoverageStatus.SKIPPED,
                "not a git repository: history not scanned",
            )
        )
        return outcome
    if not state:
        return outcome  # an empty repository has no history to scan
    argv = git_argv(
        root,
        "-c",
        "log.showSignature=false",
        "-c",
        "diff.external=",
        "log",
        "-p",
        "-U0",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        "--src-prefix=a/",
        "--dst-prefix=b/",
        "--format=%x1ecommit %H",
        "--end-of-options",
        _revisions(root, config.history_since),
        "--",
    )
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=git_env())
    assert proc.stdout is not None
    limit = max(config.max_file_bytes, 1024)
    commit = ""
    chunk: _Chunk | None = None
    new_line = 0
    try:
        for line, too_long in _lines(proc.stdout, limit):
            if time.monotonic() > deadline:
                outcome.complete = False
                outcome.coverage.append(
                    Coverage(
                        Engine.SECRETS,
                        HISTORY_PATH,
                        CoverageStatus.TIMED_OUT,
                        "secrets time limit reached while reading git history",
                    )
                )
                break
            if too_long:
                new_line += 1
                continue
            if line.startswith(_COMMIT_MARK):
                if chunk is not None:
                    _record(outcome, commit, chunk, matcher)
                chunk = None
                commit = line[len(_COMMIT_MARK) :].strip().decode("ascii", "replace")
            elif line.startswith(b"diff --git "):
                if chunk is not None:
                    _record(outcome, commit, chunk, matcher)
                chunk = None
            elif line.startswith(b"+++ "):
                # git appends a TAB to names containing spaces (for patch(1))
                target = unquote_path(line[4:].rstrip(b"\n").rstrip(b"\t"))
                if target.startswith(b"b/"):
                    rel = target[2:]
                    skip = config.skip_vendored and is_vendored(rel)
                    chunk = None if skip else _Chunk(rel)
            elif line.startswith(b"@@"):
                match = _HUNK.match(line)
                new_line = int(match.group(1)) if match else 0
            elif line.startswith(b"+") and chunk is not None:
                if chunk.size < limit:
                    chunk.add(new_line, line[1:].rstrip(b"\n"))
                new_line += 1
        else:
            if chunk is not None:
                _record(outcome, commit, chunk, matcher)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stdout.close()
    return outcome


def merge(findings: list[Finding], entries: dict[tuple[str, str], HistoryEntry]) -> list[Finding]:
    """Attach commits to findings still in the tree; add history-only findings once each."""
    merged: list[Finding] = []
    claimed: set[tuple[str, str]] = set()
    for finding in findings:
        key = (finding.rule_id, str(finding.extra.get("secret_sha256", "")))
        entry = entries.get(key)
        if entry is None:
            merged.append(finding)
            continue
        claimed.add(key)
        merged.append(
            with_extra(
                finding,
                {
                    "first_commit": entry.first_commit,
                    "last_commit": entry.last_commit,
                    "commits": entry.commits,
                },
            )
        )
    for key, entry in entries.items():
        if key in claimed:
            continue
        merged.append(
            with_extra(
                entry.finding,
                {
                    "first_commit": entry.first_commit,
                    "last_commit": entry.last_commit,
                    "commits": entry.commits,
                    "history_only": True,
                },
            )
        )
    return merged
