"""New advisories, no re-clone: a scan stores its inventory; an OSV import that newly affects
a package opens a finding marked "found by advisory update", without any checkout; the same
import again opens nothing; the next scan carries the finding over (same fingerprint)."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from tests.support.builders import all_ok, make_member, make_org, make_repository, make_scan
from tracesec.cli.main import main as trace_main
from tracesec.engines.model import Engine, Package, ScanConfig, ScanResult
from tracesec.engines.sca import osvstore
from tracesec.findings.models import Finding, Status
from tracesec.findings.recording import FOUND_BY_ADVISORY_UPDATE
from tracesec.inventory.models import AdvisoryUpdate, AdvisoryUpdateStatus, InventoryPackage
from tracesec.inventory.rematch import advisory_update_apply
from tracesec.inventory.services import advisory_update_queue, inventory_record
from tracesec.organizations.models import Role
from tracesec.repositories.models import RepositoryStatus
from tracesec.scans.execution import _record, run_engines
from tracesec.scans.models import Scan
from tracesec.scans.state import ScanState

pytestmark = pytest.mark.django_db(transaction=True)

OWNER = "worker-test"


def _record_file(directory: Path, record_id: str, package: str, fixed: str, **extra: Any) -> None:
    record = {
        "id": record_id,
        "modified": extra.pop("modified", "2026-12-01T00:00:00Z"),
        "published": extra.pop("published", "2026-12-01T00:00:00Z"),
        "summary": f"{package}: remote code execution",
        "database_specific": {"severity": "CRITICAL"},
        "affected": [
            {
                "package": {"ecosystem": "PyPI", "name": package},
                "ranges": [
                    {"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": fixed}]}
                ],
            }
        ],
        **extra,
    }
    (directory / f"{record_id}.json").write_text(json.dumps(record))


def _scan_tree(tmp_path: Path, osv_db: Path, repository: Any) -> Scan:
    tree = tmp_path / "tree"
    tree.mkdir(exist_ok=True)
    (tree / "requirements.txt").write_text("flaskish==1.0.0\nrequestsy==2.1.0\n")
    config = ScanConfig(engines=(Engine.SCA, Engine.SECRETS), osv_db=osv_db)
    result = run_engines(tree, config)
    scan = make_scan(repository, status=ScanState.RECORDING, lease_owner=OWNER)
    _record(scan.pk, OWNER, result, config)
    scan.refresh_from_db()
    return scan


def _import(source: Path, db: Path) -> str:
    out, err = io.StringIO(), io.StringIO()
    code = trace_main(
        ["vulndb", "import", str(source), "--ecosystem", "PyPI", "--db", str(db), "--rematch"],
        stdout=out,
        stderr=err,
    )
    assert code == 0, err.getvalue()
    return out.getvalue()


def _run_queued_tasks() -> None:
    """What `trace worker` does: the queue's real worker, until the queue is empty."""
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)


