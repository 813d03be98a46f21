"""The one door to a clone credential: `resolve_clone_credential(repository, purpose=...)`, and
`release_clone_credential` once the job is done with it.

Scans call it (and map its errors to scan outcomes); so do the integration tests. The
repository's own state is checked here, once, before any provider is asked.
"""

from __future__ import annotations

from tracesec.integrations.base import Credential, CredentialHalt, HaltCode
from tracesec.integrations.registry import provider_for
from tracesec.repositories.models import Repository


def resolve_clone_credential(repository: Repository, *, purpose: str) -> Credential:
    """Credential for cloning `repository` (see ARCHITECTURE 3.3)."""
    if repository.is_removed:
        raise CredentialHalt(
            HaltCode.REPOSITORY_REMOVED, "The repository is no longer in the workspace."
        )
    connection = repository.connection
    if connection is None or not connection.is_active:
        raise CredentialHalt(HaltCode.CONNECTION_INACTIVE, "The connection is inactive.")
    return provider_for(repository.provider).clone_credential(
        connection=connection, purpose=purpose, repository=repository
    )


def release_clone_credential(repository: Repository, credential: Credential) -> None:
    """The job no longer needs `credential`: its provider ends it (best effort, never raises)."""
    provider_for(repository.provider).release_credential(credential=credential)


def report_credential_rejected(repository: Repository) -> None:
    """Scans call this when git answers 401 to a just-issued token (the app is gone)."""
    connection = repository.connection
    if connection is None or not connection.is_active:
        return
    provider_for(repository.provider).credential_rejected(connection=connection)
