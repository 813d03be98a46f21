"""Secrets engine throughput (MB/s, one core) and ratio against detect-secrets on one tree.

Usage:
    uv run python benchmarks/bench_secrets.py [TREE] [--repeat N] [--skip-detect-secrets]

TREE defaults to the Django package installed in the virtualenv (~15 MB of real source).
Both tools read the same file list (Trace's walk: text files under the size cap), in one
process on one core (detect-secrets with ``num_processors=1``). Goals: >= 20 MB/s, >= 10x.
Also prints the prefilter comparison (RE2 set vs pyahocorasick).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from tracesec.engines.model import Engine, ScanConfig, TargetFile
from tracesec.engines.secrets import engine
from tracesec.engines.secrets.matcher import Matcher
from tracesec.engines.targets import walk


def _default_tree() -> Path:
    import django

    return Path(django.__file__).resolve().parent


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def bench_trace(root: Path, files: tuple[TargetFile, ...], repeat: int) -> tuple[float, int]:
    config = ScanConfig(engines=(Engine.SECRETS,))
    engine.default_matcher()  # compile once, outside the timing (a scan compiles once too)
    times = []
    findings = 0
    for _ in range(repeat):
        started = time.perf_counter()
        outcome = engine.run(root, files, config)
        times.append(time.perf_counter() - started)
        findings = len(outcome.findings)
    return statistics.median(times), findings


def bench_prefilters(files: tuple[TargetFile, ...]) -> dict[str, float]:
    datas = [f.abspath.read_bytes() for f in files]
    out = {}
    for name in ("re2-set", "aho-corasick"):
        matcher = Matcher(prefilter=name)
        started = time.perf_counter()
        for data in datas:
            matcher.scan(data)
        out[name] = time.perf_counter() - started
    return out


def bench_detect_secrets(files: tuple[TargetFile, ...]) -> tuple[float, int]:
    from detect_secrets import SecretsCollection
    from detect_secrets.settings import default_settings

    collection = SecretsCollection()
    with default_settings():
        started = time.perf_counter()
        collection.scan_files(*(str(f.abspath) for f in files), num_processors=1)
        elapsed = time.perf_counter() - started
    return elapsed, sum(len(list(s)) for _, s in collection.data.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree", nargs="?", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-detect-secrets", action="store_true")
    args = parser.parse_args()
    _pin_one_core()
    root = (args.tree or _default_tree()).resolve()
    files = walk(root, ScanConfig()).files
    size_mb = sum(f.size for f in files) / 1e6
    print(f"tree: {root}")
    print(f"files: {len(files)}  size: {size_mb:.1f} MB  (one core)")
    trace_s, trace_n = bench_trace(root, files, args.repeat)
    print(f"trace secrets: {trace_s:.3f} s  {size_mb / trace_s:.1f} MB/s  findings={trace_n}")
    prefilters = bench_prefilters(files)
    for name, seconds in prefilters.items():
        print(f"  matcher with {name:>12} prefilter: {size_mb / seconds:.1f} MB/s")
    if args.skip_detect_secrets:
        return
    ds_s, ds_n = bench_detect_secrets(files)
    print(f"detect-secrets: {ds_s:.3f} s  {size_mb / ds_s:.2f} MB/s  findings={ds_n}")
    print(f"ratio: trace is {ds_s / trace_s:.1f}x faster than detect-secrets")


if __name__ == "__main__":
    main()
