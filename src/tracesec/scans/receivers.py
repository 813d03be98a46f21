"""Scans react to what integrations announce (connected in ``ScansConfig.ready``)."""

from __future__ import annotations

from typing import Any

from tracesec.common.errors import ApplicationError
from tracesec.scans.models import Scan
from tracesec.scans.services import scan_cancel
from tracesec.scans.state import ScanState


def cancel_queued_scans(*, connection_id: int, **_: Any) -> None:
    """Queued scans of a deactivated connection's repositories can no longer get a token."""
    queued = Scan.objects.filter(
        repository__connection_id=connection_id, status=ScanState.QUEUED
    ).only("pk")
    for scan in queued:
        try:
            scan_cancel(scan=scan, actor=None)
        except ApplicationError:
            continue  # it started or finished meanwhile; the token pull will stop it
