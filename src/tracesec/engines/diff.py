"""Diff-aware scans: analyse only what changed since a base commit, report what is new.

Every engine judges a file on its own (semgrep CE rules are intra-file, secrets detectors read
one file, an SCA extractor reads one manifest and the files it includes), so scanning the
changed files gives exactly the findings a full scan would give for them. To say which are
*new*, the base versions of the same files (plus every manifest, which an SCA include may
need) are written to a private directory and scanned the same way; a finding is new when its
fingerprint is not among the base's. The pull-request checks call ``diff_scan``.

``base`` is checked to name a commit before git sees it as anything else, so a value such as
``--output=...`` is refused rather than read as an option.
"""

from __future__ import annotations

import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from tracesec.engines.errors import TargetError
from tracesec.engines.model import Finding, ScanConfig, ScanResult
from tracesec.engines.sca import extractors
from tracesec.engines.scan import ProgressCallback, scan
from tracesec.engines.targets import run_git


@dataclass(frozen=True, slots=True)
class DiffScan:
    head: ScanResult  # findings in the changed files at head
    base_commit: str
    changed: frozenset[str]  # paths changed between the base and the work tree
    new: tuple[Finding, ...]  # head findings whose fingerprint the base did not have

    def result(self) -> ScanResult:
        """The head result reduced to the new findings (what a pull-request check reports)."""
        return replace(self.head, findings=self.new)


def _git(root: Path, *args: str, check: bool = True, stdin: bytes | None = None) -> bytes:
    proc = run_git(root, *args, stdin=stdin)
    if proc is None:
        raise TargetError(f"git failed on {root}")
    if check and proc.returncode != 0:
        raise TargetError(f"git could not compare with the base ({' '.join(args[:2])})")
    return proc.stdout


def resolve_commit(root: Path, rev: str) -> str:
    """The full id of commit ``rev`` in the repository at ``root``; TargetError otherwise."""
    if not rev or rev.startswith("-") or "\0" in rev:
        raise TargetError(f"not a commit: {rev!r}")
    out = _git(root, "rev-parse", "--verify", "-q", "--end-of-options", f"{rev}^{{commit}}",
               check=False)  # fmt: skip
    commit = out.decode("ascii", "replace").strip()
    if len(commit) not in (40, 64):
        raise TargetError(f"{rev!r} is not a commit of the repository at {root}")
    return commit


def changed_paths(root: Path, base_commit: str) -> frozenset[str]:
    """Paths that differ between ``base_commit`` and the work tree, plus untracked files."""
    diff = _git(root, "diff", "--name-only", "-z", "--no-renames", base_commit, "--")
    others = _git(root, "ls-files", "-z", "--others", "--exclude-standard")
    names = [p for p in (diff + b"\0" + others).split(b"\0") if p]
    return frozenset(name.decode("utf-8", "backslashreplace") for name in names)


def _base_paths(root: Path, base_commit: str) -> list[bytes]:
    listing = _git(root, "ls-tree", "-r", "-z", "--name-only", "--full-tree", base_commit)
    return [p for p in listing.split(b"\0") if p]


def _materialize(root: Path, base_commit: str, paths: list[bytes], into: Path) -> None:
    """The base versions of ``paths`` as regular files under ``into`` (no git checkout, so no
    hooks, filters or attributes of the repository run)."""
    if not paths:
        return
    paths = [p for p in paths if b"\n" not in p]  # one request per line
    spec = b"".join(base_commit.encode() + b":" + p + b"\n" for p in paths)
    out, pos = _git(root, "cat-file", "--batch", stdin=spec), 0
    for rel in paths:
        end = out.index(b"\n", pos)
        header = out[pos:end].split(b" ")
        pos = end + 1
        if len(header) != 3 or header[1] != b"blob":
            continue  # missing or a submodule
        size = int(header[2])
        data, pos = out[pos : pos + size], pos + size + 1
        target = Path(os.fsdecode(into)) / os.fsdecode(rel)
        if ".." in Path(os.fsdecode(rel)).parts:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def diff_scan(
    root: Path, config: ScanConfig, base: str, progress: ProgressCallback | None = None
) -> DiffScan:
    """Scan what changed in ``root`` since ``base`` and the same files at ``base``."""
    root = root.resolve()
    base_commit = resolve_commit(root, base)
    changed = changed_paths(root, base_commit)
    base_files = _base_paths(root, base_commit)
    wanted = [
        p
        for p in base_files
        if p.decode("utf-8", "backslashreplace") in changed
        or extractors.for_path(p.decode("utf-8", "backslashreplace")) is not None
    ]
    with tempfile.TemporaryDirectory(prefix="trace-base-") as tmp:
        base_root = Path(tmp)
        _materialize(root, base_commit, wanted, base_root)
        # Both sides at once: each semgrep run is mostly its fixed start-up cost.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="trace-diff-base") as pool:
            # the files-done counts are the head's: the base side is the smaller, hidden half
            base_config = replace(config, only_paths=changed, history=False, files_progress=None)
            before_future = pool.submit(scan, base_root, base_config)
            head = scan(root, replace(config, only_paths=changed), progress=progress)
            before = before_future.result()
    known = {f.fingerprint for f in before.findings}
    new = tuple(f for f in head.findings if f.fingerprint not in known)
    return DiffScan(head=head, base_commit=base_commit, changed=changed, new=new)