def test_new_advisory_opens_a_marked_finding_without_a_checkout(
    client_for: Any,
    tmp_path: Path,
    settings: Any,
    monkeypatch: pytest.MonkeyPatch,
    django_capture_on_commit_callbacks,
) -> None:
    osv_db = tmp_path / "osv"
    settings.TRACE_OSV_DB = osv_db
    monkeypatch.setenv("TRACE_OSV_DB", str(osv_db))
    records = tmp_path / "records"
    records.mkdir()
    _record_file(records, "GHSA-aaaa-bbbb-cccc", "flaskish", "0.9.0")  # does not affect 1.0.0
    with django_capture_on_commit_callbacks(execute=True):
        _import(records, osv_db)
    _run_queued_tasks()  # a first import: everything is new, no inventory yet

    org = make_org()
    admin = make_member(org, role=Role.ADMIN, email="admin@example.com")
    repository = make_repository(org)
    with django_capture_on_commit_callbacks(execute=True):
        scan = _scan_tree(tmp_path, osv_db, repository)
    assert scan.status == ScanState.COMPLETED
    stored = InventoryPackage.objects.filter(repository=repository)
    assert {(p.name, p.version, p.manifest_path, p.line) for p in stored} == {
        ("flaskish", "1.0.0", "requirements.txt", 1),
        ("requestsy", "2.1.0", "requirements.txt", 2),
    }
    assert not Finding.objects.filter(repository=repository).exists()

    # a day later: a new advisory for requestsy, and the flaskish one's range widened
    _record_file(
        records,
        "GHSA-dddd-eeee-ffff",
        "requestsy",
        "2.2.0",
        published="2026-12-03T08:00:00Z",
        modified="2026-12-03T08:00:00Z",
    )
    git_calls: list[Any] = []
    real_popen = subprocess.Popen

    def watching_popen(args: Any, *a: Any, **kw: Any) -> Any:
        if "git" in str(args):
            git_calls.append(args)
        return real_popen(args, *a, **kw)

    monkeypatch.setattr(subprocess, "Popen", watching_popen)
    mail.outbox.clear()
    scans_before = Scan.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        output = _import(records, osv_db)
    assert "1 new or changed advisories" in output
    update = AdvisoryUpdate.objects.get(status=AdvisoryUpdateStatus.QUEUED)
    assert update.source == "PyPI"
    assert update.changed == [
        ["PyPI", "requestsy", {"GHSA-dddd-eeee-ffff": "2026-12-03T08:00:00Z"}]
    ]
    with django_capture_on_commit_callbacks(execute=True):
        _run_queued_tasks()

    finding = Finding.objects.get(repository=repository)
    assert finding.advisory_id == "GHSA-dddd-eeee-ffff"
    assert finding.package == "requestsy"
    assert finding.status == Status.OPEN
    assert finding.extra["found_by"] == FOUND_BY_ADVISORY_UPDATE
    assert finding.extra["advisory_published"] == "2026-12-03T08:00:00Z"
    assert finding.first_seen_scan_id == scan.pk
    page = client_for(admin).get(reverse("findings:detail", args=[finding.pk])).content.decode()
    assert "found by advisory update (advisory published 2026-12-03)" in page
    assert git_calls == []
    assert Scan.objects.count() == scans_before
    update.refresh_from_db()
    assert (update.status, update.findings_opened) == (AdvisoryUpdateStatus.DONE, 1)
    # the admin hears of it
    [email] = mail.outbox
    assert email.to == [admin.user.email]
    assert "GHSA-dddd-eeee-ffff" in email.subject
    assert "requestsy 2.1.0" in email.body
    assert "Found by advisory update" in email.body

    # the same data again: nothing changed, nothing queued, nothing opened
    with django_capture_on_commit_callbacks(execute=True):
        again = _import(records, osv_db)
    assert "no new or changed advisories" in again
    assert AdvisoryUpdate.objects.count() == 2
    # and re-running the update (a retried task) opens nothing twice
    assert advisory_update_apply(advisory_update_id=update.pk) == 0
    assert Finding.objects.filter(repository=repository).count() == 1

    # the next scan sees the same vulnerability under the same fingerprint: carried over
    with django_capture_on_commit_callbacks(execute=True):
        rescan = _scan_tree(tmp_path, osv_db, repository)
    assert rescan.new_count == 0
    carried = Finding.objects.get(repository=repository)
    assert carried.pk == finding.pk
    assert carried.last_seen_scan_id == rescan.pk


def test_import_lists_new_and_changed_advisories_only(tmp_path: Path) -> None:
    records = tmp_path / "records"
    records.mkdir()
    _record_file(records, "GHSA-1111-2222-3333", "flaskish", "0.9.0")
    _record_file(records, "GHSA-4444-5555-6666", "requestsy", "2.2.0")
    first = osvstore.build_index(records, tmp_path / "db", "PyPI")
    assert first.changed_advisory_ids == {"GHSA-1111-2222-3333", "GHSA-4444-5555-6666"}
    _record_file(records, "GHSA-1111-2222-3333", "flaskish", "1.1.0", modified="2026-12-02")
    second = osvstore.build_index(records, tmp_path / "db", "PyPI")
    assert dict(second.changed) == {
        ("PyPI", "flaskish"): {"GHSA-1111-2222-3333": "2026-12-01T00:00:00Z"}
    }
    third = osvstore.build_index(records, tmp_path / "db", "PyPI")
    assert dict(third.changed) == {}


def test_failed_sca_keeps_the_previous_inventory(tmp_path: Path, settings: Any) -> None:
    org = make_org()
    repository = make_repository(org)
    records = tmp_path / "records"
    records.mkdir()
    _record_file(records, "GHSA-1111-2222-3333", "flaskish", "0.9.0")
    osv_db = tmp_path / "osv"
    osvstore.build_index(records, osv_db, "PyPI")
    _scan_tree(tmp_path, osv_db, repository)
    assert InventoryPackage.objects.filter(repository=repository).count() == 2
    # no index at all: SCA fails, the scan still records the other engines' results
    _scan_tree(tmp_path, tmp_path / "missing", repository)
    assert InventoryPackage.objects.filter(repository=repository).count() == 2


