"""Bitbucket REST client: paging, caps, 429 backoff, error mapping, body/token hygiene."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import httpx
import pytest

from tracesec.integrations.bitbucket.client import (
    BitbucketBadResponse,
    BitbucketClient,
    BitbucketError,
    BitbucketForbidden,
    BitbucketNotFound,
    BitbucketRateLimited,
    BitbucketTruncated,
    BitbucketUnauthorized,
    BitbucketUnavailable,
)

BASE = "https://api.bitbucket.org"
WS = "4c16a397-8e48-479c-8ca2-442e46c90570"
TOKEN = "canary-token-CLIENT-7f3a9"


def repo(n: int) -> dict[str, object]:
    return {
        "uuid": f"{{{n:08d}-0000-4000-8000-000000000000}}",
        "full_name": f"acme/repo-{n}",
        "slug": f"repo-{n}",
        "name": f"Repo {n}",
        "is_private": True,
        "mainbranch": {"type": "branch", "name": "main"},
        "language": "python",
    }


def paged(
    total: int, per_page: int, next_base: str = BASE
) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == f"Bearer {TOKEN}"
        assert request.url.raw_path.startswith(b"/2.0/repositories/%7B" + WS.encode() + b"%7D")
        page = int(request.url.params.get("page", "1"))
        start = (page - 1) * per_page
        body: dict[str, object] = {
            "values": [repo(i) for i in range(start, min(total, start + per_page))]
        }
        if start + per_page < total:
            body["next"] = (
                f"{next_base}/2.0/repositories/%7B{WS}%7D?pagelen={per_page}&page={page + 1}"
            )
        return httpx.Response(200, json=body)

    return handler


def client(handler: Callable[[httpx.Request], httpx.Response], **kw: object) -> BitbucketClient:
    return BitbucketClient(
        api_base_url=BASE,
        token=TOKEN,
        allowed_api_bases=[BASE],
        transport=httpx.MockTransport(handler),
        sleep=kw.pop("sleep", lambda s: None),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def test_follows_next_to_the_end() -> None:
    repos = client(paged(25, 10)).list_repositories(WS)
    assert len(repos) == 25
    assert repos[0].uuid == "00000000-0000-4000-8000-000000000000"
    assert repos[0].default_branch == "main"


def test_page_cap_raises_truncated() -> None:
    with pytest.raises(BitbucketTruncated):
        client(paged(25, 10), max_pages=2).list_repositories(WS)


def test_next_to_another_host_is_refused() -> None:
    with pytest.raises(BitbucketBadResponse, match="outside"):
        client(paged(25, 10, next_base="https://evil.example")).list_repositories(WS)


def test_api_base_must_be_allow_listed() -> None:
    with pytest.raises(BitbucketError, match="allow-listed"):
        BitbucketClient(api_base_url="https://evil.example", token=TOKEN, allowed_api_bases=[BASE])


def test_429_with_retry_after_then_success() -> None:
    calls = {"n": 0}
    slept: list[float] = []
    inner = paged(3, 10)

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] <= 2:
            return httpx.Response(429, headers={"Retry-After": "2"}, json={"type": "error"})
        return inner(request)

    repos = client(handler, sleep=slept.append).list_repositories(WS)
    assert len(repos) == 3
    assert slept == [2.0, 2.0]


def test_429_gives_up_after_bounded_retries() -> None:
    slept: list[float] = []
    handler = lambda r: httpx.Response(429, headers={"Retry-After": "1"})  # noqa: E731
    with pytest.raises(BitbucketRateLimited):
        client(handler, sleep=slept.append, max_retries=3).list_repositories(WS)
    assert slept == [1.0, 1.0, 1.0]


def test_429_with_huge_retry_after_fails_fast() -> None:
    slept: list[float] = []
    handler = lambda r: httpx.Response(429, headers={"Retry-After": "3600"})  # noqa: E731
    with pytest.raises(BitbucketRateLimited):
        client(handler, sleep=slept.append).list_repositories(WS)
    assert slept == []


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, BitbucketUnauthorized),
        (403, BitbucketForbidden),
        (404, BitbucketNotFound),
        (410, BitbucketNotFound),
        (500, BitbucketUnavailable),
        (302, BitbucketBadResponse),
    ],
)
def test_error_statuses(
    status: int, error: type[BitbucketError], caplog: pytest.LogCaptureFixture
) -> None:
    secret_body = "<html>session=SESSION-SECRET-123 token " + TOKEN + "</html>"
    handler = lambda r: httpx.Response(  # noqa: E731
        status, text=secret_body, headers={"Content-Type": "text/html", "Location": "https://x"}
    )
    caplog.set_level(logging.DEBUG)
    with pytest.raises(error) as info:
        client(handler).get_workspace(WS)
    assert info.value.status == status
    text = repr(info.value) + str(info.value) + caplog.text
    assert "SESSION-SECRET" not in text
    assert TOKEN not in text


def test_html_200_is_bad_response() -> None:
    def handler(r):
        return httpx.Response(200, text="<html>hi</html>", headers={"Content-Type": "text/html"})

    with pytest.raises(BitbucketBadResponse):
        client(handler).get_workspace(WS)


def test_network_error_is_unavailable_without_token() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused to " + str(request.url))

    with pytest.raises(BitbucketUnavailable) as info:
        client(handler).get_workspace(WS)
    assert info.value.__cause__ is None  # the httpx error (with URL/headers) is not chained
    assert TOKEN not in str(info.value)


def test_get_workspace() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.raw_path == b"/2.0/workspaces/%7B" + WS.encode() + b"%7D"
        return httpx.Response(
            200, json={"uuid": "{" + WS + "}", "slug": "acme", "name": "Acme Corp"}
        )

    ws = client(handler).get_workspace("{" + WS.upper() + "}")
    assert (ws.uuid, ws.slug, ws.name) == (WS, "acme", "Acme Corp")


def test_malformed_repository_entry_fails_the_listing() -> None:
    handler = lambda r: httpx.Response(200, json={"values": [repo(1), {"uuid": "nope"}]})  # noqa: E731
    with pytest.raises(BitbucketBadResponse):
        client(handler).list_repositories(WS)


def test_no_redirects_followed() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(301, headers={"Location": "https://evil.example/steal"})

    with pytest.raises(BitbucketBadResponse):
        client(handler).get_workspace(WS)
    assert len(seen) == 1
    assert json.dumps(seen).count("evil") == 0
