"""Push to the default branch → exactly one scan, over real HTTP: the emulated GitHub signs and
sends the `push` webhook to Trace's live server. A redelivery (same X-GitHub-Delivery) queues
none; pushes to other branches queue none; another organization never sees the scan."""

from __future__ import annotations

from typing import Any

import pytest

from tests.integrations.github.emulated_github import install_and_bind
from tracesec.repositories.models import Repository
from tracesec.scans.execution import scan_execute
from tracesec.scans.models import Scan, ScanKind
from tracesec.scans.state import ScanState

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def test_push_to_default_branch_queues_one_scan_and_redelivery_none(
    emulated: Any, org_a: Any, org_b: Any, client_for: Any
) -> None:
    gh = emulated.github
    client = client_for(org_a.admin)
    install_and_bind(emulated, client)
    repository = Repository.objects.get(full_name="northwind/orders-service")
    assert not Scan.objects.filter(repository=repository).exists()

    pushed = gh.push("northwind", "orders-service", {"docs/NOTES.md": "push scan\n"})
    [push] = pushed["deliveries"]
    assert push["status_code"] == 200, push
    [scan] = Scan.objects.filter(repository=repository)
    assert scan.status == ScanState.QUEUED
    assert scan.requested_by is None
    assert scan.branch == repository.default_branch

    # The scan runs through the real path and scans the pushed commit.
    scan_execute(scan_id=scan.pk)
    scan.refresh_from_db()
    assert scan.status == ScanState.COMPLETED, (scan.error_code, scan.error_message)
    assert scan.commit_sha == pushed["commit"]

    # The same delivery again (the scan above is finished, so a second would be created).
    gh.redeliver(push["id"])
    assert Scan.objects.filter(repository=repository, kind=ScanKind.DEFAULT).count() == 1

    # A push to another branch is acknowledged and scans nothing on the default branch (the
    # pull request's own scans are test_pull_request_checks.py's subject).
    gh.open_pull("northwind", "orders-service", head="feature/x", files={"a.txt": "x\n"})
    other = gh.push("northwind", "orders-service", {"a.txt": "y\n"}, branch="feature/x")
    assert [d["status_code"] for d in other["deliveries"]] == [200, 200]
    assert Scan.objects.filter(repository=repository, kind=ScanKind.DEFAULT).count() == 1

    # The scan belongs to org A: org B's members get 404 for it.
    assert client.get(f"/scans/{scan.pk}/").status_code == 200
    assert client_for(org_b.admin).get(f"/scans/{scan.pk}/").status_code == 404