def test_queue_without_changes_queues_nothing() -> None:
    assert advisory_update_queue(source="PyPI", changed={}) is None
    assert AdvisoryUpdate.objects.count() == 0


def _stored_inventory(repository: Any, *packages: tuple[str, str]) -> Scan:
    scan = make_scan(repository, status=ScanState.COMPLETED)
    result = ScanResult(
        root="/tmp/tree",
        findings=(),
        coverage=(),
        engines=all_ok((Engine.SCA,)),
        inventory=tuple(
            Package("PyPI", name, version, "requirements.txt", line)
            for line, (name, version) in enumerate(packages, start=1)
        ),
    )
    inventory_record(scan=scan, result=result, now=timezone.now())
    return scan


def _first_index(tmp_path: Path, settings: Any) -> tuple[Path, Path]:
    """(records, index) holding one advisory: the index later imports are compared with."""
    osv_db = tmp_path / "osv"
    settings.TRACE_OSV_DB = osv_db
    records = tmp_path / "records"
    records.mkdir()
    _record_file(records, "GHSA-1111-2222-3333", "flaskish", "0.9.0")
    osvstore.build_index(records, osv_db, "PyPI")
    return records, osv_db


def _publish_requestsy_advisory(records: Path, osv_db: Path) -> int:
    """Import a new advisory for requestsy < 2.2.0 and apply it; the findings opened."""
    _record_file(records, "GHSA-dddd-eeee-ffff", "requestsy", "2.2.0")
    stats = osvstore.build_index(records, osv_db, "PyPI")
    update = advisory_update_queue(source="PyPI", changed=stats.changed)
    assert update is not None
    return advisory_update_apply(advisory_update_id=update.pk)


def test_one_notification_per_organization_naming_only_its_repositories(
    tmp_path: Path, settings: Any
) -> None:
    records, osv_db = _first_index(tmp_path, settings)
    org_a, org_b = make_org(), make_org()
    make_member(org_a, role=Role.ADMIN, email="a@example.com")
    make_member(org_b, role=Role.ADMIN, email="b@example.com")
    a1, a2 = make_repository(org_a, "acme/api"), make_repository(org_a, "acme/web")
    b1 = make_repository(org_b, "other/secret-project")
    for repository in (a1, a2, b1):
        _stored_inventory(repository, ("requestsy", "2.1.0"), ("flaskish", "1.0.0"))
    _stored_inventory(make_repository(org_b, "other/patched"), ("requestsy", "2.3.0"))

    assert _publish_requestsy_advisory(records, osv_db) == 3
    _run_queued_tasks()

    by_recipient = {tuple(m.to): m for m in mail.outbox}
    assert set(by_recipient) == {("a@example.com",), ("b@example.com",)}
    to_a, to_b = by_recipient[("a@example.com",)], by_recipient[("b@example.com",)]
    assert "1 affected package in other/secret-project" in to_b.subject
    assert "2 affected packages in 2 repositories" in to_a.subject
    assert "acme/api: requirements.txt:1" in to_a.body
    assert "acme/web: requirements.txt:1" in to_a.body
    assert "secret-project" not in to_a.body + to_a.subject
    assert "acme/" not in to_b.body + to_b.subject
    assert not Finding.objects.filter(repository__full_name="other/patched").exists()


def test_a_removed_repository_gets_no_findings_and_no_alert(tmp_path: Path, settings: Any) -> None:
    """A repository removed from the provider keeps its rows (history), but an advisory
    published afterwards opens nothing in it and mails no one about it."""
    records, osv_db = _first_index(tmp_path, settings)
    org = make_org()
    make_member(org, role=Role.ADMIN, email="a@example.com")
    kept, removed = make_repository(org, "acme/kept"), make_repository(org, "acme/removed")
    for repository in (kept, removed):
        _stored_inventory(repository, ("requestsy", "2.1.0"))
    removed.status = RepositoryStatus.REMOVED
    removed.save(update_fields=["status"])

    assert _publish_requestsy_advisory(records, osv_db) == 1
    _run_queued_tasks()
    assert not Finding.objects.filter(repository=removed).exists()
    [email] = mail.outbox
    assert "acme/removed" not in email.subject + email.body
