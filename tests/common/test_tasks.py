"""Task queue: enqueue on commit, and several real `db_worker` processes never run a task twice."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from django.db import connection, transaction
from django_tasks_db.models import DBTaskResult

from tests.support.database import database_url_for_subprocess
from tests.support.paths import REPO_ROOT
from tests.support.tasks import record_execution
from tests.support.workers import fast_worker_argv
from tracesec.common.tasks import enqueue_on_commit


@pytest.mark.django_db(transaction=True)
def test_enqueue_happens_only_after_commit(tmp_path: Path) -> None:
    out = str(tmp_path / "runs.txt")

    class Boom(Exception):
        pass

    def enqueue_then_fail() -> None:
        with transaction.atomic():
            enqueue_on_commit(record_execution, "rolled-back", out)
            raise Boom

    with pytest.raises(Boom):
        enqueue_then_fail()
    assert DBTaskResult.objects.count() == 0

    with transaction.atomic():
        enqueue_on_commit(record_execution, "committed", out)
        assert DBTaskResult.objects.count() == 0  # not yet: still inside the transaction
    assert DBTaskResult.objects.count() == 1
    assert DBTaskResult.objects.get().args_kwargs["args"] == ["committed", out]


def _start_worker(worker_id: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        fast_worker_argv(interval=0.05, worker_id=worker_id),
        env=env,
        cwd=str(REPO_ROOT),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@pytest.mark.django_db(transaction=True)
@pytest.mark.timeout(120)
def test_several_workers_run_each_task_exactly_once(tmp_path: Path) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("concurrency guarantee is tested on PostgreSQL (TRACE_TEST_DATABASE=postgres)")
    out = tmp_path / "runs.txt"
    task_count = 60
    for i in range(task_count):
        # 0.2 s each: one worker alone would need 12 s, so the others (booting in ~1-2 s) join in
        # even on an idle machine where the first worker is fast.
        record_execution.enqueue(f"t{i}", str(out), 0.2)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tracesec.config.django.test",
        "DATABASE_URL": database_url_for_subprocess(),
        "PYTHONPATH": os.pathsep.join([str(REPO_ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    workers = [_start_worker(f"w{i}", env) for i in range(3)]
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if DBTaskResult.objects.filter(status="SUCCESSFUL").count() == task_count:
                break
            for w in workers:
                assert w.poll() is None, w.stderr.read().decode() if w.stderr else ""
            time.sleep(0.2)
    finally:
        for w in workers:
            w.terminate()
        for w in workers:
            w.wait(timeout=30)
    lines = out.read_text().splitlines()
    counts = Counter(line.split()[0] for line in lines)
    assert set(counts) == {f"t{i}" for i in range(task_count)}
    assert max(counts.values()) == 1, [k for k, v in counts.items() if v > 1]
    # The work really was shared between processes (not one worker doing everything).
    assert len({line.split()[1] for line in lines}) >= 2


@pytest.mark.django_db(transaction=True)
@pytest.mark.timeout(60)
def test_worker_runs_tasks_on_the_default_database(tmp_path: Path) -> None:
    """`trace worker --batch` drains the queue on whichever database is configured (SQLite too)."""
    out = tmp_path / "runs.txt"
    for i in range(3):
        record_execution.enqueue(f"s{i}", str(out))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tracesec.config.django.test",
        "DATABASE_URL": database_url_for_subprocess(),
        "PYTHONPATH": os.pathsep.join([str(REPO_ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    result = subprocess.run(
        [str(Path(sys.executable).parent / "trace"), "worker", "--batch"],
        env=env,
        cwd=str(REPO_ROOT),
        capture_output=True,
        timeout=50,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert sorted(line.split()[0] for line in out.read_text().splitlines()) == ["s0", "s1", "s2"]
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 3
