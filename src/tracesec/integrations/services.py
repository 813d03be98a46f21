"""Connection state changes shared by every provider."""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone

from tracesec.audit.services import audit_record
from tracesec.integrations.models import Connection, ConnectionStatus
from tracesec.integrations.signals import connection_deactivated

logger = logging.getLogger(__name__)

# Reasons an admin sees, each with what to do about it.
INACTIVE_MESSAGES = {
    "app_uninstalled": (
        "The Trace app was uninstalled from the Bitbucket workspace. Reinstall it with your "
        "install link, then connect again with a new pairing code."
    ),
    "trigger_gone": (
        "The Trace app no longer answers in Bitbucket (it was probably uninstalled). Reinstall "
        "it with your install link, then connect again with a new pairing code."
    ),
    "no_delivery": (
        "Bitbucket did not deliver an access token in time. Check that the Trace app is still "
        "installed in the workspace; if it was removed, reinstall it and connect again."
    ),
    "token_rejected": (
        "Bitbucket rejected the Trace app's access token (the app was probably uninstalled or "
        "its access revoked). Reinstall the app and connect again with a new pairing code."
    ),
    "github_app_uninstalled": (
        "The Trace GitHub App was uninstalled from the GitHub account. Install it again from "
        "Settings → Integrations → GitHub."
    ),
    "github_app_suspended": (
        "The Trace GitHub App was suspended on the GitHub account. Unsuspend it in the "
        "account's GitHub App settings; the connection becomes active again by itself."
    ),
    "github_token_rejected": (
        "GitHub refused the Trace app's access token (the app was probably uninstalled or "
        "suspended). Check the installation on GitHub, then install it again if needed."
    ),
}


def connection_activate(*, connection_id: int, reason: str) -> bool:
    """Make an inactive connection active again (a GitHub installation was unsuspended or
    re-bound). True if it changed now."""
    with transaction.atomic():
        changed = Connection.objects.filter(
            pk=connection_id, status=ConnectionStatus.INACTIVE
        ).update(
            status=ConnectionStatus.ACTIVE,
            inactive_reason="",
            inactive_message="",
            inactive_at=None,
            updated_at=timezone.now(),
        )
        if changed:
            connection = Connection.objects.select_related("organization").get(pk=connection_id)
            audit_record(
                action="integration.activated",
                organization=connection.organization,
                target=connection,
                data={"reason": reason, "provider": connection.provider},
            )
    return bool(changed)


def connection_deactivate(*, connection_id: int, reason: str) -> bool:
    """Mark a connection inactive with an actionable reason. True if it changed now."""
    message = INACTIVE_MESSAGES.get(reason, "The connection stopped working. Connect again.")
    with transaction.atomic():
        changed = Connection.objects.filter(
            pk=connection_id, status=ConnectionStatus.ACTIVE
        ).update(
            status=ConnectionStatus.INACTIVE,
            inactive_reason=reason,
            inactive_message=message,
            inactive_at=timezone.now(),
            updated_at=timezone.now(),
        )
        if changed:
            connection = Connection.objects.select_related("organization").get(pk=connection_id)
            audit_record(
                action="integration.deactivated",
                organization=connection.organization,
                target=connection,
                data={"reason": reason, "provider": connection.provider},
            )
            # scans cancel their queued work (scans.receivers); integrations import no scans
            connection_deactivated.send(
                sender=Connection, connection_id=connection_id, reason=reason
            )
    if changed:
        logger.warning(
            "integration.connection_inactive",
            extra={"connection_id": connection_id, "reason": reason},
        )
    return bool(changed)
