"""Which queued scan a worker runs next: a per-organization cap and a fair order.

Every queued scan has one ``scan_run`` task, but a task does not insist on *its* scan: it runs
the queued scan of the organization with the fewest running scans (ties: the one waiting
longest), among organizations below ``TRACE_SCAN_MAX_CONCURRENT_PER_ORG``. So 5,000 scans
queued by one organization cannot starve another organization's one scan, and the number of
tasks still equals the number of queued scans. The cap holds with many workers because a claim
locks the organization's row before counting its running scans. A scan that waited longer than
``TRACE_SCAN_MAX_QUEUE_AGE_SECONDS`` ends as *skipped: queue full*.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Min
from django.utils import timezone

from tracesec.organizations.models import Organization
from tracesec.scans import lease
from tracesec.scans.models import RUNNING_VALUES, Scan
from tracesec.scans.state import ScanErrorCode, ScanState, failure_message, humanize_seconds

logger = logging.getLogger(__name__)


def org_cap() -> int:
    """0 means no cap."""
    return max(0, int(settings.TRACE_SCAN_MAX_CONCURRENT_PER_ORG))


def skip_stale_queued(now: datetime | None = None) -> int:
    """End every scan queued for longer than the maximum queue age; returns how many."""
    max_age = int(settings.TRACE_SCAN_MAX_QUEUE_AGE_SECONDS)
    if max_age <= 0:
        return 0
    now = now or timezone.now()
    skipped = Scan.objects.filter(
        status=ScanState.QUEUED, phase_started_at__lt=now - timedelta(seconds=max_age)
    ).update(
        status=ScanState.SKIPPED,
        finished_at=now,
        error_code=ScanErrorCode.QUEUE_FULL.value,
        error_message=failure_message(ScanErrorCode.QUEUE_FULL, limit=humanize_seconds(max_age)),
        updated_at=now,
    )
    if skipped:
        logger.warning("scans.skipped_queue_full", extra={"count": skipped})
    return skipped


@dataclass(frozen=True, slots=True)
class OrgQueue:
    organization_id: int
    running: int
    oldest_queued: datetime


def org_queues() -> list[OrgQueue]:
    """Organizations with queued scans, fairest first (fewest running, then longest waiting)."""
    running = dict(
        Scan.objects.filter(status__in=RUNNING_VALUES)
        .values_list("organization_id")
        .annotate(n=Count("id"))
        .values_list("organization_id", "n")
    )
    waiting = (
        Scan.objects.filter(status=ScanState.QUEUED)
        .values("organization_id")
        .annotate(oldest=Min("phase_started_at"))
        .values_list("organization_id", "oldest")
    )
    queues = [
        OrgQueue(org_id, running.get(org_id, 0), oldest or timezone.now())
        for org_id, oldest in waiting
    ]
    queues.sort(key=lambda q: (q.running, q.oldest_queued, q.organization_id))
    return queues


def pick_and_lock(organization_id: int) -> Scan | None:
    """Inside the caller's transaction: lock the organization, check its cap, and lock its
    oldest queued scan (skipping rows other workers hold). None when at the cap or empty."""
    Organization.objects.select_for_update().filter(pk=organization_id).first()
    cap = org_cap()
    if cap:
        running = Scan.objects.filter(
            organization_id=organization_id, status__in=RUNNING_VALUES
        ).count()
        if running >= cap:
            return None
    return (
        Scan.objects.select_for_update(skip_locked=True)
        .filter(
            organization_id=organization_id,
            status=ScanState.QUEUED,
            attempts__lt=settings.TRACE_SCAN_MAX_ATTEMPTS,
        )
        .order_by("phase_started_at", "id")
        .first()
    )


def queued_exist() -> bool:
    return Scan.objects.filter(status=ScanState.QUEUED).exists()


def claim_fair(owner: str, preferred_scan_id: int | None = None) -> Scan | None:
    """Claim the fairest queued scan for ``owner``; None when every organization with queued
    scans is at its cap or nothing is queued.

    Among organizations tied on running scans, the task's own scan's organization goes first,
    so a lone scan still runs from its own task. The cap check and the claim happen in one
    transaction under the organization's row lock: two workers cannot both take the last slot.
    """
    now = timezone.now()
    skip_stale_queued(now)
    preferred_org = (
        Scan.objects.filter(pk=preferred_scan_id).values_list("organization_id", flat=True).first()
        if preferred_scan_id is not None
        else None
    )
    queues = org_queues()
    queues.sort(key=lambda q: (q.running, q.organization_id != preferred_org))
    cap = org_cap()
    for queue in queues:
        if cap and queue.running >= cap:
            continue
        with transaction.atomic():
            scan = pick_and_lock(queue.organization_id)
            if scan is not None:
                return lease.take_locked(scan, owner, now)
    return None
