"""Suppressions read from the repository show as ignored, with their source; removing them
reopens the finding; a person's triage is never overridden."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.support.builders import engine_finding, make_repository, make_scan, scan_result
from tests.support.organizations import OrgWithPeople
from tracesec.engines.model import Suppression
from tracesec.findings.models import Finding, IgnoreReason, Status, TriageEvent
from tracesec.findings.recording import findings_record
from tracesec.findings.triage import finding_ignore
from tracesec.scans.execution import with_suppression_authors
from tracesec.scans.state import ScanState

pytestmark = pytest.mark.django_db

CODE = Suppression("revoked test token", "code", "app/settings.py", 12)
CONFIG = Suppression("fixtures", "config", ".trace.yml", 2, expires="2030-01-01")


def _record(repo, *findings):  # type: ignore[no-untyped-def]
    scan = make_scan(repo, status=ScanState.COMPLETED)
    result = with_suppression_authors(scan_result(tuple(findings)), "Dev One <dev@example.com>")
    findings_record(scan=scan, result=result, now=timezone.now())
    return scan


def test_code_and_config_suppressions_are_ignored_with_their_source(
    org_a: OrgWithPeople, client_for
) -> None:
    repo = make_repository(org_a.organization)
    a = replace(engine_finding("a", path="app/settings.py", line=12), suppression=CODE)
    b = replace(engine_finding("b", path="tests/x.py"), suppression=CONFIG)
    c = engine_finding("c", path="app/open.py")
    _record(repo, a, b, c)
    rows = {f.fingerprint: f for f in Finding.objects.filter(repository=repo)}
    assert rows[a.fingerprint].status == Status.IGNORED
    assert rows[a.fingerprint].ignore_source == "code"
    assert rows[a.fingerprint].ignore_note == "app/settings.py:12: revoked test token"
    assert rows[a.fingerprint].ignore_author == "Dev One <dev@example.com>"
    assert rows[b.fingerprint].ignore_note == ".trace.yml entry 2: fixtures (until 2030-01-01)"
    assert rows[c.fingerprint].status == Status.OPEN
    assert TriageEvent.objects.filter(finding=rows[a.fingerprint], action="ignored").count() == 1
    body = client_for(org_a.viewer).get(f"/findings/{rows[a.fingerprint].pk}/").content.decode()
    assert (
        "Ignored in code by Dev One &lt;dev@example.com&gt; (author of the scanned commit)" in body
    )
    assert 'data-testid="trace-yml"' not in body  # the repository already holds it

    # the comment is removed: open again; the config entry stays: still ignored
    _record(repo, replace(a, suppression=None), b, c)
    rows = {f.fingerprint: f for f in Finding.objects.filter(repository=repo)}
    assert rows[a.fingerprint].status == Status.OPEN
    assert rows[a.fingerprint].ignore_source == ""
    assert rows[b.fingerprint].status == Status.IGNORED
    assert TriageEvent.objects.filter(finding=rows[a.fingerprint], action="reopened").count() == 1


def test_a_persons_triage_is_not_overridden(org_a: OrgWithPeople) -> None:
    repo = make_repository(org_a.organization)
    a = engine_finding("a", path="app/x.py")
    _record(repo, a)
    Finding.objects.filter(repository=repo).update(
        status=Status.IGNORED, ignore_reason=IgnoreReason.ACCEPTED_RISK
    )
    _record(repo, a)  # no suppression in the repository: the triage stays
    row = Finding.objects.get(repository=repo)
    assert (row.status, row.ignore_reason, row.ignore_source) == (
        Status.IGNORED, IgnoreReason.ACCEPTED_RISK, "",
    )  # fmt: skip
    _record(repo, replace(a, suppression=CODE))  # nor is it replaced by one
    row.refresh_from_db()
    assert (row.ignore_reason, row.ignore_source) == (IgnoreReason.ACCEPTED_RISK, "")


def test_the_csv_export_carries_each_ignored_findings_suppression(
    org_a: OrgWithPeople, client_for
) -> None:
    repo = make_repository(org_a.organization)
    hostile = Suppression('=HYPERLINK("http://x")', "code", "app/b.py", 3)
    a = replace(engine_finding("a", path="app/settings.py", line=12), suppression=CODE)
    b = replace(engine_finding("b", path="tests/x.py"), suppression=CONFIG)
    c = engine_finding("c", path="app/triaged.py")
    d = replace(engine_finding("d", path="app/b.py", line=3), suppression=hostile)
    e = engine_finding("e", path="app/open.py")
    e = replace(
        e,
        extra={
            **e.extra,
            "suppression_problem": "trace-ignore at app/open.py:1 has no reason; not honoured",
        },
    )
    _record(repo, a, b, c, d, e)
    triaged = Finding.objects.get(repository=repo, fingerprint=c.fingerprint)
    finding_ignore(
        finding=triaged,
        actor=org_a.member.user,
        reason=IgnoreReason.USED_IN_TESTS,
        expires_at=timezone.now() + timedelta(days=30),
    )
    triaged.refresh_from_db()

    body = client_for(org_a.viewer).get("/findings/export.csv?status=all").content.decode()
    rows = {r["path"]: r for r in csv.DictReader(io.StringIO(body))}
    columns = ("suppression_state", "suppression_source", "suppression_reason",
               "suppression_location", "suppressed_by", "suppression_expires")  # fmt: skip
    assert [rows["app/settings.py"][c] for c in columns] == [
        "ignored", "in-code", "revoked test token", "app/settings.py:12",
        "Dev One <dev@example.com>", "",
    ]  # fmt: skip
    assert [rows["tests/x.py"][c] for c in columns] == [
        "ignored", ".trace.yml", "fixtures", ".trace.yml entry 2",
        "Dev One <dev@example.com>", "2030-01-01",
    ]  # fmt: skip
    assert [rows["app/triaged.py"][c] for c in columns] == [
        "ignored", "dashboard", "Used in tests", "",
        org_a.member.user.email, triaged.ignore_expires_at.date().isoformat(),
    ]  # fmt: skip
    assert rows["app/triaged.py"]["suppressed_at"] == triaged.ignored_at.isoformat()
    assert rows["app/settings.py"]["suppressed_at"].startswith(str(timezone.now().year))
    # repository text stays inert in a spreadsheet
    assert rows["app/b.py"]["suppression_reason"] == '\'=HYPERLINK("http://x")'
    assert rows["app/open.py"]["suppression_state"] == "not honoured"
    assert "has no reason" in rows["app/open.py"]["suppression_reason"]
    assert rows["app/open.py"]["suppression_source"] == ""
