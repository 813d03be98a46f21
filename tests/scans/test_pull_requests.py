"""Pull-request scans against the database: one per head, a newer head supersedes a queued one,
default-branch scans are not in the way; what counts as new (Trace triage, suppressions); the
gate's conclusions; the check's external id is read strictly."""

from __future__ import annotations

import dataclasses

import pytest

from tests.support.builders import engine_finding, make_org, make_repository, seed
from tracesec.engines.model import Engine, Severity, Suppression
from tracesec.findings.models import Finding, Status
from tracesec.integrations.pull_requests import PullRequestEvent
from tracesec.scans.models import PullRequestScan, Scan, ScanKind
from tracesec.scans.pull_checks import (
    GatePolicy,
    completed_outcome,
    finding_row,
    new_findings,
    scan_id_from_external_id,
)
from tracesec.scans.pull_requests import pull_request_scan_request, pull_request_scan_rerun
from tracesec.scans.services import scan_request
from tracesec.scans.state import ScanState

pytestmark = pytest.mark.django_db

HEAD_1, HEAD_2, BASE = "a" * 40, "b" * 40, "c" * 40


def _event(head: str = HEAD_1, number: int = 7) -> PullRequestEvent:
    return PullRequestEvent(
        number=number,
        title="Add export",
        html_url="https://github.example/o/r/pull/7",
        head_ref="feature/export",
        head_sha=head,
        base_ref="main",
        base_sha=BASE,
    )


def test_one_scan_per_head_and_a_newer_head_supersedes_a_queued_one() -> None:
    repository = make_repository(make_org())
    default, _ = scan_request(repository=repository, requested_by=None)
    first, created = pull_request_scan_request(
        repository=repository, pull=_event(), source="github"
    )
    assert created
    assert first.kind == ScanKind.PULL_REQUEST
    assert first.commit_sha == HEAD_1
    assert first.branch == "feature/export"
    again, created = pull_request_scan_request(
        repository=repository, pull=_event(), source="github"
    )
    assert (again.pk, created) == (first.pk, False)
    _newer, created = pull_request_scan_request(
        repository=repository, pull=_event(HEAD_2), source="github"
    )
    assert created
    first.refresh_from_db()
    assert first.status == ScanState.CANCELLED
    # another pull request, and the default branch's scan, are left alone
    _other, created = pull_request_scan_request(
        repository=repository, pull=_event(HEAD_1, number=8), source="github"
    )
    assert created
    default.refresh_from_db()
    assert default.status == ScanState.QUEUED
    assert Scan.objects.filter(repository=repository, status=ScanState.QUEUED).count() == 3


def test_rerun_only_for_a_scan_of_this_repository_and_head() -> None:
    org = make_org()
    repository, elsewhere = make_repository(org), make_repository(make_org())
    scan, _ = pull_request_scan_request(repository=repository, pull=_event(), source="github")
    Scan.objects.filter(pk=scan.pk).update(status=ScanState.COMPLETED)
    external = f"trace-scan:{scan.pk}"
    assert (
        pull_request_scan_rerun(
            repository=elsewhere, external_id=external, head_sha=HEAD_1, source="github"
        )
        is None
    )
    assert (
        pull_request_scan_rerun(
            repository=repository, external_id=external, head_sha=HEAD_2, source="github"
        )
        is None
    )
    rerun = pull_request_scan_rerun(
        repository=repository, external_id=external, head_sha=HEAD_1, source="github"
    )
    assert rerun is not None
    assert rerun.pk != scan.pk
    assert PullRequestScan.objects.get(scan=rerun).number == 7


@pytest.mark.parametrize(
    "value",
    ["trace-scan:", "trace-scan:-1", "trace-scan:1x", "other:5", "5", "trace-scan:" + "9" * 30],
)
def test_foreign_external_ids_name_no_scan(value: str) -> None:
    assert scan_id_from_external_id(value) is None


