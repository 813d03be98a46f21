"""Repository sync for a GitHub connection (ARCHITECTURE 3.2, 3.6).

`GET /installation/repositories` to the end of its `Link` pagination (with a token revoked right
after), then the same `repositories_apply_listing` as Bitbucket (identity by GitHub's repository
id; renames keep it; missing → removed; back → restored). A sync applies a complete listing or
changes nothing and records why (page cap, rate limit, HTTP error). GitHub refusing the app a
token means the installation is gone: the connection becomes inactive.
"""

from __future__ import annotations

from tracesec.integrations.base import CredentialError, CredentialHalt
from tracesec.integrations.github import inactive
from tracesec.integrations.github.client import (
    GitHubError,
    GitHubRateLimited,
    GitHubTruncated,
    GitHubUnauthorized,
)
from tracesec.integrations.github.config import api_base_url
from tracesec.integrations.github.credentials import (
    LISTING_PERMISSIONS,
    installation_client,
    installation_token,
    installation_token_revoke,
)
from tracesec.integrations.github.lifecycle import installation_current
from tracesec.integrations.models import Connection, ConnectionStatus
from tracesec.integrations.services import connection_deactivate
from tracesec.integrations.sync_status import (
    connection_mark_sync_running,
    connection_sync_apply,
    connection_sync_failed,
)

SYNC_FAILURE_MESSAGES = {
    GitHubTruncated.code: "GitHub listed more repositories than Trace reads in one sync; "
    "nothing was changed.",
    GitHubRateLimited.code: "GitHub's rate limit was reached; nothing was changed. "
    "Try again later.",
}


def connection_sync(*, connection_id: int) -> None:
    """List the installation's repositories and apply them. Idempotent; safe to run twice."""
    connection = Connection.objects.filter(pk=connection_id, provider="github").first()
    if connection is None or connection.status != ConnectionStatus.ACTIVE:
        return
    connection_mark_sync_running(connection_id=connection_id)
    installation = installation_current(connection_id=connection_id)
    try:
        if installation is None:
            raise CredentialHalt("not_bound", "No bound GitHub installation.")
        token = installation_token(
            installation_id=installation.installation_id,
            repository_ids=None,
            permissions=LISTING_PERMISSIONS,
        )
        try:
            with installation_client(token) as client:
                listing = client.list_installation_repositories()
        finally:
            # the listing token covers every repository: it ends with the listing
            installation_token_revoke(token=token.token, api_url=api_base_url())
            del token
    except GitHubUnauthorized:
        connection_sync_failed(
            connection_id=connection_id,
            message="GitHub rejected the app's token; nothing was changed.",
        )
        connection_deactivate(connection_id=connection_id, reason=inactive.TOKEN_REJECTED)
        return
    except GitHubError as error:
        message = SYNC_FAILURE_MESSAGES.get(
            error.code, f"GitHub request failed ({error.code}); nothing was changed."
        )
        connection_sync_failed(connection_id=connection_id, message=message)
        return
    except CredentialHalt as halt:
        connection_sync_failed(
            connection_id=connection_id, message=f"{halt.message} Nothing was changed."
        )
        if halt.code == "token_rejected":
            connection_deactivate(connection_id=connection_id, reason=inactive.TOKEN_REJECTED)
        return
    except CredentialError as error:
        connection_sync_failed(
            connection_id=connection_id, message=f"{error.message} Nothing was changed."
        )
        return
    connection_sync_apply(connection_id=connection_id, listing=listing)
