"""The GitHub client's rules, checked against answers shaped like GitHub's (httpx transport):
pagination only on the API's own origin, rate-limit headers honoured or the call given up,
over-broad token answers refused, bodies never in error messages."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tracesec.integrations.github.client import (
    GitHubBadResponse,
    GitHubClient,
    GitHubError,
    GitHubRateLimited,
    GitHubUnauthorized,
    oauth_exchange,
)

API = "https://api.github.test"


def client(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> GitHubClient:
    return GitHubClient(
        api_base_url=API, token="ghs_test", transport=httpx.MockTransport(handler), **kwargs
    )


def repos_page(ids: list[int], link: str = "") -> httpx.Response:
    body = {
        "total_count": 99,
        "repositories": [{"id": i, "full_name": f"o/r{i}", "name": f"r{i}"} for i in ids],
    }
    headers = {"Link": link} if link else {}
    return httpx.Response(200, json=body, headers=headers)


def test_pagination_leaving_the_api_origin_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return repos_page(
            [1], link='<https://evil.test/installation/repositories?page=2>; rel="next"'
        )

    with client(handler) as c, pytest.raises(GitHubBadResponse):
        c.list_installation_repositories()


def test_page_cap_raises_instead_of_a_partial_list() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        return repos_page(
            [page], link=f'<{API}/installation/repositories?page={page + 1}>; rel="next"'
        )

    with client(handler, max_pages=3) as c, pytest.raises(GitHubError) as info:
        c.list_installation_repositories()
    assert info.value.code == "truncated"


def test_retry_after_is_honoured_then_the_call_succeeds() -> None:
    calls: list[int] = []
    slept: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            return httpx.Response(
                403, json={"message": "secondary rate limit"}, headers={"Retry-After": "2"}
            )
        return repos_page([1])

    with client(handler, sleep=slept.append) as c:
        assert len(c.list_installation_repositories()) == 1
    assert slept == [2.0]


def test_a_long_reset_gives_up_without_sleeping() -> None:
    slept: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            403,
            json={"message": "API rate limit exceeded"},
            headers={"x-ratelimit-remaining": "0", "x-ratelimit-reset": "1000"},
        )

    limited = client(handler, sleep=slept.append, clock=lambda: 100.0, max_wait_seconds=30)
    with limited as c, pytest.raises(GitHubRateLimited):
        c.list_installation_repositories()
    assert slept == []


def test_quota_used_up_on_a_success_waits_before_the_next_page() -> None:
    slept: list[float] = []
    now = [100.0]

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        if page == 1:
            response = repos_page([1], link=f'<{API}/installation/repositories?page=2>; rel="next"')
            response.headers["x-ratelimit-remaining"] = "0"
            response.headers["x-ratelimit-reset"] = "105"
            return response
        return repos_page([2])

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    with client(handler, sleep=sleep, clock=lambda: now[0]) as c:
        assert len(c.list_installation_repositories()) == 2
    assert slept == [5.0]


def test_a_token_answer_granting_more_than_asked_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        asked = json.loads(request.content)
        assert asked == {"permissions": {"contents": "read"}, "repository_ids": [7]}
        return httpx.Response(
            201,
            json={
                "token": "ghs_x",
                "expires_at": "2030-01-01T00:00:00Z",
                "permissions": {"contents": "write", "metadata": "read"},
            },
        )

    with client(handler) as c, pytest.raises(GitHubBadResponse):
        c.create_installation_token(1, repository_ids=[7], permissions={"contents": "read"})


def test_an_empty_repository_list_is_never_sent() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request expected")

    with client(handler) as c, pytest.raises(GitHubError):
        c.create_installation_token(1, repository_ids=[], permissions={"contents": "read"})


@pytest.mark.parametrize(
    "call",
    [GitHubClient.list_installation_repositories, GitHubClient.revoke_installation_token],
    ids=lambda call: call.__name__,
)
def test_error_bodies_never_reach_the_message(call: Callable[[GitHubClient], object]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"message": "Bad credentials for ghs_secretvalue"})

    with client(handler) as c, pytest.raises(GitHubUnauthorized) as info:
        call(c)
    assert "secretvalue" not in str(info.value)


def test_oauth_error_answer_with_200_is_an_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"error": "bad_verification_code"})

    with pytest.raises(GitHubUnauthorized):
        oauth_exchange(
            web_base_url="https://github.test",
            client_id="id",
            client_secret="secret",
            code="c",
            transport=httpx.MockTransport(handler),
        )


def test_revoking_the_token_is_a_delete_with_the_token_itself() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    with client(handler) as c:
        c.revoke_installation_token()
    [request] = seen
    assert (request.method, request.url.path) == ("DELETE", "/installation/token")
    assert request.headers["Authorization"] == "Bearer ghs_test"
