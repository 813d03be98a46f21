"""One process of the scheduler simulation (the PostgreSQL test and benchmarks/bench_scheduler.py
start several): it steps a ManualClock through simulated time, ticks the real scheduler at each
step, then plays a worker: claims scans with the real fair queue and completes them through the
real lease, recording the most scans seen running per organization right after each claim.

    python -m tests.support.scheduler_sim --start 2026-12-07T00:00:00+00:00 --hours 24 \
        --step-minutes 5 --owner w1          # prints one JSON line of figures
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta


def sim_argv(
    start: datetime, *, owner: str, step_minutes: float, claims_per_step: int
) -> list[str]:
    """The command line of one simulated process over the day from ``start``."""
    return [
        sys.executable,
        "-m",
        "tests.support.scheduler_sim",
        "--start",
        start.isoformat(),
        "--hours",
        "24",
        "--step-minutes",
        str(step_minutes),
        "--claims-per-step",
        str(claims_per_step),
        "--owner",
        owner,
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--start", required=True)
    parser.add_argument("--hours", type=float, default=24)
    parser.add_argument("--step-minutes", type=float, default=5)
    parser.add_argument("--owner", required=True)
    parser.add_argument("--claims-per-step", type=int, default=50)
    args = parser.parse_args(argv)

    import django

    django.setup()
    from tracesec.scans import lease
    from tracesec.scans.fair_queue import claim_fair
    from tracesec.scans.models import RUNNING_VALUES, Scan
    from tracesec.scans.state import ScanState
    from tracesec.schedules.clock import ManualClock
    from tracesec.schedules.services import scheduler_tick

    start = datetime.fromisoformat(args.start)
    clock = ManualClock(start)
    end = start + timedelta(hours=args.hours)
    figures: dict[str, object] = {"owner": args.owner, "ticks": 0, "queued": 0, "claims": 0}
    max_running: dict[int, int] = {}
    while clock.now() <= end:
        report = scheduler_tick(clock.now())
        figures["ticks"] = int(figures["ticks"]) + 1  # type: ignore[call-overload]
        figures["queued"] = int(figures["queued"]) + report.queued  # type: ignore[call-overload]
        for _ in range(args.claims_per_step):
            scan = claim_fair(args.owner)
            if scan is None:
                break
            figures["claims"] = int(figures["claims"]) + 1  # type: ignore[call-overload]
            running = Scan.objects.filter(
                organization_id=scan.organization_id, status__in=RUNNING_VALUES
            ).count()
            org = scan.organization_id
            max_running[org] = max(max_running.get(org, 0), running)
            for state in (
                ScanState.CLONING,
                ScanState.SCANNING,
                ScanState.RECORDING,
                ScanState.COMPLETED,
            ):
                lease.advance(scan.pk, args.owner, state)
        clock.advance(timedelta(minutes=args.step_minutes))
    figures["max_running_per_org"] = max(max_running.values(), default=0)
    sys.stdout.write(json.dumps(figures) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
