"""Two whole-process commands timed in turn, A B A B ..., and the ratio A/B taken pair by pair.

Pairing keeps the ratio meaningful when the machine's speed drifts during the run (a shared
machine). Each run's wall time is a monotonic clock around the child; its CPU time is the
operating system's accounting of the finished child (user + system). Medians are printed with
the minimum and maximum; quote the median.

Usage::

    uv run python benchmarks/bench_pairs.py -n 3 --warmup 1 \\
        --a "sh -c 'PYTHONPATH=src ... scan APP ...'" \\
        --b "sh -c 'PYTHONPATH=OTHER_CHECKOUT/src ... scan APP ...'"
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import statistics
import subprocess
import sys
import time


def _run(command: list[str]) -> tuple[float, float, int]:
    """(wall seconds, cpu seconds, exit status) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    quiet = subprocess.DEVNULL
    status = subprocess.run(command, stdout=quiet, stderr=quiet, check=False).returncode
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, status


def _line(name: str, values: list[float]) -> str:
    return (
        f"{name:>10}  median {statistics.median(values):8.2f}"
        f"  min {min(values):8.2f}  max {max(values):8.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--a", required=True, help="command A, split as a shell splits words")
    parser.add_argument("--b", required=True, help="command B, the baseline")
    args = parser.parse_args()
    a, b = shlex.split(args.a), shlex.split(args.b)
    for _ in range(args.warmup):
        _run(a)
        _run(b)
    walls: dict[str, list[float]] = {"A": [], "B": []}
    cpus: dict[str, list[float]] = {"A": [], "B": []}
    for _ in range(args.runs):
        for name, command in (("A", a), ("B", b)):
            wall, cpu, status = _run(command)
            if status != 0:
                print(f"{name} exited with {status}", file=sys.stderr)
            walls[name].append(wall)
            cpus[name].append(cpu)
    print(f"{args.runs} pairs, {os.cpu_count()} cores; seconds")
    for name in ("A", "B"):
        print(_line(f"{name} wall", walls[name]))
        print(_line(f"{name} cpu", cpus[name]))
    print(_line("A/B wall", [x / y for x, y in zip(walls["A"], walls["B"], strict=True)]))
    print(_line("A/B cpu", [x / y for x, y in zip(cpus["A"], cpus["B"], strict=True)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
