"""Publish a pull-request scan's check run: *in progress* when the scan starts, and once the
scan has ended, completed with its outcome (or with why it did not complete).

A check that cannot be published (GitHub down, the app uninstalled) does not fail the scan: the
reason is kept on the pull-request scan and shown in Trace, and is logged without any detail
that could hold a token.
"""

from __future__ import annotations

import logging

from tracesec.integrations.base import MAX_CHECK_ANNOTATIONS
from tracesec.integrations.checks import CheckPublishError, check_complete, check_start
from tracesec.repositories.models import Repository
from tracesec.scans.models import PullRequestScan, Scan
from tracesec.scans.pull_checks import (
    GatePolicy,
    check_external_id,
    completed_outcome,
    scan_url,
    stopped_outcome,
)
from tracesec.scans.state import ScanState

logger = logging.getLogger(__name__)


def _pull(scan_id: int) -> PullRequestScan | None:
    """The pull request a scan is about (None for a default-branch scan)."""
    return (
        PullRequestScan.objects.select_related("scan__organization", "scan__repository__connection")
        .filter(scan_id=scan_id)
        .first()
    )


def _failed(pull: PullRequestScan, error: CheckPublishError) -> None:
    pull.check_error = error.message[:300]
    pull.save(update_fields=["check_error", "updated_at"])
    logger.warning("scan.check_not_published", extra={"scan_id": pull.scan_id})


def publish_started(scan_id: int, repository: Repository) -> None:
    pull = _pull(scan_id)
    if pull is None:
        return
    try:
        published = check_start(
            repository,
            scan_id=scan_id,
            head_sha=pull.head_sha,
            external_id=check_external_id(scan_id),
            details_url=scan_url(pull.scan),
            check_run_id=pull.check_run_id,
        )
    except CheckPublishError as error:
        _failed(pull, error)
        return
    pull.check_run_id = published.check_run_id
    pull.check_url = published.html_url
    pull.check_error = ""
    pull.save(update_fields=["check_run_id", "check_url", "check_error", "updated_at"])


def publish_final(scan_id: int) -> None:
    """Complete the check of a pull-request scan that has ended; nothing for a default-branch
    scan, or while the scan is still active (a worker that lost its lease to the reaper leaves
    the check to the worker that resumes it)."""
    pull = _pull(scan_id)
    if pull is None:
        return
    scan: Scan = pull.scan
    if not scan.is_terminal or pull.check_run_id is None or pull.check_conclusion:
        return
    if scan.status == ScanState.COMPLETED:
        outcome = completed_outcome(
            scan,
            pull,
            GatePolicy.of(scan.organization),
            max_annotations=MAX_CHECK_ANNOTATIONS,
        )
    else:
        outcome = stopped_outcome(scan)
    try:
        check_complete(
            scan.repository, scan_id=scan_id, check_run_id=pull.check_run_id, outcome=outcome
        )
    except CheckPublishError as error:
        _failed(pull, error)
        return
    pull.check_conclusion = outcome.conclusion
    pull.check_error = ""
    pull.save(update_fields=["check_conclusion", "check_error", "updated_at"])
