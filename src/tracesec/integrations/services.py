"""Connection state changes shared by every provider (each words its own reasons: ``inactive.py``
in its package)."""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone

from tracesec.audit.services import audit_record
from tracesec.integrations.base import InactiveReason
from tracesec.integrations.models import Connection, ConnectionStatus
from tracesec.integrations.signals import connection_deactivated

logger = logging.getLogger(__name__)


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


def connection_deactivate(*, connection_id: int, reason: InactiveReason) -> bool:
    """Mark a connection inactive with its provider's actionable reason. True if it changed now."""
    with transaction.atomic():
        changed = Connection.objects.filter(
            pk=connection_id, status=ConnectionStatus.ACTIVE
        ).update(
            status=ConnectionStatus.INACTIVE,
            inactive_reason=reason.code,
            inactive_message=reason.message,
            inactive_at=timezone.now(),
            updated_at=timezone.now(),
        )
        if changed:
            connection = Connection.objects.select_related("organization").get(pk=connection_id)
            audit_record(
                action="integration.deactivated",
                organization=connection.organization,
                target=connection,
                data={"reason": reason.code, "provider": connection.provider},
            )
            # scans cancel their queued work (scans.receivers); integrations import no scans
            connection_deactivated.send(
                sender=Connection, connection_id=connection_id, reason=reason.code
            )
    if changed:
        logger.warning(
            "integration.connection_inactive",
            extra={"connection_id": connection_id, "reason": reason.code},
        )
    return bool(changed)
