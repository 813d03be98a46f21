"""A connection's sync bookkeeping, shared by every provider: queued → running → ok (a complete
listing applied) or failed (nothing changed, and why)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.utils import timezone

from tracesec.integrations.models import Connection, SyncStatus
from tracesec.repositories.services import RemoteRepositoryLike, repositories_apply_listing

logger = logging.getLogger(__name__)


def connection_mark_sync_queued(*, connection_id: int) -> None:
    Connection.objects.filter(pk=connection_id).update(
        last_sync_status=SyncStatus.QUEUED, last_sync_message=""
    )


def connection_mark_sync_running(*, connection_id: int) -> None:
    Connection.objects.filter(pk=connection_id).update(
        last_sync_status=SyncStatus.RUNNING, last_sync_message=""
    )


def connection_sync_failed(*, connection_id: int, message: str) -> None:
    Connection.objects.filter(pk=connection_id).update(
        last_sync_status=SyncStatus.FAILED,
        last_sync_at=timezone.now(),
        last_sync_message=message[:300],
    )
    logger.warning("integration.sync_failed", extra={"connection_id": connection_id})


def connection_sync_apply(
    *, connection_id: int, listing: Sequence[RemoteRepositoryLike], **identity: Any
) -> None:
    """Apply a *complete* listing and record success; `identity` updates connection fields
    (e.g. the workspace's slug and name) in the same transaction."""
    with transaction.atomic():
        locked = Connection.objects.select_for_update().get(pk=connection_id)
        counts = repositories_apply_listing(connection=locked, listing=listing)
        for name, value in identity.items():
            setattr(locked, name, value)
        locked.last_sync_status = SyncStatus.OK
        locked.last_sync_at = timezone.now()
        locked.last_sync_message = ""
        locked.last_sync_counts = counts.as_dict()
        locked.save()
