"""Builders shared by the scans/findings tests (real models, no mocks)."""

from __future__ import annotations

import itertools
from typing import Any

from django.utils import timezone

from tracesec.accounts.models import User
from tracesec.engines.model import (
    Coverage,
    Engine,
    EngineStatus,
    Finding,
    Location,
    ScanResult,
    Severity,
)
from tracesec.findings.recording import findings_record
from tracesec.organizations.models import Membership, Organization, Role
from tracesec.scans.models import Scan
from tracesec.scans.state import ScanState

_seq = itertools.count(1)


def make_org(name: str = "") -> Organization:
    n = next(_seq)
    name = name or f"Org {n}"
    return Organization.objects.create(name=name, slug=f"org-{n}")


def make_member(org: Organization, role: str = Role.MEMBER, email: str = "") -> Membership:
    n = next(_seq)
    user = User.objects.create_user(email=email or f"user{n}@example.com", password="pw-123456789")
    return Membership.objects.create(organization=org, user=user, role=role)


def make_repository(org: Organization, name: str = "", **fields: Any) -> Any:
    from tracesec.repositories.models import Repository

    return _create_repository(Repository, org, name or f"acme/repo-{next(_seq)}", **fields)


def _create_repository(model: Any, org: Organization, full_name: str, **fields: Any) -> Any:
    if "connection" not in fields:
        fields["connection"] = make_connection(org)
    fields.setdefault("provider", "bitbucket")
    fields.setdefault("default_branch", "main")
    fields.setdefault("external_uuid", f"{next(_seq):08d}-0000-4000-8000-000000000000")
    slug = full_name.split("/")[-1]
    return model.objects.create(
        organization=org, full_name=full_name, slug=slug, name=slug, **fields
    )


def make_connection(org: Organization, status: str = "active") -> Any:
    from tracesec.integrations.models import Connection

    return Connection.objects.create(
        organization=org,
        provider="bitbucket",
        status=status,
        external_id=f"ws-{next(_seq)}",
        slug="acme",
        display_name="Acme",
    )


def make_scan(repository: Any, status: str = ScanState.RECORDING, **fields: Any) -> Scan:
    return Scan.objects.create(
        organization_id=repository.organization_id,
        repository=repository,
        status=status,
        engines_requested=["sast", "sca", "secrets"],
        **fields,
    )


def engine_finding(
    fp: str,
    engine: Engine = Engine.SAST,
    path: str = "app.py",
    line: int = 1,
    severity: Severity = Severity.HIGH,
    **extra: Any,
) -> Finding:
    return Finding(
        engine=engine,
        rule_id=extra.pop("rule_id", f"python.rule-{fp[:6]}"),
        severity=severity,
        title=extra.pop("title", f"Issue {fp[:6]}"),
        message="Do not do this; do that instead.",
        location=Location(path=path, start_line=line, end_line=line),
        fingerprint=fp,
        snippet=extra.pop("snippet", "cursor.execute(q)"),
        cwe=tuple(extra.pop("cwe", ("CWE-89",))),
        extra=extra,
    )


def all_ok(engines: tuple[Engine, ...] = tuple(Engine)) -> tuple[EngineStatus, ...]:
    return tuple(
        EngineStatus(engine=e, ok=True, complete=True, files_scanned=5, seconds=0.5)
        for e in engines
    )


def scan_result(
    findings: tuple[Finding, ...] = (),
    engines: tuple[EngineStatus, ...] | None = None,
    coverage: tuple[Coverage, ...] = (),
) -> ScanResult:
    return ScanResult(
        root="/tmp/tree",
        findings=findings,
        coverage=coverage,
        engines=engines if engines is not None else all_ok(),
    )


def seed(org, n: int = 3, repo=None):
    """A repository (or `repo`) with one completed scan: `n` SAST findings, one SCA, one secret."""
    repo = repo or make_repository(org)
    scan = make_scan(repo)
    findings = [
        engine_finding(f"sast-{i}", path=f"app/views_{i}.py", line=10 + i) for i in range(n)
    ]
    findings.append(
        engine_finding(
            "sca-1",
            Engine.SCA,
            "requirements.txt",
            severity=Severity.CRITICAL,
            rule_id="GHSA-aaaa-bbbb-cccc",
            title="django 3.2.4: SQL injection",
            ecosystem="PyPI",
            package="django",
            version="3.2.4",
            advisory_id="GHSA-aaaa-bbbb-cccc",
            aliases=["CVE-2021-35042"],
            fixed_version="3.2.5",
            summary="SQL injection in QuerySet.order_by",
        )
    )
    findings.append(
        engine_finding(
            "sec-1",
            Engine.SECRETS,
            "settings_local.py",
            rule_id="aws-access-key-id",
            snippet='AWS_ACCESS_KEY_ID = "AKIA…WXYZ"',
            masked_preview="AKIA…WXYZ",
            cwe=("CWE-798",),
        )
    )
    findings_record(scan=scan, result=scan_result(tuple(findings)), now=timezone.now())
    scan.status = ScanState.COMPLETED
    scan.save(update_fields=["status"])
    return repo, scan
