"""Per-engine coverage summary stored on a scan, and the notes users read about it.

Pure: the summary is plain JSON (stored in ``Scan.engines``) so the UI and API render notes
without the full engine result. Problem files are kept (capped) so a user can see *which*
files were not fully read — findings there are never marked fixed.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, TypedDict

from tracesec.engines.humanize import counted
from tracesec.engines.model import Coverage, CoverageStatus, Engine, ScanResult

MAX_PROBLEM_FILES = 50  # per engine, listed on the scan page; counts are always exact


class ProblemFile(TypedDict):
    path: str
    status: str
    reason: str


class EngineSummary(TypedDict):
    engine: str
    ran: bool
    ok: bool
    complete: bool
    files_scanned: int
    seconds: float
    error: str
    version: str
    findings: int
    timed_out: int
    parse_errors: int
    failed: int
    skipped: int
    problems: list[ProblemFile]


_PROBLEM_STATUSES = (CoverageStatus.TIMED_OUT, CoverageStatus.PARSE_ERROR, CoverageStatus.FAILED)


def _engine_coverage(coverage: tuple[Coverage, ...], engine: Engine) -> list[Coverage]:
    return [c for c in coverage if c.engine is engine]


def summarize_engines(result: ScanResult, engines: tuple[Engine, ...]) -> list[EngineSummary]:
    statuses = {status.engine: status for status in result.engines}
    found = Counter(finding.engine for finding in result.findings)
    walk_skipped = sum(
        1 for c in result.coverage if c.engine is None and c.status is CoverageStatus.SKIPPED
    )
    summaries: list[EngineSummary] = []
    for engine in engines:
        status = statuses.get(engine)
        records = _engine_coverage(result.coverage, engine)
        by_status = Counter(c.status for c in records)
        problems: list[ProblemFile] = [
            ProblemFile(path=c.path, status=c.status.value, reason=c.reason[:300])
            for c in records
            if c.status in _PROBLEM_STATUSES
        ][:MAX_PROBLEM_FILES]
        summaries.append(
            {
                "engine": engine.value,
                "ran": status is not None,
                "ok": bool(status and status.ok),
                "complete": bool(status and status.complete),
                "files_scanned": status.files_scanned if status else 0,
                "seconds": round(status.seconds, 3) if status else 0.0,
                "error": (status.error if status else "did not run")[:500],
                "version": status.version if status else "",
                "findings": found.get(engine, 0),
                "timed_out": by_status.get(CoverageStatus.TIMED_OUT, 0),
                "parse_errors": by_status.get(CoverageStatus.PARSE_ERROR, 0),
                "failed": by_status.get(CoverageStatus.FAILED, 0),
                "skipped": by_status.get(CoverageStatus.SKIPPED, 0) + walk_skipped,
                "problems": problems,
            }
        )
    return summaries


ENGINE_LABELS = {"sast": "SAST", "sca": "SCA", "secrets": "Secrets"}


def engine_notes(summary: EngineSummary | dict[str, Any]) -> list[str]:
    """Sentences about one engine's run that a user can act on (empty when all is well)."""
    label = ENGINE_LABELS.get(str(summary.get("engine")), str(summary.get("engine")))
    notes: list[str] = []
    if not summary.get("ran"):
        return [f"{label} did not run; nothing from {label} was marked fixed."]
    if not summary.get("ok"):
        error = summary.get("error") or "failed"
        notes.append(f"{label} failed: {error}. Nothing from {label} was marked fixed.")
        return notes
    timed_out = int(summary.get("timed_out", 0))
    parse_errors = int(summary.get("parse_errors", 0))
    failed = int(summary.get("failed", 0))
    if timed_out:
        notes.append(f"{label} timed out on {counted(timed_out, 'file')}.")
    if parse_errors:
        notes.append(f"{label} could not parse {counted(parse_errors, 'file')}.")
    if failed:
        notes.append(f"{label} failed on {counted(failed, 'file')}.")
    if not summary.get("complete"):
        notes.append(f"{label} coverage was incomplete, so nothing from {label} was marked fixed.")
    return notes
