"""Workspace identity and repository sync for a Bitbucket connection (flows 3.1 step 4, 3.2).

A sync either applies a complete listing or changes nothing and records why (page cap, 429 after
backoff, HTTP error). Bitbucket rejecting a fresh token (401) means the app is gone: the
connection becomes inactive with an actionable reason.
"""

from __future__ import annotations

import contextlib
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from tracesec.integrations.base import CredentialError, CredentialHalt
from tracesec.integrations.bitbucket.client import (
    BitbucketClient,
    BitbucketError,
    BitbucketRateLimited,
    BitbucketTruncated,
    BitbucketUnauthorized,
)
from tracesec.integrations.bitbucket.config import allowed_api_bases
from tracesec.integrations.bitbucket.lifecycle import installation_current
from tracesec.integrations.bitbucket.token_pull import app_token_pull, bitbucket_rejected_token
from tracesec.integrations.models import Connection, ConnectionStatus, SyncStatus
from tracesec.repositories.services import repositories_apply_listing

logger = logging.getLogger(__name__)

SYNC_FAILURE_MESSAGES = {
    BitbucketTruncated.code: "Bitbucket listed more repositories than Trace reads in one sync; "
    "nothing was changed.",
    BitbucketRateLimited.code: "Bitbucket's rate limit was reached; nothing was changed. "
    "Try again later.",
}


def connection_mark_sync_queued(*, connection_id: int) -> None:
    Connection.objects.filter(pk=connection_id).update(
        last_sync_status=SyncStatus.QUEUED, last_sync_message=""
    )


def connection_sync(*, connection_id: int) -> None:
    """Resolve the workspace identity and sync repositories. Idempotent; safe to run twice."""
    connection = Connection.objects.filter(pk=connection_id).first()
    if connection is None or connection.status != ConnectionStatus.ACTIVE:
        return
    Connection.objects.filter(pk=connection_id).update(
        last_sync_status=SyncStatus.RUNNING, last_sync_message=""
    )
    installation = installation_current(connection_id=connection_id)
    try:
        if installation is None:
            raise CredentialHalt("not_paired", "No paired Bitbucket installation.")
        app_token = app_token_pull(installation=installation, purpose="repository-sync")
        with BitbucketClient(
            api_base_url=app_token.api_base_url,
            token=app_token.token,
            allowed_api_bases=allowed_api_bases(),
            max_pages=settings.BITBUCKET_MAX_PAGES,
        ) as client:
            del app_token
            workspace = client.get_workspace(connection.external_id)
            listing = client.list_repositories(connection.external_id)
    except BitbucketUnauthorized:
        assert installation is not None
        _record_failure(connection_id, "Bitbucket rejected the app's token; nothing was changed.")
        with contextlib.suppress(CredentialHalt):
            bitbucket_rejected_token(installation=installation)
        return
    except BitbucketError as error:
        message = SYNC_FAILURE_MESSAGES.get(
            error.code, f"Bitbucket request failed ({error.code}); nothing was changed."
        )
        _record_failure(connection_id, message)
        return
    except CredentialError as error:
        _record_failure(connection_id, f"{error.message} Nothing was changed.")
        return
    with transaction.atomic():
        locked = Connection.objects.select_for_update().get(pk=connection_id)
        counts = repositories_apply_listing(connection=locked, listing=listing)
        locked.slug = workspace.slug[:200]
        locked.display_name = (workspace.name or workspace.slug)[:200]
        locked.last_sync_status = SyncStatus.OK
        locked.last_sync_at = timezone.now()
        locked.last_sync_message = ""
        locked.last_sync_counts = counts.as_dict()
        locked.save()


def _record_failure(connection_id: int, message: str) -> None:
    Connection.objects.filter(pk=connection_id).update(
        last_sync_status=SyncStatus.FAILED,
        last_sync_at=timezone.now(),
        last_sync_message=message[:300],
    )
    logger.warning("bitbucket.sync_failed", extra={"connection_id": connection_id})
