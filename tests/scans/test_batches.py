"""Scan all: the service, the pages and the API, roles and tenant isolation."""

from __future__ import annotations

import pytest

from tests.support.builders import make_connection, make_repository, make_scan
from tests.support.organizations import OrgWithPeople
from tracesec.repositories.models import RepositoryStatus
from tracesec.scans.batches import batch_progress, scan_all
from tracesec.scans.models import Scan, ScanBatch
from tracesec.scans.state import ScanState

pytestmark = pytest.mark.django_db


def _estate(org_with_people: OrgWithPeople):
    """Two repositories on one connection, one busy, one removed, one on an inactive one."""
    org = org_with_people.organization
    connection = make_connection(org)
    fresh = make_repository(org, "acme/fresh", connection=connection)
    busy = make_repository(org, "acme/busy", connection=connection)
    running = make_scan(busy, status=ScanState.CLONING)
    make_repository(org, "acme/gone", connection=connection, status=RepositoryStatus.REMOVED)
    make_repository(org, "other/offline", connection=make_connection(org, status="inactive"))
    other = make_repository(org, "other/online")
    return connection, fresh, busy, running, other


def test_scan_all_queues_each_scannable_repository_once(
    org_a: OrgWithPeople, django_capture_on_commit_callbacks
) -> None:
    _connection, fresh, busy, running, other = _estate(org_a)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        batch = scan_all(organization=org_a.organization, requested_by=org_a.member.user)
    queued = {scan.repository_id for scan in batch.scans.all()}
    assert queued == {fresh.pk, other.pk}  # not the busy, removed or inactive-connection ones
    assert len(callbacks) == 2  # one task each
    assert batch.already_active == 1
    progress = batch_progress(batch)
    assert (progress.total, progress.queued, progress.running, progress.done) == (2, 2, 0, 0)
    assert not progress.finished
    # a second press queues nothing new: every repository has a scan queued or running
    again = scan_all(organization=org_a.organization, requested_by=org_a.member.user)
    assert again.scans.count() == 0
    assert again.already_active == 3
    assert Scan.objects.filter(repository=busy).count() == 1
    assert running.pk not in set(batch.scans.values_list("id", flat=True))


def test_progress_counts_every_ending(org_a: OrgWithPeople) -> None:
    connection, *_ = _estate(org_a)
    batch = scan_all(organization=org_a.organization, requested_by=None, connection=connection)
    assert batch.scans.count() == 1  # only the connection's one idle repository
    scan = batch.scans.get()
    for status, expected in [
        (ScanState.SCANNING, (0, 1, 0, 0)),
        (ScanState.COMPLETED, (0, 0, 1, 0)),
        (ScanState.SKIPPED, (0, 0, 0, 1)),
    ]:
        Scan.objects.filter(pk=scan.pk).update(status=status)
        p = batch_progress(batch)
        assert (p.queued, p.running, p.done, p.failed) == expected
    assert batch_progress(batch).finished


def test_scan_all_page_button_and_progress(org_a: OrgWithPeople, client_for) -> None:
    connection, *_ = _estate(org_a)
    member = client_for(org_a.member)
    assert b'data-testid="scan-all"' in member.get("/repositories/").content
    response = member.post("/scans/scan-all/", {"connection": connection.pk})
    batch = ScanBatch.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/scans/batches/{batch.pk}/"
    assert batch.connection == connection
    page = member.get(response["Location"])
    assert page.status_code == 200
    assert b'data-testid="batch-queued">1<' in page.content
    assert b'hx-trigger="every 2s"' in page.content
    partial = member.get(f"/scans/batches/{batch.pk}/progress/")
    assert b'data-testid="batch-progress"' in partial.content


def test_viewers_cannot_scan_all(org_a: OrgWithPeople, client_for, api_client_for) -> None:
    _estate(org_a)
    viewer = client_for(org_a.viewer)
    assert b'data-testid="scan-all"' not in viewer.get("/repositories/").content
    refused = viewer.post("/scans/scan-all/")  # the dashboard's rule: back home with a message
    assert refused.status_code == 302
    assert refused["Location"] == "/"
    assert (
        api_client_for(org_a.viewer)
        .post("/api/v1/scan-batches", {}, content_type="application/json")
        .status_code
        == 403
    )
    assert not ScanBatch.objects.exists()


def test_bad_connection_value_is_refused(org_a: OrgWithPeople, client_for) -> None:
    _estate(org_a)
    assert client_for(org_a.member).post("/scans/scan-all/", {"connection": "x"}).status_code == 404
    assert not ScanBatch.objects.exists()


def test_api_scan_all_and_progress(
    org_a: OrgWithPeople, api_client_for, django_capture_on_commit_callbacks
) -> None:
    connection, fresh, *_ = _estate(org_a)
    api = api_client_for(org_a.member)
    with django_capture_on_commit_callbacks(execute=True):
        response = api.post(
            "/api/v1/scan-batches",
            {"connection_id": connection.pk},
            content_type="application/json",
        )
    assert response.status_code == 201
    body = response.json()
    assert body["total"] == 1
    assert body["queued"] == 1
    assert body["already_active"] == 1
    assert body["finished"] is False
    assert body["scan_ids"] == [Scan.objects.get(repository=fresh, status="queued").pk]
    again = api.get(f"/api/v1/scan-batches/{body['id']}").json()
    assert again["id"] == body["id"]
    schema = api.get("/api/v1/openapi.json").json()
    assert "/api/v1/scan-batches" in schema["paths"]


def test_other_organization_is_refused_everywhere(
    org_a: OrgWithPeople, org_b: OrgWithPeople, client_for, api_client_for
) -> None:
    connection_a, *_ = _estate(org_a)
    batch_a = scan_all(organization=org_a.organization, requested_by=None)
    b_client = client_for(org_b.owner)
    b_api = api_client_for(org_b.owner)
    assert b_client.get(f"/scans/batches/{batch_a.pk}/").status_code == 404
    assert b_client.get(f"/scans/batches/{batch_a.pk}/progress/").status_code == 404
    assert b_client.post("/scans/scan-all/", {"connection": connection_a.pk}).status_code == 404
    assert b_api.get(f"/api/v1/scan-batches/{batch_a.pk}").status_code == 404
    response = b_api.post(
        "/api/v1/scan-batches",
        {"connection_id": connection_a.pk},
        content_type="application/json",
    )
    assert response.status_code == 404
    assert ScanBatch.objects.count() == 1  # org B's refused requests created nothing
