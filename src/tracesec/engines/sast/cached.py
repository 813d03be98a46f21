"""SAST results per file in the result cache: which targets still need semgrep, and storing them.

semgrep CE rules are intra-file, so a file's findings depend only on its content, its rule
pack, the semgrep version and our parsing code. The key also holds the file's path, because
the v1 SAST fingerprint hashes the matched code after the path: re-using an entry under a new
path would need the matched code, which may hold a secret and is never stored. Only files
semgrep read cleanly (no timeout or parse error) are stored.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tracesec.engines.formats.json import finding_from_dict, finding_to_dict
from tracesec.engines.model import Finding, TargetFile
from tracesec.engines.resultcache import ResultCache, cache_key, content_digest, source_digest
from tracesec.engines.sast.command import pack_for, rules_digest

_FORMAT = "sast/1"
_PACKAGE_DIR = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=1)
def _code_digest() -> str:
    return source_digest(_PACKAGE_DIR.parent / "fingerprint.py", _PACKAGE_DIR)


@dataclass(frozen=True)
class Pending:
    """A target semgrep must analyse, with what its entry will be stored under."""

    target: TargetFile
    key: str
    stamp: tuple[int, int]  # (size, mtime_ns) when hashed: a file changed since is not stored


def _stamp(path: Path) -> tuple[int, int]:
    st = os.stat(path, follow_symlinks=False)
    return st.st_size, st.st_mtime_ns


def split(
    cache: ResultCache, targets: Sequence[TargetFile], semgrep_version: str
) -> tuple[list[Finding], list[Pending], list[TargetFile]]:
    """(cached findings, targets to analyse with their keys, unreadable targets to analyse)."""
    digests: dict[str, str] = {}
    cached: list[Finding] = []
    pending: list[Pending] = []
    unkeyed: list[TargetFile] = []
    for target in targets:
        pack = pack_for(target.path) or ""
        if pack not in digests:
            digests[pack] = rules_digest([pack])
        try:
            stamp = _stamp(target.abspath)
            with open(target.abspath, "rb") as handle:
                data = handle.read()
        except OSError:
            unkeyed.append(target)  # semgrep reports what is wrong with it
            continue
        key = cache_key(
            _FORMAT, semgrep_version, _code_digest(), pack, digests[pack], target.path,
            content_digest(data),
        )  # fmt: skip
        value = cache.get_json(key)
        findings = _decode(value) if value is not None else None
        if findings is None:
            pending.append(Pending(target, key, stamp))
        else:
            cached.extend(findings)
    return cached, pending, unkeyed


def store(
    cache: ResultCache, pending: Iterable[Pending], findings: Iterable[Finding], failed: set[str]
) -> None:
    """Store each analysed file's (already redacted) findings, unless semgrep failed on it."""
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        by_path.setdefault(finding.location.path, []).append(finding)
    for item in pending:
        if item.target.path in failed:
            continue
        try:
            if _stamp(item.target.abspath) != item.stamp:
                continue  # changed while semgrep read it: the key no longer names its content
        except OSError:
            continue
        found = by_path.get(item.target.path, [])
        cache.put_json(item.key, [finding_to_dict(f) for f in found])


def _decode(value: object) -> list[Finding] | None:
    if not isinstance(value, list):
        return None
    try:
        return [finding_from_dict(item) for item in value]
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # a stale or foreign entry is a miss
