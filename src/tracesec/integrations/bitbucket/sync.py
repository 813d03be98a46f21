"""Workspace identity and repository sync for a Bitbucket connection (flows 3.1 step 4, 3.2).

A sync either applies a complete listing or changes nothing and records why (page cap, 429 after
backoff, HTTP error). Bitbucket rejecting a fresh token (401) means the app is gone: the
connection becomes inactive with an actionable reason.
"""

from __future__ import annotations

import contextlib

from django.conf import settings

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
from tracesec.integrations.models import Connection, ConnectionStatus
from tracesec.integrations.sync_status import (
    connection_mark_sync_running,
    connection_sync_apply,
    connection_sync_failed,
)

SYNC_FAILURE_MESSAGES = {
    BitbucketTruncated.code: "Bitbucket listed more repositories than Trace reads in one sync; "
    "nothing was changed.",
    BitbucketRateLimited.code: "Bitbucket's rate limit was reached; nothing was changed. "
    "Try again later.",
}


def connection_sync(*, connection_id: int) -> None:
    """Resolve the workspace identity and sync repositories. Idempotent; safe to run twice."""
    connection = Connection.objects.filter(pk=connection_id).first()
    if connection is None or connection.status != ConnectionStatus.ACTIVE:
        return
    connection_mark_sync_running(connection_id=connection_id)
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
        connection_sync_failed(
            connection_id=connection_id,
            message="Bitbucket rejected the app's token; nothing was changed.",
        )
        with contextlib.suppress(CredentialHalt):
            bitbucket_rejected_token(installation=installation)
        return
    except BitbucketError as error:
        message = SYNC_FAILURE_MESSAGES.get(
            error.code, f"Bitbucket request failed ({error.code}); nothing was changed."
        )
        connection_sync_failed(connection_id=connection_id, message=message)
        return
    except CredentialError as error:
        connection_sync_failed(
            connection_id=connection_id, message=f"{error.message} Nothing was changed."
        )
        return
    connection_sync_apply(
        connection_id=connection_id,
        listing=listing,
        slug=workspace.slug[:200],
        display_name=(workspace.name or workspace.slug)[:200],
    )
