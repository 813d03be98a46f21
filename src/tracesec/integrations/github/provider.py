"""The GitHub implementation of `integrations.base.Provider`: a thin adapter over the
installation-token service."""

from __future__ import annotations

from typing import Any

from tracesec.integrations.base import Credential, CredentialHalt
from tracesec.integrations.github import inactive
from tracesec.integrations.github.config import api_base_url, git_base_url
from tracesec.integrations.github.credentials import (
    GIT_USERNAME,
    installation_token,
    installation_token_revoke,
    permissions_for,
)
from tracesec.integrations.github.lifecycle import installation_current
from tracesec.integrations.github.sync import connection_sync
from tracesec.integrations.services import connection_deactivate


class GitHubProvider:
    name = "github"
    inactive_reasons = inactive.REASONS

    def clone_credential(
        self, *, connection: Any, purpose: str, repository: Any = None
    ) -> Credential:
        installation = installation_current(connection_id=connection.pk)
        if installation is None:
            raise CredentialHalt("connection_inactive", "The GitHub App is not connected.")
        repository_id = str(getattr(repository, "external_uuid", ""))
        if not repository_id.isdigit():
            # GitHub tokens are narrowed to one repository; without one there is no token.
            raise CredentialHalt("repository_removed", "The repository is not a GitHub repository.")
        token = installation_token(
            installation_id=installation.installation_id,
            repository_ids=[int(repository_id)],
            permissions=permissions_for(purpose),
        )
        return Credential(
            git_base_url=git_base_url(),
            token=token.token,
            api_base_url=api_base_url(),
            username=GIT_USERNAME,
        )

    def release_credential(self, *, credential: Credential) -> None:
        installation_token_revoke(token=credential.token, api_url=credential.api_base_url)

    def sync_repositories(self, *, connection_id: int) -> None:
        connection_sync(connection_id=connection_id)

    def credential_rejected(self, *, connection: Any) -> None:
        connection_deactivate(connection_id=connection.pk, reason=inactive.TOKEN_REJECTED)
