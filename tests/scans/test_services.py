"""scan_request / scan_cancel / lease / reaper against the database."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.support.builders import make_member, make_org, make_repository
from tracesec.common.errors import ApplicationError
from tracesec.scans import lease
from tracesec.scans.models import Scan
from tracesec.scans.services import scan_cancel, scan_request
from tracesec.scans.state import ScanErrorCode, ScanState
from tracesec.scans.tasks import reap_and_requeue

pytestmark = pytest.mark.django_db


def test_request_queues_one_scan_and_enqueues_on_commit(
    django_capture_on_commit_callbacks,
) -> None:
    org = make_org()
    member = make_member(org)
    repo = make_repository(org)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        scan, created = scan_request(repository=repo, requested_by=member.user)
    assert created
    assert len(callbacks) == 1
    scan.refresh_from_db()
    assert scan.status == ScanState.QUEUED
    assert scan.branch == "main"
    assert scan.engines_requested == ["sast", "sca", "secrets"]
    assert scan.requested_by == member.user
    task = DBTaskResult.objects.get(id=scan.task_result_id)
    assert task.args_kwargs["kwargs"] == {"scan_id": scan.pk}

    again, created_again = scan_request(repository=repo, requested_by=member.user)
    assert not created_again
    assert again.pk == scan.pk


def test_nothing_is_enqueued_when_the_transaction_rolls_back(
    django_capture_on_commit_callbacks,
) -> None:
    org = make_org()
    repo = make_repository(org)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        scan_request(repository=repo, requested_by=None)
    assert len(callbacks) == 1  # only runs on commit
    assert DBTaskResult.objects.count() == 0


def test_removed_repository_cannot_be_scanned() -> None:
    org = make_org()
    repo = make_repository(org, status="removed")
    with pytest.raises(ApplicationError) as info:
        scan_request(repository=repo, requested_by=None)
    assert info.value.code == "repository_removed"
    assert not Scan.objects.exists()


def test_new_request_allowed_after_previous_finished() -> None:
    org = make_org()
    repo = make_repository(org)
    first, _ = scan_request(repository=repo, requested_by=None)
    scan_cancel(scan=first, actor=None)
    second, created = scan_request(repository=repo, requested_by=None)
    assert created
    assert second.pk != first.pk


def test_cancel_queued_scan_and_cancel_twice_is_refused() -> None:
    org = make_org()
    member = make_member(org)
    repo = make_repository(org)
    scan, _ = scan_request(repository=repo, requested_by=member.user)
    cancelled = scan_cancel(scan=scan, actor=member.user)
    assert cancelled.status == ScanState.CANCELLED
    assert cancelled.error_code == ScanErrorCode.CANCELLED
    assert member.user.email in cancelled.error_message
    assert cancelled.finished_at is not None
    with pytest.raises(ApplicationError):
        scan_cancel(scan=scan, actor=member.user)


def test_lease_claim_is_exclusive_and_guards_every_write() -> None:
    org = make_org()
    repo = make_repository(org)
    scan, _ = scan_request(repository=repo, requested_by=None)
    claimed = lease.claim(scan.pk, "worker-a")
    assert claimed is not None
    assert claimed.status == ScanState.RESOLVING_CREDENTIALS
    assert claimed.attempts == 1
    assert lease.claim(scan.pk, "worker-b") is None  # duplicate delivery: skip
    with pytest.raises(lease.LeaseLost):
        lease.advance(scan.pk, "worker-b", ScanState.CLONING)
    with pytest.raises(lease.LeaseLost):  # not an allowed transition
        lease.advance(scan.pk, "worker-a", ScanState.COMPLETED)
    moved = lease.advance(scan.pk, "worker-a", ScanState.CLONING)
    assert moved.status == ScanState.CLONING
    assert "resolving_credentials" in moved.timings

    scan_cancel(scan=scan, actor=None)  # the user cancels while the worker clones
    with pytest.raises(lease.LeaseLost):
        lease.advance(scan.pk, "worker-a", ScanState.SCANNING)
    assert not lease.renew(scan.pk, "worker-a")
    assert Scan.objects.get(pk=scan.pk).status == ScanState.CANCELLED


def test_expired_lease_can_be_taken_over_by_another_worker() -> None:
    org = make_org()
    repo = make_repository(org)
    scan, _ = scan_request(repository=repo, requested_by=None)
    lease.claim(scan.pk, "worker-a")
    Scan.objects.filter(pk=scan.pk).update(lease_expires_at=timezone.now() - timedelta(seconds=1))
    taken = lease.claim(scan.pk, "worker-b")
    assert taken is not None
    assert taken.lease_owner == "worker-b"
    assert taken.attempts == 2


def test_reaper_requeues_dead_scans_then_fails_them_with_a_message(
    django_capture_on_commit_callbacks, settings
) -> None:
    settings.TRACE_SCAN_MAX_ATTEMPTS = 2
    org = make_org()
    repo = make_repository(org)
    alive_repo = make_repository(org)
    scan, _ = scan_request(repository=repo, requested_by=None)
    alive, _ = scan_request(repository=alive_repo, requested_by=None)
    lease.claim(scan.pk, "dead-worker")
    lease.claim(alive.pk, "live-worker")
    lease.advance(scan.pk, "dead-worker", ScanState.CLONING)
    past = timezone.now() - timedelta(seconds=1)
    Scan.objects.filter(pk=scan.pk).update(lease_expires_at=past)

    with django_capture_on_commit_callbacks(execute=True):
        report = reap_and_requeue()
    assert report.requeued == (scan.pk,)
    scan.refresh_from_db()
    assert scan.status == ScanState.QUEUED
    assert scan.lease_owner == ""
    assert DBTaskResult.objects.filter(id=scan.task_result_id).exists()
    assert Scan.objects.get(pk=alive.pk).status == ScanState.RESOLVING_CREDENTIALS

    # second death: attempts used up -> failed, with words a user can act on
    lease.claim(scan.pk, "dead-worker-2")
    Scan.objects.filter(pk=scan.pk).update(lease_expires_at=past)
    report = reap_and_requeue()
    assert report.failed == (scan.pk,)
    scan.refresh_from_db()
    assert scan.status == ScanState.FAILED
    assert scan.error_code == ScanErrorCode.WORKER_LOST
    assert "stopped responding 2 times" in scan.error_message
    assert scan.finished_at is not None


@pytest.mark.django_db(transaction=True)
def test_heartbeat_renews_the_lease_and_notices_cancellation(settings) -> None:
    settings.TRACE_SCAN_LEASE_SECONDS = 2
    org = make_org()
    repo = make_repository(org)
    scan, _ = scan_request(repository=repo, requested_by=None)
    lease.claim(scan.pk, "worker-a")
    first_expiry = Scan.objects.get(pk=scan.pk).lease_expires_at
    with lease.Heartbeat(scan.pk, "worker-a", interval=0.2) as beat:
        time.sleep(0.7)
        renewed = Scan.objects.get(pk=scan.pk).lease_expires_at
        assert renewed > first_expiry
        assert not beat.lost.is_set()
        scan_cancel(scan=scan, actor=None)
        assert beat.lost.wait(timeout=3)


def test_sweep_removes_only_dead_workers_dirs(tmp_path) -> None:
    import os
    import socket
    import subprocess

    from tracesec.scans.execution import sweep_dead_workers

    dead = subprocess.Popen(["true"])
    dead.wait()
    host = socket.gethostname()
    (tmp_path / f"{host}-{dead.pid}" / "trace-checkout-x").mkdir(parents=True)
    (tmp_path / f"{host}-{os.getpid()}").mkdir()
    (tmp_path / f"{host}-1").mkdir()  # pid 1 is alive
    (tmp_path / f"other-host-{dead.pid}").mkdir()
    removed = sweep_dead_workers(tmp_path)
    assert removed == [f"{host}-{dead.pid}"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"{host}-{os.getpid()}", f"{host}-1", f"other-host-{dead.pid}"]
    )


def test_engine_progress_is_recorded_and_stops_a_cancelled_scan() -> None:
    from tracesec.scans.execution import EngineProgress

    org = make_org()
    repo = make_repository(org)
    scan, _ = scan_request(repository=repo, requested_by=None)
    lease.claim(scan.pk, "w")
    beat = lease.Heartbeat(scan.pk, "w")  # not started: we flip `lost` by hand
    progress = EngineProgress(scan.pk, "w", beat)
    progress("walk", "start")
    progress("walk", "done")
    progress("sast", "start")
    assert Scan.objects.get(pk=scan.pk).progress == {"walk": "done", "sast": "running"}
    beat.lost.set()  # what the heartbeat does once the scan is cancelled
    with pytest.raises(lease.LeaseLost):
        progress("sast", "done")


def test_history_is_scanned_first_time_and_when_opted_in() -> None:
    org = make_org()
    repo = make_repository(org)
    first, _ = scan_request(repository=repo, requested_by=None)
    assert first.history  # never history-scanned: the first scan reads history
    Scan.objects.filter(pk=first.pk).update(status=ScanState.COMPLETED)
    type(repo).objects.filter(pk=repo.pk).update(history_scanned_commit="a" * 40)
    second, _ = scan_request(repository=repo, requested_by=None)  # stale object: read fresh
    assert not second.history
    Scan.objects.filter(pk=second.pk).update(status=ScanState.COMPLETED)
    type(repo).objects.filter(pk=repo.pk).update(scan_history_secrets=True)
    third, _ = scan_request(repository=repo, requested_by=None)
    assert third.history
