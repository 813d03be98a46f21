"""Scheduler: 1,000 due repositories over a simulated day, 3 processes on PostgreSQL.

    uv run python benchmarks/bench_scheduler.py [--repos 1000] [--orgs 5] [--cap 4]
    uv run python benchmarks/bench_scheduler.py --database-url postgres://...   # an existing DB

Each of three processes (tests/support/scheduler_sim.py) steps its own simulated clock through
the same day, ticking the real scheduler and then claiming scans with the real fair queue and
completing them through the real lease. Prints whether every repository was queued exactly once
for its slot, the most scans seen running per organization against the cap, how the runs spread
over the hour (jitter), and the wall time. One organization holds most repositories, so the
small ones show whether they were starved. Not a timed test: figures go in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from bench_findings import setup_django, throwaway_postgres

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.support.scheduler_sim import sim_argv

ROOT = Path(__file__).resolve().parents[1]
START = datetime(2026, 12, 7, 0, 0, tzinfo=UTC)


def seed(repos: int, orgs: int) -> dict[int, int]:
    from tracesec.integrations.models import Connection
    from tracesec.organizations.models import Organization
    from tracesec.repositories.models import Repository
    from tracesec.schedules.services import scheduler_tick

    sizes = [repos - (orgs - 1) * 5] + [5] * (orgs - 1)  # one big organization, small others
    owners: dict[int, int] = {}
    for index, size in enumerate(sizes):
        org = Organization.objects.create(name=f"Org {index}", slug=f"org-{index}")
        connection = Connection.objects.create(
            organization=org, provider="bitbucket", external_id=f"ws-{index}", slug=f"ws{index}"
        )
        created = Repository.objects.bulk_create(
            Repository(
                organization=org,
                connection=connection,
                provider="bitbucket",
                external_uuid=f"{index:04d}{n:08d}",
                full_name=f"org{index}/repo-{n}",
                default_branch="main",
            )
            for n in range(size)
        )
        owners.update({repo.pk: org.pk for repo in created})
    scheduler_tick(START)
    return owners


def report(args: argparse.Namespace, database_url: str, data_dir: Path) -> None:
    setup_django(database_url, data_dir)
    from django.db.models import Count

    from tracesec.scans.models import Scan
    from tracesec.schedules.models import ScheduledRun

    owners = seed(args.repos, args.orgs)
    env = {
        "DJANGO_SETTINGS_MODULE": "tracesec.config.django.test",
        "DATABASE_URL": database_url,
        "TRACE_DATA_DIR": str(data_dir),
        "TRACE_SCAN_MAX_CONCURRENT_PER_ORG": str(args.cap),
        "PATH": "/usr/bin:/bin",
    }
    began = time.perf_counter()
    children = [
        subprocess.Popen(
            sim_argv(START, owner=f"w{i}", step_minutes=args.step_minutes, claims_per_step=50),
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(3)
    ]
    results = [json.loads(child.communicate()[0].strip().splitlines()[-1]) for child in children]
    wall = time.perf_counter() - began
    per_repo = Counter(
        dict(ScheduledRun.objects.values_list("repository_id").annotate(n=Count("id")))
    )
    exactly_once = sum(1 for repo in owners if per_repo.get(repo) == 1)
    scans_per_repo = Counter(Scan.objects.values_list("repository_id", flat=True))
    minutes = Counter(run.slot.minute for run in ScheduledRun.objects.all())
    print(f"repositories: {len(owners)} in {args.orgs} organizations (cap {args.cap} per org)")
    print(f"3 processes, simulated day in {args.step_minutes}-minute steps, wall {wall:.1f} s")
    print(f"queued exactly once for the day's slot: {exactly_once} / {len(owners)}")
    print(f"scans per repository: {dict(Counter(scans_per_repo.values()))}")
    print(f"queued per process: {[r['queued'] for r in results]}")
    print(f"claimed per process: {[r['claims'] for r in results]}")
    print(f"most running per organization seen: {max(r['max_running_per_org'] for r in results)}")
    print(f"runs per minute of the hour: min {min(minutes.values())}, max {max(minutes.values())}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repos", type=int, default=1000)
    parser.add_argument("--orgs", type=int, default=5)
    parser.add_argument("--cap", type=int, default=4)
    parser.add_argument("--step-minutes", type=float, default=5)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="trace-bench-sched-") as tmp:
        if args.database_url:
            report(args, args.database_url, Path(tmp))
        else:
            with throwaway_postgres() as url:
                report(args, url, Path(tmp))


if __name__ == "__main__":
    main()
