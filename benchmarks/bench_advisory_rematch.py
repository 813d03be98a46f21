"""Advisory re-match benchmark: 10,000 stored inventories of 500 packages vs a day's OSV changes.

    uv run python benchmarks/bench_advisory_rematch.py                # throwaway PostgreSQL
    uv run python benchmarks/bench_advisory_rematch.py --sqlite       # SQLite file instead
    uv run python benchmarks/bench_advisory_rematch.py --inventories 1000 --packages 500

1. The real OSV exports (``--osv-dir``, one ``<Ecosystem>/all.zip`` each) are split into
   "yesterday" (every record but the ``--changes`` most recently modified ones) and "today"
   (all of them). OSV publishes or modifies a few hundred records a day across these
   ecosystems; the default, 300, is that order (the exports' own busiest days are bulk
   rewrites of one package's records, not a typical day). Yesterday's index is built, then
   today's import runs with its change detection: the changed advisories are exactly those
   records.
2. ``--inventories`` repositories (100 per organization), each with one completed scan and an
   inventory of ``--packages`` packages, are written with the production bulk insert. The mix
   follows ``bench_sca``: 20 % of packages are names that have advisories (drawn with a
   popularity skew, so common vulnerable packages are in many inventories; versions drawn from
   the versions the advisories mention), 80 % are names without any; ecosystems PyPI 35 %,
   npm 35 %, Go 10 %, Maven 10 %, crates.io 5 %, RubyGems 5 %.
3. ``advisory_update_apply`` (the background task's service) runs once: wall time, stored
   packages read, findings opened, notifications queued. Then again (idempotent: 0 opened).
4. For comparison, the brute force the index avoids: ``rematch_packages`` over every stored
   package in memory (no database), CPU seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))  # for `tests.support` and the sibling benchmark
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))

from bench_findings import setup_django, throwaway_postgres  # noqa: E402

DEFAULT_OSV = REPO_ROOT / ".." / "shared" / "data" / "osv"
ECOSYSTEM_MIX = {"PyPI": 35, "npm": 35, "Go": 10, "Maven": 10, "crates.io": 5, "RubyGems": 5}
ADVISED_SHARE = 0.20
REPOSITORIES_PER_ORG = 100


def split_exports(osv_dir: Path, changes: int, work: Path) -> tuple[str, dict[str, int]]:
    """Write yesterday's and today's record trees per ecosystem: today adds each ecosystem's
    most recently modified real records, ``changes`` in all, shared as ``ECOSYSTEM_MIX``.
    Returns their date span and counts."""
    span: list[str] = []
    counts: dict[str, int] = {}
    for ecosystem, share in ECOSYSTEM_MIX.items():
        records: list[tuple[str, str, bytes]] = []  # (modified, member, raw)
        with zipfile.ZipFile(osv_dir / ecosystem / "all.zip") as archive:
            for name in archive.namelist():
                raw = archive.read(name)
                records.append((str(json.loads(raw).get("modified") or ""), name, raw))
        records.sort(reverse=True)
        # at most half: the small exports (npm, Maven, RubyGems) keep a yesterday
        recent = records[: min(round(changes * share / 100), len(records) // 2)]
        counts[ecosystem] = len(recent)
        span += [m[:10] for m, _, _ in recent if not m.startswith("0001")]  # placeholder
        recent_names = {name for _, name, _ in recent}
        for state in ("yesterday", "today"):
            (work / state / ecosystem).mkdir(parents=True)
        for _, name, raw in records:
            (work / "today" / ecosystem / name).write_bytes(raw)
            if name not in recent_names:
                (work / "yesterday" / ecosystem / name).write_bytes(raw)
    return f"{min(span)} .. {max(span)}", counts


def advised_pool(index_dir: Path) -> dict[str, list[tuple[str, list[str]]]]:
    """Per ecosystem: (name, versions its advisories mention) for every advised package."""
    from tracesec.engines.sca import osvstore

    pool: dict[str, list[tuple[str, list[str]]]] = {}
    index = osvstore.OsvIndex.open(index_dir)
    for ecosystem in ECOSYSTEM_MIX:
        for name in sorted(index.rows(ecosystem)):
            entries, _ = index.package_data(ecosystem, name)
            mentioned = sorted(
                {v for e in entries for v in e.get("versions", ())}
                | {
                    text
                    for e in entries
                    for rng in e.get("ranges", ())
                    for kind, text in rng["events"]
                    if kind in ("introduced", "last_affected") and text != "0"
                }
            )
            pool.setdefault(ecosystem, []).append((name, mentioned or ["1.0.0"]))
    shuffler = random.Random(7)
    for names in pool.values():
        shuffler.shuffle(names)  # popularity rank unrelated to the name's spelling
    return pool


class InventoryMaker:
    def __init__(self, pool: dict[str, list[tuple[str, list[str]]]], seed: int) -> None:
        self.rng = random.Random(seed)
        self.pool = pool
        self.ecosystems = [e for e in ECOSYSTEM_MIX if pool.get(e)]
        self.weights = [ECOSYSTEM_MIX[e] for e in self.ecosystems]

    def packages(self, count: int) -> list[tuple[str, str, str]]:
        """(ecosystem, name, version) for one repository."""
        rng = self.rng
        chosen: dict[tuple[str, str], str] = {}
        while len(chosen) < count:
            ecosystem = rng.choices(self.ecosystems, self.weights)[0]
            if rng.random() < ADVISED_SHARE:
                names = self.pool[ecosystem]
                # popularity skew: low indexes are drawn far more often
                name, versions = names[min(int(rng.paretovariate(1.2)) - 1, len(names) - 1)]
                version = rng.choice(versions)
            else:
                name = f"plain-{ecosystem.lower()}-{rng.randrange(200_000)}"
                version = f"{rng.randrange(1, 9)}.{rng.randrange(20)}.{rng.randrange(10)}"
            chosen.setdefault((ecosystem, name), version)
        return [(eco, name, version) for (eco, name), version in chosen.items()]


def populate(maker: InventoryMaker, inventories: int, per_inventory: int) -> float:
    from django.db import transaction
    from django.utils import timezone

    from tracesec.findings.copy_insert import bulk_insert
    from tracesec.inventory.models import InventoryPackage
    from tracesec.organizations.models import Organization
    from tracesec.repositories.models import Repository
    from tracesec.scans.models import Scan
    from tracesec.scans.state import ScanState

    started = time.perf_counter()
    now = timezone.now()
    for org_start in range(0, inventories, REPOSITORIES_PER_ORG):
        with transaction.atomic():
            org = Organization.objects.create(name=f"Bench {org_start}", slug=f"bench-{org_start}")
            rows = []
            for n in range(org_start, min(org_start + REPOSITORIES_PER_ORG, inventories)):
                repository = Repository.objects.create(
                    organization=org,
                    full_name=f"bench/repo-{n}",
                    name=f"repo-{n}",
                    default_branch="main",
                    provider="github",
                    external_uuid=f"{n:08d}-0000-4000-8000-000000000000",
                )
                scan = Scan.objects.create(
                    organization=org,
                    repository=repository,
                    status=ScanState.COMPLETED,
                    branch="main",
                    engines_requested=["sca"],
                )
                for line, (ecosystem, name, version) in enumerate(
                    maker.packages(per_inventory), start=1
                ):
                    rows.append(
                        {
                            "organization_id": org.pk,
                            "repository_id": repository.pk,
                            "scan_id": scan.pk,
                            "ecosystem": ecosystem,
                            "name": name,
                            "normalized_name": name,
                            "version": version,
                            "manifest_path": "requirements.txt",
                            "line": line,
                        }
                    )
            bulk_insert(InventoryPackage, rows, now=now)
        done = min(org_start + REPOSITORIES_PER_ORG, inventories)
        if done % 1000 == 0:
            print(f"  {done} inventories written ({time.perf_counter() - started:.0f} s)")
    return time.perf_counter() - started


def brute_force(index_dir: Path, changed: Any) -> tuple[float, float, int, int]:
    """Every stored package read and put through the matcher: wall seconds (reading
    included), matcher CPU seconds, packages, hits."""
    from tracesec.engines.model import Package
    from tracesec.engines.sca.osvstore import OsvIndex
    from tracesec.engines.sca.rematch import rematch_packages
    from tracesec.inventory.models import InventoryPackage

    index = OsvIndex.open(index_dir)
    rows = InventoryPackage.objects.order_by("repository_id").values_list(
        "repository_id", "ecosystem", "name", "version", "manifest_path", "line"
    )
    packages = hits = 0
    cpu = 0.0
    started = time.perf_counter()
    batch: list[Package] = []
    current = None
    for repository_id, ecosystem, name, version, path, line in rows.iterator(chunk_size=20000):
        if repository_id != current and batch:
            start = time.process_time()
            hits += len(rematch_packages(index, batch, changed))
            cpu += time.process_time() - start
            packages += len(batch)
            batch = []
        current = repository_id
        batch.append(Package(ecosystem, name, version, path, line))
    if batch:
        start = time.process_time()
        hits += len(rematch_packages(index, batch, changed))
        cpu += time.process_time() - start
        packages += len(batch)
    return time.perf_counter() - started, cpu, packages, hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--osv-dir", type=Path, default=DEFAULT_OSV)
    parser.add_argument(
        "--changes", type=int, default=300, help="records in the day's changes (default 300)"
    )
    parser.add_argument("--inventories", type=int, default=10_000)
    parser.add_argument("--packages", type=int, default=500)
    parser.add_argument("--sqlite", action="store_true", help="use a SQLite file")
    parser.add_argument("--database-url", default="", help="an existing (empty) database")
    parser.add_argument("--skip-brute-force", action="store_true")
    args = parser.parse_args(argv)
    data_dir = Path(tempfile.mkdtemp(prefix="trace-bench-data-"))
    try:
        if args.database_url:
            return run(args, args.database_url, data_dir)
        if args.sqlite:
            return run(args, f"sqlite://{data_dir / 'bench.sqlite3'}", data_dir)
        with throwaway_postgres() as url:
            return run(args, url, data_dir)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def run(args: argparse.Namespace, database_url: str, data_dir: Path) -> int:
    os.environ["TRACE_OSV_DB"] = str(data_dir / "osv")
    setup_django(database_url, data_dir)
    from django.db import connection
    from django_tasks_db.models import DBTaskResult

    from tracesec.engines.sca import osvstore
    from tracesec.findings.models import Finding
    from tracesec.inventory.models import AdvisoryUpdate, InventoryPackage
    from tracesec.inventory.rematch import advisory_update_apply
    from tracesec.inventory.services import advisory_update_queue

    index_dir = data_dir / "osv"
    print(f"database: {connection.vendor} {'.'.join(map(str, connection.get_database_version()))}")
    span, per_ecosystem = split_exports(args.osv_dir, args.changes, data_dir / "records")
    print(f"the day's changes: {args.changes} most recent records ({span}) {per_ecosystem}")

    for ecosystem in ECOSYSTEM_MIX:
        osvstore.build_index(data_dir / "records" / "yesterday" / ecosystem, index_dir, ecosystem)
    changed: dict[tuple[str, str], dict[str, str]] = {}
    import_seconds = 0.0
    for ecosystem in ECOSYSTEM_MIX:
        start = time.perf_counter()
        stats = osvstore.build_index(
            data_dir / "records" / "today" / ecosystem, index_dir, ecosystem
        )
        import_seconds += time.perf_counter() - start
        changed.update(stats.changed)
    advisories = {a for ids in changed.values() for a in ids}
    print(
        f"today's import (with change detection): {import_seconds:.2f} s; "
        f"{len(advisories)} changed advisories naming {len(changed)} packages"
    )

    maker = InventoryMaker(advised_pool(index_dir), seed=42)
    total = args.inventories * args.packages
    print(f"writing {args.inventories} inventories x {args.packages} packages = {total:,} rows")
    seconds = populate(maker, args.inventories, args.packages)
    print(f"  written in {seconds:.1f} s ({total / seconds:,.0f} rows/s)")

    update = advisory_update_queue(source="bench", changed=changed)
    assert update is not None
    start, cpu = time.perf_counter(), time.process_time()
    opened = advisory_update_apply(advisory_update_id=update.pk, index_dir=index_dir)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    update = AdvisoryUpdate.objects.get(pk=update.pk)
    repositories = Finding.objects.values("repository_id").distinct().count()
    emails = DBTaskResult.objects.filter(task_path__endswith="notification_email_send").count()
    print(
        f"re-match: {wall:.2f} s wall, {cpu:.2f} s CPU; {update.packages_checked:,} of "
        f"{InventoryPackage.objects.count():,} stored packages read; {opened:,} findings opened "
        f"in {repositories:,} repositories; {emails:,} notifications queued"
    )
    again = advisory_update_queue(source="bench", changed=changed)
    assert again is not None
    start = time.perf_counter()
    reopened = advisory_update_apply(advisory_update_id=again.pk, index_dir=index_dir)
    print(f"same update again: {time.perf_counter() - start:.2f} s, {reopened} findings opened")

    if not args.skip_brute_force:
        brute_wall, brute_cpu, packages, hits = brute_force(index_dir, changed)
        print(
            f"brute force (every stored package read and matched): {brute_wall:.1f} s wall, "
            f"of which matching {brute_cpu:.1f} s CPU, for {packages:,} packages, {hits:,} hits"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
