"""Installation lifecycle from GitHub's `installation` events: record, suspend, unsuspend,
delete. Nothing here binds an installation to an organization — only the verified setup flow
does (`setup.py`) — and nothing ever moves a bound installation to another organization.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone

from tracesec.integrations.github import inactive
from tracesec.integrations.github.client import RemoteInstallation
from tracesec.integrations.models import Connection, GitHubInstallation, GitHubInstallationStatus
from tracesec.integrations.services import connection_activate, connection_deactivate

logger = logging.getLogger(__name__)


def installation_record(*, remote: RemoteInstallation) -> GitHubInstallation:
    """Upsert what GitHub says about an installation. A new one is *pending* (needs binding);
    a deleted one stays deleted (GitHub never reuses an installation id)."""
    with transaction.atomic():
        installation, created = GitHubInstallation.objects.select_for_update().get_or_create(
            installation_id=remote.id,
            defaults={"account_id": remote.account_id},
        )
        if installation.account_id != remote.account_id:
            # An installation id names one account for its whole life; refuse a changed one.
            logger.warning(
                "github.installation.account_mismatch", extra={"installation_id": remote.id}
            )
            return installation
        installation.account_login = remote.account_login[:100]
        installation.account_type = remote.account_type[:20]
        installation.repository_selection = remote.repository_selection[:10]
        installation.permissions = dict(remote.permissions)
        if remote.suspended and installation.status != GitHubInstallationStatus.DELETED:
            installation.status = GitHubInstallationStatus.SUSPENDED
            installation.suspended_at = installation.suspended_at or timezone.now()
        installation.save()
    if created:
        logger.info("github.installation.recorded", extra={"installation_id": remote.id})
    return installation


def installation_deleted(*, installation_id: int) -> None:
    """Uninstalled: connection inactive at once (queued scans cancelled). Idempotent."""
    connection_id = _set_status(installation_id, GitHubInstallationStatus.DELETED)
    if connection_id is not None:
        connection_deactivate(connection_id=connection_id, reason=inactive.APP_UNINSTALLED)


def installation_suspended(*, installation_id: int) -> None:
    connection_id = _set_status(installation_id, GitHubInstallationStatus.SUSPENDED)
    if connection_id is not None:
        connection_deactivate(connection_id=connection_id, reason=inactive.APP_SUSPENDED)


def installation_unsuspended(*, installation_id: int) -> None:
    """Active again — only if it was bound before and its connection went inactive for the
    suspension (an uninstall is final)."""
    with transaction.atomic():
        installation = (
            GitHubInstallation.objects.select_for_update()
            .filter(installation_id=installation_id)
            .first()
        )
        if installation is None or installation.status != GitHubInstallationStatus.SUSPENDED:
            return
        installation.status = (
            GitHubInstallationStatus.BOUND
            if installation.connection_id
            else GitHubInstallationStatus.PENDING
        )
        installation.suspended_at = None
        installation.save(update_fields=["status", "suspended_at", "updated_at"])
        connection = installation.connection
    if connection is not None and connection.inactive_reason == inactive.APP_SUSPENDED.code:
        connection_activate(connection_id=connection.pk, reason="github_app_unsuspended")


def _set_status(installation_id: int, status: str) -> int | None:
    """Returns the connection to deactivate, if this installation is its current one."""
    with transaction.atomic():
        installation = (
            GitHubInstallation.objects.select_for_update()
            .filter(installation_id=installation_id)
            .first()
        )
        if installation is None or installation.status == GitHubInstallationStatus.DELETED:
            return None
        installation.status = status
        now = timezone.now()
        if status == GitHubInstallationStatus.DELETED:
            installation.deleted_at = now
        else:
            installation.suspended_at = now
        installation.save(update_fields=["status", "deleted_at", "suspended_at", "updated_at"])
    logger.info(
        "github.installation.status", extra={"installation_id": installation_id, "status": status}
    )
    if installation.connection_id is None:
        return None
    current = installation_current(connection_id=installation.connection_id, include_suspended=True)
    return installation.connection_id if current in (None, installation) else None


def installation_current(
    *, connection_id: int, include_suspended: bool = False
) -> GitHubInstallation | None:
    """The installation a connection acts through (the most recently bound live one)."""
    statuses = [GitHubInstallationStatus.BOUND]
    if include_suspended:
        statuses.append(GitHubInstallationStatus.SUSPENDED)
    return (
        GitHubInstallation.objects.filter(connection_id=connection_id, status__in=statuses)
        .order_by("-bound_at", "-pk")
        .first()
    )


def bound_connection(*, installation_id: int) -> Connection | None:
    """The connection a bound installation acts for (None if unknown, unbound or suspended)."""
    installation = (
        GitHubInstallation.objects.select_related("connection")
        .filter(installation_id=installation_id, status=GitHubInstallationStatus.BOUND)
        .first()
    )
    return None if installation is None else installation.connection