def test_new_findings_leave_out_trace_ignores_and_suppressions() -> None:
    org = make_org()
    repository, _scan = seed(org, n=2)
    Finding.objects.filter(repository=repository, fingerprint="sast-0").update(
        status=Status.IGNORED
    )
    other_repository, _ = seed(org, n=2)  # ignored there: not here
    Finding.objects.filter(repository=other_repository, fingerprint="sast-1").update(
        status=Status.IGNORED
    )
    suppressed = dataclasses.replace(
        engine_finding("in-code"), suppression=Suppression("test data", source="code")
    )
    fresh = engine_finding("fresh", severity=Severity.CRITICAL)
    result = new_findings(
        repository_id=repository.pk,
        findings=[engine_finding("sast-0"), engine_finding("sast-1"), suppressed, fresh],
    )
    assert [r["fingerprint"] for r in result.rows] == ["fresh", "sast-1"]  # worst first
    assert (result.ignored, result.suppressed) == (1, 1)


@pytest.mark.parametrize(
    ("suppression_path", "changed", "honoured"),
    [
        (".trace.yml", {"app.py"}, True),  # the repository's reviewed decision
        (".trace.yml", {"app.py", ".trace.yml"}, False),  # the pull request edits it
        ("app.py", {"app.py"}, False),  # a comment in a file the pull request changes
        ("lib/old.py", {"app.py"}, True),
    ],
)
def test_a_suppression_the_pull_request_adds_is_shown_not_honoured(
    suppression_path: str, changed: set[str], honoured: bool
) -> None:
    repository, _scan = seed(make_org(), n=0)
    finding = dataclasses.replace(
        engine_finding("added"),
        suppression=Suppression("fine", source="code", path=suppression_path, line=3),
    )
    result = new_findings(repository_id=repository.pk, findings=[finding], changed=changed)
    assert result.suppressed == (1 if honoured else 0)
    assert [r["pending_suppression"] for r in result.rows] == (
        [] if honoured else [f"{suppression_path}:3"]
    )


@pytest.mark.parametrize(
    ("severity", "engines", "conclusion"),
    [
        ("high", ["sast", "sca", "secrets"], "failure"),
        ("critical", ["sast", "sca", "secrets"], "neutral"),
        ("high", ["sca", "secrets"], "neutral"),
        ("off", ["sast", "sca", "secrets"], "neutral"),
        ("medium", ["sast"], "failure"),
    ],
)
def test_the_gate_decides_the_conclusion(
    severity: str, engines: list[str], conclusion: str
) -> None:
    org = make_org()
    org.pr_gate_severity, org.pr_gate_engines = severity, engines
    repository = make_repository(org)
    scan, _ = pull_request_scan_request(repository=repository, pull=_event(), source="github")
    pull = PullRequestScan.objects.get(scan=scan)
    pull.merge_base_sha = BASE
    pull.findings = [
        finding_row(engine_finding("one", Engine.SAST, severity=Severity.HIGH)),
        finding_row(engine_finding("two", Engine.SECRETS, severity=Severity.MEDIUM)),
    ]
    outcome = completed_outcome(scan, pull, GatePolicy.of(org), max_annotations=500)
    assert outcome.conclusion == conclusion
    assert [a.level for a in outcome.annotations] == ["failure", "warning"]
    assert f"/scans/{scan.pk}/" in outcome.summary
    assert "| High | 1 | 0 | 0 | 1 |" in outcome.summary


def test_nothing_new_succeeds_and_the_cap_is_said() -> None:
    org = make_org()
    repository = make_repository(org)
    scan, _ = pull_request_scan_request(repository=repository, pull=_event(), source="github")
    pull = PullRequestScan.objects.get(scan=scan)
    assert completed_outcome(scan, pull, GatePolicy.of(org), max_annotations=2).conclusion == (
        "success"
    )
    pull.findings = [finding_row(engine_finding(f"f{i}", line=i + 1)) for i in range(3)]
    outcome = completed_outcome(scan, pull, GatePolicy.of(org), max_annotations=2)
    assert len(outcome.annotations) == 2
    assert "The first 2 new findings are annotated" in outcome.summary
