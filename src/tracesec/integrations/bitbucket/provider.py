"""The Bitbucket implementation of `integrations.base.Provider`."""

from __future__ import annotations

import contextlib

from django.conf import settings

from tracesec.integrations.base import Credential, CredentialHalt, HaltCode
from tracesec.integrations.bitbucket import inactive
from tracesec.integrations.bitbucket.lifecycle import installation_current
from tracesec.integrations.bitbucket.sync import connection_sync
from tracesec.integrations.bitbucket.token_pull import app_token_pull, bitbucket_rejected_token
from tracesec.integrations.models import Connection
from tracesec.repositories.models import Repository


class BitbucketProvider:
    name = "bitbucket"
    inactive_reasons = inactive.REASONS

    def clone_credential(
        self, *, connection: Connection, purpose: str, repository: Repository | None = None
    ) -> Credential:
        installation = installation_current(connection_id=connection.pk)
        if installation is None:
            raise CredentialHalt(
                HaltCode.CONNECTION_INACTIVE, "The Bitbucket app is not connected."
            )
        token = app_token_pull(installation=installation, purpose=purpose)
        return Credential(
            git_base_url=settings.BITBUCKET_GIT_URL,
            token=token.token,
            api_base_url=token.api_base_url,
        )

    def release_credential(self, *, credential: Credential) -> None:
        """Nothing is left to end: the exchange row was deleted by the claim that read it (one
        `DELETE ... RETURNING`) and the token request in `app_token_pull`'s `finally`; Forge has no
        call that revokes an app system token, which expires by itself (minutes)."""

    def sync_repositories(self, *, connection_id: int) -> None:
        connection_sync(connection_id=connection_id)

    def credential_rejected(self, *, connection: Connection) -> None:
        installation = installation_current(connection_id=connection.pk)
        if installation is None:
            return
        with contextlib.suppress(CredentialHalt):
            bitbucket_rejected_token(installation=installation)
