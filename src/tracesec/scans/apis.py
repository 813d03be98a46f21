"""REST API for scans: start a scan of a repository, scan all, scan history, status, cancel."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Field, Query, Router, Schema, Status

from tracesec.api.auth import request_auth
from tracesec.common.errors import NotFoundError
from tracesec.integrations.access import access_connection_by_id
from tracesec.organizations.access import require_role
from tracesec.organizations.models import Role
from tracesec.repositories.access import access_repository_by_id
from tracesec.scans.access import access_batch_by_id, access_scan_by_id
from tracesec.scans.batches import batch_progress, scan_all
from tracesec.scans.coverage import engine_notes
from tracesec.scans.models import PullRequestScan, Scan, ScanBatch
from tracesec.scans.sbom import sbom_response
from tracesec.scans.selectors import (
    pull_request_of,
    scan_history,
    scan_latest_completed,
    scan_phases,
)
from tracesec.scans.services import scan_cancel, scan_request

router = Router(tags=["scans"])


class PhaseOut(Schema):
    phase: str
    label: str
    status: str = Field(description="done / current / pending / skipped")
    seconds: float | None


class PullRequestOut(Schema):
    number: int
    title: str
    head_ref: str
    head_sha: str
    base_ref: str
    base_sha: str
    state: Literal["open", "closed", "merged"] = Field(
        description="The pull request's state as GitHub last reported it."
    )
    merge_base_sha: str = Field(description="What the scan's new findings are measured from.")
    check_conclusion: str = Field(description="The check run's conclusion; empty until done.")
    check_url: str
    new_findings: list[dict[str, Any]] = Field(
        description="The findings new in the pull request (masked, as on the scan's page)."
    )


class ScanOut(Schema):
    id: int
    repository_id: int
    kind: str = Field(description="default (the default branch) or pull_request")
    pull_request: PullRequestOut | None
    status: str
    status_label: str
    active: bool
    branch: str
    commit_sha: str
    engines_requested: list[str]
    phases: list[PhaseOut]
    timings: dict[str, float]
    progress: dict[str, str]
    files_progress: dict[str, dict[str, int]] = Field(
        description='Files each engine has done while the scan runs: {"sast": {"done": 1234, '
        '"total": 5678}}; updated about once a second.'
    )
    engines: list[dict[str, Any]] = Field(description="Per-engine coverage summary.")
    notes: list[str] = Field(description="Coverage notes a user can act on.")
    counts: dict[str, int]
    findings_count: int
    new_count: int
    fixed_count: int
    error_code: str
    error_message: str
    requested_by: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


class ScanRequestOut(Schema):
    created: bool = Field(description="False when a scan was already active: that one is returned.")
    scan: ScanOut


def _pull_request_out(pull: PullRequestScan) -> dict[str, Any]:
    return {
        "number": pull.number,
        "title": pull.title,
        "head_ref": pull.head_ref,
        "head_sha": pull.head_sha,
        "base_ref": pull.base_ref,
        "base_sha": pull.base_sha,
        "state": pull.pull_state,
        "merge_base_sha": pull.merge_base_sha,
        "check_conclusion": pull.check_conclusion,
        "check_url": pull.check_url,
        "new_findings": list(pull.findings or []),
    }


def scan_out(scan: Scan) -> dict[str, Any]:
    now = timezone.now()
    phases = []
    timings = scan.timings or {}
    for view in scan_phases(scan, now):
        seconds: float | None = None
        if view.status == "done":
            seconds = float(timings.get(view.state.value, 0.0))
        elif view.status == "current" and scan.phase_started_at:
            seconds = round((now - scan.phase_started_at).total_seconds(), 3)
        phases.append(
            {
                "phase": view.state.value,
                "label": view.label,
                "status": view.status,
                "seconds": seconds,
            }
        )
    pull = pull_request_of(scan)
    return {
        "id": scan.pk,
        "repository_id": scan.repository_id,
        "kind": scan.kind,
        "pull_request": None if pull is None else _pull_request_out(pull),
        "status": scan.status,
        "status_label": scan.get_status_display(),
        "active": scan.is_active,
        "branch": scan.branch,
        "commit_sha": scan.commit_sha,
        "engines_requested": list(scan.engines_requested or []),
        "phases": phases,
        "timings": {k: float(v) for k, v in timings.items()},
        "progress": dict(scan.progress or {}),
        "files_progress": dict(scan.files_progress or {}),
        "engines": list(scan.engines or []),
        "notes": [note for s in scan.engines or [] for note in engine_notes(s)],
        "counts": {k: int(v) for k, v in (scan.counts or {}).items()},
        "findings_count": scan.findings_count,
        "new_count": scan.new_count,
        "fixed_count": scan.fixed_count,
        "error_code": scan.error_code,
        "error_message": scan.error_message,
        "requested_by": scan.requested_by.email if scan.requested_by else None,
        "created_at": scan.created_at,
        "started_at": scan.started_at,
        "finished_at": scan.finished_at,
    }


@router.post(
    "/repositories/{repository_id}/scans",
    response={201: ScanRequestOut, 200: ScanRequestOut},
    summary="Start a scan (members and up); returns the active scan if one is running",
)
def scan_create(request: HttpRequest, repository_id: int) -> Status[dict[str, Any]]:
    actor = request_auth(request).membership
    repository = access_repository_by_id(actor, repository_id, minimum_role=Role.MEMBER)
    scan, created = scan_request(repository=repository, requested_by=actor.user, request=request)
    scan = access_scan_by_id(actor, scan.pk)
    return Status(201 if created else 200, {"created": created, "scan": scan_out(scan)})


@router.get(
    "/repositories/{repository_id}/scans",
    response=list[ScanOut],
    summary="Scan history of a repository (latest 20)",
)
def scan_list(request: HttpRequest, repository_id: int) -> list[dict[str, Any]]:
    actor = request_auth(request).membership
    repository = access_repository_by_id(actor, repository_id)
    return [scan_out(scan) for scan in scan_history(repository_id=repository.pk)]


@router.get("/scans/{scan_id}", response=ScanOut, summary="Scan status, phases and results")
def scan_detail(request: HttpRequest, scan_id: int) -> dict[str, Any]:
    actor = request_auth(request).membership
    return scan_out(access_scan_by_id(actor, scan_id))


@router.post("/scans/{scan_id}/cancel", response=ScanOut, summary="Cancel a queued or running scan")
def scan_cancel_api(request: HttpRequest, scan_id: int) -> dict[str, Any]:
    actor = request_auth(request).membership
    scan = access_scan_by_id(actor, scan_id, minimum_role=Role.MEMBER)
    scan_cancel(scan=scan, actor=actor.user, request=request)
    return scan_out(access_scan_by_id(actor, scan_id))


class ScanAllIn(Schema):
    connection_id: int | None = Field(
        default=None, description="Only this connection's repositories; omit for all of them."
    )


class ScanBatchOut(Schema):
    id: int
    connection_id: int | None
    scan_ids: list[int]
    total: int = Field(description="Scans queued by this request.")
    queued: int
    running: int
    done: int
    failed: int = Field(description="Failed, blocked, cancelled or skipped (queue full).")
    already_active: int = Field(description="Repositories skipped: a scan was already active.")
    finished: bool
    created_at: datetime


def batch_out(batch: ScanBatch) -> dict[str, Any]:
    progress = batch_progress(batch)
    return {
        "id": batch.pk,
        "connection_id": batch.connection_id,
        "scan_ids": sorted(batch.scans.values_list("id", flat=True)),
        "total": progress.total,
        "queued": progress.queued,
        "running": progress.running,
        "done": progress.done,
        "failed": progress.failed,
        "already_active": progress.already_active,
        "finished": progress.finished,
        "created_at": batch.created_at,
    }


@router.post(
    "/scan-batches",
    response={201: ScanBatchOut},
    summary="Scan all active repositories (members and up), or one connection's",
    description=(
        "Queues a scan of every active repository whose connection is active, skipping those "
        "with a scan already queued or running. Poll `GET /scan-batches/{id}` for progress."
    ),
)
def scan_all_api(request: HttpRequest, payload: ScanAllIn) -> Status[dict[str, Any]]:
    actor = request_auth(request).membership
    connection = None
    if payload.connection_id is not None:
        connection = access_connection_by_id(actor, payload.connection_id)
    require_role(actor, Role.MEMBER)
    batch = scan_all(
        organization=actor.organization,
        requested_by=actor.user,
        connection=connection,
        request=request,
    )
    return Status(201, batch_out(batch))


@router.get("/scan-batches/{batch_id}", response=ScanBatchOut, summary="Progress of one scan all")
def scan_batch_api(request: HttpRequest, batch_id: int) -> dict[str, Any]:
    actor = request_auth(request).membership
    return batch_out(access_batch_by_id(actor, batch_id))


class SbomQuery(Schema):
    format: Literal["cyclonedx", "spdx"] = Field(
        "cyclonedx", description="cyclonedx: CycloneDX 1.6 JSON with VEX; spdx: SPDX 2.3 JSON"
    )


@router.get(
    "/scans/{scan_id}/sbom",
    summary="Bill of materials of a completed scan (CycloneDX 1.6 with VEX, or SPDX 2.3)",
    response={200: dict[str, Any]},
)
def scan_sbom_api(request: HttpRequest, scan_id: int, query: Query[SbomQuery]) -> HttpResponse:
    actor = request_auth(request).membership
    return sbom_response(access_scan_by_id(actor, scan_id), query.format)


@router.get(
    "/repositories/{repository_id}/sbom",
    summary="Bill of materials of a repository's latest completed scan",
    response={200: dict[str, Any]},
)
def repository_sbom_api(
    request: HttpRequest, repository_id: int, query: Query[SbomQuery]
) -> HttpResponse:
    actor = request_auth(request).membership
    repository = access_repository_by_id(actor, repository_id)
    scan = scan_latest_completed(repository_id=repository.pk)
    if scan is None:
        raise NotFoundError("This repository has no completed scan yet.", code="no_completed_scan")
    return sbom_response(access_scan_by_id(actor, scan.pk), query.format)
