"""The live scan panel shows each running engine's files done ("SAST 1,234 / 5,678 files"),
from counts the engines report many times a second and the worker writes about once a second."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from tests.support.builders import make_org, make_repository, make_scan
from tracesec.engines.model import Engine
from tracesec.scans import lease
from tracesec.scans.execution import EngineProgress
from tracesec.scans.models import Scan
from tracesec.scans.state import ScanState


@pytest.mark.django_db
def test_the_live_panel_shows_files_done_per_engine(
    org_a: Any, org_b: Any, client_for: Any
) -> None:
    repository = make_repository(org_a.organization)
    scan = make_scan(
        repository,
        status=ScanState.SCANNING,
        progress={"walk": "done", "sast": "running", "secrets": "done", "sca": "running"},
        files_progress={
            "sast": {"done": 1234, "total": 5678},
            "secrets": {"done": 5678, "total": 5678},
        },
    )
    html = client_for(org_a.member).get(f"/scans/{scan.pk}/status/").content.decode()
    assert (
        'data-engine="sast">SAST: <span data-testid="files-done">1,234 / 5,678 files</span><'
        in html
    )
    assert 'Secrets: <span data-testid="files-done">5,678 / 5,678 files</span> · done' in html
    assert 'data-engine="sca">SCA: running<' in html  # no count reported yet
    assert 'data-engine="walk">Listing files: done<' in html
    assert client_for(org_b.admin).get(f"/scans/{scan.pk}/status/").status_code == 404


@pytest.mark.django_db(transaction=True)
def test_files_counts_are_written_about_once_a_second() -> None:
    repository = make_repository(make_org())
    scan = make_scan(repository, status=ScanState.SCANNING, lease_owner="worker-1")
    seen: list[Any] = []
    reported = 0
    with (
        lease.Heartbeat(scan.pk, "worker-1", interval=60) as heartbeat,
        EngineProgress(scan.pk, "worker-1", heartbeat) as progress,
    ):
        progress("sast", "start")

        # an engine thread reports a new count every few milliseconds for 2.5 s
        def engine() -> None:
            nonlocal reported
            started = time.monotonic()
            while time.monotonic() - started < 2.5:
                reported += 1
                progress.files(Engine.SAST, reported, 100_000)
                time.sleep(0.002)

        thread = threading.Thread(target=engine)
        thread.start()
        while thread.is_alive():
            value = Scan.objects.get(pk=scan.pk).files_progress
            if not seen or seen[-1] != value:
                seen.append(value)
            time.sleep(0.02)
        thread.join()
        progress("sast", "done")
    final = Scan.objects.get(pk=scan.pk)
    assert final.progress == {"sast": "done"}
    assert final.files_progress == {"sast": {"done": reported, "total": 100_000}}
    assert reported > 300
    # the start's empty counts, then at most one write a second (2 or 3 in 2.5 s)
    assert 2 <= len(seen) <= 4, seen
    assert seen[0] == {}
