"""findings_record against the database: upsert by fingerprint, triage carried, history."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.support.builders import (
    engine_finding,
    make_member,
    make_org,
    make_repository,
    make_scan,
    scan_result,
)
from tracesec.engines.model import Coverage, CoverageStatus, Engine, EngineStatus, Severity
from tracesec.findings.models import Finding, Status, TriageAction, TriageEvent
from tracesec.findings.recording import findings_record
from tracesec.findings.triage import finding_ignore
from tracesec.scans.state import ScanState

pytestmark = pytest.mark.django_db


def record(repository, findings, **kw):
    scan = make_scan(repository)
    summary = findings_record(
        scan=scan, result=scan_result(tuple(findings), **kw), now=timezone.now()
    )
    scan.status = ScanState.COMPLETED
    scan.save(update_fields=["status"])
    return scan, summary


def by_fp(repository) -> dict[str, Finding]:
    return {f.fingerprint: f for f in Finding.objects.filter(repository=repository)}


def test_first_scan_creates_open_findings_with_all_fields() -> None:
    org = make_org()
    repo = make_repository(org)
    sca = engine_finding(
        "k1",
        Engine.SCA,
        "requirements.txt",
        severity=Severity.CRITICAL,
        ecosystem="PyPI",
        package="django",
        version="3.2.4",
        advisory_id="GHSA-xxxx",
        aliases=("CVE-2021-1", "PYSEC-2021-2"),
        fixed_version="3.2.5",
    )
    scan, summary = record(repo, [engine_finding("a1"), sca])
    assert summary.new == 2
    assert summary.findings == 2
    rows = by_fp(repo)
    assert rows["a1"].status == Status.OPEN
    assert rows["a1"].first_seen_scan_id == scan.pk == rows["a1"].last_seen_scan_id
    assert rows["a1"].cwe_list == ["CWE-89"]
    assert rows["k1"].package == "django"
    assert rows["k1"].package_version == "3.2.4"
    assert rows["k1"].fixed_version == "3.2.5"
    assert rows["k1"].alias_list == ["CVE-2021-1", "PYSEC-2021-2"]
    assert rows["k1"].severity_rank == 4
    assert rows["k1"].organization_id == org.pk


def test_rescan_fixes_one_introduces_another_and_keeps_triage() -> None:
    org = make_org()
    member = make_member(org)
    repo = make_repository(org)
    record(repo, [engine_finding("a"), engine_finding("b"), engine_finding("c")])
    ignored = Finding.objects.get(repository=repo, fingerprint="b")
    finding_ignore(finding=ignored, actor=member.user, reason="false_positive", comment="test")

    # "a" fixed, "b" still there (moved lines), "d" introduced
    scan2, summary = record(
        repo, [engine_finding("b", line=40), engine_finding("c"), engine_finding("d")]
    )
    rows = by_fp(repo)
    assert summary.new == 1
    assert summary.fixed == 1
    assert rows["a"].status == Status.FIXED
    assert rows["a"].fixed_in_scan_id == scan2.pk
    assert rows["b"].status == Status.IGNORED
    assert rows["b"].ignore_reason == "false_positive"
    assert rows["b"].start_line == 40  # content rewritten, same row, triage kept
    assert rows["b"].pk == ignored.pk
    assert rows["c"].last_seen_scan_id == scan2.pk
    assert rows["d"].first_seen_scan_id == scan2.pk
    fixed_event = TriageEvent.objects.get(finding=rows["a"])
    assert fixed_event.action == TriageAction.FIXED
    assert fixed_event.scan_id == scan2.pk
    assert fixed_event.actor is None


def test_failed_engine_fixes_nothing_from_it() -> None:
    org = make_org()
    repo = make_repository(org)
    record(repo, [engine_finding("a"), engine_finding("s", Engine.SECRETS, "cfg.py")])
    engines = (
        EngineStatus(Engine.SAST, ok=False, complete=False, files_scanned=0, seconds=1, error="x"),
        EngineStatus(Engine.SCA, ok=True, complete=True, files_scanned=1, seconds=1),
        EngineStatus(Engine.SECRETS, ok=True, complete=True, files_scanned=1, seconds=1),
    )
    _scan, summary = record(repo, [], engines=engines)
    rows = by_fp(repo)
    assert rows["a"].status == Status.OPEN
    assert rows["s"].status == Status.FIXED
    assert summary.counts["unseen"] == 1


def test_timed_out_file_keeps_its_findings_open() -> None:
    org = make_org()
    repo = make_repository(org)
    record(repo, [engine_finding("a", path="slow.py"), engine_finding("b", path="ok.py")])
    coverage = (Coverage(Engine.SAST, "slow.py", CoverageStatus.TIMED_OUT, "30 s"),)
    record(repo, [], coverage=coverage)
    rows = by_fp(repo)
    assert rows["a"].status == Status.OPEN
    assert rows["b"].status == Status.FIXED


def test_fixed_then_back_is_reopened_and_ignored_then_back_stays_ignored() -> None:
    org = make_org()
    member = make_member(org)
    repo = make_repository(org)
    record(repo, [engine_finding("a"), engine_finding("b")])
    finding_ignore(
        finding=Finding.objects.get(repository=repo, fingerprint="b"),
        actor=member.user,
        reason="accepted_risk",
    )
    record(repo, [])  # both provably gone
    rows = by_fp(repo)
    assert rows["a"].status == Status.FIXED
    assert rows["b"].status == Status.FIXED
    assert rows["b"].ignore_reason == "accepted_risk"  # remembered

    scan3, summary = record(repo, [engine_finding("a"), engine_finding("b")])
    rows = by_fp(repo)
    assert summary.reopened == 1
    assert rows["a"].status == Status.OPEN
    assert rows["a"].fixed_in_scan_id is None
    assert rows["a"].fixed_at is None
    assert rows["b"].status == Status.IGNORED
    actions = set(
        TriageEvent.objects.filter(scan=scan3).values_list("finding__fingerprint", "action")
    )
    assert actions == {("a", TriageAction.SCAN_REOPENED), ("b", TriageAction.RETURNED_IGNORED)}


def test_expired_ignore_reopens_on_scan() -> None:
    org = make_org()
    member = make_member(org)
    repo = make_repository(org)
    record(repo, [engine_finding("a")])
    finding = Finding.objects.get(repository=repo, fingerprint="a")
    finding_ignore(
        finding=finding,
        actor=member.user,
        reason="wont_fix",
        expires_at=timezone.now() + timedelta(days=1),
    )
    Finding.objects.filter(pk=finding.pk).update(
        ignore_expires_at=timezone.now() - timedelta(minutes=1)
    )
    record(repo, [engine_finding("a")])
    finding.refresh_from_db()
    assert finding.status == Status.OPEN
    assert finding.ignore_reason == ""
    assert finding.ignore_expires_at is None
    assert TriageEvent.objects.filter(finding=finding, action=TriageAction.IGNORE_EXPIRED).exists()


def test_repositories_are_independent() -> None:
    org = make_org()
    repo1 = make_repository(org)
    repo2 = make_repository(org)
    record(repo1, [engine_finding("same")])
    record(repo2, [engine_finding("same")])
    record(repo1, [])
    assert Finding.objects.get(repository=repo1).status == Status.FIXED
    assert Finding.objects.get(repository=repo2).status == Status.OPEN


def test_recording_is_bulk_query_count_does_not_grow_with_findings() -> None:
    org = make_org()
    repo = make_repository(org)
    findings = [engine_finding(f"fp{i:05d}", path=f"f{i % 50}.py") for i in range(1500)]
    record(repo, findings)
    # second scan: all seen again, nothing changed -> one load + chunked updates
    scan = make_scan(repo, status=ScanState.COMPLETED)
    with CaptureQueriesContext(connection) as ctx:
        summary = findings_record(
            scan=scan, result=scan_result(tuple(findings)), now=timezone.now()
        )
    assert summary.counts["still_open"] == 1500
    assert len(ctx.captured_queries) <= 6, [q["sql"][:80] for q in ctx.captured_queries]
    # third scan: half fixed -> still a handful of statements
    scan = make_scan(repo, status=ScanState.COMPLETED)
    with CaptureQueriesContext(connection) as ctx:
        summary = findings_record(
            scan=scan, result=scan_result(tuple(findings[:750])), now=timezone.now()
        )
    assert summary.fixed == 750
    assert len(ctx.captured_queries) <= 10, [q["sql"][:80] for q in ctx.captured_queries]
