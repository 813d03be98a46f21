"""Tenant gate for scans (same shape as `organizations.access`)."""

from __future__ import annotations

from tracesec.common.errors import NotFoundError
from tracesec.organizations.access import require_role
from tracesec.organizations.models import Membership, Role
from tracesec.scans.models import Scan, ScanBatch


def access_scan_by_id(actor: Membership, scan_id: int, *, minimum_role: str = Role.VIEWER) -> Scan:
    scan = (
        Scan.objects.select_related("repository", "repository__connection", "requested_by")
        .filter(
            organization_id=actor.organization_id,
            pk=scan_id,
        )
        .first()
    )
    if scan is None:
        raise NotFoundError("Scan not found.")
    require_role(actor, minimum_role)
    return scan


def access_batch_by_id(
    actor: Membership, batch_id: int, *, minimum_role: str = Role.VIEWER
) -> ScanBatch:
    batch = ScanBatch.objects.filter(organization_id=actor.organization_id, pk=batch_id).first()
    if batch is None:
        raise NotFoundError("Scan batch not found.")
    require_role(actor, minimum_role)
    return batch
