"""Task wrappers: ids in, one service call (HackSoft/Sentry). Imported by workers."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from tracesec.findings.triage import findings_expire_ignores
from tracesec.scans.execution import scan_execute
from tracesec.scans.fair_queue import queued_exist
from tracesec.scans.lease import lease_seconds
from tracesec.scans.models import Scan
from tracesec.scans.pull_check_publish import pending_checks_exist, publish_pending_checks
from tracesec.scans.reaper import ReapReport, scans_active_exist, scans_reap

logger = logging.getLogger(__name__)


@task()
def scan_run(scan_id: int) -> None:
    reap_and_requeue()
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
    reap_and_requeue()
    findings_expire_ignores()
    if reschedule and (scans_active_exist() or pending_checks_exist()):
        schedule_reaper()


def schedule_reaper(delay_seconds: float | None = None) -> None:
    """Run the reaper once the current leases could have expired (no-op without defer)."""
    if not scans_reaper.get_backend().supports_defer:
        return
    delay = delay_seconds if delay_seconds is not None else lease_seconds() * 1.5
    scans_reaper.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue()


def enqueue_scan_on_commit(scan_id: int) -> None:
    """Enqueue the scan task (and a reaper check) once the current transaction commits."""

    def _enqueue() -> None:
        result = scan_run.enqueue(scan_id=scan_id)
        Scan.objects.filter(pk=scan_id).update(task_result_id=str(result.id))
        logger.info("scan.enqueued", extra={"scan_id": scan_id, "task_result_id": str(result.id)})
        schedule_reaper()

    transaction.on_commit(_enqueue, robust=False)


def reap_and_requeue() -> ReapReport:
    """Reap scans whose worker died, queue a new run of each one put back in the queue, and
    complete the checks of ended pull-request scans (a check never stays "in progress")."""
    report = scans_reap()
    for scan_id in report.requeued:
        enqueue_scan_on_commit(scan_id)
    publish_pending_checks()
    return report
