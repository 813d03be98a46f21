"""The provider interface every integration implements, and the one door scans use.

Errors are split the Sentry way: a *halt* is an expected terminal condition (app uninstalled,
connection inactive, repository removed) — the caller stops quietly and shows `message`; a plain
`CredentialError` is a failure worth retrying. Messages are safe to show; they never hold a token.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


class CredentialError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class CredentialHalt(CredentialError):
    """Terminal: retrying will not help until a person acts (reinstall, re-pair ...)."""


@dataclass(frozen=True)
class Credential:
    git_base_url: str
    token: str = field(repr=False)  # never printed, logged or stored
    api_base_url: str = ""
    username: str = "x-token-auth"  # git Basic-auth user: Bitbucket's, or GitHub's x-access-token


class Provider(Protocol):
    name: str

    def clone_credential(
        self, *, connection: Any, purpose: str, repository: Any = None
    ) -> Credential:
        """A short-lived credential able to clone `repository` of the connection (Bitbucket's
        is workspace-wide; GitHub's is narrowed to that one repository)."""

    def sync_repositories(self, *, connection_id: int) -> None:
        """List the remote repositories and apply the diff (new / removed / restored)."""

    def credential_rejected(self, *, connection: Any) -> None:
        """The host refused a freshly issued credential (git/API 401): mark the connection
        inactive with an actionable reason."""


def provider_for(name: str) -> Provider:
    """Explicit registry (no discovery, no dotted paths)."""
    if name == "bitbucket":
        from tracesec.integrations.bitbucket.provider import BitbucketProvider

        return BitbucketProvider()
    if name == "github":
        from tracesec.integrations.github.provider import GitHubProvider

        return GitHubProvider()
    raise CredentialHalt("unsupported_provider", f"Provider {name!r} is not supported.")


def resolve_clone_credential(repository: Any, *, purpose: str) -> Credential:
    """Credential for cloning `repository` (scans call this; see ARCHITECTURE 3.3)."""
    if getattr(repository, "status", "active") == "removed":
        raise CredentialHalt("repository_removed", "The repository is no longer in the workspace.")
    connection = getattr(repository, "connection", None)
    if connection is None or connection.status != "active":
        raise CredentialHalt("connection_inactive", "The connection is inactive.")
    return provider_for(repository.provider).clone_credential(
        connection=connection, purpose=purpose, repository=repository
    )


def report_credential_rejected(repository: Any) -> None:
    """Scans call this when git answers 401 to a just-issued token (the app is gone)."""
    connection = getattr(repository, "connection", None)
    if connection is None or connection.status != "active":
        return
    provider_for(repository.provider).credential_rejected(connection=connection)
