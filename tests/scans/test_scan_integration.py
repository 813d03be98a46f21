"""End to end over real HTTP: scan an emulator repository, push a commit that fixes one finding
and introduces another, re-scan: new and fixed detected, triage kept. Then the failure paths
a user meets: app uninstalled (blocked), repository missing (failed), with readable messages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client

from tests.factories import MembershipFactory, OrganizationFactory
from tests.support.emulated import CONFIG_V1, TOKEN_ONE, Workspace, configure, connect, emulator_for
from tracesec.audit.models import AuditEvent
from tracesec.findings.models import Finding, Status, TriageAction, TriageEvent
from tracesec.findings.triage import finding_ignore
from tracesec.integrations.models import Connection, ConnectionStatus
from tracesec.organizations.models import Role
from tracesec.organizations.services import organization_in_code_suppressions_update
from tracesec.scans.execution import scan_execute
from tracesec.scans.models import Scan
from tracesec.scans.services import scan_request
from tracesec.scans.state import ScanErrorCode, ScanState

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

TOKEN_TWO = (
    "ghp_" + "Zq8Wn3Lx5Tb7Yc2Vd9Hm" + "4Kp6Rs1Gf0Ja8uEo"
)  # in pieces: no scanner flags this file

# the token line is gone (fixed); the shell call moved down two lines (same finding)
CONFIG_V2 = """import os
import subprocess


def run(request):
    # still unsafe
    subprocess.run(request.args["cmd"], shell=True)
