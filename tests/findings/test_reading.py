"""Reading a finding: the stored context around it (highlighted, its lines marked), the taint
steps linked to the host at the scanned commit, and the command that reproduces it."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from tests.support.builders import engine_finding, make_repository, make_scan, scan_result
from tracesec.findings.models import Finding
from tracesec.findings.reading import reproduce_command
from tracesec.findings.recording import findings_record

pytestmark = pytest.mark.django_db

SHA = "0123456789abcdef0123456789abcdef01234567"
CONTEXT = {
    "before": ["def view(request):", '    name = request.GET["n"]'],
    "after": ["    return rows_marker"],
}
STEPS = [
    {"kind": "source", "path": "app.py", "line": 6, "code": 'name = request.GET["n"]'},
    {"kind": "sink", "path": "app.py", "line": 7, "code": "cursor.execute(q)"},
]


def _finding(org: Any, provider: str = "github") -> Finding:
    repository = make_repository(org.organization, "o/r", provider=provider)
    scan = make_scan(repository, commit_sha=SHA)
    found = engine_finding("f-ctx", line=7, context=CONTEXT, dataflow=STEPS)
    findings_record(scan=scan, result=scan_result((found,)), now=timezone.now())
    return Finding.objects.get(repository=repository)


def test_page_shows_context_marked_lines_taint_steps_and_command(
    settings: Any, org_a: Any, client_for: Any
) -> None:
    settings.GITHUB_WEB_URL = "https://github.com"
    finding = _finding(org_a)
    page = client_for(org_a.viewer).get(f"/findings/{finding.pk}/").content.decode()
    # numbered from line 5 (two context lines before line 7), the finding's line marked
    assert ">5<" in page
    assert "rows_marker" in page
    assert '<span class="hll">' in page
    assert 'data-testid="taint-trace"' in page
    assert f'href="https://github.com/o/r/blob/{SHA}/app.py#L6"' in page
    assert f"git checkout {SHA}\ntrace scan --engines sast ." in page


def test_without_context_or_steps_the_page_shows_only_the_snippet(
    org_a: Any, client_for: Any
) -> None:
    repository = make_repository(org_a.organization, "o/plain")
    findings_record(
        scan=make_scan(repository, commit_sha=SHA),
        result=scan_result((engine_finding("f-plain", line=3),)),
        now=timezone.now(),
    )
    finding = Finding.objects.get(repository=repository)
    page = client_for(org_a.viewer).get(f"/findings/{finding.pk}/").content.decode()
    assert "cursor" in page
    assert 'data-testid="taint-trace"' not in page


def test_another_organization_cannot_read_it(org_a: Any, org_b: Any, client_for: Any) -> None:
    finding = _finding(org_a)
    assert client_for(org_b.viewer).get(f"/findings/{finding.pk}/").status_code == 404


def test_reproduce_command_adds_history_for_history_only_secrets(org_a: Any) -> None:
    finding = _finding(org_a)
    finding.engine = "secrets"
    finding.history_only = True
    assert reproduce_command(finding).endswith("trace scan --engines secrets --history .")
