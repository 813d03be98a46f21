"""Read-side queries for connections."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count, Q, QuerySet

from tracesec.integrations.models import (
    Connection,
    ConnectionStatus,
    GitHubInstallation,
    Provider,
)


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


def github_logins_of_users(*, organization_id: int, user_ids: Iterable[int]) -> dict[str, int]:
    """``{lower-cased GitHub login: user id}`` for the given users, from the one link Trace
    keeps between a person and a GitHub account: the login of whoever bound one of this
    organization's GitHub installations (checked by GitHub's user authorization then)."""
    rows = GitHubInstallation.objects.filter(
        connection__organization_id=organization_id,
        bound_by_id__in=list(user_ids),
    ).exclude(bound_by_github_login="")
    return {
        login.lower(): user_id
        for login, user_id in rows.values_list("bound_by_github_login", "bound_by_id")
    }
