"""Downloading a scan's bill of materials (the scan page's links and the API)."""

from __future__ import annotations

from django.http import HttpResponse

from tracesec.common.errors import ApplicationError
from tracesec.findings.exports import scan_sbom
from tracesec.scans.models import Scan
from tracesec.scans.state import ScanState


def sbom_response(scan: Scan, fmt: str) -> HttpResponse:
    """The SBOM as an attachment; only a completed scan has one (an unfinished or failed
    scan's empty inventory would read as "no dependencies")."""
    if scan.status != ScanState.COMPLETED:
        raise ApplicationError(
            "The scan has not completed: it has no bill of materials.",
            code="scan_not_completed",
            status_code=409,
        )
    body, content_type, filename = scan_sbom(scan, fmt)
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
