"""The secrets engine: scan the walked files (and, on request, git history) for credentials."""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import time
from collections.abc import Sequence
from pathlib import Path

from tracesec.engines.model import (
    Coverage,
    CoverageStatus,
    Engine,
    EngineOutcome,
    EngineStatus,
    Finding,
    ScanConfig,
    TargetFile,
)
from tracesec.engines.progress import FileCounter, counted
from tracesec.engines.resultcache import open_cache
from tracesec.engines.secrets import cached, history
from tracesec.engines.secrets.matcher import Matcher
from tracesec.engines.secrets.report import findings_for
from tracesec.engines.targets import read_target

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1)
def default_matcher() -> Matcher:
    return Matcher()


def detectors_version(matcher: Matcher) -> str:
    digest = hashlib.sha256(
        "\n".join(f"{d.id}\t{d.pattern}" for d in matcher.detectors).encode()
    ).hexdigest()
    return f"detectors {len(matcher.detectors)} ({digest[:12]})"


def run(root: Path, files: Sequence[TargetFile], config: ScanConfig) -> EngineOutcome:
    started = time.monotonic()
    deadline = started + config.secrets_timeout_seconds
    matcher = default_matcher()
    cache = open_cache(config.cache_dir, config.cache_max_bytes)
    findings: list[Finding] = []
    coverage: list[Coverage] = []
    scanned = 0
    for target in counted(files, FileCounter(config, Engine.SECRETS, len(files))):
        if time.monotonic() > deadline:
            coverage.append(_coverage(target.path, CoverageStatus.TIMED_OUT, "secrets time limit"))
            continue
        try:
            data = read_target(target, config.max_file_bytes)
        except OSError as exc:
            reason = f"unreadable ({os.strerror(exc.errno) if exc.errno else 'error'})"
            coverage.append(_coverage(target.path, CoverageStatus.FAILED, reason))
            continue
        key = cached.key_for(matcher, data) if cache is not None else ""
        found = cached.load(cache, key, target.path) if cache is not None else None
        if found is None:
            try:
                hits = matcher.scan(data)
            except Exception as exc:  # one file never stops the scan; no message: it may quote data
                reason = f"detector error ({type(exc).__name__})"
                coverage.append(_coverage(target.path, CoverageStatus.FAILED, reason))
                continue
            found = findings_for(target.path, data, hits)
            if cache is not None:
                cached.save(cache, key, found)
        findings.extend(found)
        scanned += 1
    complete = not coverage
    if config.history:
        outcome = history.scan(root, matcher, config, deadline)
        coverage.extend(outcome.coverage)
        complete = complete and outcome.complete
        findings = history.merge(findings, outcome.entries)
    seconds = time.monotonic() - started
    logger.info(
        "secrets.done",
        extra={"files": scanned, "findings": len(findings), "seconds": round(seconds, 3)},
    )
    return EngineOutcome(
        status=EngineStatus(
            engine=Engine.SECRETS,
            ok=True,
            complete=complete,
            files_scanned=scanned,
            seconds=seconds,
            version=detectors_version(matcher),
        ),
        findings=tuple(findings),
        coverage=tuple(coverage),
    )


def _coverage(path: str, status: CoverageStatus, reason: str) -> Coverage:
    return Coverage(engine=Engine.SECRETS, path=path, status=status, reason=reason)
