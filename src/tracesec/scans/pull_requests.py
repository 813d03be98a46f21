"""Pull-request scans: queue one for a pull request's head, re-run one for a check run, and
stop queued work for a pull request that was closed.

One active scan per pull-request head: an event for a head already queued or running returns
that scan; a newer head supersedes a *queued* scan of the same pull request (cancelled by Trace,
it never publishes a check). A running scan of an older head finishes: its check is on its own
commit. A closed (or merged) pull request's queued scan is cancelled the same way: no one will
read its check. Requests run inside the webhook's delivery transaction, so a redelivery queues
nothing.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone

from tracesec.audit.services import audit_record
from tracesec.common.errors import ApplicationError
from tracesec.engines.model import ALL_ENGINES
from tracesec.integrations.pull_requests import PullRequestEvent
from tracesec.repositories.models import Repository
from tracesec.scans.models import ACTIVE_VALUES, PullRequestScan, PullState, Scan, ScanKind
from tracesec.scans.pull_checks import scan_id_from_external_id
from tracesec.scans.services import ScanAuditAction, scan_cancel
from tracesec.scans.state import ScanState
from tracesec.scans.tasks import enqueue_scan_on_commit

logger = logging.getLogger(__name__)


def pull_request_scan_request(
    *, repository: Repository, pull: PullRequestEvent, source: str
) -> tuple[Scan, bool]:
    """Queue a diff-aware scan of ``pull``'s head; returns ``(scan, created)``."""
    if repository.is_removed:
        raise ApplicationError("The repository was removed.", code="repository_removed")
    with transaction.atomic():
        # one request at a time per repository, so two deliveries cannot both queue a scan
        Repository.objects.select_for_update().filter(pk=repository.pk).first()
        active = (
            Scan.objects.filter(
                repository=repository,
                kind=ScanKind.PULL_REQUEST,
                status__in=ACTIVE_VALUES,
                pull_request__number=pull.number,
            )
            .select_related("pull_request", "organization")
            .order_by("created_at")
        )
        # opened or reopened: every scan of it shows it open again
        PullRequestScan.objects.filter(scan__repository=repository, number=pull.number).exclude(
            pull_state=PullState.OPEN
        ).update(pull_state=PullState.OPEN, updated_at=timezone.now())
        for scan in active:
            if scan.pull_request.head_sha == pull.head_sha:
                return scan, False
            if scan.status == ScanState.QUEUED:
                scan_cancel(scan=scan, actor=None)  # superseded by the newer head
        scan = Scan.objects.create(
            organization_id=repository.organization_id,
            repository=repository,
            kind=ScanKind.PULL_REQUEST,
            status=ScanState.QUEUED,
            engines_requested=[engine.value for engine in ALL_ENGINES],
            branch=pull.head_ref,
            commit_sha=pull.head_sha,
            phase_started_at=timezone.now(),
        )
        PullRequestScan.objects.create(
            scan=scan,
            number=pull.number,
            title=pull.title,
            html_url=pull.html_url,
            head_ref=pull.head_ref,
            head_sha=pull.head_sha,
            base_ref=pull.base_ref,
            base_sha=pull.base_sha,
        )
        audit_record(
            action=ScanAuditAction.REQUESTED,
            organization=repository.organization,
            actor=None,
            target=scan,
            target_label=f"scan of pull request #{pull.number} of {repository.full_name}",
            data={
                "scan_id": scan.pk,
                "repository_id": repository.pk,
                "pull_request": pull.number,
                "source": source,
            },
        )
        enqueue_scan_on_commit(scan.pk)
    logger.info(
        "scan.pull_request_requested",
        extra={"scan_id": scan.pk, "repository_id": repository.pk, "number": pull.number},
    )
    return scan, True


def pull_request_scan_rerun(
    *, repository: Repository, external_id: str, head_sha: str, source: str
) -> Scan | None:
    """Someone re-ran Trace's check on ``head_sha``: scan that pull request's head again.

    Only a check run of a pull-request scan of *this* repository counts (the external id names
    the scan; another repository's or organization's scan id is not found)."""
    scan_id = scan_id_from_external_id(external_id)
    if scan_id is None:
        return None
    earlier = (
        PullRequestScan.objects.filter(
            scan_id=scan_id,
            scan__repository=repository,
            scan__organization_id=repository.organization_id,
            head_sha=head_sha,
        )
        .select_related("scan")
        .first()
    )
    if earlier is None:
        logger.info("scan.rerequest_unknown", extra={"repository_id": repository.pk})
        return None
    pull = PullRequestEvent(
        number=earlier.number,
        title=earlier.title,
        html_url=earlier.html_url,
        head_ref=earlier.head_ref,
        head_sha=earlier.head_sha,
        base_ref=earlier.base_ref,
        base_sha=earlier.base_sha,
    )
    scan, _created = pull_request_scan_request(repository=repository, pull=pull, source=source)
    return scan


def pull_request_closed_record(
    *, repository: Repository, number: int, merged: bool, source: str
) -> list[int]:
    """Pull request ``number`` was closed (merged or not): cancel its still-queued scans (no
    wasted work; a running one finishes and completes its check) and show it closed or merged.
    Returns the ids of the scans cancelled."""
    state = PullState.MERGED if merged else PullState.CLOSED
    with transaction.atomic():
        Repository.objects.select_for_update().filter(pk=repository.pk).first()
        PullRequestScan.objects.filter(scan__repository=repository, number=number).update(
            pull_state=state, updated_at=timezone.now()
        )
        queued = Scan.objects.filter(
            repository=repository,
            kind=ScanKind.PULL_REQUEST,
            status=ScanState.QUEUED,
            pull_request__number=number,
        ).select_related("organization")
        cancelled = []
        for scan in queued:
            scan_cancel(scan=scan, actor=None)
            cancelled.append(scan.pk)
    logger.info(
        "scan.pull_request_closed",
        extra={
            "repository_id": repository.pk,
            "number": number,
            "state": state.value,
            "cancelled": len(cancelled),
            "source": source,
        },
    )
    return cancelled
