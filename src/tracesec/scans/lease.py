"""A scan's worker lease: claim, heartbeat, guarded state writes, release.

A worker owns a scan while ``lease_owner`` is its id and ``lease_expires_at`` is in the future.
Every state write checks both the owner and the transition table under a row lock, so a worker
whose lease was taken over (the reaper re-queued the scan) or whose scan was cancelled stops at
its next step instead of overwriting someone else's state. The heartbeat runs in a thread with
its own database connection.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from tracesec.scans.models import RUNNING_VALUES, Scan
from tracesec.scans.state import ScanState, can_transition

logger = logging.getLogger(__name__)


class LeaseLost(Exception):
    """This worker no longer owns the scan (cancelled, reaped, or taken over): stop quietly."""


def lease_seconds() -> int:
    return max(2, int(settings.TRACE_SCAN_LEASE_SECONDS))


def _expiry(now: datetime) -> datetime:
    return now + timedelta(seconds=lease_seconds())


def _close_phase(scan: Scan, now: datetime) -> None:
    """Record how long the phase that is ending took."""
    if scan.phase_started_at is None:
        return
    timings = dict(scan.timings or {})
    seconds = (now - scan.phase_started_at).total_seconds()
    timings[scan.status] = round(timings.get(scan.status, 0.0) + max(0.0, seconds), 3)
    scan.timings = timings


def claim(scan_id: int, owner: str) -> Scan | None:
    """Take the lease and move a queued scan to *resolving credentials*.

    Returns None when there is nothing to do: the scan is gone, finished, or another live
    worker holds it (a duplicate task delivery). A running scan with an expired lease is taken
    over (its worker died before the reaper noticed).
    """
    now = timezone.now()
    with transaction.atomic():
        scan = Scan.objects.select_for_update().filter(pk=scan_id).first()
        if scan is None:
            return None
        state = ScanState(scan.status)
        if state.terminal:
            return None
        if state.running:
            if scan.lease_expires_at is not None and scan.lease_expires_at > now:
                return None
            logger.warning("scan.lease_taken_over", extra={"scan_id": scan_id})
        if scan.attempts >= settings.TRACE_SCAN_MAX_ATTEMPTS:
            return None  # the reaper fails it with a message
        take_locked(scan, owner, now)
    return scan


def take_locked(scan: Scan, owner: str, now: datetime | None = None) -> Scan:
    """Inside the caller's transaction, on a row it has locked: give this worker the lease."""
    now = now or timezone.now()
    _close_phase(scan, now)
    scan.status = ScanState.RESOLVING_CREDENTIALS
    scan.phase_started_at = now
    scan.started_at = scan.started_at or now
    scan.lease_owner = owner
    scan.lease_expires_at = _expiry(now)
    scan.heartbeat_at = now
    scan.attempts += 1
    scan.save()
    return scan


def advance(scan_id: int, owner: str, target: ScanState, **fields: Any) -> Scan:
    """Move the scan to ``target`` if this worker still owns it and the move is allowed."""
    now = timezone.now()
    with transaction.atomic():
        scan = Scan.objects.select_for_update().get(pk=scan_id)
        _check_owner(scan, owner, target)
        _close_phase(scan, now)
        scan.status = target.value
        scan.phase_started_at = now
        scan.lease_expires_at = _expiry(now)
        scan.heartbeat_at = now
        for name, value in fields.items():
            setattr(scan, name, value)
        if target.terminal:
            scan.finished_at = now
            scan.lease_owner = ""
            scan.lease_expires_at = None
        scan.save()
    return scan


def _check_owner(scan: Scan, owner: str, target: ScanState) -> None:
    current = ScanState(scan.status)
    if scan.lease_owner != owner or not can_transition(current, target):
        raise LeaseLost(f"scan {scan.pk} is {current.value}, not owned by this worker")


def lock_owned(scan_id: int, owner: str, target: ScanState) -> Scan:
    """Inside the caller's transaction: lock the scan and check ownership for ``target``."""
    scan = Scan.objects.select_for_update().get(pk=scan_id)
    _check_owner(scan, owner, target)
    return scan


def renew(scan_id: int, owner: str) -> bool:
    """One heartbeat. False when the lease is no longer ours."""
    now = timezone.now()
    updated = Scan.objects.filter(pk=scan_id, lease_owner=owner, status__in=RUNNING_VALUES).update(
        heartbeat_at=now, lease_expires_at=_expiry(now)
    )
    return updated == 1


class Heartbeat:
    """Renews the lease every lease/4 seconds in a background thread while a scan runs."""

    def __init__(self, scan_id: int, owner: str, interval: float | None = None) -> None:
        self.scan_id = scan_id
        self.owner = owner
        self.interval = interval if interval is not None else lease_seconds() / 4
        self.lost = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"scan-{scan_id}-hb", daemon=True)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=self.interval + 5)

    def _run(self) -> None:
        try:
            while not self._stop.wait(self.interval):
                try:
                    if not renew(self.scan_id, self.owner):
                        self.lost.set()
                        return
                except DatabaseError:
                    # a busy SQLite writer: try again next beat (the lease has slack)
                    logger.warning("scan.heartbeat_failed", extra={"scan_id": self.scan_id})
        finally:
            connection.close()
