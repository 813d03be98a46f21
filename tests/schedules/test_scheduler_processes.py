"""Three real scheduler+worker processes on PostgreSQL over a simulated day: every due
repository is queued exactly once per period, and no organization exceeds its cap."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.db.models import Count

from tests.support.builders import make_org, make_repository
from tests.support.paths import REPO_ROOT
from tests.support.scheduler_sim import sim_argv
from tests.support.workers import worker_env
from tracesec.scans.models import Scan
from tracesec.scans.state import ScanState
from tracesec.schedules.models import ScheduledRun
from tracesec.schedules.services import scheduler_tick

START = datetime(2026, 12, 7, 0, 0, tzinfo=UTC)
CAP = 2


@pytest.mark.django_db(transaction=True)
@pytest.mark.timeout(240)
def test_three_processes_queue_each_due_scan_exactly_once(tmp_path: Path) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("concurrency guarantee is tested on PostgreSQL (TRACE_TEST_DATABASE=postgres)")
    big, small = make_org("Big"), make_org("Small")
    repos = [make_repository(big) for _ in range(40)] + [make_repository(small) for _ in range(3)]
    scheduler_tick(START)  # every repository's first run: 02:00-02:59 on the simulated day
    env = {**worker_env(tmp_path), "TRACE_SCAN_MAX_CONCURRENT_PER_ORG": str(CAP)}
    children = [
        subprocess.Popen(
            sim_argv(START, owner=f"w{i}", step_minutes=10, claims_per_step=3),
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(3)
    ]
    results = []
    for child in children:
        out, err = child.communicate(timeout=200)
        assert child.returncode == 0, err[-3000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    runs = ScheduledRun.objects.values("repository_id").annotate(n=Count("id"))
    assert {row["repository_id"]: row["n"] for row in runs} == {r.pk: 1 for r in repos}
    assert all(run.slot.date() == START.date() for run in ScheduledRun.objects.all())
    assert sum(r["queued"] for r in results) == len(repos)
    assert Scan.objects.count() == len(repos)
    assert Scan.objects.filter(status=ScanState.COMPLETED).count() == len(repos)
    assert sum(r["claims"] for r in results) == len(repos)
    assert max(r["max_running_per_org"] for r in results) <= CAP
    # the day after, each repository is due again: exactly once more
    assert scheduler_tick(START + timedelta(days=1, hours=3)).queued == len(repos)
