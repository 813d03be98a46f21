"""Notifications react to what integrations announce (connected in ``apps.ready``)."""

from __future__ import annotations

from typing import Any

from tracesec.integrations.models import Connection
from tracesec.notifications.services import notify_connection_inactive


def connection_became_inactive(*, connection_id: int, **_: Any) -> None:
    """Sent inside the deactivating transaction: deliveries are queued only if it commits."""
    connection = Connection.objects.filter(pk=connection_id).first()
    if connection is not None:
        notify_connection_inactive(connection=connection)
