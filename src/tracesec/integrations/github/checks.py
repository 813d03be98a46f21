"""Check runs on GitHub (REST "checks/runs"): create *in progress*, complete with the outcome.

Each job gets its own installation token, narrowed to the one repository with
`contents: read, checks: write` (purpose `check-run:<scan id>`), held in memory for the calls and
revoked right after them. GitHub accepts at most 50 annotations per request and appends those of
successive updates, so the completing request carries the conclusion, the summary and the first
50, and further `PATCH`es carry 50 more each, up to ``MAX_CHECK_ANNOTATIONS``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tracesec.integrations.base import (
    MAX_CHECK_ANNOTATIONS,
    CheckAnnotation,
    CheckOutcome,
    CredentialHalt,
    PublishedCheck,
)
from tracesec.integrations.github.client import GitHubBadResponse, GitHubClient
from tracesec.integrations.github.config import api_base_url
from tracesec.integrations.github.credentials import (
    installation_client,
    installation_token,
    installation_token_revoke,
    permissions_for,
)
from tracesec.integrations.github.lifecycle import installation_current
from tracesec.repositories.models import Repository

logger = logging.getLogger(__name__)

CHECK_NAME = "Trace"
ANNOTATIONS_PER_REQUEST = 50  # GitHub's documented limit per create/update request
_TEXT_LIMIT = 65_535  # GitHub's limit for output.title/summary/text


@contextmanager
def _client(repository: Repository, scan_id: int) -> Iterator[GitHubClient]:
    """A client whose token lives for this one publication: revoked when the calls are done."""
    connection = repository.connection
    installation = installation_current(connection_id=connection.pk) if connection else None
    if installation is None:
        raise CredentialHalt("connection_inactive", "The GitHub App is not connected.")
    if not str(repository.external_uuid).isdigit():
        raise CredentialHalt("repository_removed", "The repository is not a GitHub repository.")
    token = installation_token(
        installation_id=installation.installation_id,
        repository_ids=[int(repository.external_uuid)],
        permissions=permissions_for(f"check-run:{scan_id}"),
    )
    try:
        with installation_client(token) as client:
            yield client
    finally:
        installation_token_revoke(token=token.token, api_url=api_base_url())
        del token


def _published(data: dict[str, Any], requests: int) -> PublishedCheck:
    run_id = data.get("id")
    if not isinstance(run_id, int) or isinstance(run_id, bool):
        raise GitHubBadResponse("check run answer has no id", status=200)
    html_url = data.get("html_url")
    url = html_url if isinstance(html_url, str) and html_url.startswith("http") else ""
    return PublishedCheck(check_run_id=run_id, html_url=url[:500], requests=requests)


def start(
    repository: Repository,
    *,
    scan_id: int,
    head_sha: str,
    external_id: str,
    details_url: str,
    check_run_id: int | None,
    find_existing: bool = False,
) -> PublishedCheck:
    body: dict[str, object] = {
        "name": CHECK_NAME,
        "head_sha": head_sha,
        "status": "in_progress",
        "external_id": external_id,
        "details_url": details_url,
        "output": {
            "title": "Scanning the pull request",
            "summary": "Trace is scanning the changes of this pull request.",
        },
    }
    with _client(repository, scan_id) as client:
        if check_run_id is None and find_existing:
            # a worker may have died after GitHub created the run, before Trace kept its id
            check_run_id = next(
                (
                    run["id"]
                    for run in client.commit_check_runs(repository.full_name, head_sha, CHECK_NAME)
                    if run.get("external_id") == external_id and isinstance(run.get("id"), int)
                ),
                None,
            )
        if check_run_id is not None:
            body.pop("head_sha")
            data = client.update_check_run(repository.full_name, check_run_id, body)
        else:
            data = client.create_check_run(repository.full_name, body)
    logger.info("github.check_run_started", extra={"scan_id": scan_id})
    return _published(data, 1)


def completed_conclusion(repository: Repository, *, scan_id: int, check_run_id: int) -> str | None:
    """The run's conclusion if GitHub already has it completed, else None."""
    with _client(repository, scan_id) as client:
        data = client.get_check_run(repository.full_name, check_run_id)
    if data.get("status") != "completed":
        return None
    conclusion = data.get("conclusion")
    return conclusion[:20] if isinstance(conclusion, str) and conclusion else "neutral"


def _annotation(item: CheckAnnotation) -> dict[str, object]:
    return {
        "path": item.path,
        "start_line": max(1, item.start_line),
        "end_line": max(1, item.start_line, item.end_line),
        "annotation_level": item.level,
        "title": item.title[:255],
        "message": item.message[:4000] or item.title[:255],
    }


def complete(
    repository: Repository, *, scan_id: int, check_run_id: int, outcome: CheckOutcome
) -> PublishedCheck:
    annotations = [_annotation(a) for a in outcome.annotations[:MAX_CHECK_ANNOTATIONS]]
    batches = [
        annotations[i : i + ANNOTATIONS_PER_REQUEST]
        for i in range(0, len(annotations), ANNOTATIONS_PER_REQUEST)
    ] or [[]]
    output = {"title": outcome.title[:255], "summary": outcome.summary[:_TEXT_LIMIT]}
    with _client(repository, scan_id) as client:
        data = client.update_check_run(
            repository.full_name,
            check_run_id,
            {
                "status": "completed",
                "conclusion": outcome.conclusion,
                "output": {**output, "annotations": batches[0]},
            },
        )
        for batch in batches[1:]:
            client.update_check_run(
                repository.full_name, check_run_id, {"output": {**output, "annotations": batch}}
            )
    logger.info(
        "github.check_run_completed",
        extra={"scan_id": scan_id, "conclusion": outcome.conclusion, "batches": len(batches)},
    )
    return _published(data, len(batches))
