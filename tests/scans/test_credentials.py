"""Credential errors become scan outcomes: a removed repository or an inactive connection
*blocks* the scan with its reason, whichever path finds it (the request or the worker)."""

from __future__ import annotations

import pytest

from tests.support.builders import make_connection, make_org, make_repository
from tracesec.common.errors import ApplicationError
from tracesec.integrations.base import CredentialError, CredentialHalt, HaltCode
from tracesec.integrations.bitbucket.inactive import APP_UNINSTALLED
from tracesec.integrations.services import connection_deactivate
from tracesec.repositories.models import RepositoryStatus
from tracesec.scans.credentials import credential_for_scan, scan_outcome_for
from tracesec.scans.execution import scan_execute
from tracesec.scans.models import Scan
from tracesec.scans.outcomes import ScanHalt
from tracesec.scans.services import scan_request
from tracesec.scans.state import ScanErrorCode, ScanState


@pytest.mark.parametrize(
    ("error", "outcome"),
    [
        (CredentialHalt(HaltCode.REPOSITORY_REMOVED, "gone"), ScanErrorCode.REPOSITORY_REMOVED),
        (CredentialHalt(HaltCode.CONNECTION_INACTIVE, "off"), ScanErrorCode.CONNECTION_INACTIVE),
        (CredentialHalt("app_uninstalled", "gone"), ScanErrorCode.CONNECTION_INACTIVE),
        (CredentialError("trigger_failed", "503"), ScanErrorCode.CREDENTIALS_UNAVAILABLE),
    ],
)
def test_credential_errors_map_to_scan_outcomes(
    error: CredentialError, outcome: ScanErrorCode
) -> None:
    assert scan_outcome_for(error) is outcome


@pytest.mark.django_db
def test_removed_repository_is_refused_at_request_time() -> None:
    repository = make_repository(make_org(), status=RepositoryStatus.REMOVED)
    with pytest.raises(ApplicationError) as info:
        scan_request(repository=repository, requested_by=None)
    assert info.value.code == ScanErrorCode.REPOSITORY_REMOVED
    assert not Scan.objects.exists()


@pytest.mark.django_db
def test_repository_removed_after_the_request_blocks_the_scan_in_the_worker() -> None:
    repository = make_repository(make_org())
    scan, _ = scan_request(repository=repository, requested_by=None)
    repository.status = RepositoryStatus.REMOVED
    repository.save(update_fields=["status"])

    scan_execute(scan_id=scan.pk)

    scan.refresh_from_db()
    assert scan.status == ScanState.BLOCKED
    assert scan.error_code == ScanErrorCode.REPOSITORY_REMOVED
    assert "Re-sync" in scan.error_message
    assert scan.finished_at is not None


@pytest.mark.django_db
def test_the_credential_door_halts_a_removed_repository_as_removed() -> None:
    repository = make_repository(make_org(), status=RepositoryStatus.REMOVED)
    with pytest.raises(ScanHalt) as info:
        credential_for_scan(repository, scan_id=1)
    assert info.value.blocked
    assert info.value.code is ScanErrorCode.REPOSITORY_REMOVED


@pytest.mark.django_db
def test_inactive_connection_blocks_the_scan_with_the_provider_named() -> None:
    org = make_org()
    repository = make_repository(org, connection=make_connection(org, status="inactive"))
    scan = Scan.objects.create(organization=org, repository=repository)

    scan_execute(scan_id=scan.pk)

    scan.refresh_from_db()
    assert scan.status == ScanState.BLOCKED
    assert scan.error_code == ScanErrorCode.CONNECTION_INACTIVE
    assert "Bitbucket" in scan.error_message


@pytest.mark.django_db
def test_deactivating_a_connection_cancels_only_its_queued_scans() -> None:
    org = make_org()
    connection = make_connection(org)
    queued = Scan.objects.create(
        organization=org, repository=make_repository(org, connection=connection)
    )
    running = Scan.objects.create(
        organization=org,
        repository=make_repository(org, connection=connection),
        status=ScanState.CLONING,
    )
    elsewhere = Scan.objects.create(organization=org, repository=make_repository(org))

    assert connection_deactivate(connection_id=connection.pk, reason=APP_UNINSTALLED)

    for scan in (queued, running, elsewhere):
        scan.refresh_from_db()
    assert queued.status == ScanState.CANCELLED
    assert queued.error_message == "Cancelled by Trace."
    assert running.status == ScanState.CLONING  # its token pull stops it
    assert elsewhere.status == ScanState.QUEUED
