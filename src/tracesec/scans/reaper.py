"""The reaper: no scan stays "running" forever.

A running scan whose lease expired (its worker died: killed, OOM, machine lost) is re-queued
(its caller, `tasks.reap_and_requeue`, queues the new run), or failed with a clear message once
it has used up its attempts. Runs as a
self-rescheduling task while any scan is active, and at the start of every scan task.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from tracesec.scans.models import ACTIVE_VALUES, RUNNING_VALUES, Scan
from tracesec.scans.state import ScanErrorCode, ScanState, check_transition, failure_message

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReapReport:
    requeued: tuple[int, ...]
    failed: tuple[int, ...]


def _expired_ids(now: datetime) -> list[int]:
    running = Scan.objects.filter(status__in=RUNNING_VALUES, lease_expires_at__lt=now)
    # a queued scan that used up its attempts can never be claimed: end it too
    exhausted = Scan.objects.filter(
        status=ScanState.QUEUED, attempts__gte=settings.TRACE_SCAN_MAX_ATTEMPTS
    )
    return sorted(
        set(running.values_list("pk", flat=True)) | set(exhausted.values_list("pk", flat=True))
    )


def scans_reap(*, now: datetime | None = None) -> ReapReport:
    now = now or timezone.now()
    requeued: list[int] = []
    failed: list[int] = []
    for scan_id in _expired_ids(now):
        with transaction.atomic():
            scan = Scan.objects.select_for_update().get(pk=scan_id)
            state = ScanState(scan.status)
            if state.terminal:
                continue
            if state.running and (scan.lease_expires_at is None or scan.lease_expires_at >= now):
                continue  # renewed meanwhile
            if scan.attempts >= settings.TRACE_SCAN_MAX_ATTEMPTS:
                check_transition(state, ScanState.FAILED)
                scan.status = ScanState.FAILED
                scan.finished_at = now
                scan.error_code = ScanErrorCode.WORKER_LOST.value
                scan.error_message = failure_message(
                    ScanErrorCode.WORKER_LOST, attempts=scan.attempts
                )
                failed.append(scan_id)
            else:
                check_transition(state, ScanState.QUEUED)
                scan.status = ScanState.QUEUED
                scan.phase_started_at = now
                requeued.append(scan_id)  # the caller queues its new run
            scan.lease_owner = ""
            scan.lease_expires_at = None
            scan.save()
    if requeued or failed:
        logger.warning("scans.reaped", extra={"requeued": len(requeued), "failed": len(failed)})
    return ReapReport(requeued=tuple(requeued), failed=tuple(failed))


def scans_active_exist() -> bool:
    return Scan.objects.filter(status__in=ACTIVE_VALUES).exists()
