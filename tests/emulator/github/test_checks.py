"""The check-runs API: validation of what it is sent, permissions, annotations, rerequest."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.emulator.github.paths import WEBHOOK_PATH
from tests.emulator.recorder import RecordingRemote
from trace_emulator.github.testing import GitHubClient


def _annotation(line: int, level: str = "warning") -> dict[str, Any]:
    return {
        "path": "app.py",
        "start_line": line,
        "end_line": line,
        "annotation_level": level,
        "message": f"finding on line {line}",
    }


@pytest.fixture
def head_sha(gh: GitHubClient, installed: dict[str, Any]) -> str:
    return str(gh.push("northwind", "orders-service", {"c.py": "x = 1\n"})["commit"])


@pytest.fixture
def token(gh: GitHubClient, installed: dict[str, Any]) -> str:
    return str(
        gh.installation_token(
            installed["id"], repositories=["orders-service"], permissions={"checks": "write"}
        )["token"]
    )


def _create(gh: GitHubClient, token: str, body: dict[str, Any]) -> httpx.Response:
    return gh.api("POST", "/repos/northwind/orders-service/check-runs", token=token, json=body)


def test_create_in_progress_then_complete_with_annotations_in_batches(
    gh: GitHubClient, token: str, head_sha: str
) -> None:
    created = _create(gh, token, {"name": "Trace", "head_sha": head_sha, "status": "in_progress"})
    assert created.status_code == 201, created.text
    run = created.json()
    assert run["status"] == "in_progress"
    assert run["conclusion"] is None
    assert run["head_sha"] == head_sha
    url = f"/repos/northwind/orders-service/check-runs/{run['id']}"
    first = {
        "title": "2 new findings",
        "summary": "…",
        "annotations": [_annotation(i) for i in range(1, 51)],
    }
    assert gh.api("PATCH", url, token=token, json={"output": first}).status_code == 200
    done = gh.api(
        "PATCH",
        url,
        token=token,
        json={
            "conclusion": "failure",
            "output": {"title": "t", "summary": "s", "annotations": [_annotation(60, "failure")]},
        },
    )
    assert done.status_code == 200
    body = done.json()
    assert body["status"] == "completed"
    assert body["conclusion"] == "failure"
    assert body["completed_at"] is not None
    assert body["output"]["annotations_count"] == 51
    listed = gh.api("GET", url + "/annotations", token=token, params={"per_page": 100}).json()
    assert len(listed) == 51
    [logged] = gh.check_runs()
    assert logged["annotationBatches"] == [50, 1]


HEAD = "<head>"  # replaced with the pushed commit's sha


def _run(**fields: Any) -> dict[str, Any]:
    return {"name": "Trace", "head_sha": HEAD, **fields}


def _out(*annotations: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"output": {"title": "t", "summary": "s", "annotations": list(annotations), **fields}}


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({"head_sha": HEAD}, '"name" wasn\'t supplied'),
        ({"name": "Trace"}, '"head_sha" wasn\'t supplied'),
        (_run(status="bogus"), "is not a member of enum"),
        (_run(status="pending"), "Only GitHub Actions"),
        (_run(status="completed"), '"conclusion" wasn\'t supplied'),
        (_run(completed_at="2026-01-01T00:00:00Z"), '"conclusion" wasn\'t supplied'),
        (_run(conclusion="great"), "is not a member of enum"),
        (_run(conclusion="stale"), "Only GitHub can set"),
        (_run(output={"title": "t"}), '"summary" wasn\'t supplied'),
        (_run(**_out(*[_annotation(1)] * 51)), "Only 50 annotations"),
        (_run(**_out(_annotation(1, "error"))), "annotation_level"),
        (_run(**_out({"path": "a", "message": "m", "annotation_level": "notice"})), '"start_line"'),
        (
            _run(**_out({**_annotation(1), "end_line": 3, "start_column": 1, "end_column": 2})),
            "single line",
        ),
        (_run(**_out(summary="x" * 65_536)), "65535"),
        (_run(started_at="yesterday"), "ISO 8601"),
    ],
)
def test_invalid_requests_are_refused_with_422(
    gh: GitHubClient, token: str, head_sha: str, body: dict[str, Any], fragment: str
) -> None:
    sent = {k: (head_sha if v == HEAD else v) for k, v in body.items()}
    resp = _create(gh, token, sent)
    assert resp.status_code == 422, resp.text
    assert fragment in resp.json()["message"]
    assert gh.check_runs() == []


def test_unknown_head_sha_is_refused(gh: GitHubClient, token: str, head_sha: str) -> None:
    resp = _create(gh, token, {"name": "Trace", "head_sha": "0" * 40})
    assert resp.status_code == 422
    assert resp.json()["message"] == f"No commit found for SHA: {'0' * 40}"


def test_needs_checks_write_and_the_repository_in_scope(
    gh: GitHubClient, installed: dict[str, Any], head_sha: str
) -> None:
    read_only = gh.installation_token(installed["id"], permissions={"contents": "read"})["token"]
    resp = _create(gh, read_only, {"name": "Trace", "head_sha": head_sha})
    assert resp.status_code == 403
    assert resp.json()["message"] == "Resource not accessible by integration"
    assert resp.headers["x-accepted-github-permissions"] == "checks=write"
    other_repo = gh.installation_token(installed["id"], repositories=["platform-tools"])["token"]
    assert _create(gh, other_repo, {"name": "Trace", "head_sha": head_sha}).status_code == 404
    outside = gh.api(
        "POST",
        "/repos/oscar-outsider/dotfiles/check-runs",
        token=other_repo,
        json={"name": "Trace", "head_sha": head_sha},
    )
    assert outside.status_code == 404
    assert (
        _create(gh, "ghs_" + "y" * 36, {"name": "Trace", "head_sha": head_sha}).status_code == 401
    )


def test_patch_validates_against_the_current_run(
    gh: GitHubClient, token: str, head_sha: str
) -> None:
    run = _create(gh, token, {"name": "Trace", "head_sha": head_sha}).json()
    url = f"/repos/northwind/orders-service/check-runs/{run['id']}"
    assert gh.api("PATCH", url, token=token, json={"status": "completed"}).status_code == 422
    assert (
        gh.api("PATCH", url, token=token, json={"conclusion": "neutral"}).json()["status"]
        == "completed"
    )
    assert (
        gh.api("PATCH", url.replace(str(run["id"]), "12345"), token=token, json={}).status_code
        == 404
    )


def test_rerequest_fires_check_run_rerequested(
    gh: GitHubClient, remote: RecordingRemote, token: str, head_sha: str, installed: dict[str, Any]
) -> None:
    run = _create(
        gh, token, {"name": "Trace", "head_sha": head_sha, "conclusion": "success"}
    ).json()
    gh.rerequest_check_run(run["id"])
    [rec] = [r for r in remote.to(WEBHOOK_PATH) if r.headers["x-github-event"] == "check_run"]
    payload = rec.json()
    assert payload["action"] == "rerequested"
    assert payload["check_run"]["id"] == run["id"]
    assert payload["check_run"]["head_sha"] == head_sha
    assert payload["installation"]["id"] == installed["id"]
    assert payload["repository"]["full_name"] == "northwind/orders-service"
