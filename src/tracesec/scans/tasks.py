"""Task wrappers: ids in, one service call (HackSoft/Sentry). Imported by workers."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from tracesec.findings.triage import findings_expire_ignores
from tracesec.scans.execution import scan_execute
from tracesec.scans.fair_queue import queued_exist
from tracesec.scans.lease import lease_seconds
from tracesec.scans.reaper import scans_active_exist, scans_reap


@task()
def scan_run(scan_id: int) -> None:
    scans_reap()
    if not scan_execute(scan_id=scan_id) and queued_exist():
        # every organization with queued scans is at its cap: this task's turn comes later
        retry_scan_later(scan_id)


def retry_scan_later(scan_id: int) -> None:
    if not scan_run.get_backend().supports_defer:
        return
    delay = timedelta(seconds=max(1, int(settings.TRACE_SCAN_CAP_RETRY_SECONDS)))
    scan_run.using(run_after=timezone.now() + delay).enqueue(scan_id=scan_id)


@task()
def scans_reaper(reschedule: bool = True) -> None:
    scans_reap()
    findings_expire_ignores()
    if reschedule and scans_active_exist():
        schedule_reaper()


def schedule_reaper(delay_seconds: float | None = None) -> None:
    """Run the reaper once the current leases could have expired (no-op without defer)."""
    if not scans_reaper.get_backend().supports_defer:
        return
    delay = delay_seconds if delay_seconds is not None else lease_seconds() * 1.5
    scans_reaper.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue()
