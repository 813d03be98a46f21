"""A fixed ScanResult with one finding per engine, for format snapshots."""

from __future__ import annotations

from tracesec.engines.fingerprint import sast_fingerprint, sca_fingerprint, secret_fingerprint
from tracesec.engines.model import (
    Coverage,
    CoverageStatus,
    Engine,
    EngineStatus,
    Finding,
    Location,
    Package,
    ScanResult,
    Severity,
)

SAST = Finding(
    engine=Engine.SAST,
    rule_id="python.sqli.string-format",
    severity=Severity.HIGH,
    title="SQL built from user input",
    message="User input reaches cursor.execute(); pass parameters instead of formatting.",
    location=Location("app/views.py", 12, 12, 5, 48),
    fingerprint=sast_fingerprint(
        "python.sqli.string-format", "app/views.py", 'cursor.execute(f"... {q}")'
    ),
    snippet='    cursor.execute(f"SELECT * FROM t WHERE a = {q}")',
    cwe=("CWE-89",),
    owasp=("A03:2021",),
    confidence="high",
)
SCA = Finding(
    engine=Engine.SCA,
    rule_id="GHSA-xxxx-yyyy-zzzz",
    severity=Severity.CRITICAL,
    title="django 4.2.0: SQL injection in QuerySet.values()",
    message="Upgrade django to 4.2.15.",
    location=Location("requirements.txt", 3, 3),
    fingerprint=sca_fingerprint(
        "PyPI", "django", "4.2.0", "GHSA-xxxx-yyyy-zzzz", "requirements.txt"
    ),
    cwe=("CWE-89",),
    extra={
        "ecosystem": "PyPI",
        "package": "django",
        "version": "4.2.0",
        "purl": "pkg:pypi/django@4.2.0",
        "advisory_id": "GHSA-xxxx-yyyy-zzzz",
        "aliases": ("CVE-2024-42005", "PYSEC-2024-70"),
        "fixed_version": "4.2.15",
        "manifest_path": "requirements.txt",
    },
)
SECRET = Finding(
    engine=Engine.SECRETS,
    rule_id="github-pat",
    severity=Severity.CRITICAL,
    title="GitHub personal access token (classic)",
    message="GitHub personal access token (classic) (ghp_\u2026a1B2). Revoke it.",
    location=Location("deploy/ci.env", 2, 2, 14, 54),
    fingerprint=secret_fingerprint("github-pat", "deploy/ci.env", "0" * 64),
    snippet="GITHUB_TOKEN=ghp_\u2026a1B2",
    cwe=("CWE-798",),
    owasp=("A07:2021",),
    confidence="high",
    extra={"secret_sha256": "0" * 64, "masked_preview": "ghp_\u2026a1B2"},
)
HOSTILE = Finding(
    engine=Engine.SAST,
    rule_id="js.xss.inner-html",
    severity=Severity.MEDIUM,
    title='=HYPERLINK("http://evil")',
    message="-2+3 [bold]not markup[/bold]",
    location=Location("web/odd\nname [x].js", 1, 1),
    fingerprint=sast_fingerprint("js.xss.inner-html", "web/odd\nname [x].js", "el.innerHTML = v"),
    snippet="el.innerHTML = v \x1b[2J",
    cwe=("CWE-79",),
)


def result(complete: bool = True) -> ScanResult:
    statuses = (
        EngineStatus(Engine.SAST, True, complete, 10, 1.5, version="semgrep 1.0; rules abc"),
        EngineStatus(Engine.SCA, True, True, 10, 0.25, version="osv 2024-10-10"),
        EngineStatus(Engine.SECRETS, True, True, 10, 0.125, version="detectors 127"),
    )
    coverage = [
        Coverage(None, "assets/logo.png", CoverageStatus.SKIPPED, "binary file"),
        Coverage(
            None, "node_modules/x/index.js", CoverageStatus.SKIPPED, "vendored or minified file"
        ),
    ]
    if not complete:
        coverage.append(
            Coverage(Engine.SAST, "app/huge.py", CoverageStatus.TIMED_OUT, "semgrep timeout")
        )
    return ScanResult(
        root="/src/project",
        findings=(SCA, SECRET, SAST, HOSTILE),
        coverage=tuple(coverage),
        engines=statuses,
        inventory=(
            Package(
                "PyPI",
                "django",
                "4.2.0",
                "requirements.txt",
                3,
                "pkg:pypi/django@4.2.0",
                True,
                False,
            ),
        ),
        timings={"walk": 0.01, "sast": 1.5, "sca": 0.25, "secrets": 0.125, "total": 1.9},
    )


def failed_result() -> ScanResult:
    base = result()
    statuses = (
        base.engines[0],
        EngineStatus(
            Engine.SCA,
            False,
            False,
            0,
            0.0,
            error="no OSV index in /data/osv: run `trace vulndb import PATH` first",
        ),
        base.engines[2],
    )
    return ScanResult(
        root=base.root,
        findings=(SECRET, SAST),
        coverage=base.coverage,
        engines=statuses,
        errors=(statuses[1].error,),
        timings=base.timings,
    )
