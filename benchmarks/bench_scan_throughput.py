"""Scan throughput on one queue: one worker vs two.

    uv run python benchmarks/bench_scan_throughput.py [--rounds 1]

Starts, on loopback: the emulator with the demo workspace (6 repositories), `trace serve
--no-worker` (the web side that receives Forge token deliveries), pairs the workspace and syncs
its repositories. Then, for 1 and 2 `db_worker` processes: queues a scan of every repository,
starts the workers and measures the wall time until every scan has finished (all three engines,
real clones, just-in-time tokens). SQLite in WAL mode, as `trace demo` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_http(url: str, proc: subprocess.Popen[bytes], what: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited early")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - loopback
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{what} did not start")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=1, help="repeat each worker count")
    parser.add_argument("--keep", action="store_true", help="keep the data directory")
    args = parser.parse_args(argv)

    data = Path(tempfile.mkdtemp(prefix="trace-bench-throughput-"))
    web_port, emu_port = free_port(), free_port()
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("TRACE_", "DJANGO_", "DATABASE"))
    }
    env.update(
        TRACE_DATA_DIR=str(data),
        TRACE_EMULATOR_URL=f"http://127.0.0.1:{emu_port}",
        TRACE_BASE_URL=f"http://127.0.0.1:{web_port}",
        TRACE_OSV_DB=str(data / "osv"),
        DJANGO_SETTINGS_MODULE="tracesec.config.django.local",
    )
    os.environ.update(env)
    procs: list[subprocess.Popen[bytes]] = []
    log = (data / "processes.log").open("ab")

    def spawn(argv: list[str]) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(
            argv,
            env=env,
            cwd=REPO_ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        procs.append(proc)
        return proc

    try:
        from tracesec.engines.sca.osvstore import build_index

        build_index(REPO_ROOT / "src/tracesec/engines/sca/data/demo-osv.zip", data / "osv", "demo")
        web = spawn(
            [
                str(Path(sys.executable).parent / "trace"),
                "serve",
                "--no-worker",
                "--port",
                str(web_port),
                "--web-workers",
                "2",
            ]
        )
        _wait_http(f"http://127.0.0.1:{web_port}/healthz", web, "trace serve")
        emu = spawn(
            [
                sys.executable,
                "-m",
                "trace_emulator",
                "--port",
                str(emu_port),
                "--remote-url",
                f"http://127.0.0.1:{web_port}",
                "--state-dir",
                str(data / "emulator"),
                "--function-token-ttl",
                "cached",
                "--runner",
                "python",
            ]
        )
        _wait_http(f"http://127.0.0.1:{emu_port}/.well-known/jwks.json", emu, "emulator")
        results = run(emu_port, args.rounds)
    finally:
        for proc in reversed(procs):
            _stop(proc)
        log.close()
        if not args.keep:
            shutil.rmtree(data, ignore_errors=True)
    print(json.dumps(results, indent=2))
    return 0


def run(emu_port: int, rounds: int) -> dict[str, Any]:
    import django

    django.setup()
    from tests.support.builders import make_member, make_org
    from tests.support.emulated import connect
    from tests.support.workers import fast_worker_argv

    from trace_emulator.testing import EmulatorClient
    from tracesec.organizations.models import Role
    from tracesec.repositories.models import Repository
    from tracesec.scans.models import Scan
    from tracesec.scans.services import scan_request

    class _Emu:
        client = EmulatorClient(f"http://127.0.0.1:{emu_port}")

    org = make_org("Throughput")
    admin = make_member(org, Role.ADMIN)
    workspace = connect(_Emu(), admin)
    repositories = list(Repository.objects.filter(connection=workspace.connection))
    print(f"{len(repositories)} repositories: {', '.join(r.slug for r in repositories)}")
    env = dict(os.environ)
    results: dict[str, Any] = {"repositories": len(repositories), "runs": []}
    for workers in (1, 2) * rounds:
        scans = [scan_request(repository=r, requested_by=admin.user)[0] for r in repositories]
        started = time.monotonic()
        procs = [
            subprocess.Popen(
                fast_worker_argv(interval=0.2, worker_id=f"bench-{workers}-{i}"),
                env=env,
                cwd=REPO_ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            for i in range(workers)
        ]
        try:
            ids = [s.pk for s in scans]
            while Scan.objects.filter(
                pk__in=ids,
                status__in=["queued", "resolving_credentials", "cloning", "scanning", "recording"],
            ).exists():
                if time.monotonic() - started > 900:
                    raise RuntimeError("scans did not finish in 15 minutes")
                time.sleep(0.5)
            wall = time.monotonic() - started
        finally:
            for proc in procs:
                _stop(proc)
        done = list(Scan.objects.filter(pk__in=ids))
        durations = [s.duration_seconds() or 0.0 for s in done]
        statuses = sorted({s.status for s in done})
        run_result = {
            "workers": workers,
            "scans": len(done),
            "statuses": statuses,
            "wall_seconds": round(wall, 1),
            "scans_per_minute": round(len(done) / wall * 60, 2),
            "median_scan_seconds": round(statistics.median(durations), 1),
            "findings": sum(s.findings_count for s in done),
        }
        print(run_result)
        results["runs"].append(run_result)
    one = [r["wall_seconds"] for r in results["runs"] if r["workers"] == 1]
    two = [r["wall_seconds"] for r in results["runs"] if r["workers"] == 2]
    results["speedup_2_vs_1"] = round(statistics.mean(one) / statistics.mean(two), 2)
    return results


if __name__ == "__main__":
    raise SystemExit(main())
