"""Kill a real worker process in the middle of a scan: the reaper re-queues the scan within a
bounded time and another worker finishes it. No scan stays "running" forever."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.factories import MembershipFactory, OrganizationFactory
from tests.support.emulated import CONFIG_V1, configure, connect, emulator_for
from tests.support.workers import LEASE_SECONDS, start_worker, worker_env
from tracesec.organizations.models import Role
from tracesec.scans.models import Scan
from tracesec.scans.services import scan_request
from tracesec.scans.state import ScanState

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def wait_for(predicate: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def workers() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_killed_worker_scan_is_requeued_and_completed_by_another(
    live_server: Any, settings: Any, tmp_path: Path, workers: list
) -> None:
    settings.TRACE_SCAN_LEASE_SECONDS = LEASE_SECONDS
    org = OrganizationFactory(name="Acme Security")
    admin = MembershipFactory(organization=org, role=Role.ADMIN)
    log = tmp_path / "workers.log"
    with emulator_for(live_server.url) as emu:
        configure(settings, emu, tmp_path)
        # pushed before pairing, so the only scan is the one this test requests
        emu.client.push_commit("acme", "payments-api", {"config.py": CONFIG_V1})
        ws = connect(emu, admin)
        repo = ws.repository("payments-api")
        env = worker_env(tmp_path)

        first = start_worker(env, log)
        workers.append(first)
        scan, _ = scan_request(repository=repo, requested_by=admin.user)  # enqueued (autocommit)

        def status() -> str:
            return Scan.objects.get(pk=scan.pk).status

        wait_for(lambda: status() == ScanState.SCANNING, 120, "the first worker to scan")
        os.killpg(first.pid, signal.SIGKILL)  # no cleanup, no goodbye: the machine died
        first.wait()
        killed_at = time.monotonic()
        dead = Scan.objects.get(pk=scan.pk)
        assert dead.status == ScanState.SCANNING
        assert dead.attempts == 1
        assert dead.lease_owner

        second = start_worker(env, log)
        workers.append(second)
        wait_for(
            lambda: Scan.objects.get(pk=scan.pk).attempts == 2,
            LEASE_SECONDS * 6 + 10,
            "the reaper to re-queue the scan",
        )
        requeued_after = time.monotonic() - killed_at
        wait_for(
            lambda: Scan.objects.get(pk=scan.pk).is_terminal, 180, "the second worker to finish"
        )

    final = Scan.objects.get(pk=scan.pk)
    assert final.status == ScanState.COMPLETED, (
        final.error_code,
        final.error_message,
        log.read_text()[-3000:],
    )
    assert final.attempts == 2
    assert final.findings_count > 0
    assert requeued_after < LEASE_SECONDS * 6 + 10
    assert final.lease_owner == ""
    # the killed worker could not remove its checkout; the survivor swept it
    leftovers = [p.name for p in Path(settings.TRACE_SCAN_WORK_DIR).iterdir()]
    assert not any(name.endswith(f"-{workers[0].pid}") for name in leftovers), leftovers
