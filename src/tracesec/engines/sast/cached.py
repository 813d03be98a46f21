"""SAST results per file in the result cache: which targets still need semgrep, and storing them.

semgrep CE rules are intra-file, so a file's findings depend only on its content, its rule
pack, the semgrep version, the per-rule timeout and our parsing code. The key also holds the
file's path, because the v1 SAST fingerprint hashes the matched code after the path: re-using
an entry under a new path would need the matched code, which may hold a secret and is never
stored. A file semgrep could not fully parse, or where a rule hit the per-rule timeout, is
stored with its coverage row: re-analysing it on every scan repeated the same timeouts (three
taint rules x 5 s on Juice Shop's three.js, every re-scan) to report the same row. The row is
reported again on every hit, so such a file is still never taken as fully analysed; a file
that failed for any other reason (out of memory, a crash) is not stored.

Findings that run through a helper of another file (helper_links.py) depend on several files
at once: they never go into one file's entry, but are stored per group of linked files under
all of their contents (``links_key``). So are the findings that helpers of other files clear
(helper_summaries.py): a file's entry keeps what semgrep found in the file alone, and what is
cleared is stored per question under the contents of the files it read (``summaries_key``).
Each tree remembers its groups and what was cleared in it (``tree_key``).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tracesec.engines.formats.json import finding_from_dict, finding_to_dict
from tracesec.engines.model import Coverage, CoverageStatus, Engine, Finding, TargetFile
from tracesec.engines.resultcache import ResultCache, cache_key, content_digest, source_digest
from tracesec.engines.sast.command import pack_for, rules_digest
from tracesec.engines.sast.same_file import Reach

_FORMAT = "sast/2"  # 2: {findings, coverage}; failed files stored too
_LINKS_FORMAT = "sast-links/1"
_SUMMARIES_FORMAT = "sast-helper-summaries/1"
_HELPER_FORMAT = "sast-helper-summary/1"
_TREE_FORMAT = "sast-links-tree/3"  # 3: and what helpers of other files clear
# outcomes semgrep gives again for the same content, rules and timeout
_REPEATABLE = frozenset({CoverageStatus.TIMED_OUT, CoverageStatus.PARSE_ERROR})
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


@dataclass
class Split:
    """Targets split by the cache: what is known already and what semgrep must analyse."""

    findings: list[Finding]  # from the cache
    coverage: list[Coverage]  # from the cache: files semgrep could not fully analyse
    pending: list[Pending]  # to analyse, with the key their result is stored under
    unkeyed: list[TargetFile]  # unreadable here: analysed (semgrep reports what is wrong)
    digests: dict[str, str] = field(default_factory=dict)  # each keyed target's content


def split(
    cache: ResultCache, targets: Sequence[TargetFile], semgrep_version: str, timeout: int
) -> Split:
    digests: dict[str, str] = {}
    out = Split([], [], [], [])
    for target in targets:
        pack = pack_for(target.path) or ""
        if pack not in digests:
            digests[pack] = rules_digest([pack])
        try:
            stamp = _stamp(target.abspath)
            with open(target.abspath, "rb") as handle:
                data = handle.read()
        except OSError:
            out.unkeyed.append(target)
            continue
        out.digests[target.path] = content_digest(data)
        key = cache_key(
            _FORMAT, semgrep_version, _code_digest(), pack, digests[pack], f"timeout={timeout}",
            target.path, out.digests[target.path],
        )  # fmt: skip
        value = cache.get_json(key)
        entry = _decode(value, target.path) if value is not None else None
        if entry is None:
            out.pending.append(Pending(target, key, stamp))
            continue
        out.findings.extend(entry[0])
        if entry[1] is not None:
            out.coverage.append(entry[1])
    return out


def store(
    cache: ResultCache,
    pending: Iterable[Pending],
    findings: Iterable[Finding],
    coverage: Mapping[str, Coverage],
) -> None:
    """Store each analysed file's (already redacted) findings and its coverage row, unless
    semgrep failed on it in a way a re-run may not repeat."""
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        by_path.setdefault(finding.location.path, []).append(finding)
    for item in pending:
        row = coverage.get(item.target.path)
        if row is not None and row.status not in _REPEATABLE:
            continue
        try:
            if _stamp(item.target.abspath) != item.stamp:
                continue  # changed while semgrep read it: the key no longer names its content
        except OSError:
            continue
        found = by_path.get(item.target.path, [])
        value = {
            "findings": [finding_to_dict(f) for f in found],
            "coverage": None if row is None else {"status": row.status.value, "reason": row.reason},
        }
        cache.put_json(item.key, value)


def links_key(
    texts: Mapping[str, str], packs: Sequence[str], semgrep_version: str, timeout: int
) -> str:
    """The entry of the findings that run through another file's helper (helper_links): they
    depend on every linked file at once, so they are stored under all of their contents, never
    with one file's entry."""
    digests = (f"{path}\0{content_digest(text.encode())}" for path, text in sorted(texts.items()))
    return cache_key(
        _LINKS_FORMAT, semgrep_version, _code_digest(), rules_digest(list(packs)),
        f"timeout={timeout}", *digests,
    )  # fmt: skip


