"""GitHub REST client (the subset Trace needs), for the three ways a GitHub App authenticates.

`app` calls carry the app JWT, `installation` calls an installation access token, `user` calls a
user access token; `oauth_exchange` talks to the web host. Explicit timeouts, no redirects,
`Link: rel="next"` followed only on the API's own origin, a page cap that raises
`GitHubTruncated`, and GitHub's rate-limit headers honoured (`Retry-After`, else
`x-ratelimit-reset` when `x-ratelimit-remaining` is 0) up to a bounded wait. Response bodies and
tokens never reach an exception message or a log line: errors carry a route, a status and a code.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import quote

import httpx

from tracesec.integrations.http import json_object, origin

logger = logging.getLogger(__name__)

API_VERSION = "2022-11-28"
PAGE_SIZE = 100
DEFAULT_MAX_PAGES = 200
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=20.0, write=10.0, pool=5.0)
_NEXT_LINK = re.compile(r'<([^>]+)>\s*;\s*rel="?next"?')


class GitHubError(Exception):
    """A GitHub call failed. `code` is machine-readable; `status` the HTTP status (0 if none)."""

    code = "github_error"

    def __init__(self, message: str, *, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


class GitHubUnauthorized(GitHubError):
    code = "unauthorized"  # JWT/token invalid, expired or revoked (e.g. app uninstalled)


class GitHubForbidden(GitHubError):
    code = "forbidden"  # no access, installation suspended, permission not granted


class GitHubNotFound(GitHubError):
    code = "not_found"


class GitHubRateLimited(GitHubError):
    code = "rate_limited"


class GitHubTruncated(GitHubError):
    code = "truncated"  # page cap reached: the listing is incomplete


class GitHubBadResponse(GitHubError):
    code = "bad_response"  # non-JSON or an unexpected shape


class GitHubUnavailable(GitHubError):
    code = "unavailable"  # network error, timeout or 5xx


@dataclass(frozen=True)
class RemoteInstallation:
    id: int
    app_id: int
    account_id: int
    account_login: str
    account_type: str
    repository_selection: str
    permissions: dict[str, str]
    suspended: bool


@dataclass(frozen=True)
class RemoteRepository:
    """Shaped for `repositories_apply_listing` (the identity is GitHub's immutable repo id)."""

    uuid: str  # the numeric repository id, as text
    full_name: str
    slug: str
    name: str
    is_private: bool
    default_branch: str
    language: str


@dataclass(frozen=True)
class InstallationToken:
    token: str = field(repr=False)  # never printed, logged or stored
    expires_at: datetime
    permissions: dict[str, str]
    repository_ids: tuple[int, ...]


class GitHubClient:
    """One client per credential; `token` is a JWT, an installation token or a user token."""

    def __init__(
        self,
        *,
        api_base_url: str,
        token: str = "",
        max_pages: int = DEFAULT_MAX_PAGES,
        max_wait_seconds: float = 30.0,
        max_retries: int = 2,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._base = api_base_url.rstrip("/")
        self._origin = origin(self._base)
        self._max_pages = max_pages
        self._max_wait = max_wait_seconds
        self._max_retries = max_retries
        self._sleep = sleep
        self._clock = clock
        self._reset_at = 0.0  # epoch seconds before which the quota is known to be used up
        headers = {
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": API_VERSION,
            "User-Agent": "trace-sec/1.0",
        }
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._http = httpx.Client(
            timeout=timeout, follow_redirects=False, transport=transport, headers=headers
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> GitHubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- app (JWT) ----------------------------------------------------------------------------
    def get_installation(self, installation_id: int) -> RemoteInstallation:
        data = self._request(
            "GET", f"/app/installations/{int(installation_id)}", route="installation"
        )
        return parse_installation(data)

    def create_installation_token(
        self,
        installation_id: int,
        *,
        repository_ids: Sequence[int] | None,
        permissions: Mapping[str, str],
    ) -> InstallationToken:
        """`POST /app/installations/{id}/access_tokens`, narrowed to repositories and permissions.

        `None` asks for every repository of the installation (only the listing does, with
        `metadata: read`); an empty list is refused because GitHub reads it the same way."""
        body: dict[str, object] = {"permissions": dict(permissions)}
        if repository_ids is not None:
            if not repository_ids:
                raise GitHubError("an installation token must name its repositories")
            body["repository_ids"] = [int(r) for r in repository_ids]
        data = self._request(
            "POST",
            f"/app/installations/{int(installation_id)}/access_tokens",
            route="access_tokens",
            json=body,
            expect=201,
        )
        token = data.get("token")
        expires = data.get("expires_at")
        if not isinstance(token, str) or not token or not isinstance(expires, str):
            raise GitHubBadResponse("access_tokens: no token in the answer", status=201)
        try:
            expires_at = datetime.fromisoformat(expires.replace("Z", "+00:00"))
        except ValueError:
            raise GitHubBadResponse("access_tokens: bad expires_at", status=201) from None
        granted = data.get("permissions")
        granted_permissions = (
            {str(k): str(v) for k, v in granted.items()} if isinstance(granted, dict) else {}
        )
        # GitHub narrows to what we asked; refuse an answer that grants more.
        for name, level in granted_permissions.items():
            if name != "metadata" and permissions.get(name) != level:
                raise GitHubBadResponse(
                    "access_tokens: more permissions than requested", status=201
                )
        return InstallationToken(
            token=token,
            expires_at=expires_at,
            permissions=granted_permissions,
            repository_ids=tuple(int(r) for r in repository_ids or ()),
        )

    # -- installation token -------------------------------------------------------------------
    def revoke_installation_token(self) -> None:
        """`DELETE /installation/token` with the token itself: GitHub answers 204 and refuses the
        token (401 "Bad credentials") from then on."""
        response = self._send("DELETE", self._base + "/installation/token", route="revoke_token")
        if response.status_code != 204:
            # not 204: raises the typed error for the status (the body is never read)
            _json_object(response, route="revoke_token", expect=204)

    def list_installation_repositories(self) -> list[RemoteRepository]:
        """Every repository the installation can access, or an exception (never a partial list)."""
        found: dict[str, RemoteRepository] = {}
        for page in self._pages(
            f"/installation/repositories?per_page={PAGE_SIZE}", route="installation_repositories"
        ):
            values = page.get("repositories")
            if not isinstance(values, list):
                raise GitHubBadResponse("repository page has no repositories", status=200)
            for raw in values:
                repo = _repository(raw)
                found[repo.uuid] = repo
        return list(found.values())

    def create_check_run(self, full_name: str, body: Mapping[str, object]) -> dict[str, Any]:
        """`POST /repos/{owner}/{repo}/check-runs` (needs `checks: write`)."""
        return self._request(
            "POST",
            f"/repos/{_repository_path(full_name)}/check-runs",
            route="check_runs_create",
            json=dict(body),
            expect=201,
        )

    def commit_check_runs(self, full_name: str, sha: str, check_name: str) -> list[dict[str, Any]]:
        """`GET /repos/{owner}/{repo}/commits/{sha}/check-runs?check_name=`: the first page
        (a commit carries few runs of one name)."""
        if len(sha) not in (40, 64) or any(c not in "0123456789abcdef" for c in sha):
            raise GitHubBadResponse("not a commit id", status=0)
        data = self._request(
            "GET",
            f"/repos/{_repository_path(full_name)}/commits/{sha}/check-runs"
            f"?check_name={quote(check_name, safe='')}&per_page=100",
            route="commit_check_runs",
        )
        runs = data.get("check_runs")
        if not isinstance(runs, list):
            raise GitHubBadResponse("check run list has no check_runs", status=200)
        return [run for run in runs if isinstance(run, dict)]

    def get_check_run(self, full_name: str, check_run_id: int) -> dict[str, Any]:
        """`GET /repos/{owner}/{repo}/check-runs/{id}`."""
        return self._request(
            "GET",
            f"/repos/{_repository_path(full_name)}/check-runs/{int(check_run_id)}",
            route="check_runs_get",
        )

    def update_check_run(
        self, full_name: str, check_run_id: int, body: Mapping[str, object]
    ) -> dict[str, Any]:
        """`PATCH /repos/{owner}/{repo}/check-runs/{id}`: annotations in `output` are appended."""
        return self._request(
            "PATCH",
            f"/repos/{_repository_path(full_name)}/check-runs/{int(check_run_id)}",
            route="check_runs_update",
            json=dict(body),
        )

    # -- user token ---------------------------------------------------------------------------
    def list_user_installations(self) -> list[RemoteInstallation]:
        """`GET /user/installations`: installations of *this app* the user can access."""
        found: list[RemoteInstallation] = []
        for page in self._pages(
            f"/user/installations?per_page={PAGE_SIZE}", route="user_installations"
        ):
            values = page.get("installations")
            if not isinstance(values, list):
                raise GitHubBadResponse("installation page has no installations", status=200)
            found.extend(parse_installation(raw) for raw in values)
        return found

    # -- plumbing -----------------------------------------------------------------------------
    def _pages(self, path: str, *, route: str) -> Any:
        url: str | None = self._base + path
        pages = 0
        while url:
            if pages >= self._max_pages:
                raise GitHubTruncated(f"{route}: stopped after {pages} pages", status=200)
            response = self._send("GET", url, route=route)
            data = _json_object(response, route=route, expect=200)
            pages += 1
            yield data
            url = self._next_link(response.headers.get("Link", ""))
        logger.info("github.pages_listed", extra={"route": route, "pages": pages})

    def _next_link(self, header: str) -> str | None:
        match = _NEXT_LINK.search(header)
        if not match:
            return None
        nxt = match.group(1)
        # The link comes from the response: following it elsewhere would send our token there.
        if origin(nxt) != self._origin:
            raise GitHubBadResponse("pagination link points outside the API", status=200)
        return nxt

    def _request(
        self, method: str, path: str, *, route: str, json: object = None, expect: int = 200
    ) -> dict[str, Any]:
        response = self._send(method, self._base + path, route=route, json=json)
        return _json_object(response, route=route, expect=expect)

    def _send(self, method: str, url: str, *, route: str, json: object = None) -> httpx.Response:
        self._wait_for_reset(route)
        attempt = 0
        while True:
            try:
                response = self._http.request(method, url, json=json)
            except httpx.HTTPError as exc:
                raise GitHubUnavailable(f"{route}: {type(exc).__name__}") from None
            delay = _rate_limit_delay(response, self._clock())
            if delay is None:
                self._note_quota(response)
                return response
            if attempt >= self._max_retries or delay > self._max_wait:
                raise GitHubRateLimited(
                    f"{route}: rate limited for {delay:.0f}s", status=response.status_code
                )
            attempt += 1
            logger.info(
                "github.rate_limited", extra={"route": route, "delay": delay, "try": attempt}
            )
            self._sleep(delay)

    def _note_quota(self, response: httpx.Response) -> None:
        """GitHub asks clients not to call again before `x-ratelimit-reset` once
        `x-ratelimit-remaining` reaches 0, even after a successful answer."""
        if response.headers.get("x-ratelimit-remaining") != "0":
            return
        try:
            self._reset_at = float(response.headers.get("x-ratelimit-reset", ""))
        except ValueError:
            self._reset_at = self._clock() + 60.0

    def _wait_for_reset(self, route: str) -> None:
        delay = self._reset_at - self._clock()
        if delay <= 0:
            return
        if delay > self._max_wait:
            raise GitHubRateLimited(f"{route}: quota used up for {delay:.0f}s", status=0)
        logger.info("github.rate_limit_wait", extra={"route": route, "delay": delay})
        self._sleep(delay)


def oauth_exchange(
    *,
    web_base_url: str,
    client_id: str,
    client_secret: str,
    code: str,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    transport: httpx.BaseTransport | None = None,
) -> str:
    """Exchange a web-flow `code` for a user access token (`POST /login/oauth/access_token`).

    GitHub answers 200 with an `error` field for a bad or used code; that is an error here."""
    with httpx.Client(timeout=timeout, follow_redirects=False, transport=transport) as http:
        try:
            response = http.post(
                web_base_url.rstrip("/") + "/login/oauth/access_token",
                data={"client_id": client_id, "client_secret": client_secret, "code": code},
                headers={"Accept": "application/json", "User-Agent": "trace-sec/1.0"},
            )
        except httpx.HTTPError as exc:
            raise GitHubUnavailable(f"oauth: {type(exc).__name__}") from None
    data = _json_object(response, route="oauth", expect=200)
    if data.get("error"):
        raise GitHubUnauthorized("oauth: the code was refused", status=200)
    token = data.get("access_token")
    if not isinstance(token, str) or not token:
        raise GitHubBadResponse("oauth: no access token", status=200)
    return token


def _rate_limit_delay(response: httpx.Response, now: float) -> float | None:
    """Seconds to wait before retrying, or None if this is not a rate-limit answer."""
    if response.status_code not in {403, 429}:
        return None
    retry_after = response.headers.get("Retry-After")
    if retry_after:
        try:
            return max(0.0, float(retry_after))
        except ValueError:
            return 60.0
    if response.headers.get("x-ratelimit-remaining") == "0":
        try:
            return max(0.0, float(response.headers.get("x-ratelimit-reset", "")) - now)
        except ValueError:
            return 60.0
    return 60.0 if response.status_code == 429 else None


def _json_object(response: httpx.Response, *, route: str, expect: int) -> dict[str, Any]:
    return json_object(
        response,
        route=route,
        expect=expect,
        errors={
            401: GitHubUnauthorized,
            403: GitHubForbidden,
            404: GitHubNotFound,
            410: GitHubNotFound,
            429: GitHubRateLimited,
        },
        unavailable=GitHubUnavailable,
        bad_response=GitHubBadResponse,
    )


_FULL_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$")


def _repository_path(full_name: str) -> str:
    """`owner/repo` checked before it becomes part of a URL path."""
    if not _FULL_NAME.match(full_name) or ".." in full_name:
        raise GitHubError("not a repository name")
    return full_name


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise GitHubBadResponse("expected a positive integer id", status=200)
    return value


def parse_installation(raw: object) -> RemoteInstallation:
    if not isinstance(raw, dict):
        raise GitHubBadResponse("installation is not an object", status=200)
    account = raw.get("account")
    if not isinstance(account, dict):
        raise GitHubBadResponse("installation has no account", status=200)
    permissions = raw.get("permissions")
    return RemoteInstallation(
        id=_int(raw.get("id")),
        app_id=_int(raw.get("app_id")),
        account_id=_int(account.get("id")),
        account_login=_text(account.get("login")),
        account_type=_text(account.get("type")) or _text(raw.get("target_type")),
        repository_selection=_text(raw.get("repository_selection")),
        permissions=(
            {str(k): str(v) for k, v in permissions.items()}
            if isinstance(permissions, dict)
            else {}
        ),
        suspended=bool(raw.get("suspended_at")),
    )


def parse_event_installation_id(payload: Mapping[str, object]) -> int:
    """The `installation.id` of a repository-level event (push, pull_request, check_run)."""
    installation = payload.get("installation")
    installation_id = installation.get("id") if isinstance(installation, dict) else None
    if not isinstance(installation_id, int) or isinstance(installation_id, bool):
        raise GitHubBadResponse("event lacks an installation", status=200)
    return installation_id


def parse_repository(raw: object) -> RemoteRepository:
    """A repository object (listing or an event's `repository` member)."""
    return _repository(raw)


def _repository(raw: object) -> RemoteRepository:
    if not isinstance(raw, dict):
        raise GitHubBadResponse("repository entry is not an object", status=200)
    repo_id = _int(raw.get("id"))
    full_name = _text(raw.get("full_name"))
    if "/" not in full_name:
        raise GitHubBadResponse("repository entry lacks full_name", status=200)
    name = _text(raw.get("name")) or full_name.split("/", 1)[1]
    return RemoteRepository(
        uuid=str(repo_id),
        full_name=full_name,
        slug=name,
        name=name,
        is_private=bool(raw.get("private", True)),
        default_branch=_text(raw.get("default_branch")),
        language=_text(raw.get("language")),
    )
