"""SCA benchmark: OSV index build and load time, and packages matched per second.

    uv run python benchmarks/bench_sca.py [--osv PATH/all.zip] [--packages 100000]

Builds the PyPI index from the real export, then matches a synthetic 100k-package
inventory two ways:

* ``no-advisories``: no package has an advisory (the per-package overhead);
* ``typical`` / ``realistic``: 5 % / 20 % of the packages are names that have advisories
  (drawn from the index, with versions drawn from the versions those advisories mention, so
  most of them are affected), the rest are names without;
* ``all-advised``: every package has advisories (the worst case for the matcher).

"Cold" figures start from a freshly opened index (every package compiled and every result
computed once); "warm" repeats the run with the same matcher.

It also runs the whole engine (extract + match) on a 100k-line requirements.txt holding the
realistic mix. Figures are wall-clock seconds on one core; the goal is >= 300k packages/s.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from tracesec.engines.model import Package, ScanConfig, TargetFile
from tracesec.engines.sca import osvstore
from tracesec.engines.sca.engine import run
from tracesec.engines.sca.index_matcher import Matcher

DEFAULT_OSV = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "osv" / "PyPI"


def _timed(func):  # type: ignore[no-untyped-def]
    # CPU time of this process: on a shared 2-core machine wall time mostly measures the
    # neighbours; both are printed where it matters
    started = time.process_time()
    result = func()
    return time.process_time() - started, result


def _wall(func):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = func()
    return time.perf_counter() - started, result


def _inventory(index: osvstore.OsvIndex, count: int, advised_share: float) -> list[Package]:
    rng = random.Random(42)
    rows = index.rows("PyPI")
    advised: list[tuple[str, list[str]]] = []
    for name, data in sorted(rows.items()):
        versions: set[str] = set()
        for blob in data:
            for entry in json.loads(blob)["entries"]:
                versions.update(entry.get("versions", ())[:50])
                for rng_ in entry.get("ranges", ()):
                    versions.update(v for _, v in rng_["events"] if v != "0")
        if versions:
            advised.append((name, sorted(versions)))
    packages = []
    for i in range(count):
        if rng.random() < advised_share:
            name, versions = rng.choice(advised)
            version = rng.choice(versions)
        else:
            name = f"synthetic-package-{i}"
            version = f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
        packages.append(Package("PyPI", name, version, "requirements.txt", i + 1))
    return packages


def _match_all(matcher: Matcher, packages: list[Package]) -> int:
    found = 0
    for pkg in packages:
        found += len(matcher.match_merged(pkg.ecosystem, pkg.name, pkg.version))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--osv", type=Path, default=DEFAULT_OSV / "all.zip")
    parser.add_argument("--packages", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        index_dir = Path(tmp) / "index"
        builds = []
        for _ in range(args.repeat):
            seconds, stats = _timed(lambda: osvstore.build_index(args.osv, index_dir, "PyPI"))
            builds.append(seconds)
        print(
            f"index build: {statistics.median(builds):.3f} s median of {args.repeat} "
            f"({stats.records} records, {stats.path.stat().st_size / 1e6:.1f} MB)"
        )

        loads = []
        for _ in range(args.repeat):
            seconds, index = _timed(lambda: _load(index_dir))
            loads.append(seconds)
        print(f"index load (open + PyPI names): {statistics.median(loads) * 1000:.1f} ms median")

        mixes = (
            ("no-advisories", 0.0),
            ("typical", 0.05),
            ("realistic", 0.2),
            ("all-advised", 1.0),
        )
        for label, share in mixes:
            packages = _inventory(index, args.packages, share)
            rates, walls, warm = [], [], []
            for _ in range(args.repeat):
                fresh = _load(index_dir)  # cold: no compiled package or result carried over
                matcher = Matcher(fresh)
                seconds, found = _timed(lambda m=matcher, p=packages: _match_all(m, p))
                wall, _ = _wall(lambda p=packages: _match_all(Matcher(_load(index_dir)), p))
                again, _ = _timed(lambda m=matcher, p=packages: _match_all(m, p))
                rates.append(len(packages) / seconds)
                walls.append(len(packages) / wall)
                warm.append(len(packages) / again)
            print(
                f"match {label}: {statistics.median(rates):,.0f} packages/s CPU "
                f"({statistics.median(walls):,.0f}/s wall; warm caches "
                f"{statistics.median(warm):,.0f}/s) ({len(packages):,} packages, "
                f"{found:,} findings)"
            )

        packages = _inventory(index, args.packages, 0.2)
        root = Path(tmp) / "repo"
        root.mkdir()
        manifest = root / "requirements.txt"
        manifest.write_text("".join(f"{p.name}=={p.version}\n" for p in packages))
        files = [TargetFile("requirements.txt", manifest, manifest.stat().st_size)]
        config = ScanConfig(osv_db=index_dir)
        seconds, outcome = _timed(lambda: run(root, files, config))
        again, _ = _timed(lambda: run(root, files, config))  # the worker's next scan
        print(
            f"engine end to end (extract + match, realistic): first scan {seconds:.3f} s CPU "
            f"({len(packages) / seconds:,.0f} packages/s), next scan {again:.3f} s CPU "
            f"({len(packages) / again:,.0f} packages/s), {len(outcome.findings):,} findings"
        )


def _load(index_dir: Path) -> osvstore.OsvIndex:
    index = osvstore.OsvIndex.open(index_dir)
    index.rows("PyPI")
    return index


if __name__ == "__main__":
    main()
