"""A provider reported a pull-request event: if it is about a known repository, announce it.

Provider-neutral, like ``pushes.py``: the caller runs it inside the transaction that records the
provider's delivery id, and the receiver (scans) queues the pull-request scan in that same
transaction, so a redelivered or replayed event queues nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from tracesec.integrations.models import Connection
from tracesec.integrations.pushes import event_repository
from tracesec.integrations.signals import (
    pull_request_changed,
    pull_request_check_rerequested,
    pull_request_closed,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PullRequestEvent:
    """What a pull-request scan needs from the event (the head is scanned, the base compared)."""

    number: int
    title: str
    html_url: str
    head_ref: str
    head_sha: str
    base_ref: str
    base_sha: str


def pull_request_received(
    *, connection: Connection, repository_uuid: str, pull: PullRequestEvent, source: str
) -> str:
    """Announce a pull request to scan; returns a short outcome for the delivery log."""
    repository = event_repository(connection=connection, repository_uuid=repository_uuid)
    if isinstance(repository, str):
        return repository
    pull_request_changed.send(
        sender=Connection, repository_id=repository.pk, pull=pull, source=source
    )
    logger.info(
        "integrations.pull_request_announced",
        extra={"repository_id": repository.pk, "number": pull.number, "source": source},
    )
    return "pull request scan queued"


def check_rerequested(
    *,
    connection: Connection,
    repository_uuid: str,
    external_id: str,
    head_sha: str,
    source: str,
) -> str:
    """Announce that someone re-ran one of Trace's check runs."""
    repository = event_repository(connection=connection, repository_uuid=repository_uuid)
    if isinstance(repository, str):
        return repository
    pull_request_check_rerequested.send(
        sender=Connection,
        repository_id=repository.pk,
        external_id=external_id,
        head_sha=head_sha,
        source=source,
    )
    return "check re-run requested"


def pull_request_closed_received(
    *, connection: Connection, repository_uuid: str, number: int, merged: bool, source: str
) -> str:
    """Announce a closed (or merged) pull request: its queued scan is no longer wanted."""
    repository = event_repository(connection=connection, repository_uuid=repository_uuid)
    if isinstance(repository, str):
        return repository
    pull_request_closed.send(
        sender=Connection, repository_id=repository.pk, number=number, merged=merged, source=source
    )
    return "pull request merged" if merged else "pull request closed"
