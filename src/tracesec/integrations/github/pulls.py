"""`pull_request` and `check_run` webhooks: scan a pull request's head, re-run Trace's checks.

`pull_request` actions `opened`, `synchronize` (new commits on the head) and `reopened` ask for a
scan of `pull_request.head.sha`; `closed` (merged or not) cancels a still-queued scan of it and
marks it closed or merged in Trace; other actions (edited, labeled ...) change nothing a scan
reads. `check_run` `rerequested` counts only for a run this app created: GitHub sends
`check_run` events for every app's runs on a repository the app may see, so the run's
`app.id` must be ours, and its `external_id` is the one Trace gave it.
Runs inside the webhook's delivery transaction (see webhooks.py).
"""

from __future__ import annotations

from typing import Any

from tracesec.integrations.github.client import (
    GitHubBadResponse,
    parse_event_installation_id,
    parse_repository,
)
from tracesec.integrations.github.config import app_id
from tracesec.integrations.github.lifecycle import bound_connection
from tracesec.integrations.models import Connection
from tracesec.integrations.pull_requests import (
    PullRequestEvent,
    check_rerequested,
    pull_request_closed_received,
    pull_request_received,
)

SCANNED_ACTIONS = frozenset({"opened", "synchronize", "reopened"})
_SHA_LENGTHS = (40, 64)


def _sha(value: object) -> str:
    if (
        not isinstance(value, str)
        or len(value) not in _SHA_LENGTHS
        or any(c not in "0123456789abcdef" for c in value)
    ):
        raise GitHubBadResponse("event has no commit id", status=200)
    return value


def _side(pull: dict[str, Any], name: str) -> tuple[str, str]:
    side = pull.get(name)
    if not isinstance(side, dict) or not isinstance(side.get("ref"), str) or not side["ref"]:
        raise GitHubBadResponse(f"pull request lacks its {name}", status=200)
    return side["ref"], _sha(side.get("sha"))


def parse_pull_request(raw: object) -> PullRequestEvent:
    if not isinstance(raw, dict):
        raise GitHubBadResponse("event lacks its pull request", status=200)
    number = _number(raw)
    head_ref, head_sha = _side(raw, "head")
    base_ref, base_sha = _side(raw, "base")
    title = raw.get("title") if isinstance(raw.get("title"), str) else ""
    html_url = raw.get("html_url") if isinstance(raw.get("html_url"), str) else ""
    return PullRequestEvent(
        number=number,
        title=str(title)[:300],
        html_url=str(html_url)[:500] if str(html_url).startswith(("https://", "http://")) else "",
        head_ref=head_ref[:255],
        head_sha=head_sha,
        base_ref=base_ref[:255],
        base_sha=base_sha,
    )


def _number(raw: object) -> int:
    number = raw.get("number") if isinstance(raw, dict) else None
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        raise GitHubBadResponse("pull request has no number", status=200)
    return number


def _bound(payload: dict[str, Any]) -> tuple[Connection, str] | None:
    """The connection bound to the event's installation and the repository's id on GitHub
    (None when no organization bound the installation)."""
    installation_id = parse_event_installation_id(payload)
    repository = parse_repository(payload.get("repository"))
    connection = bound_connection(installation_id=installation_id)
    return None if connection is None else (connection, repository.uuid)


def _closed_event(payload: dict[str, Any]) -> str:
    raw = payload.get("pull_request")
    number = _number(raw)
    merged = raw.get("merged") if isinstance(raw, dict) else None
    if not isinstance(merged, bool):
        raise GitHubBadResponse("closed pull request does not say if it was merged", status=200)
    bound = _bound(payload)
    if bound is None:
        return "ignored: installation not bound"
    connection, repository_uuid = bound
    return pull_request_closed_received(
        connection=connection,
        repository_uuid=repository_uuid,
        number=number,
        merged=merged,
        source="github",
    )


def pull_request_event(action: str, payload: dict[str, Any]) -> str:
    if action == "closed":
        return _closed_event(payload)
    if action not in SCANNED_ACTIONS:
        return "ignored: action not scanned"
    pull = parse_pull_request(payload.get("pull_request"))
    bound = _bound(payload)
    if bound is None:
        return "ignored: installation not bound"
    connection, repository_uuid = bound
    return pull_request_received(
        connection=connection, repository_uuid=repository_uuid, pull=pull, source="github"
    )


def check_run_event(action: str, payload: dict[str, Any]) -> str:
    if action != "rerequested":
        return "ignored: action not handled"
    run = payload.get("check_run")
    if not isinstance(run, dict):
        raise GitHubBadResponse("event lacks its check run", status=200)
    app = run.get("app")
    if not isinstance(app, dict) or str(app.get("id")) != app_id():
        return "ignored: another app's check run"
    external_id = run.get("external_id")
    if not isinstance(external_id, str) or not external_id:
        return "ignored: not a Trace check run"
    bound = _bound(payload)
    if bound is None:
        return "ignored: installation not bound"
    connection, repository_uuid = bound
    return check_rerequested(
        connection=connection,
        repository_uuid=repository_uuid,
        external_id=external_id[:100],
        head_sha=_sha(run.get("head_sha")),
        source="github",
    )
