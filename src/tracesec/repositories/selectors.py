"""Read-side queries for repositories (always scoped by organization)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from tracesec.findings.selectors import open_counts_by_repository
from tracesec.repositories.models import Repository, RepositoryStatus
from tracesec.scans.models import Scan
from tracesec.scans.selectors import last_scans_by_repository

REPOSITORY_SORTS = {
    "name": ("full_name", "id"),
    "-name": ("-full_name", "-id"),
}


@dataclass
class RepositoryRow:
    repository: Repository
    last_scan: Scan | None
    open_counts: dict[str, int] = field(default_factory=dict)

    @property
    def open_total(self) -> int:
        return sum(self.open_counts.values())


def repository_rows(
    *, organization_id: int, q: str = "", sort: str = "name", include_removed: bool = True
) -> list[RepositoryRow]:
    """The Repositories page: four queries for any number of repositories."""
    qs: QuerySet[Repository] = Repository.objects.filter(
        organization_id=organization_id
    ).select_related("connection")
    if not include_removed:
        qs = qs.exclude(status=RepositoryStatus.REMOVED)
    if "\x00" in q:
        # no stored name holds a NUL (PostgreSQL refuses one in a query): nothing matches, as in
        # the findings' text filters
        return []
    if q:
        qs = qs.filter(Q(full_name__icontains=q) | Q(language__icontains=q))
    base_sort = sort.lstrip("-")
    repositories = list(qs.order_by(*REPOSITORY_SORTS.get(sort, REPOSITORY_SORTS["name"])))
    ids = [r.pk for r in repositories]
    last = last_scans_by_repository(repository_ids=ids)
    counts = open_counts_by_repository(organization_id=organization_id, repository_ids=ids)
    rows = [
        RepositoryRow(repository=r, last_scan=last.get(r.pk), open_counts=counts.get(r.pk, {}))
        for r in repositories
    ]
    reverse = sort.startswith("-")
    if base_sort == "open":
        rows.sort(key=lambda row: _severity_key(row.open_counts), reverse=not reverse)
    elif base_sort == "scanned":
        rows.sort(
            key=lambda row: row.last_scan.created_at.timestamp() if row.last_scan else 0.0,
            reverse=not reverse,
        )
    return rows


def _severity_key(counts: dict[str, int]) -> tuple[int, ...]:
    return tuple(counts.get(s, 0) for s in ("critical", "high", "medium", "low", "info"))
