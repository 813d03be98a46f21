"""Bitbucket Cloud REST 2.0 client (the subset Trace needs).

A route table, explicit timeouts, no redirects, `next` followed only on the same origin, a page
cap that raises `BitbucketTruncated`, bounded `Retry-After` backoff on 429. Response bodies and
tokens never reach an exception message or a log line: errors carry a status and a code only.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import httpx

from tracesec.integrations.bitbucket.ids import braced, normalize_uuid, path_segment
from tracesec.integrations.http import json_object, origin

logger = logging.getLogger(__name__)

ROUTES = {
    "workspace": "/2.0/workspaces/{workspace}",
    "repositories": "/2.0/repositories/{workspace}",
}
PAGE_LEN = 100
DEFAULT_MAX_PAGES = 200
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=20.0, write=10.0, pool=5.0)


class BitbucketError(Exception):
    """A Bitbucket call failed. `code` is machine-readable; `status` the HTTP status (0 if none)."""

    code = "bitbucket_error"

    def __init__(self, message: str, *, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


class BitbucketUnauthorized(BitbucketError):
    code = "unauthorized"  # token invalid, expired or revoked (e.g. app uninstalled)


class BitbucketForbidden(BitbucketError):
    code = "forbidden"  # missing scope or no access


class BitbucketNotFound(BitbucketError):
    code = "not_found"


class BitbucketRateLimited(BitbucketError):
    code = "rate_limited"


class BitbucketTruncated(BitbucketError):
    code = "truncated"  # page cap reached: the listing is incomplete


class BitbucketBadResponse(BitbucketError):
    code = "bad_response"  # non-JSON (e.g. an HTML error page) or an unexpected shape


class BitbucketUnavailable(BitbucketError):
    code = "unavailable"  # network error, timeout or 5xx


@dataclass(frozen=True)
class RemoteWorkspace:
    uuid: str  # bare
    slug: str
    name: str


@dataclass(frozen=True)
class RemoteRepository:
    uuid: str  # bare
    full_name: str
    slug: str
    name: str
    is_private: bool
    default_branch: str
    language: str
    updated_on: str


def check_api_base(url: str, allowed: Iterable[str]) -> str:
    """Return `url` normalised if it is exactly one of the allowed API bases, else raise."""
    normalised = url.rstrip("/")
    if normalised not in {a.rstrip("/") for a in allowed if a}:
        raise BitbucketError("Bitbucket API base URL is not allow-listed")
    return normalised


class BitbucketClient:
    def __init__(
        self,
        *,
        api_base_url: str,
        token: str,
        allowed_api_bases: Iterable[str],
        max_pages: int = DEFAULT_MAX_PAGES,
        max_retries: int = 3,
        max_retry_after: float = 30.0,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._base = check_api_base(api_base_url, allowed_api_bases)
        self._origin = origin(self._base)
        self._max_pages = max_pages
        self._max_retries = max_retries
        self._max_retry_after = max_retry_after
        self._sleep = sleep
        self._http = httpx.Client(
            timeout=timeout,
            follow_redirects=False,
            transport=transport,
            headers={
                "Authorization": f"Bearer {token}",
                "Accept": "application/json",
                "User-Agent": "trace-sec/1.0",
            },
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> BitbucketClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- API ----------------------------------------------------------------------------------
    def get_workspace(self, workspace_uuid: str) -> RemoteWorkspace:
        url = self._base + ROUTES["workspace"].format(workspace=path_segment(workspace_uuid))
        data = self._get_json(url, route="workspace")
        uuid = normalize_uuid(_text(data.get("uuid")))
        if not uuid:
            raise BitbucketBadResponse("workspace response has no uuid", status=200)
        return RemoteWorkspace(
            uuid=uuid, slug=_text(data.get("slug")), name=_text(data.get("name"))
        )

    def list_repositories(self, workspace_uuid: str) -> list[RemoteRepository]:
        """Every repository of the workspace, or an exception: never a silent partial list."""
        url: str | None = (
            self._base
            + ROUTES["repositories"].format(workspace=path_segment(workspace_uuid))
            + f"?pagelen={PAGE_LEN}"
        )
        found: dict[str, RemoteRepository] = {}
        pages = 0
        while url:
            if pages >= self._max_pages:
                raise BitbucketTruncated(f"stopped after {pages} pages", status=200)
            page = self._get_json(url, route="repositories")
            pages += 1
            values = page.get("values")
            if not isinstance(values, list):
                raise BitbucketBadResponse("repository page has no values", status=200)
            for raw in values:
                repo = _repository(raw)
                found[repo.uuid] = repo
            nxt = page.get("next")
            url = self._checked_next(nxt) if nxt else None
        logger.info("bitbucket.repositories.listed", extra={"pages": pages, "count": len(found)})
        return list(found.values())

    # -- plumbing -----------------------------------------------------------------------------
    def _checked_next(self, nxt: object) -> str:
        # `next` comes from the response: following it to another host would send our token there.
        if not isinstance(nxt, str) or origin(nxt) != self._origin:
            raise BitbucketBadResponse("pagination link points outside the API", status=200)
        return nxt

    def _get_json(self, url: str, *, route: str) -> dict[str, Any]:
        attempt = 0
        while True:
            try:
                response = self._http.get(url)
            except httpx.HTTPError as exc:
                raise BitbucketUnavailable(f"{route}: {type(exc).__name__}") from None
            status = response.status_code
            if status == 429 and attempt < self._max_retries:
                attempt += 1
                delay = _retry_after(response.headers.get("Retry-After"), attempt)
                if delay > self._max_retry_after:
                    raise BitbucketRateLimited(
                        f"{route}: rate limited for {delay:.0f}s", status=429
                    )
                logger.info(
                    "bitbucket.rate_limited", extra={"route": route, "delay": delay, "try": attempt}
                )
                self._sleep(delay)
                continue
            break
        return json_object(
            response,
            route=route,
            expect=200,
            errors={
                401: BitbucketUnauthorized,
                403: BitbucketForbidden,
                404: BitbucketNotFound,
                410: BitbucketNotFound,
                429: BitbucketRateLimited,
            },
            unavailable=BitbucketUnavailable,
            bad_response=BitbucketBadResponse,
        )


def _retry_after(value: str | None, attempt: int) -> float:
    if value:
        try:
            return max(0.0, float(value))
        except ValueError:
            pass
    return float(min(2**attempt, 30))


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _repository(raw: object) -> RemoteRepository:
    if not isinstance(raw, dict):
        raise BitbucketBadResponse("repository entry is not an object", status=200)
    uuid = normalize_uuid(_text(raw.get("uuid")))
    full_name = _text(raw.get("full_name"))
    if not uuid or "/" not in full_name:
        raise BitbucketBadResponse("repository entry lacks uuid or full_name", status=200)
    mainbranch = raw.get("mainbranch")
    branch = _text(mainbranch.get("name")) if isinstance(mainbranch, dict) else ""
    return RemoteRepository(
        uuid=uuid,
        full_name=full_name,
        slug=_text(raw.get("slug")) or full_name.split("/", 1)[1],
        name=_text(raw.get("name")) or full_name.split("/", 1)[1],
        is_private=bool(raw.get("is_private", True)),
        default_branch=branch,
        language=_text(raw.get("language")),
        updated_on=_text(raw.get("updated_on")),
    )


__all__ = [
    "BitbucketBadResponse",
    "BitbucketClient",
    "BitbucketError",
    "BitbucketForbidden",
    "BitbucketNotFound",
    "BitbucketRateLimited",
    "BitbucketTruncated",
    "BitbucketUnauthorized",
    "BitbucketUnavailable",
    "RemoteRepository",
    "RemoteWorkspace",
    "braced",
    "check_api_base",
]
