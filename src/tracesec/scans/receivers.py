"""Scans react to what integrations announce (connected in ``ScansConfig.ready``)."""

from __future__ import annotations

import logging
from typing import Any

from tracesec.common.errors import ApplicationError
from tracesec.integrations.pull_requests import PullRequestEvent
from tracesec.repositories.models import Repository
from tracesec.scans.models import Scan
from tracesec.scans.pull_requests import (
    pull_request_closed_record,
    pull_request_scan_request,
    pull_request_scan_rerun,
)
from tracesec.scans.services import scan_cancel, scan_request
from tracesec.scans.state import ScanState

logger = logging.getLogger(__name__)


def cancel_queued_scans(*, connection_id: int, **_: Any) -> None:
    """Queued scans of a deactivated connection's repositories can no longer get a token."""
    queued = Scan.objects.filter(
        repository__connection_id=connection_id, status=ScanState.QUEUED
    ).only("pk")
    for scan in queued:
        try:
            scan_cancel(scan=scan, actor=None)
        except ApplicationError:
            continue  # it started or finished meanwhile; the token pull will stop it


def queue_push_scan(*, repository_id: int, commit_sha: str, source: str, **_: Any) -> None:
    """A push to the default branch: queue a scan (runs inside the delivery's transaction).

    One active scan per repository: a queued one covers this push (it clones the branch when it
    starts); a push that lands while a scan is already cloning is scanned by the next push or
    scheduled scan, not by an extra one."""
    repository = Repository.objects.select_related("organization").get(pk=repository_id)
    scan, created = scan_request(repository=repository, requested_by=None)
    logger.info(
        "scan.push_received",
        extra={
            "scan_id": scan.pk,
            "scan_created": created,
            "source": source,
            "commit_sha": commit_sha[:40],
        },
    )


def queue_pull_request_scan(
    *, repository_id: int, pull: PullRequestEvent, source: str, **_: Any
) -> None:
    """A pull request was opened, pushed to or reopened: scan its head (in the delivery's
    transaction, like a push)."""
    repository = Repository.objects.select_related("organization").get(pk=repository_id)
    scan, created = pull_request_scan_request(repository=repository, pull=pull, source=source)
    logger.info(
        "scan.pull_request_received",
        extra={"scan_id": scan.pk, "scan_created": created, "source": source},
    )


def rerun_pull_request_scan(
    *, repository_id: int, external_id: str, head_sha: str, source: str, **_: Any
) -> None:
    repository = Repository.objects.select_related("organization").get(pk=repository_id)
    pull_request_scan_rerun(
        repository=repository, external_id=external_id, head_sha=head_sha, source=source
    )


def close_pull_request(
    *, repository_id: int, number: int, merged: bool, source: str, **_: Any
) -> None:
    repository = Repository.objects.select_related("organization").get(pk=repository_id)
    pull_request_closed_record(repository=repository, number=number, merged=merged, source=source)
