"""REST API for repositories: the list with each repository's last scan and open counts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from tracesec.api.auth import request_auth
from tracesec.repositories.selectors import repository_rows
from tracesec.scans.models import Scan

router = Router(tags=["repositories"])


class RepositoryQuery(Schema):
    q: str = Field("", max_length=200, description="Text in the name or language.")
    sort: str = Field("name", pattern="^-?(name|open|scanned)$")
    limit: int = Field(50, ge=1, le=100)
    offset: int = Field(0, ge=0)


class ScanSummaryOut(Schema):
    id: int
    status: str
    created_at: datetime
    finished_at: datetime | None
    findings_count: int
    new_count: int
    fixed_count: int


class RepositoryOut(Schema):
    id: int
    full_name: str
    provider: str
    status: str
    default_branch: str
    language: str
    connection_status: str | None
    last_scan: ScanSummaryOut | None
    open_counts: dict[str, int]


class RepositoryPage(Schema):
    items: list[RepositoryOut]
    count: int
    limit: int
    offset: int


def _summary(scan: Scan | None) -> dict[str, Any] | None:
    if scan is None:
        return None
    return {
        "id": scan.pk,
        "status": scan.status,
        "created_at": scan.created_at,
        "finished_at": scan.finished_at,
        "findings_count": scan.findings_count,
        "new_count": scan.new_count,
        "fixed_count": scan.fixed_count,
    }


@router.get("/repositories", response=RepositoryPage, summary="Repositories with their last scan")
def repository_list_api(request: HttpRequest, query: Query[RepositoryQuery]) -> dict[str, Any]:
    actor = request_auth(request).membership
    rows = repository_rows(organization_id=actor.organization_id, q=query.q, sort=query.sort)
    window = rows[query.offset : query.offset + query.limit]
    items = [
        {
            "id": row.repository.pk,
            "full_name": row.repository.full_name,
            "provider": row.repository.provider,
            "status": row.repository.status,
            "default_branch": row.repository.default_branch,
            "language": row.repository.language,
            "connection_status": (
                row.repository.connection.status if row.repository.connection else None
            ),
            "last_scan": _summary(row.last_scan),
            "open_counts": row.open_counts
            or {s: 0 for s in ("critical", "high", "medium", "low", "info")},
        }
        for row in window
    ]
    return {"items": items, "count": len(rows), "limit": query.limit, "offset": query.offset}
