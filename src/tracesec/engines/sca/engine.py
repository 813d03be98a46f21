"""The SCA engine: manifests from the one walk -> inventory -> OSV matches -> findings.

Takes explicit inputs only (the file list and ``config.osv_db``); reads no environment and
touches no network. A manifest that cannot be parsed is recorded as coverage and never stops
the others; a missing OSV index fails the engine with a message that says how to fix it,
while the inventory is still returned.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from tracesec.engines.fingerprint import sca_fingerprint
from tracesec.engines.model import (
    Coverage,
    CoverageStatus,
    Engine,
    EngineOutcome,
    EngineStatus,
    Finding,
    Location,
    Package,
    ScanConfig,
    Severity,
    TargetFile,
)
from tracesec.engines.progress import FileCounter, counted
from tracesec.engines.resultcache import ResultCache, open_cache
from tracesec.engines.sca import cached, extractors, names, reachability
from tracesec.engines.sca.extractors.base import MAX_MANIFEST_BYTES, ExtractorModule, ParseError
from tracesec.engines.sca.index_matcher import Matcher
from tracesec.engines.sca.matching import MergedHit
from tracesec.engines.sca.osvstore import OsvIndex, OsvIndexError

logger = logging.getLogger(__name__)

# A severity must be shown; records without GHSA level or CVSS vector get this one.
UNKNOWN_SEVERITY = Severity.MEDIUM
MAX_NOTES_PER_MANIFEST = 20


def _read(target: TargetFile) -> bytes:
    with target.abspath.open("rb") as handle:
        data = handle.read(MAX_MANIFEST_BYTES + 1)
    return data


def _make_lookup(files: Sequence[TargetFile]) -> Callable[[str], bytes | None]:
    """Other files of the same walk, by relative path; nothing outside it is ever opened."""
    by_path = {target.path: target for target in files}

    def lookup(path: str) -> bytes | None:
        target = by_path.get(path)
        if target is None:
            return None
        try:
            return _read(target)
        except OSError:
            return None

    return lookup


def select_manifests(files: Iterable[TargetFile]) -> list[tuple[TargetFile, ExtractorModule]]:
    selected = []
    for target in files:
        extractor = extractors.for_path(target.path)
        if extractor is not None:
            selected.append((target, extractor))
    return selected


def _coverage(path: str, status: CoverageStatus, reason: str) -> Coverage:
    return Coverage(engine=Engine.SCA, path=path, status=status, reason=reason)


def extract_all(
    files: Sequence[TargetFile],
    deadline: float,
    cache: ResultCache | None = None,
    only_paths: frozenset[str] | None = None,
    counter: FileCounter | None = None,
) -> tuple[list[Package], list[Coverage], int, bool]:
    """Run every matching extractor: (inventory, coverage, manifests read, complete).

    With a cache, a manifest whose bytes (and the files it includes) are unchanged is not
    parsed again.
    """
    lookup = _make_lookup(files)
    inventory: list[Package] = []
    coverage: list[Coverage] = []
    scanned = 0
    complete = True
    seen: set[tuple[str, str, str, str, int]] = set()
    manifests = [
        (target, extractor)
        for target, extractor in select_manifests(files)
        if only_paths is None or target.path in only_paths
    ]
    for target, extractor in counted(manifests, counter) if counter else manifests:
        if time.monotonic() > deadline:
            coverage.append(
                _coverage(target.path, CoverageStatus.TIMED_OUT, "SCA time limit reached")
            )
            complete = False
            continue
        notes: list[str] = []
        try:
            content = _read(target)
            entry = cached.key_for(extractor.NAME, target.path, content)
            hit = cached.load(cache, entry, lookup) if cache is not None else None
            if hit is not None:
                packages, notes = hit
            else:
                recording = cached.RecordingLookup(lookup)
                packages = extractor.extract(target.path, content, recording, notes)
                if cache is not None:
                    cached.save(cache, entry, recording.read, list(packages), notes)
        except ParseError as exc:
            coverage.append(
                _coverage(target.path, CoverageStatus.PARSE_ERROR, f"{extractor.NAME}: {exc}")
            )
            complete = False
            continue
        except OSError as exc:
            coverage.append(
                _coverage(target.path, CoverageStatus.FAILED, f"cannot read: {exc.strerror}")
            )
            complete = False
            continue
        except Exception as exc:  # an extractor bug must not lose the other manifests
            logger.exception("sca.extract.crash", extra={"path": target.path})
            coverage.append(
                _coverage(
                    target.path,
                    CoverageStatus.FAILED,
                    f"{extractor.NAME}: internal error ({type(exc).__name__})",
                )
            )
            complete = False
            continue
        scanned += 1
        for pkg in packages:
            # a file included with -r is also read as a manifest of its own: keep one entry
            key = (pkg.manifest_path, pkg.ecosystem, pkg.name, pkg.version, pkg.line)
            if key not in seen:
                seen.add(key)
                inventory.append(pkg)
        for note in notes[:MAX_NOTES_PER_MANIFEST]:
            coverage.append(_coverage(target.path, CoverageStatus.SKIPPED, note))
        if len(notes) > MAX_NOTES_PER_MANIFEST:
            coverage.append(
                _coverage(
                    target.path,
                    CoverageStatus.SKIPPED,
                    f"{len(notes) - MAX_NOTES_PER_MANIFEST} more entries skipped",
                )
            )
    return inventory, coverage, scanned, complete


def severity_source(merged: MergedHit) -> str:
    """Where the finding's severity comes from: "cvss" (a computed base score), "database"
    (the advisory database's own level) or "unknown" (neither; UNKNOWN_SEVERITY is shown)."""
    if merged.severity is None:
        return "unknown"
    if merged.cvss is not None and merged.cvss.severity is merged.severity:
        return "cvss"
    return "database"


def _go_note(pkg: Package) -> str:
    # go.mod's `go` line only says which language version the module needs; the standard
    # library that ships is the toolchain's (the extractor uses `toolchain` when present).
    if pkg.ecosystem != "Go" or pkg.name != "stdlib":
        return ""
    return (
        " The Go standard library version is go.mod's `toolchain` directive when present, "
        "else its `go` directive, which is only the minimum language version: the toolchain "
        "that builds the code may be newer; add a `toolchain` line to state it."
    )


def _dev(pkg: Package, used: reachability.Usage | None) -> bool | None:
    """The manifest's word; else a package only tests import is test-only (go.mod says
    nothing about scope), and one the code imports is runtime."""
    if pkg.dev is not None or used is None or not used.imported:
        return pkg.dev
    return used.test_only


def to_finding(pkg: Package, merged: MergedHit, used: reachability.Usage | None = None) -> Finding:
    level = merged.severity or UNKNOWN_SEVERITY
    fixed = merged.fixed_version
    also = f" (also {', '.join(merged.aliases)})" if merged.aliases else ""
    advice = (
        f"Upgrade {pkg.name} to {fixed} or later."
        if fixed
        else "No fixed version is known; consider removing or replacing the package."
    )
    summary = merged.summary or merged.canonical_id
    scored = merged.cvss
    rating = f" CVSS {scored.version} base score {scored.score:.1f}." if scored else ""
    return Finding(
        engine=Engine.SCA,
        rule_id=merged.canonical_id,
        severity=level,
        title=f"{pkg.name} {pkg.version}: {summary}",
        message=(
            f"{pkg.name} {pkg.version} ({pkg.ecosystem}) is affected by "
            f"{merged.canonical_id}{also}: {summary}.{rating} {advice}{_go_note(pkg)}"
        ),
        location=Location(
            path=pkg.manifest_path, start_line=max(pkg.line, 1), end_line=max(pkg.line, 1)
        ),
        fingerprint=sca_fingerprint(
            pkg.ecosystem,
            names.normalize(pkg.ecosystem, pkg.name),
            pkg.version,
            merged.canonical_id,
            pkg.manifest_path,
        ),
        cwe=merged.cwe,
        confidence="high",
        extra={
            "ecosystem": pkg.ecosystem,
            "package": pkg.name,
            "version": pkg.version,
            "purl": pkg.purl,
            "advisory_id": merged.canonical_id,
            "aliases": list(merged.aliases),
            "fixed_version": fixed,
            "summary": merged.summary,
            "manifest_path": pkg.manifest_path,
            "direct": pkg.direct,
            "dev": _dev(pkg, used),
            # does the repository's own code import it (reachability.py): ranks, never hides
            "imported": used.imported if used else None,
            "severity_known": merged.severity is not None,
            "severity_source": severity_source(merged),
            "cvss": scored.to_json() | {"version": scored.version} if scored else None,
        },
    )


# A worker process scans many repositories against the same index: keep the matcher (its
# compiled packages and cached results) while the index files are unchanged.
_MATCHERS: OrderedDict[tuple[Any, ...], Matcher] = OrderedDict()
_MATCHERS_LOCK = threading.Lock()
MAX_CACHED_MATCHERS = 2


def matcher_for(index: OsvIndex) -> Matcher:
    try:
        stats = [(str(info.path), info.path.stat()) for info in index.sources]
    except OSError:
        return Matcher(index)
    # a re-import swaps in a new file: new inode, size and mtime
    identity = tuple((path, st.st_ino, st.st_size, st.st_mtime_ns) for path, st in stats)
    with _MATCHERS_LOCK:
        matcher = _MATCHERS.get(identity)
        if matcher is None:
            matcher = _MATCHERS[identity] = Matcher(index)
            while len(_MATCHERS) > MAX_CACHED_MATCHERS:
                _MATCHERS.popitem(last=False)
        else:
            _MATCHERS.move_to_end(identity)
        return matcher


def match_inventory(
    index: OsvIndex,
    inventory: Sequence[Package],
    imports: Mapping[reachability.UsageKey, reachability.Usage] | None = None,
) -> tuple[list[Finding], list[Coverage], bool]:
    """Findings for every affected package, plus coverage for what could not be checked."""
    matcher = matcher_for(index)
    available = index.ecosystems
    findings: dict[str, Finding] = {}
    coverage: list[Coverage] = []
    complete = True
    missing: dict[tuple[str, str], int] = {}
    unversioned: dict[str, int] = {}
    for pkg in inventory:
        if pkg.ecosystem not in available:
            key = (pkg.manifest_path, pkg.ecosystem)
            missing[key] = missing.get(key, 0) + 1
            continue
        if not pkg.version:
            unversioned[pkg.manifest_path] = unversioned.get(pkg.manifest_path, 0) + 1
            continue
        for merged in matcher.match_merged(pkg.ecosystem, pkg.name, pkg.version):
            finding = to_finding(
                pkg, merged, imports.get(reachability.usage_key(pkg)) if imports else None
            )
            findings.setdefault(finding.fingerprint, finding)
    for (manifest, ecosystem), count in sorted(missing.items()):
        complete = False
        coverage.append(
            _coverage(
                manifest,
                CoverageStatus.SKIPPED,
                f"{count} {ecosystem} packages not checked: no OSV data for {ecosystem} "
                f"(run `trace vulndb sync --ecosystem {ecosystem}`)",
            )
        )
    for manifest, count in sorted(unversioned.items()):
        coverage.append(
            _coverage(
                manifest,
                CoverageStatus.SKIPPED,
                f"{count} packages without an exact version were not checked",
            )
        )
    return list(findings.values()), coverage, complete


def run(root: Path, files: Sequence[TargetFile], config: ScanConfig) -> EngineOutcome:
    """Entry point used by the orchestrator. ``root`` is informational: paths come in ``files``."""
    started = time.monotonic()
    deadline = started + config.sca_timeout_seconds
    cache = open_cache(config.cache_dir, config.cache_max_bytes)
    counter = None
    if config.files_progress is not None:  # only SCA's own files: lockfiles and manifests
        total = sum(
            1
            for target, _ in select_manifests(files)
            if config.only_paths is None or target.path in config.only_paths
        )
        counter = FileCounter(config, Engine.SCA, total)
    inventory, coverage, scanned, complete = extract_all(
        files, deadline, cache, config.only_paths, counter
    )
    error = ""
    ok = True
    findings: list[Finding] = []
    index_version = ""
    try:
        index = OsvIndex.open(config.osv_db)
        index_version = index.version
    except OsvIndexError as exc:
        ok = False
        error = str(exc)
        logger.warning("sca.index.unavailable: %s", exc)
    else:
        try:
            imports = reachability.usage(inventory, files)
            findings, match_coverage, matched_complete = match_inventory(index, inventory, imports)
        except OsvIndexError as exc:
            ok, error = False, str(exc)
        except Exception as exc:  # sqlite errors on a corrupt index and the like
            logger.exception("sca.match.failed")
            ok, error = False, f"OSV index unusable ({type(exc).__name__}); re-import it"
        else:
            coverage.extend(match_coverage)
            complete = complete and matched_complete
    findings.sort(key=lambda f: (f.location.path, f.location.start_line, f.rule_id))
    status = EngineStatus(
        engine=Engine.SCA,
        ok=ok,
        complete=complete and ok,
        files_scanned=scanned,
        seconds=time.monotonic() - started,
        error=error,
        version=index_version,
    )
    logger.info(
        "sca.done manifests=%d packages=%d findings=%d",
        scanned,
        len(inventory),
        len(findings),
    )
    return EngineOutcome(
        status=status,
        findings=tuple(findings),
        coverage=tuple(coverage),
        inventory=tuple(inventory),
    )
