"""Just-in-time installation tokens: one per job, narrowed to one repository and the job's
permissions, held in memory only (ARCHITECTURE 3.3, 3.6).

A scan gets `contents: read`; a check-run job also `checks: write`. When the job is done with
its token, `installation_token_revoke` ends it at GitHub rather than leaving it valid for the rest
of its hour. Nothing here stores, logs or raises the token; errors are
`CredentialError`/`CredentialHalt` with safe messages.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from django.conf import settings

from tracesec.integrations.base import CredentialError, CredentialHalt
from tracesec.integrations.github.app_jwt import app_jwt
from tracesec.integrations.github.app_secrets import AppSecretMissing
from tracesec.integrations.github.client import (
    GitHubClient,
    GitHubError,
    GitHubForbidden,
    GitHubNotFound,
    GitHubUnauthorized,
    InstallationToken,
)
from tracesec.integrations.github.config import api_base_url

logger = logging.getLogger(__name__)

SCAN_PERMISSIONS: Mapping[str, str] = {"contents": "read"}
CHECK_RUN_PERMISSIONS: Mapping[str, str] = {"contents": "read", "checks": "write"}
LISTING_PERMISSIONS: dict[str, str] = {"metadata": "read"}
GIT_USERNAME = "x-access-token"


def permissions_for(purpose: str) -> Mapping[str, str]:
    """Only a check-run job may write checks; everything else reads contents."""
    return CHECK_RUN_PERMISSIONS if purpose.startswith("check-run:") else SCAN_PERMISSIONS


def app_client() -> GitHubClient:
    """A client authenticated as the app (JWT). Raises CredentialError if the key is missing."""
    try:
        token = app_jwt()
    except AppSecretMissing as missing:
        raise CredentialError("app_key_missing", str(missing)) from None
    return GitHubClient(
        api_base_url=api_base_url(),
        token=token,
        max_wait_seconds=float(settings.GITHUB_MAX_RATE_LIMIT_WAIT_SECONDS),
    )


def installation_client(token: InstallationToken) -> GitHubClient:
    return GitHubClient(
        api_base_url=api_base_url(),
        token=token.token,
        max_pages=int(settings.GITHUB_MAX_PAGES),
        max_wait_seconds=float(settings.GITHUB_MAX_RATE_LIMIT_WAIT_SECONDS),
    )


def installation_token(
    *,
    installation_id: int,
    repository_ids: list[int] | None,
    permissions: Mapping[str, str],
) -> InstallationToken:
    """`POST /app/installations/{id}/access_tokens` narrowed to `repository_ids`/`permissions`.

    `repository_ids=None` is only for listing repositories, with `metadata: read`. 401/403/404
    mean the app can no longer act for this installation (uninstalled, suspended, repository
    taken out of it): a *halt*. Anything else is a retryable failure."""
    if repository_ids is None and dict(permissions) != LISTING_PERMISSIONS:
        raise CredentialError("too_broad", "A token over every repository may only list them.")
    try:
        with app_client() as client:
            token = client.create_installation_token(
                installation_id, repository_ids=repository_ids, permissions=permissions
            )
    except (GitHubUnauthorized, GitHubForbidden, GitHubNotFound) as error:
        logger.warning(
            "github.token_refused",
            extra={"installation_id": installation_id, "status": error.status},
        )
        raise CredentialHalt(
            "token_rejected", "GitHub refused an access token for this installation."
        ) from None
    except GitHubError as error:
        raise CredentialError(
            "token_unavailable", f"GitHub did not issue an access token ({error.code})."
        ) from None
    logger.info(
        "github.token_issued",
        extra={"installation_id": installation_id, "permissions": sorted(permissions)},
    )
    return token


def installation_token_revoke(*, token: str, api_url: str) -> None:
    """`DELETE /installation/token`: the job's token stops working now. Best effort: a failure is
    logged (status and code, never the token) and the token still expires within its hour."""
    try:
        # no waiting on a rate limit: the job is done, and the token expires by itself anyway
        with GitHubClient(api_base_url=api_url, token=token, max_wait_seconds=0.0) as client:
            client.revoke_installation_token()
    except GitHubError as error:
        logger.warning(
            "github.token_revoke_failed", extra={"status": error.status, "code": error.code}
        )
        return
    logger.info("github.token_revoked")
