"""Findings benchmarks: recording a 20,000-finding scan, and the findings list with 200,000.

    uv run python benchmarks/bench_findings.py                 # throwaway PostgreSQL if possible
    uv run python benchmarks/bench_findings.py --sqlite        # SQLite file instead
    uv run python benchmarks/bench_findings.py --database-url postgres://...  # an existing DB

1. ``findings_record`` for one scan of 20,000 findings on a fresh repository (all new), then a
   re-scan of the same repository where 1,000 findings moved (content rewrite), 500 were fixed
   and 500 are new: wall time and number of SQL statements for each.
2. 200,000 findings in 10 repositories (mixed engines, severities and statuses). For each
   filter combination: the dashboard's Findings page (full HTML render through Django's test
   client, signed in; it includes the filter bar's counts) and the REST endpoint, 30 requests
   each, p50/p95 in ms, and the filter bar's facet counts alone. Goal: p95 < 200 ms.

A throwaway PostgreSQL cluster is started with the machine's initdb/pg_ctl (as the `postgres`
OS user when running as root) and removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))  # for `tests.support`


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def throwaway_postgres() -> Any:
    bin_dir = Path(shutil.which("initdb") or "/usr/local/bin/initdb").resolve().parent
    root = Path(tempfile.mkdtemp(prefix="trace-bench-pg-"))
    data = root / "data"
    port = free_port()
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        root.chmod(0o700)
        as_user = ["runuser", "-u", "postgres", "--"]

    def run(*argv: str) -> None:
        done = subprocess.run([*as_user, *argv], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{Path(argv[0]).name} failed: {done.stderr.strip()[-500:]}")

    run(str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8")
    opts = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=256MB"
    run(
        str(bin_dir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(root / "log"), "-w", "start"
    )
    try:
        run(
            str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "trace"
        )
        yield f"postgres://postgres@127.0.0.1:{port}/trace"
    finally:
        subprocess.run(
            [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def setup_django(database_url: str, data_dir: Path) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "tracesec.config.django.test"
    os.environ["TRACE_DATA_DIR"] = str(data_dir)
    os.environ["DATABASE_URL"] = database_url
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


ENGINES = ["sast"] * 5 + ["sca"] * 3 + ["secrets"] * 2
SEVERITIES = ["critical"] + ["high"] * 3 + ["medium"] * 4 + ["low"] * 2 + ["info"]
PACKAGES = ["django", "requests", "lodash", "axios", "log4j-core", "jackson-databind", "gin"]


def make_findings(prefix: str, count: int, rng: random.Random) -> list[Any]:
    from tracesec.engines.model import Engine, Finding, Location, Severity

    findings = []
    for i in range(count):
        engine = Engine(rng.choice(ENGINES))
        path = f"src/module_{i % 400}/file_{i % 37}.py"
        extra: dict[str, Any] = {}
        rule = f"trace.python.rule-{i % 60}"
        title = f"Issue {i % 60} in module {i % 400}"
        cwe: tuple[str, ...] = (f"CWE-{[89, 78, 79, 502, 798, 327][i % 6]}",)
        if engine is Engine.SCA:
            package = PACKAGES[i % len(PACKAGES)]
            path = "requirements.txt" if i % 2 else "package-lock.json"
            rule = f"GHSA-{i % 997:04d}-abcd-efgh"
            title = f"{package} 1.{i % 50}: vulnerable"
            extra = {
                "ecosystem": "PyPI",
                "package": package,
                "version": f"1.{i % 50}",
                "advisory_id": rule,
                "aliases": [f"CVE-2021-{i % 9999}"],
                "fixed_version": f"1.{i % 50 + 1}",
            }
        elif engine is Engine.SECRETS:
            rule = ["aws-access-key-id", "github-pat", "slack-bot-token", "private-key"][i % 4]
            extra = {"secret_sha256": f"{i:064x}", "masked_preview": "AKIA…WXYZ"}
        findings.append(
            Finding(
                engine=engine,
                rule_id=rule,
                severity=Severity(rng.choice(SEVERITIES)),
                title=title,
                message="Explanation of the problem and how to fix it. " * 3,
                location=Location(path=path, start_line=10 + i % 500, end_line=11 + i % 500),
                fingerprint=f"{prefix}-{i:07d}",
                snippet=f"cursor.execute(query_{i % 100} % user_input)",
                cwe=cwe,
                extra=extra,
            )
        )
    return findings


def result_of(findings: list[Any]) -> Any:
    from tracesec.engines.model import Engine, EngineStatus, ScanResult

    statuses = tuple(
        EngineStatus(engine=e, ok=True, complete=True, files_scanned=400, seconds=1.0)
        for e in Engine
    )
    return ScanResult(root="/bench", findings=tuple(findings), coverage=(), engines=statuses)


def record(repository: Any, findings: list[Any]) -> tuple[float, int, Any]:
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from tracesec.findings.recording import findings_record
    from tracesec.scans.models import Scan
    from tracesec.scans.state import ScanState

    scan = Scan.objects.create(
        organization_id=repository.organization_id,
        repository=repository,
        status=ScanState.RECORDING,
        engines_requested=["sast", "sca", "secrets"],
    )
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as ctx, transaction.atomic():
        summary = findings_record(scan=scan, result=result_of(findings), now=timezone.now())
    elapsed = time.perf_counter() - started
    scan.status = ScanState.COMPLETED
    scan.save(update_fields=["status"])
    return elapsed, len(ctx.captured_queries), summary


def bench_recording(org: Any, rng: random.Random) -> None:
    from tests.support.builders import make_repository

    repository = make_repository(org, "acme/bench-record")
    findings = make_findings("rec", 20_000, rng)
    seconds, queries, summary = record(repository, findings)
    print(
        f"record 20,000 new findings: {seconds:.2f} s, {queries} SQL statements (new={summary.new})"
    )
    # re-scan: 1,000 moved lines, 500 fixed, 500 new
    from dataclasses import replace

    from tracesec.engines.model import Location

    moved = [
        replace(
            f,
            location=Location(f.location.path, f.location.start_line + 3, f.location.end_line + 3),
        )
        for f in findings[:1000]
    ]
    rescan = moved + findings[1000:19_500] + make_findings("rec-new", 500, rng)
    seconds, queries, summary = record(repository, rescan)
    print(
        f"re-record 20,000 (1,000 moved, 500 fixed, 500 new): {seconds:.2f} s, "
        f"{queries} SQL statements (new={summary.new}, fixed={summary.fixed})"
    )


def seed_200k(org: Any, rng: random.Random, assignee: Any = None) -> list[Any]:
    from django.db.models import Q
    from tests.support.builders import make_repository

    from tracesec.findings.models import Finding, Status

    repositories = []
    started = time.perf_counter()
    for r in range(10):
        repository = make_repository(org, f"acme/service-{r:02d}")
        record(repository, make_findings(f"r{r}", 20_000, rng))
        repositories.append(repository)
    # a realistic status mix: ~20 % fixed, ~8 % ignored
    Finding.objects.filter(organization=org).filter(
        Q(id__endswith="3") | Q(id__endswith="7")
    ).update(status=Status.FIXED)
    Finding.objects.filter(organization=org, id__endswith="5").filter(
        id__regex=r"[02468]5$"
    ).update(status=Status.IGNORED, ignore_reason="accepted_risk")
    if assignee is not None:
        # a tenth assigned to one member (the "assigned to me" case)
        Finding.objects.filter(organization=org, id__endswith="1").update(assignee=assignee)
    total = Finding.objects.filter(organization=org).count()
    print(f"seeded {total:,} findings in {time.perf_counter() - started:.1f} s")
    from django.db import connection

    if connection.vendor == "postgresql":
        # steady state: what autovacuum would have done by now
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    return repositories


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def bench_list(org: Any, member: Any, repositories: list[Any], runs: int) -> list[tuple]:
    from django.test import Client
    from tests.support.organizations import ApiClient

    from tracesec.organizations.middleware import SESSION_KEY

    web = Client()
    web.force_login(member.user)
    session = web.session
    session[SESSION_KEY] = org.pk
    session.save()
    raw = create_api_token(member)
    api = ApiClient(raw)
    repo = repositories[3].pk
    cases = [
        ("default (open, by severity)", ""),
        ("engine=sca", "engine=sca"),
        ("severity=critical,high", "severity=critical&severity=high"),
        ("status=all sort=newest", "status=all&sort=newest"),
        ("repository", f"repository={repo}"),
        ("rule", "rule=trace.python.rule-7"),
        ("cwe=CWE-89", "cwe=CWE-89"),
        ("package=django", "package=django"),
        ("path prefix", "path=src/module_12"),
        ("text search q=module_77", "q=module_77"),
        ("page 200 (offset 9,950)", "page=200"),
        ("combined", f"engine=sast&severity=high&repository={repo}&q=Issue"),
        (
            "multi: 2 repos, 2 rules, due",
            f"repository={repo}&repository={repositories[5].pk}"
            "&rule=trace.python.rule-7&rule=trace.python.rule-8&due=overdue&due=soon",
        ),
        ("assignee=me", "assignee=me"),
    ]
    from django.http import QueryDict

    from tracesec.findings.facets import finding_facets
    from tracesec.findings.selectors import FindingFilters

    rows = []
    for label, query in cases:
        timings: dict[str, list[float]] = {"page": [], "api": [], "facets": []}
        for _ in range(runs):
            # the filter bar's counts alone (the page time includes them)
            started = time.perf_counter()
            finding_facets(
                organization_id=org.pk,
                filters=FindingFilters.from_query(QueryDict(query)),
                viewer_id=member.user_id,
            )
            timings["facets"].append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            response = web.get(f"/findings/?{query}")
            timings["page"].append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.status_code
            api_query = query.replace("page=200", "offset=9950")
            started = time.perf_counter()
            answer = api.get(f"/api/v1/findings?{api_query}")
            timings["api"].append((time.perf_counter() - started) * 1000)
            assert answer.status_code == 200, answer.content[:200]
        count = answer.json()["count"]
        rows.append(
            (
                label,
                count,
                statistics.median(timings["page"]),
                percentile(timings["page"], 0.95),
                statistics.median(timings["api"]),
                percentile(timings["api"], 0.95),
                statistics.median(timings["facets"]),
                percentile(timings["facets"], 0.95),
            )
        )
    return rows


def explain_mode(org: Any, rng: random.Random) -> None:
    from django.db import connection

    from tracesec.findings.selectors import COUNT_CAP, FindingFilters, findings_filter

    bench_org = org
    repositories = seed_200k(bench_org, rng)
    repo = repositories[3].pk
    for query in (
        {},
        {"repository": str(repo)},
        {"cwe": "CWE-89"},
        {"engine": "sast", "severity": "high", "repository": str(repo), "q": "Issue"},
        {"status": "all", "sort": "newest"},
    ):
        qs = findings_filter(organization_id=bench_org.pk, filters=FindingFilters.from_query(query))
        for label, sub in (("count", qs.order_by()[: COUNT_CAP + 1]), ("rows", qs[:51])):
            sql, params = sub.query.sql_with_params()
            if label == "count":
                sql = f"SELECT count(*) FROM ({sql}) s"  # noqa: S608 - our own ORM SQL
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN ANALYZE {sql}", params)
                plan = [row[0] for row in cursor.fetchall()]
            print(f"--- {query} {label}")
            print("\n".join(plan[:14]))


def create_api_token(member: Any) -> str:
    import secrets

    from tests.factories import ApiTokenFactory

    raw = f"trc_{secrets.token_hex(4)}_{secrets.token_urlsafe(32)}"
    ApiTokenFactory(organization=member.organization, user=member.user, prefix=raw[4:12], raw=raw)
    return raw


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sqlite", action="store_true", help="use a SQLite file")
    parser.add_argument("--database-url", default="", help="an existing (empty) database")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--skip-list", action="store_true")
    parser.add_argument("--explain", action="store_true", help="print query plans (PostgreSQL)")
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
    setup_django(database_url, data_dir)
    from django.db import connection
    from tests.support.builders import make_member, make_org

    from tracesec.organizations.models import Role

    print(f"database: {connection.vendor} {'.'.join(map(str, connection.get_database_version()))}")
    rng = random.Random(42)
    org = make_org("Bench")
    member = make_member(org, Role.MEMBER)
    bench_recording(org, rng)
    if args.skip_list:
        return 0
    if args.explain:
        explain_mode(org, rng)
        return 0
    bench_org = make_org("Bench 200k")
    bench_member = make_member(bench_org, Role.MEMBER)
    repositories = seed_200k(bench_org, rng, assignee=bench_member.user)
    rows = bench_list(bench_org, bench_member, repositories, args.runs)
    print(f"\nfindings list with 200,000 findings ({args.runs} requests each, ms)")
    print(
        f"{'filter':34} {'matches':>8} {'page p50':>9} {'page p95':>9} "
        f"{'api p50':>8} {'api p95':>8} {'facets p50':>10} {'facets p95':>10}"
    )
    for label, count, p50, p95, a50, a95, f50, f95 in rows:
        print(
            f"{label:34} {count:>8,} {p50:>9.1f} {p95:>9.1f} {a50:>8.1f} {a95:>8.1f} "
            f"{f50:>10.1f} {f95:>10.1f}"
        )
    worst = max(max(r[3], r[5]) for r in rows)
    print(f"worst p95: {worst:.1f} ms (goal < 200 ms)")
    del member
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
