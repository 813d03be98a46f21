"""Read-side queries for repositories (always scoped by organization)."""

from __future__ import annotations

from django.db.models import QuerySet

from tracesec.repositories.models import Repository, RepositoryStatus


def repository_list(
    *, organization_id: int, include_removed: bool = False, connection_id: int | None = None
) -> QuerySet[Repository]:
    qs = Repository.objects.filter(organization_id=organization_id).select_related("connection")
    if connection_id is not None:
        qs = qs.filter(connection_id=connection_id)
    if not include_removed:
        qs = qs.filter(status=RepositoryStatus.ACTIVE)
    return qs.order_by("full_name", "id")
