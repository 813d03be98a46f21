"""Bitbucket Cloud REST 2.0 subset (spec §5, §6.1.8) and the Forge Installation Details API."""

from __future__ import annotations

import asyncio
import base64
import collections
import copy
import secrets
from typing import Any
from urllib.parse import quote, urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from trace_emulator import bbql
from trace_emulator.clock import iso
from trace_emulator.host import EmulatorHost
from trace_emulator.model import Repository, Workspace, braces, strip_braces
from trace_emulator.tokens import SystemToken, TokenError

SCOPE_REPOSITORY = "read:repository:bitbucket"
TOKEN_INVALID = "Token is invalid, expired, or not supported for this endpoint."  # noqa: S105
SCOPE_MESSAGE = "Your credentials lack one or more required privilege scopes."
RATE_LIMIT_MESSAGE = "Rate limit for this resource has been exceeded."
WINDOW = 3600.0


def error(
    status: int, message: str, detail: Any = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    err: dict[str, Any] = {"message": message}
    if detail is not None:
        err["detail"] = detail
    return JSONResponse({"type": "error", "error": err}, status_code=status, headers=headers)


class RateLimiter:
    """Rolling one-hour window per token and resource group (§5.6)."""

    def __init__(self) -> None:
        self._hits: dict[tuple[str, str], collections.deque[float]] = {}

    def hit(self, key: str, resource: str, limit: int, now: float) -> tuple[bool, int, float]:
        q = self._hits.setdefault((key, resource), collections.deque())
        while q and q[0] <= now - WINDOW:
            q.popleft()
        if len(q) >= limit:
            return False, 0, q[0] + WINDOW - now
        q.append(now)
        return True, limit - len(q), 0.0


class BitbucketApi:
    def __init__(self, emu: EmulatorHost) -> None:
        self.emu = emu
        self.limiter = RateLimiter()

    def routes(self) -> list[Route]:
        return [
            Route("/2.0/workspaces/{workspace}", self.get_workspace, methods=["GET"]),
            Route("/2.0/repositories/{workspace}", self.list_repositories, methods=["GET"]),
            Route("/2.0/repositories/{workspace}/{repo}", self.get_repository, methods=["GET"]),
            Route(
                "/forge/installation/v1/{app_id:path}/{env_id}/installation/{installation_id:path}",
                self.installation_details,
                methods=["GET"],
            ),
        ]

    # ---------------------------------------------------------------- auth & limits
    def _authenticate(self, request: Request) -> SystemToken | Response:
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        token = ""
        if scheme.lower() == "bearer":
            token = value.strip()
        elif scheme.lower() == "basic" and self.emu.config.rest_accept_basic:
            try:
                user, _, password = base64.b64decode(value).decode().partition(":")
            except ValueError:
                user, password = "", ""
            token = password if user == "x-token-auth" else ""
        if not token:
            return error(401, TOKEN_INVALID)
        try:
            return self.emu.tokens.verify(token)
        except TokenError:
            return error(401, TOKEN_INVALID)

    async def _guard(
        self, request: Request, resource: str, scope: str
    ) -> tuple[SystemToken, dict[str, str]] | Response:
        cfg = self.emu.config
        if cfg.fault_slow_seconds > 0:
            await asyncio.sleep(cfg.fault_slow_seconds)
        if cfg.fault_5xx_next > 0:
            cfg.fault_5xx_next -= 1
            return error(500, "Something went wrong")
        if cfg.fault_5xx_rate > 0 and secrets.randbelow(10_000) < cfg.fault_5xx_rate * 10_000:
            return error(503, "Service unavailable")
        auth = self._authenticate(request)
        if isinstance(auth, Response):
            return auth
        headers: dict[str, str] = {}
        if cfg.fault_scope_headers:
            headers["X-OAuth-Scopes"] = ", ".join(auth.scopes)
            headers["X-Accepted-OAuth-Scopes"] = scope
        if scope not in auth.scopes:
            return error(
                403,
                SCOPE_MESSAGE,
                {"granted": list(auth.scopes), "required": [scope]},
                headers=headers,
            )
        limit = (
            cfg.rate_limit_repositories
            if resource == "repositories"
            else (cfg.rate_limit_workspaces)
        )
        allowed, remaining, retry_after = self.limiter.hit(
            auth.fingerprint, resource, limit, self.emu.clock.now()
        )
        # Scaled-limit headers sent on Forge asApp / access-token requests (§5.6).
        headers["X-RateLimit-Limit"] = str(limit)
        headers["X-RateLimit-Resource"] = f"api/{resource}"
        headers["X-RateLimit-NearLimit"] = "true" if remaining < limit * 0.2 else "false"
        if not allowed:
            headers["Retry-After"] = str(max(1, int(retry_after) + 1))
            return error(429, RATE_LIMIT_MESSAGE, headers=headers)
        return auth, headers

    def _not_found(self, message: str) -> Response:
        if self.emu.config.fault_html_404:
            return HTMLResponse(_html_404(), status_code=404)
        return error(404, message)

    def _visible(self, repo: Repository) -> bool:
        return self.emu.config.bot_sees_all_repositories or not repo.restricted

    # ---------------------------------------------------------------- endpoints
    async def get_workspace(self, request: Request) -> Response:
        guard = await self._guard(request, "workspaces", self.emu.config.workspace_scope)
        if isinstance(guard, Response):
            return guard
        token, headers = guard
        ident = request.path_params["workspace"]
        ws = self._workspace_for(token, ident)
        if isinstance(ws, Response):
            return ws
        return JSONResponse(self.workspace_json(ws), headers=headers)

    async def list_repositories(self, request: Request) -> Response:
        guard = await self._guard(request, "repositories", SCOPE_REPOSITORY)
        if isinstance(guard, Response):
            return guard
        token, headers = guard
        ident = request.path_params["workspace"]
        ws = self._workspace_for(token, ident)
        if isinstance(ws, Response):
            return ws
        params = request.query_params
        try:
            pagelen = int(params.get("pagelen", "10"))
            page = int(params.get("page", "1"))
        except ValueError:
            return error(400, "Invalid pagelen" if "pagelen" in params else "Invalid page")
        if pagelen < 1 or pagelen > 100:
            return error(400, "Invalid pagelen")
        if page < 1:
            return error(400, "Invalid page")
        items = [self.repository_json(ws, r) for r in ws.repositories if self._visible(r)]
        try:
            if params.get("q"):
                predicate = bbql.compile_query(params["q"])
                items = [r for r in items if predicate(r)]
            items = bbql.apply_sort(items, params["sort"]) if params.get("sort") else items
        except bbql.QueryError as exc:
            return error(400, str(exc))
        start = (page - 1) * pagelen
        values = items[start : start + pagelen]
        doc: dict[str, Any] = {"pagelen": pagelen}
        if not self.emu.config.omit_size:
            doc["size"] = len(items)
        doc["values"] = values
        doc["page"] = page
        base = f"{self.emu.base_url}/2.0/repositories/{quote(ident, safe='')}"
        if start + pagelen < len(items):
            doc["next"] = base + "?" + urlencode({**dict(params), "page": page + 1})
        if page > 1:
            doc["previous"] = base + "?" + urlencode({**dict(params), "page": page - 1})
        if params.get("fields"):
            doc = bbql.apply_fields(doc, params["fields"])
        return JSONResponse(doc, headers=headers)

    async def get_repository(self, request: Request) -> Response:
        guard = await self._guard(request, "repositories", SCOPE_REPOSITORY)
        if isinstance(guard, Response):
            return guard
        token, headers = guard
        ws = self._workspace_for(token, request.path_params["workspace"])
        if isinstance(ws, Response):
            return ws
        repo = ws.find_repository(request.path_params["repo"])
        if repo is None or not self._visible(repo):
            return self._not_found(f"Repository {ws.slug}/{request.path_params['repo']} not found")
        doc: Any = self.repository_json(ws, repo)
        if request.query_params.get("fields"):
            doc = bbql.apply_fields(doc, request.query_params["fields"])
        return JSONResponse(doc, headers=headers)

    def _workspace_for(self, token: SystemToken, ident: str) -> Workspace | Response:
        """The workspace named in the path, or Bitbucket's 404 when it is unknown or belongs to
        another installation (an app token never learns that other workspaces exist)."""
        ws = self.emu.world.workspace(ident)
        if ws is None or not self._token_sees(token, ws):
            return self._not_found(f"No workspace with identifier '{ident}'.")
        return ws

    def _token_sees(self, token: SystemToken, ws: Workspace) -> bool:
        # An app token only reaches the workspace of its installation.
        inst = self.emu.world.installations.get(token.installation_uuid)
        return inst is not None and inst.workspace_uuid == ws.uuid

    async def installation_details(self, request: Request) -> Response:
        """Forge Installation Details API (§1.6), limited to 1 call / 5 min per installation."""
        auth = self._authenticate(request)
        if isinstance(auth, Response):
            return auth
        app_id = strip_braces(request.path_params["app_id"].rsplit("/", 1)[-1])
        inst_id = strip_braces(request.path_params["installation_id"].rsplit("/", 1)[-1])
        env_id = strip_braces(request.path_params["env_id"].rsplit("/", 1)[-1])
        inst = self.emu.world.installations.get(inst_id)
        if (
            app_id != self.emu.config.app_uuid
            or env_id != self.emu.config.environment_uuid
            or inst is None
            or auth.installation_uuid != inst.uuid
        ):
            return JSONResponse({"code": 404, "message": "Installation not found"}, 404)
        now = self.emu.clock.now()
        interval = self.emu.config.install_details_interval
        if inst.last_details_call is not None and now - inst.last_details_call < interval:
            wait = int(interval - (now - inst.last_details_call)) + 1
            return JSONResponse(
                {"code": 429, "message": "Too many requests"},
                429,
                headers={"Retry-After": str(wait)},
            )
        inst.last_details_call = now
        if inst.status != "active":
            return JSONResponse({"code": 404, "message": "Installation not found"}, 404)
        return JSONResponse(
            {
                "id": f"ari:cloud:ecosystem::installation/{inst.uuid}",
                "appId": self.emu.forge.app_ari,
                "environmentId": self.emu.config.environment_uuid,
                "version": inst.app_version,
                "installationContext": {
                    "id": f"ari:cloud:bitbucket::workspace/{inst.workspace_uuid}"
                },
                "permissions": {"scopes": list(inst.scopes)},
            }
        )

    # ---------------------------------------------------------------- JSON shapes
    def workspace_json(self, ws: Workspace) -> dict[str, Any]:
        api = f"{self.emu.base_url}/2.0/workspaces/{ws.slug}"
        return {
            "type": "workspace",
            "uuid": braces(ws.uuid),
            "name": ws.name,
            "slug": ws.slug,
            "is_private": ws.is_private,
            "created_on": iso(ws.created_on),
            "updated_on": iso(ws.updated_on),
            "links": {
                "avatar": {"href": f"{self.emu.base_url}/workspaces/{ws.slug}/avatar/"},
                "html": {"href": f"{self.emu.base_url}/{ws.slug}/"},
                "members": {"href": f"{api}/members"},
                "owners": {"href": f"{api}/members?q=permission%3D%22owner%22"},
                "projects": {"href": f"{api}/projects"},
                "repositories": {"href": f"{self.emu.base_url}/2.0/repositories/{ws.slug}"},
                "snippets": {"href": f"{self.emu.base_url}/2.0/snippets/{ws.slug}"},
                "self": {"href": api},
            },
        }

    def repository_json(self, ws: Workspace, repo: Repository) -> dict[str, Any]:
        base = self.emu.base_url
        full = f"{ws.slug}/{repo.slug}"
        api = f"{base}/2.0/repositories/{full}"
        git_base = self.emu.forge.git_base_url
        if self.emu.config.fault_clone_userinfo:
            # Real hrefs can embed the caller's username (§2.6); clients must strip it.
            scheme, _, rest = git_base.partition("://")
            https_clone = f"{scheme}://x-bot-user@{rest}/{full}.git"
        else:
            https_clone = f"{git_base}/{full}.git"
        project = ws.projects.get(repo.project_key) if repo.project_key else None
        ws_ref = {
            "type": "workspace",
            "uuid": braces(ws.uuid),
            "slug": ws.slug,
            "name": ws.name,
            "links": {"self": {"href": f"{base}/2.0/workspaces/{ws.slug}"}},
        }
        doc: dict[str, Any] = {
            "type": "repository",
            "uuid": braces(repo.uuid),
            "full_name": full,
            "slug": repo.slug,
            "name": repo.name,
            "description": repo.description,
            "is_private": repo.is_private,
            "scm": "git",
            "mainbranch": {"type": "branch", "name": repo.mainbranch},
            "language": repo.language,
            "size": repo.size,
            "created_on": iso(repo.created_on),
            "updated_on": iso(repo.updated_on),
            "fork_policy": repo.fork_policy,
            "has_issues": False,
            "has_wiki": False,
            "project": (
                {
                    "type": "project",
                    "key": project.key,
                    "uuid": braces(project.uuid),
                    "name": project.name,
                    "links": {
                        "self": {"href": f"{base}/2.0/workspaces/{ws.slug}/projects/{project.key}"}
                    },
                }
                if project
                else None
            ),
            "owner": {
                "type": "team",
                "uuid": braces(ws.uuid),
                "username": ws.slug,
                "display_name": ws.name,
            },
            "workspace": ws_ref,
            "links": {
                "self": {"href": api},
                "html": {"href": f"{base}/{full}"},
                "avatar": {"href": f"{base}/{full}/avatar/32/"},
                "pullrequests": {"href": f"{api}/pullrequests"},
                "commits": {"href": f"{api}/commits"},
                "forks": {"href": f"{api}/forks"},
                "watchers": {"href": f"{api}/watchers"},
                "branches": {"href": f"{api}/refs/branches"},
                "tags": {"href": f"{api}/refs/tags"},
                "downloads": {"href": f"{api}/downloads"},
                "source": {"href": f"{api}/src"},
                "clone": [
                    {"name": "https", "href": https_clone},
                    {"name": "ssh", "href": f"git@127.0.0.1:{full}.git"},
                ],
                "hooks": {"href": f"{api}/hooks"},
            },
        }
        return copy.deepcopy(doc)


def _html_404() -> str:
    # Shape of Bitbucket's HTML error page: large, with embedded (fake) session data that a
    # client must never log or persist (§5.5, §8.12).
    session = secrets.token_urlsafe(48)
    filler = "<!-- layout -->\n" * 1200
    return (
        "<!DOCTYPE html><html><head><title>Bitbucket</title>"
        f'<meta name="bb-csrf-token" content="{session}"></head><body>'
        '<div id="error"><h1>Repository not found</h1>'
        "<p>You may not have access to this repository or it no longer exists.</p></div>"
        '<script id="initial-state" type="application/json">'
        f'{{"user":{{"sessionToken":"{session}"}}}}</script>'
        f"{filler}</body></html>"
    )
