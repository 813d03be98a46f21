"""The provider interface: what a code host (Bitbucket, GitHub) gives the rest of Trace.

A provider is a package under ``integrations/<name>/`` with one class implementing
:class:`Provider`, registered by one line in ``integrations/registry.py``. The rest of Trace
never imports a provider package: scans ask ``integrations.credentials.resolve_clone_credential``
for a :class:`Credential`, and react to ``integrations.signals.connection_deactivated``.

Errors are split the Sentry way: a *halt* is an expected terminal condition (app uninstalled,
connection inactive, repository removed) — the caller stops quietly and shows its own words for
``code``; a plain :class:`CredentialError` is a failure worth retrying. Messages are safe to
show; they never hold a token.

Adding a provider (GitLab, Azure Repos) means:

1. ``integrations/<name>/`` with the same file set as ``integrations/bitbucket/`` (client,
   config, lifecycle or webhooks, sync, provider, views, urls, tasks);
2. a value in ``models.Provider`` (its name and label), and a class with ``name``,
   ``clone_credential``, ``release_credential``, ``sync_repositories`` and
   ``credential_rejected`` (below), whose credential clones over HTTPS with the token in
   Basic auth as ``username`` (``scans.checkout`` builds git's environment);
3. one entry in ``registry.PROVIDERS``, its URLs in the root URLconf, its settings module;
4. ``connection_deactivate(connection_id=..., reason=...)`` when the host says the app is gone
   (scans cancel their queued work through the signal), with an :class:`InactiveReason` from the
   provider's own ``inactive.py`` (its words, listed in ``Provider.inactive_reasons``). A
   ``CredentialHalt`` carries a :class:`HaltCode` when one fits; any other halt code reads as
   "connection inactive".

Nothing in ``scans/`` changes (unless the host wants a Basic-auth user name not yet in
``scans.checkout.GIT_USERNAMES``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from tracesec.integrations.models import Connection
    from tracesec.repositories.models import Repository


class HaltCode(enum.StrEnum):
    """Why a credential can never be had until a person acts (scans word each one)."""

    CONNECTION_INACTIVE = "connection_inactive"
    REPOSITORY_REMOVED = "repository_removed"
    NOT_PAIRED = "not_paired"
    UNSUPPORTED_PROVIDER = "unsupported_provider"


class CredentialError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class CredentialHalt(CredentialError):
    """Terminal: retrying will not help until a person acts (reinstall, re-pair ...)."""


@dataclass(frozen=True)
class InactiveReason:
    """Why a connection stopped working, in its provider's words, saying what to do about it."""

    code: str  # Connection.inactive_reason (at most 40 characters), read by code
    message: str  # Connection.inactive_message (at most 300 characters), shown to admins


@dataclass(frozen=True)
class Credential:
    """A short-lived token able to clone one connection's repositories; memory only."""

    git_base_url: str
    token: str = field(repr=False)  # never printed, logged or stored
    api_base_url: str = ""
    username: str = "x-token-auth"  # git Basic-auth user: Bitbucket's, or GitHub's x-access-token


# What a pull-request check says (scans build it; ``integrations.checks`` publishes it).
# Annotations beyond this many are left out (the summary says so): GitHub takes 50 per request,
# each request spends the installation's hourly API quota, and past a few hundred annotations a
# reviewer reads the list in Trace rather than the diff.
MAX_CHECK_ANNOTATIONS = 500


@dataclass(frozen=True)
class CheckAnnotation:
    path: str
    start_line: int
    end_line: int
    level: str  # notice | warning | failure
    title: str
    message: str


@dataclass(frozen=True)
class CheckOutcome:
    conclusion: str  # success | neutral | failure | cancelled | timed_out
    title: str
    summary: str
    annotations: tuple[CheckAnnotation, ...] = ()


@dataclass(frozen=True)
class PublishedCheck:
    check_run_id: int
    html_url: str
    requests: int = 1  # API calls made (annotations go 50 to a request)


class Provider(Protocol):
    name: str  # the value stored in Connection.provider and Repository.provider
    inactive_reasons: tuple[InactiveReason, ...]  # every reason it can deactivate a connection

    def clone_credential(
        self, *, connection: Connection, purpose: str, repository: Repository | None = None
    ) -> Credential:
        """A short-lived credential able to clone `repository` of the connection (Bitbucket's
        is workspace-wide; GitHub's is narrowed to that one repository)."""

    def release_credential(self, *, credential: Credential) -> None:
        """The job is done with `credential` (its clone finished or failed): end its life at the
        host now where the host allows it. Best effort: never raises; a failure is logged
        without the token, and the token still expires by itself."""

    def sync_repositories(self, *, connection_id: int) -> None:
        """List the remote repositories and apply the diff (new / removed / restored)."""

    def credential_rejected(self, *, connection: Connection) -> None:
        """The host refused a freshly issued credential (git/API 401): mark the connection
        inactive with an actionable reason."""