"""
DEPLOY_V2 = f'''DEPLOY_TOKEN = "{TOKEN_TWO}"
'''


@pytest.fixture
def workspace(live_server: Any, settings: Any, tmp_path: Any) -> Iterator[tuple[Workspace, Any]]:
    org = OrganizationFactory(name="Acme Security")
    admin = MembershipFactory(organization=org, role=Role.ADMIN)
    with emulator_for(live_server.url) as emu:
        configure(settings, emu, tmp_path)
        yield connect(emu, admin), admin


def run_scan(repository: Any, user: Any) -> Scan:
    scan, created = scan_request(repository=repository, requested_by=user)
    assert created
    return execute(scan)


def run_push_scan(repository: Any) -> Scan:
    """The push to main (forwarded by the Forge app) queued exactly one scan: run it."""
    [scan] = Scan.objects.filter(repository=repository, status=ScanState.QUEUED)
    assert scan.requested_by is None
    return execute(scan)


def execute(scan: Scan) -> Scan:
    scan_execute(scan_id=scan.pk)
    scan.refresh_from_db()
    return scan


def by_rule(repository: Any) -> dict[str, Finding]:
    return {f.rule_id: f for f in Finding.objects.filter(repository=repository)}


def test_scan_rescan_new_fixed_and_triage_kept(workspace, settings) -> None:
    ws, admin = workspace
    emu = ws.emu
    repo = ws.repository("payments-api")
    first_push = emu.client.push_commit(
        "acme", "payments-api", {"config.py": CONFIG_V1}, message="Add runner"
    )

    scan1 = run_push_scan(repo)
    assert scan1.status == ScanState.COMPLETED, (scan1.error_code, scan1.error_message)
    assert scan1.commit_sha == first_push["commit"]
    assert scan1.branch == "main"
    assert [e["engine"] for e in scan1.engines] == ["sast", "sca", "secrets"]
    assert all(e["ok"] for e in scan1.engines), scan1.engines
    # the live page's files-done counts came from the engines (SCA counts only its manifests)
    files = scan1.files_progress
    assert set(files) == {"sast", "sca", "secrets"}
    assert all(c["done"] == c["total"] for c in files.values()), files
    assert files["secrets"]["total"] >= files["sast"]["total"] > 0
    assert set(scan1.timings) >= {"resolving_credentials", "cloning", "scanning", "recording"}
    found = by_rule(repo)
    assert "github-pat" in found
    # the first scan of a repository also scans git history (full clone): the AWS key that
    # lives only in an old commit is found, and the scanned commit is remembered
    assert scan1.history
    history_secret = found["aws-access-key-id"]
    assert history_secret.history_only
    assert history_secret.path == "settings_local.py"
    repo.refresh_from_db()
    assert repo.history_scanned_commit == scan1.commit_sha
    assert found["github-pat"].path == "config.py"
    assert TOKEN_ONE not in found["github-pat"].snippet  # masked
    sast = [f for f in found.values() if f.engine == "sast" and f.path == "config.py"]
    assert sast, found.keys()
    sca = [f for f in found.values() if f.engine == "sca"]
    assert any(f.package == "requests" and f.package_version == "2.25.1" for f in sca)
    assert scan1.new_count == len(found)
    # the whole inventory is kept with the scan: its bill of materials
    assert {"name": "requests", "version": "2.25.1"}.items() <= next(
        p for p in scan1.inventory if p["name"] == "requests"
    ).items()

    # triage: the dependency finding is an accepted risk
    requests_finding = next(f for f in sca if f.package == "requests")
    finding_ignore(finding=requests_finding, actor=admin.user, reason="accepted_risk")

    second_push = emu.client.push_commit(
        "acme",
        "payments-api",
        {"config.py": CONFIG_V2, "deploy.py": DEPLOY_V2},
        message="Rotate token, add deploy config",
    )
    scan2 = run_push_scan(repo)
    assert scan2.status == ScanState.COMPLETED, (scan2.error_code, scan2.error_message)
    assert scan2.commit_sha == second_push["commit"]

    assert not scan2.history  # not opted in: only the first scan reads history
    history_secret.refresh_from_db()
    assert history_secret.status == Status.OPEN  # a tree-only scan cannot show it gone

    old_secret = Finding.objects.get(pk=found["github-pat"].pk)
    assert old_secret.status == Status.FIXED
    assert old_secret.fixed_in_scan_id == scan2.pk
    new_secret = Finding.objects.get(repository=repo, rule_id="github-pat", path="deploy.py")
    assert new_secret.status == Status.OPEN
    assert new_secret.first_seen_scan_id == scan2.pk
    assert scan2.new_count == 1
    assert scan2.fixed_count == 1
    # the moved shell call is the same finding, still open, now at its new line
    for finding in sast:
        moved = Finding.objects.get(pk=finding.pk)
        assert moved.status == Status.OPEN
        assert moved.last_seen_scan_id == scan2.pk
    # triage survived the re-scan
    requests_finding.refresh_from_db()
    assert requests_finding.status == Status.IGNORED
    assert requests_finding.ignore_reason == "accepted_risk"
    assert requests_finding.last_seen_scan_id == scan2.pk
    assert TriageEvent.objects.filter(finding=old_secret, action=TriageAction.FIXED).exists()

    # credentials travelled as a header, nothing is left on disk, no token in the database
    git = emu.client.git_log()
    assert git
    assert all(entry["authMode"] == "header" for entry in git)
    leftovers = [p for p in settings.TRACE_SCAN_WORK_DIR.rglob("*")]
    assert all(p.is_dir() and not any(p.iterdir()) for p in leftovers), leftovers
    for scan in (scan1, scan2):
        assert scan.lease_owner == ""
        assert scan.error_message == ""


def test_uninstalled_app_blocks_the_scan_with_a_clear_message(workspace) -> None:
    ws, admin = workspace
    repo = ws.repository("payments-api")
    ws.emu.client.uninstall(ws.installation_id)
    scan, _ = scan_request(repository=repo, requested_by=admin.user)
    scan_execute(scan_id=scan.pk)
    scan.refresh_from_db()
    assert scan.status in (ScanState.BLOCKED, ScanState.CANCELLED)
    if scan.status == ScanState.BLOCKED:
        assert scan.error_code == ScanErrorCode.CONNECTION_INACTIVE
        assert "Reinstall" in scan.error_message
    assert "Traceback" not in scan.error_message


def test_git_refusing_a_fresh_token_marks_the_connection_inactive(workspace) -> None:
    ws, admin = workspace
    repo = ws.repository("payments-api")
    # The app keeps running but loses repository read access: git refuses every fresh token.
    ws.emu.client.upgrade(ws.installation_id, "2.0.0", scopes=["read:workspace:bitbucket"])
    ws.emu.client.clear_git_log()
    scan = run_scan(repo, admin.user)
    assert [entry["status"] for entry in ws.emu.client.git_log()][-1] in (401, 403)
    # The same outcome as an uninstalled app: blocked, with the reinstall advice.
    assert scan.status == ScanState.BLOCKED
    assert scan.error_code == ScanErrorCode.CONNECTION_INACTIVE
    assert "Reinstall" in scan.error_message
    connection = Connection.objects.get(pk=ws.connection.pk)
    assert connection.status == ConnectionStatus.INACTIVE
    assert connection.inactive_reason == "token_rejected"
    assert AuditEvent.objects.filter(
        action="integration.deactivated", target_id=str(connection.pk)
    ).exists()
    # The next attempt does not even ask for a token.
    again = run_scan(repo, admin.user)
    assert again.status == ScanState.BLOCKED
    assert again.error_code == ScanErrorCode.CONNECTION_INACTIVE


def test_repository_deleted_upstream_fails_with_words(workspace) -> None:
    ws, admin = workspace
    repo = ws.repository("web-storefront")
    ws.emu.client.delete_repository("acme", "web-storefront")
    scan = run_scan(repo, admin.user)
    assert scan.status == ScanState.FAILED
    assert scan.error_code == ScanErrorCode.CLONE_FAILED
    assert "repository or branch not found" in scan.error_message
    assert "x-token-auth" not in scan.error_message


def test_trace_ignore_in_the_repository_shows_as_ignored_by_its_author(workspace) -> None:
    ws, _admin = workspace
    repo = ws.repository("payments-api")
    ws.emu.client.push_commit(
        "acme",
        "payments-api",
        {
            "deploy.py": f'DEPLOY_TOKEN = "{TOKEN_TWO}"  # trace-ignore: github-pat revoked\n',
            "other.py": f'OTHER_TOKEN = "{TOKEN_TWO[:-4]}Wx7Q"  # trace-ignore\n',
        },
        message="Deploy config",
        author="Dana Dev <dana@example.test>",
    )
    scan = run_push_scan(repo)
    assert scan.status == ScanState.COMPLETED, (scan.error_code, scan.error_message)
    rows = {f.path: f for f in Finding.objects.filter(repository=repo, rule_id="github-pat")}
    ignored = rows["deploy.py"]
    assert (ignored.status, ignored.ignore_source) == ("ignored", "code")
    assert ignored.ignore_author == "Dana Dev <dana@example.test>"
    assert ignored.ignore_note == "deploy.py:1: revoked"
    reasonless = rows["other.py"]  # a suppression without a reason is not honoured
    assert reasonless.status == "open"
    assert "has no reason" in reasonless.extra["suppression_problem"]

    # the organization stops honouring trace-ignore comments (Settings): the next scan reopens
    # the finding, which says why its comment no longer counts, on its page too
    organization_in_code_suppressions_update(actor=_admin, allow=False)
    rescan = run_scan(repo, _admin.user)
    assert rescan.status == ScanState.COMPLETED, (rescan.error_code, rescan.error_message)
    reopened = Finding.objects.get(pk=ignored.pk)
    assert (reopened.status, reopened.ignore_source) == ("open", "")
    problem = "trace-ignore at deploy.py:1 not honoured: in-code suppressions are disabled"
    assert reopened.extra["suppression_problem"] == problem
    client = Client()
    client.force_login(_admin.user)
    page = client.get(f"/findings/{reopened.pk}/").content.decode()
    assert problem in page


def test_codeowners_of_the_scanned_repository_suggest_the_assignee(workspace) -> None:
    ws, admin = workspace
    organization = admin.organization
    dana = MembershipFactory(
        organization=organization, role=Role.MEMBER, user__email="dana@example.test"
    )
    repo = ws.repository("payments-api")
    ws.emu.client.push_commit(
        "acme",
        "payments-api",
        {
            "deploy.py": f'DEPLOY_TOKEN = "{TOKEN_TWO}"\n',
            ".bitbucket/CODEOWNERS": "*  @acme/everyone\n*.py  dana@example.test  @acme/backend\n",
        },
        message="Deploy config and owners",
    )
    scan = run_push_scan(repo)
    assert scan.status == ScanState.COMPLETED, (scan.error_code, scan.error_message)
    assert scan.code_owners["file"] == ".bitbucket/CODEOWNERS"
    finding = Finding.objects.get(repository=repo, path="deploy.py", rule_id="github-pat")
    client = Client()
    client.force_login(admin.user)
    page = client.get(f"/findings/{finding.pk}/").content.decode()
    assert "dana@example.test — from CODEOWNERS (*.py)" in page
    assert '<span class="mono">@acme/backend</span> (not a member here)' in page
    finding.refresh_from_db()
    assert finding.assignee_id is None
    assert dana.organization_id == organization.pk
