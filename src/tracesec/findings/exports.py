"""SARIF 2.1.0 and CSV exports, rendered by ``tracesec.engines.formats`` from stored rows.

Stored findings are turned back into the engines' result schema (one schema, every format
renders from it), so an export from the dashboard matches ``trace scan --format sarif``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from django.conf import settings
from django.db.models import QuerySet

from tracesec.engines.formats import render
from tracesec.engines.formats.json import package_from_dict
from tracesec.engines.model import (
    Coverage,
    CoverageStatus,
    Engine,
    EngineStatus,
    Location,
    ScanResult,
    Severity,
)
from tracesec.engines.model import Finding as EngineFinding
from tracesec.findings.models import Finding
from tracesec.findings.repository_suppressions import suppression_of

EXPORT_FORMATS = {
    "sarif": ("application/sarif+json", "sarif"),
    "csv": ("text/csv; charset=utf-8", "csv"),
}
# Bills of materials: per scan only (a filtered findings list has no inventory).
SBOM_FORMATS = {
    "cyclonedx": ("application/vnd.cyclonedx+json", "cdx.json"),
    "spdx": ("application/spdx+json", "spdx.json"),
}
MAX_EXPORT = 100_000


class _RepositoryName(Protocol):
    @property
    def full_name(self) -> str: ...


class ExportedScan(Protocol):
    """A ``scans.models.Scan`` as exports read it (findings import nothing from scans)."""

    @property
    def pk(self) -> int: ...
    @property
    def repository_id(self) -> int: ...
    @property
    def repository(self) -> _RepositoryName: ...
    @property
    def engines(self) -> Any: ...  # the per-engine summaries (JSON list)
    @property
    def inventory(self) -> Any: ...  # the scan's packages (JSON list)
    @property
    def commit_sha(self) -> str: ...


def to_engine_finding(row: Finding) -> EngineFinding:
    return EngineFinding(
        engine=Engine(row.engine),
        rule_id=row.rule_id,
        severity=Severity(row.severity),
        title=row.title,
        message=row.message,
        location=Location(
            path=row.path,
            start_line=row.start_line,
            end_line=row.end_line,
            start_column=max(1, row.start_column),
            end_column=max(1, row.end_column),
        ),
        fingerprint=row.fingerprint,
        snippet=row.snippet,
        cwe=tuple(row.cwe_list),
        owasp=tuple(row.owasp_list),
        confidence=row.confidence or "medium",
        extra=dict(row.extra or {}),
        suppression=suppression_of(row),
    )


def _statuses_from_scan(summaries: Iterable[dict[str, Any]]) -> tuple[EngineStatus, ...]:
    return tuple(
        EngineStatus(
            engine=Engine(s["engine"]),
            ok=bool(s.get("ok")),
            complete=bool(s.get("complete")),
            files_scanned=int(s.get("files_scanned", 0)),
            seconds=float(s.get("seconds", 0.0)),
            error=str(s.get("error", "")),
            version=str(s.get("version", "")),
        )
        for s in summaries
    )


def _coverage_from_scan(summaries: Iterable[dict[str, Any]]) -> tuple[Coverage, ...]:
    records: list[Coverage] = []
    for summary in summaries:
        for problem in summary.get("problems", []):
            try:
                status = CoverageStatus(problem["status"])
            except (KeyError, ValueError):
                continue
            records.append(
                Coverage(
                    Engine(summary["engine"]), problem["path"], status, problem.get("reason", "")
                )
            )
    return tuple(records)


def scan_findings(scan: ExportedScan) -> QuerySet[Finding]:
    """Findings present in ``scan``: first seen at or before it and seen again at or after it.

    Exact for a repository's latest scan; for older scans a finding that was fixed and later
    reopened across that scan is counted as present (we keep no per-scan membership table).
    """
    return (
        Finding.objects.filter(
            repository_id=scan.repository_id,
            first_seen_scan_id__lte=scan.pk,
            last_seen_scan_id__gte=scan.pk,
        )
        .select_related("ignored_by")
        .order_by("engine", "path", "start_line", "id")
    )


def _with_missing_engines(
    statuses: tuple[EngineStatus, ...], findings: tuple[EngineFinding, ...]
) -> tuple[EngineStatus, ...]:
    """Every engine that has findings gets a run, even if the scan kept no summary for it."""
    known = {s.engine for s in statuses}
    missing = sorted({f.engine for f in findings} - known, key=lambda e: list(Engine).index(e))
    return statuses + tuple(
        EngineStatus(engine=e, ok=True, complete=True, files_scanned=0, seconds=0.0)
        for e in missing
    )


def scan_result_for_scan(scan: ExportedScan) -> ScanResult:
    rows = scan_findings(scan)[:MAX_EXPORT]
    summaries = list(scan.engines or [])
    findings = tuple(to_engine_finding(row) for row in rows)
    return ScanResult(
        root=scan.repository.full_name,
        findings=findings,
        coverage=_coverage_from_scan(summaries),
        engines=_with_missing_engines(_statuses_from_scan(summaries), findings),
        inventory=tuple(package_from_dict(p) for p in scan.inventory or ()),
    )


def scan_result_for_rows(rows: Iterable[Finding], label: str) -> ScanResult:
    findings = tuple(to_engine_finding(row) for row in rows)
    return ScanResult(
        root=label, findings=findings, coverage=(), engines=_with_missing_engines((), findings)
    )


def export(result: ScanResult, fmt: str) -> tuple[str, str]:
    """(body, content type) for ``fmt`` in :data:`EXPORT_FORMATS`."""
    content_type, name = EXPORT_FORMATS[fmt]
    return render(result, name, information_uri=f"{settings.BASE_URL}/"), content_type


def scan_sbom(scan: ExportedScan, fmt: str) -> tuple[str, str, str]:
    """(body, content type, file name) of ``scan``'s bill of materials, ``fmt`` in
    :data:`SBOM_FORMATS`; ignored SCA findings become CycloneDX VEX analyses."""
    content_type, suffix = SBOM_FORMATS[fmt]
    result = scan_result_for_scan(scan)
    body = render(result, fmt, name=scan.repository.full_name, version=scan.commit_sha)
    return body, content_type, f"trace-scan-{scan.pk}.{suffix}"
