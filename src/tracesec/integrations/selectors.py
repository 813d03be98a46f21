"""Read-side queries for connections."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from tracesec.integrations.models import Connection, ConnectionStatus, Provider


def connections_inactive(*, organization_id: int) -> list[Connection]:
    """The organization's connections that cannot scan (uninstalled, access revoked, ...)."""
    return list(
        Connection.objects.filter(
            organization_id=organization_id, status=ConnectionStatus.INACTIVE
        ).order_by("provider", "display_name", "id")
    )


def connection_list(
    *, organization_id: int, provider: str = Provider.BITBUCKET
) -> QuerySet[Connection]:
    return (
        Connection.objects.filter(organization_id=organization_id, provider=provider)
        .annotate(
            active_repository_count=Count("repositories", filter=Q(repositories__status="active"))
        )
        .order_by("-status", "display_name", "id")
    )