def tree_key(known: Split, packs: Sequence[str], semgrep_version: str, timeout: int) -> str:
    """The entry naming the links of a whole tree (every target's path and content): an
    unchanged tree finds its linked findings without reading the links again. "" when some
    target could not be read."""
    if known.unkeyed:
        return ""
    return cache_key(
        _TREE_FORMAT, semgrep_version, _code_digest(), rules_digest(list(packs)),
        f"timeout={timeout}", *(f"{p}\0{d}" for p, d in sorted(known.digests.items())),
    )  # fmt: skip


# a finding a helper of another file clears: (path, rule, first line, last line)
Cleared = tuple[str, str, int, int]


@dataclass(frozen=True)
class Remembered:
    """What a tree's scan left: the ``links_key`` of each group of linked files (none for a
    tree without links) and the findings helpers of other files cleared."""

    links_keys: list[str]
    cleared: set[Cleared]


def remembered(cache: ResultCache, tree: str) -> Remembered | None:
    """What the scan of a tree left; None on a miss."""
    value = cache.get_json(tree)
    if not isinstance(value, dict):
        return None
    keys, cleared = value.get("links_keys"), value.get("cleared")
    if not (isinstance(keys, list) and all(isinstance(k, str) for k in keys)):
        return None
    if not isinstance(cleared, list):
        return None
    try:
        rows = {(str(p), str(r), int(a), int(b)) for p, r, a, b in cleared}
    except (TypeError, ValueError):
        return None  # a stale or foreign entry is a miss
    return Remembered([str(k) for k in keys], rows)


def remember(cache: ResultCache, tree: str, found: Remembered) -> None:
    cleared = [list(row) for row in sorted(found.cleared)]
    cache.put_json(tree, {"links_keys": list(found.links_keys), "cleared": cleared})


def summaries_key(
    texts: Mapping[str, str],
    question: str,
    packs: Sequence[str],
    semgrep_version: str,
    timeout: int,
) -> str:
    """The entry of what helpers of other files clear of one file's findings of one rule
    (``question``, which names them): it depends on the caller's and the helpers' files."""
    digests = (f"{path}\0{content_digest(text.encode())}" for path, text in sorted(texts.items()))
    return cache_key(
        _SUMMARIES_FORMAT, semgrep_version, _code_digest(), rules_digest(list(packs)),
        f"timeout={timeout}", question, *digests,
    )  # fmt: skip


class HelperSummaries:
    """A helper file's summary for a rule (helper_summaries.SummaryStore), stored under the
    file's content: a caller that changes does not summarise its helpers again."""

    def __init__(
        self,
        cache: ResultCache,
        text: Callable[[str], str | None],
        packs: Sequence[str],
        semgrep_version: str,
        timeout: int,
    ) -> None:
        self._cache = cache
        self._text = text
        self._fixed = (semgrep_version, rules_digest(list(packs)), f"timeout={timeout}")

    def _key(self, home: str, rule_id: str) -> str:
        text = self._text(home) or ""
        digest = content_digest(text.encode())
        return cache_key(_HELPER_FORMAT, _code_digest(), *self._fixed, rule_id, home, digest)

    def get(self, home: str, rule_id: str) -> dict[str, Reach] | None:
        value = self._cache.get_json(self._key(home, rule_id))
        clean = value.get("clean") if isinstance(value, dict) else None
        if not isinstance(clean, dict):
            return None
        try:
            return {
                str(name): Reach(bool(is_method), tuple(str(o) for o in owners))
                for name, (is_method, owners) in clean.items()
            }
        except (TypeError, ValueError):
            return None  # a stale or foreign entry is a miss

    def put(self, home: str, rule_id: str, clean: Mapping[str, Reach]) -> None:
        value = {name: [reach.is_method, list(reach.owners)] for name, reach in clean.items()}
        self._cache.put_json(self._key(home, rule_id), {"clean": value})


def cleared_spans(cache: ResultCache, key: str) -> set[tuple[int, int]] | None:
    """The (first line, last line) of each finding stored as cleared under ``summaries_key``;
    None on a miss."""
    value = cache.get_json(key)
    spans = value.get("cleared") if isinstance(value, dict) else None
    if not isinstance(spans, list):
        return None
    try:
        return {(int(a), int(b)) for a, b in spans}
    except (TypeError, ValueError):
        return None  # a stale or foreign entry is a miss


def store_cleared(cache: ResultCache, key: str, spans: Iterable[tuple[int, int]]) -> None:
    cache.put_json(key, {"cleared": [list(span) for span in sorted(spans)]})


def linked_findings(cache: ResultCache, key: str) -> list[Finding] | None:
    """The stored findings under ``links_key``; None on a miss."""
    value = cache.get_json(key)
    if not isinstance(value, dict):
        return None
    try:
        return [finding_from_dict(item) for item in value["findings"]]
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # a stale or foreign entry is a miss


def store_linked(cache: ResultCache, key: str, findings: Iterable[Finding]) -> None:
    cache.put_json(key, {"findings": [finding_to_dict(f) for f in findings]})


def _decode(value: object, path: str) -> tuple[list[Finding], Coverage | None] | None:
    if not isinstance(value, dict):
        return None
    try:
        findings = [finding_from_dict(item) for item in value["findings"]]
        row = value["coverage"]
        coverage = None
        if row is not None:
            status = CoverageStatus(row["status"])
            if status not in _REPEATABLE:
                return None
            coverage = Coverage(
                engine=Engine.SAST, path=path, status=status, reason=str(row["reason"])
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # a stale or foreign entry is a miss
    return findings, coverage
