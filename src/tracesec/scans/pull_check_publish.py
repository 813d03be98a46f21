"""Publish a pull-request scan's check run: *in progress* when the scan starts, and once the
scan has ended, completed with its outcome (or with why it did not complete).

A check that cannot be published (GitHub down, the app uninstalled) does not fail the scan: the
reason is kept on the pull-request scan and shown in Trace, and is logged without any detail
that could hold a token.

Never stuck *in progress*: a check run, once opened, is marked pending on the pull-request scan;
when the scan has ended, the worker completes it and clears the mark. A worker that dies in
between leaves the mark, and the reaper (``publish_pending_checks``) completes the check. A
claim makes one publisher at a time; a retry asks GitHub whether the run is already completed.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.db.models import F, Q
from django.utils import timezone

from tracesec.integrations.base import MAX_CHECK_ANNOTATIONS, CheckOutcome
from tracesec.integrations.checks import (
    CheckPublishError,
    check_complete,
    check_completed_conclusion,
    check_start,
)
from tracesec.repositories.models import Repository
from tracesec.scans.models import TERMINAL_VALUES, PullRequestScan, Scan
from tracesec.scans.pull_checks import (
    GatePolicy,
    check_external_id,
    completed_outcome,
    scan_url,
    stopped_outcome,
)
from tracesec.scans.state import ScanState

logger = logging.getLogger(__name__)

CLAIM_SECONDS = 300  # longer than ten annotation requests take; a dead publisher's claim expires
MAX_PUBLISH_ATTEMPTS = 5


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
            # a resumed scan: its first worker may have created the run and died before saving
            find_existing=pull.scan.attempts > 1,
        )
    except CheckPublishError as error:
        _failed(pull, error)
        return
    pull.check_run_id = published.check_run_id
    pull.check_url = published.html_url
    pull.check_error = ""
    pull.check_pending = True  # open on GitHub: whoever sees the scan ended completes it
    pull.save(
        update_fields=["check_run_id", "check_url", "check_error", "check_pending", "updated_at"]
    )


def _claim(scan_id: int, now: datetime) -> bool:
    """Take the pending completion of ``scan_id``'s check (one publisher at a time; a claim
    whose holder died expires). Only once the scan has ended: a scan that is still active (a
    worker that lost its lease to the reaper) is left to the worker that resumes it."""
    claimed = (
        PullRequestScan.objects.filter(
            scan_id=scan_id, check_pending=True, scan__status__in=TERMINAL_VALUES
        )
        .filter(Q(check_claimed_until__isnull=True) | Q(check_claimed_until__lt=now))
        .update(
            check_claimed_until=now + timedelta(seconds=CLAIM_SECONDS),
            check_attempts=F("check_attempts") + 1,
        )
    )
    return claimed == 1


def _outcome(scan: Scan, pull: PullRequestScan) -> CheckOutcome:
    if scan.status == ScanState.COMPLETED:
        return completed_outcome(
            scan,
            pull,
            GatePolicy.of(scan.organization),
            max_annotations=MAX_CHECK_ANNOTATIONS,
        )
    return stopped_outcome(scan)


def _conclude(pull: PullRequestScan, outcome: CheckOutcome) -> str:
    """Complete the check run; if an earlier attempt may already have (it died before
    recording it), ask GitHub first, so the run is never completed twice."""
    scan: Scan = pull.scan
    assert pull.check_run_id is not None  # pending only once the run exists
    if pull.check_attempts > 1:
        done = check_completed_conclusion(
            scan.repository, scan_id=scan.pk, check_run_id=pull.check_run_id
        )
        if done is not None:
            return done
    check_complete(
        scan.repository, scan_id=scan.pk, check_run_id=pull.check_run_id, outcome=outcome
    )
    return outcome.conclusion


def publish_final(scan_id: int) -> None:
    """Complete the check of a pull-request scan that has ended; nothing for a default-branch
    scan, a scan without an open check, or one whose check another publisher holds."""
    if not _claim(scan_id, timezone.now()):
        return
    pull = _pull(scan_id)
    if pull is None:
        return
    try:
        conclusion = _conclude(pull, _outcome(pull.scan, pull))
    except CheckPublishError as error:
        # retried by the reaper (GitHub down) until MAX_PUBLISH_ATTEMPTS (app uninstalled)
        pull.check_pending = pull.check_attempts < MAX_PUBLISH_ATTEMPTS
        pull.check_claimed_until = None
        pull.save(update_fields=["check_pending", "check_claimed_until", "updated_at"])
        _failed(pull, error)
        return
    pull.check_conclusion = conclusion
    pull.check_error = ""
    pull.check_pending = False
    pull.check_claimed_until = None
    pull.save(
        update_fields=[
            "check_conclusion", "check_error", "check_pending", "check_claimed_until", "updated_at",
        ]
    )  # fmt: skip


def pending_checks_exist() -> bool:
    return PullRequestScan.objects.filter(check_pending=True).exists()


def publish_pending_checks(*, limit: int = 100) -> list[int]:
    """Complete the checks of ended scans whose publisher never did (its worker died after
    the scan's result was recorded, or GitHub refused): the reaper runs this."""
    now = timezone.now()
    scan_ids = list(
        PullRequestScan.objects.filter(check_pending=True, scan__status__in=TERMINAL_VALUES)
        .filter(Q(check_claimed_until__isnull=True) | Q(check_claimed_until__lt=now))
        .order_by("updated_at")
        .values_list("scan_id", flat=True)[:limit]
    )
    for scan_id in scan_ids:
        publish_final(scan_id)
    if scan_ids:
        logger.info("scan.pending_checks_published", extra={"count": len(scan_ids)})
    return scan_ids
