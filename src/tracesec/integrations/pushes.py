"""A provider reported a push: if it is to a known repository's default branch, announce it.

One home for both providers' push events (GitHub webhooks, Bitbucket via Forge). The caller
runs this inside the transaction that records the provider's delivery id; the announcement's
receiver (scans) queues the scan in that same transaction, so one delivery queues at most one
scan and a redelivery queues none.
"""

from __future__ import annotations

import logging

from tracesec.integrations.models import Connection, ConnectionStatus
from tracesec.integrations.signals import default_branch_pushed
from tracesec.repositories.models import Repository, RepositoryStatus

logger = logging.getLogger(__name__)

BRANCH_REF_PREFIX = "refs/heads/"


def event_repository(*, connection: Connection, repository_uuid: str) -> Repository | str:
    """The connection's active (synced, not removed) repository with the provider's id, or why
    an event about it is ignored (the connection is inactive, the repository unknown)."""
    if connection.status != ConnectionStatus.ACTIVE:
        return "ignored: connection inactive"
    repository = Repository.objects.filter(
        connection=connection,
        organization_id=connection.organization_id,
        provider=connection.provider,
        external_uuid=repository_uuid,
        status=RepositoryStatus.ACTIVE,
    ).first()
    return "ignored: repository not known" if repository is None else repository


def push_received(
    *, connection: Connection, repository_uuid: str, branch: str, commit_sha: str, source: str
) -> str:
    """Announce a push to ``branch`` of the repository ``repository_uuid`` of ``connection``.

    Returns a short outcome for the delivery log. Pushes to other branches, to repositories Trace
    does not know (or has marked removed) and to inactive connections are ignored."""
    repository = event_repository(connection=connection, repository_uuid=repository_uuid)
    if isinstance(repository, str):
        return repository
    if not branch or branch != repository.default_branch:
        return "ignored: not the default branch"
    default_branch_pushed.send(
        sender=Connection,
        repository_id=repository.pk,
        commit_sha=commit_sha,
        source=source,
    )
    logger.info(
        "integrations.push_announced",
        extra={"repository_id": repository.pk, "source": source},
    )
    return "push scan queued"
