"""Read side of scans: history, the active scan, recent scans, live phase steps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Max

from tracesec.scans.models import ACTIVE_VALUES, PullRequestScan, Scan, ScanKind
from tracesec.scans.state import PHASES, ScanState, humanize_seconds


def scan_history(*, repository_id: int, limit: int = 20) -> list[Scan]:
    return list(
        Scan.objects.filter(repository_id=repository_id, kind=ScanKind.DEFAULT)
        .select_related("requested_by")
        .order_by("-created_at", "-id")[:limit]
    )


def scan_active_for(*, repository_id: int) -> Scan | None:
    return (
        Scan.objects.filter(
            repository_id=repository_id, status__in=ACTIVE_VALUES, kind=ScanKind.DEFAULT
        )
        .order_by("-created_at")
        .first()
    )


def scan_latest_completed(*, repository_id: int) -> Scan | None:
    return (
        Scan.objects.filter(
            repository_id=repository_id, status=ScanState.COMPLETED, kind=ScanKind.DEFAULT
        )
        .select_related("repository")
        .order_by("-created_at", "-id")
        .first()
    )


def scans_recent(*, organization_id: int, limit: int = 8) -> list[Scan]:
    return list(
        Scan.objects.filter(organization_id=organization_id)
        .select_related("repository")
        .order_by("-created_at", "-id")[:limit]
    )


def last_scans_by_repository(*, repository_ids: list[int]) -> dict[int, Scan]:
    """The most recent scan of each repository, in two queries whatever the count."""
    if not repository_ids:
        return {}
    latest_ids = (
        Scan.objects.filter(repository_id__in=repository_ids, kind=ScanKind.DEFAULT)
        .values("repository_id")
        .annotate(latest=Max("id"))
        .values_list("latest", flat=True)
    )
    return {scan.repository_id: scan for scan in Scan.objects.filter(pk__in=list(latest_ids))}


@dataclass(frozen=True)
class PhaseView:
    state: ScanState
    label: str
    status: str  # done / current / pending / skipped
    elapsed: str


def scan_phases(scan: Scan, now: datetime) -> list[PhaseView]:
    """The phase steps shown live on the repository page, with elapsed times."""
    current = ScanState(scan.status)
    timings: dict[str, Any] = scan.timings or {}
    views: list[PhaseView] = []
    reached_current = False
    for phase in PHASES:
        if phase is current:
            reached_current = True
            started = scan.phase_started_at
            elapsed = (now - started).total_seconds() if started else 0.0
            views.append(PhaseView(phase, phase.label, "current", humanize_seconds(elapsed)))
            continue
        if phase.value in timings:
            seconds = float(timings[phase.value])
            views.append(PhaseView(phase, phase.label, "done", humanize_seconds(seconds)))
        elif reached_current or not current.terminal:
            views.append(PhaseView(phase, phase.label, "pending", ""))
        else:
            views.append(PhaseView(phase, phase.label, "skipped", ""))
    return views


def has_completed_scan(*, organization_id: int, repository_id: int | None = None) -> bool:
    """Whether any scan finished (of this repository, or of any in the organization): an empty
    findings table then means "nothing found", not "not scanned yet"."""
    scans = Scan.objects.filter(
        organization_id=organization_id, status=ScanState.COMPLETED, kind=ScanKind.DEFAULT
    )
    if repository_id is not None:
        scans = scans.filter(repository_id=repository_id)
    return scans.exists()


def pull_request_scans(*, repository_id: int, limit: int = 20) -> list[PullRequestScan]:
    """A repository's most recent pull-request scans (the caller has checked the tenant)."""
    return list(
        PullRequestScan.objects.filter(scan__repository_id=repository_id)
        .select_related("scan")
        .defer("findings")  # the list shows counts; each scan's page shows its findings
        .order_by("-scan__created_at", "-scan_id")[:limit]
    )


def pull_request_of(scan: Scan) -> PullRequestScan | None:
    """The pull request a scan is about (None for a default-branch scan)."""
    if not scan.is_pull_request:
        return None
    return PullRequestScan.objects.filter(scan_id=scan.pk).first()
