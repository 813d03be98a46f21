"""`push` webhooks: a push to a bound repository's default branch queues a scan.

Runs inside the webhook's delivery transaction (see webhooks.py), so the queued scan and the
`X-GitHub-Delivery` record commit together.
"""

from __future__ import annotations

from typing import Any

from tracesec.integrations.github.client import (
    GitHubBadResponse,
    parse_event_installation_id,
    parse_repository,
)
from tracesec.integrations.github.lifecycle import bound_connection
from tracesec.integrations.pushes import BRANCH_REF_PREFIX, push_received

_ZERO_SHA = "0" * 40


def push_event(payload: dict[str, Any]) -> str:
    installation_id = parse_event_installation_id(payload)
    ref = payload.get("ref")
    after = payload.get("after")
    if not isinstance(ref, str) or not isinstance(after, str):
        raise GitHubBadResponse("push event lacks ref/after", status=200)
    if payload.get("deleted") is True or after == _ZERO_SHA:
        return "ignored: branch deleted"
    if not ref.startswith(BRANCH_REF_PREFIX):
        return "ignored: not a branch"
    repository = parse_repository(payload.get("repository"))
    connection = bound_connection(installation_id=installation_id)
    if connection is None:
        return "ignored: installation not bound"
    return push_received(
        connection=connection,
        repository_uuid=repository.uuid,
        branch=ref.removeprefix(BRANCH_REF_PREFIX),
        commit_sha=after,
        source="github",
    )
