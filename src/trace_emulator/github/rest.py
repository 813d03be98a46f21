"""GitHub REST API subset under `{web}/api/v3` (the GitHub Enterprise Server layout).

App JWT: `GET /app`, `GET /app/installations`, `GET|DELETE /app/installations/{id}`,
`POST /app/installations/{id}/access_tokens`, `GET /app/hook/deliveries[/{id}]`,
`POST /app/hook/deliveries/{id}/attempts`. Installation token: `GET /installation/repositories`,
`DELETE /installation/token`, `GET /repos/{owner}/{repo}`, check runs. User token (`ghu_`):
`GET /user`, `GET /user/installations`. Errors are `{"message", "documentation_url", "status"}`.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from trace_emulator import gitstore
from trace_emulator import seed as git_seed
from trace_emulator.clock import iso_z
from trace_emulator.github import checks
from trace_emulator.github.app import JwtError
from trace_emulator.github.model import Account, CheckRun, GhRepository, Installation
from trace_emulator.github.service import GitHubError
from trace_emulator.github.tokens import InstallationToken, UserToken

if TYPE_CHECKING:
    from trace_emulator.github.service import GitHubService

DOCS = "https://docs.github.com/rest"
API_VERSION = "2022-11-28"


def gh_error(
    status: int, message: str, documentation_url: str = DOCS, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = {"message": message, "documentation_url": documentation_url, "status": str(status)}
    return JSONResponse(body, status_code=status, headers=_common(headers))


def _common(headers: dict[str, str] | None = None) -> dict[str, str]:
    return {
        "x-github-api-version-selected": API_VERSION,
        "x-github-request-id": secrets.token_hex(8).upper(),
        **(headers or {}),
    }


def _bearer(request: Request) -> str:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() in ("bearer", "token") else ""


def _page_params(request: Request) -> tuple[int, int]:
    def number(name: str, default: int) -> int:
        try:
            return max(1, int(request.query_params.get(name, default)))
        except ValueError:
            return default

    return min(100, number("per_page", 30)), number("page", 1)


def paginate(request: Request, items: list[Any]) -> tuple[list[Any], dict[str, str]]:
    """Slice by `per_page`/`page` and build the Link header GitHub sends."""
    per_page, page = _page_params(request)
    last = max(1, -(-len(items) // per_page))
    chunk = items[(page - 1) * per_page : page * per_page]
    base = str(request.url.replace(query=""))
    other = [(k, v) for k, v in request.query_params.multi_items() if k not in ("page",)]

    def link(number: int, rel: str) -> str:
        query = urlencode([*other, ("page", str(number))])
        return f'<{base}?{query}>; rel="{rel}"'

    links = []
    if page < last:
        links += [link(page + 1, "next"), link(last, "last")]
    if page > 1:
        links += [link(1, "first"), link(min(page - 1, last), "prev")]
    return chunk, ({"link": ", ".join(links)} if links else {})


class RestApi:
    def __init__(self, gh: GitHubService) -> None:
        self.gh = gh

    def routes(self) -> list[Route]:
        r = Route
        return [
            r("/app", self.get_app, methods=["GET"]),
            r("/app/installations", self.list_installations, methods=["GET"]),
            r("/app/installations/{id}", self.installation, methods=["GET", "DELETE"]),
            r("/app/installations/{id}/access_tokens", self.access_token, methods=["POST"]),
            r("/app/hook/deliveries", self.hook_deliveries, methods=["GET"]),
            r("/app/hook/deliveries/{id}", self.hook_delivery, methods=["GET"]),
            r("/app/hook/deliveries/{id}/attempts", self.hook_redeliver, methods=["POST"]),
            r("/installation/repositories", self.installation_repositories, methods=["GET"]),
            r("/installation/token", self.revoke_token, methods=["DELETE"]),
            r("/user", self.get_user, methods=["GET"]),
            r("/user/installations", self.user_installations, methods=["GET"]),
            r(
                "/user/installations/{id}/repositories",
                self.user_installation_repositories,
                methods=["GET"],
            ),
            r("/repos/{owner}/{repo}/installation", self.repository_installation, methods=["GET"]),
            r("/rate_limit", self.rate_limit, methods=["GET"]),
            r("/repos/{owner}/{repo}", self.get_repository, methods=["GET"]),
            r("/repos/{owner}/{repo}/check-runs", self.create_check_run, methods=["POST"]),
            r(
                "/repos/{owner}/{repo}/commits/{ref}/check-runs",
                self.commit_check_runs,
                methods=["GET"],
            ),
            r(
                "/repos/{owner}/{repo}/check-runs/{id}",
                self.check_run,
                methods=["GET", "PATCH"],
            ),
            r(
                "/repos/{owner}/{repo}/check-runs/{id}/annotations",
                self.check_run_annotations,
                methods=["GET"],
            ),
        ]

    # ---------------------------------------------------------------- authentication
    def _app(self, request: Request) -> Response | None:
        token = _bearer(request)
        if not token:
            return gh_error(
                401,
                "You must authenticate with a JSON web token (JWT) to access this endpoint.",
            )
        now = self.gh.clock.now() if self.gh.jwt_clock == "emulator" else time.time()
        try:
            self.gh.app.verify_jwt(token, now)
        except JwtError as exc:
            return gh_error(401, exc.message)
        return None

    def _installation_token(self, request: Request) -> InstallationToken | Response:
        record = self.gh.tokens.installation_token(_bearer(request))
        if record is None:
            return gh_error(401, "Bad credentials")
        inst = self.gh.world.installations.get(record.installation_id)
        if inst is None or not inst.active():
            return gh_error(401, "Bad credentials")
        return record

    def _installation_request(
        self, request: Request
    ) -> tuple[InstallationToken, dict[str, str]] | Response:
        """An installation-token request, counted against the installation's rate limit."""
        record = self._installation_token(request)
        if isinstance(record, Response):
            return record
        refused, headers = self._limited(
            f"installation:{record.installation_id}", f"installation ID {record.installation_id}"
        )
        return refused if refused is not None else (record, headers)

    def _user_request(self, request: Request) -> tuple[Account, dict[str, str]] | Response:
        """A user-token request, counted against the user's rate limit."""
        record = self._user_token(request)
        if isinstance(record, Response):
            return record
        refused, headers = self._limited(f"user:{record.user_id}", f"user ID {record.user_id}")
        if refused is not None:
            return refused
        user = self.gh.world.account_by_id(record.user_id)
        assert user is not None
        return user, headers

    def _limited(self, key: str, subject: str) -> tuple[Response | None, dict[str, str]]:
        verdict = self.gh.limits.hit(key, subject)
        if verdict.allowed:
            return None, verdict.headers
        return (
            gh_error(verdict.status, verdict.message, verdict.documentation_url, verdict.headers),
            verdict.headers,
        )

    def _json(self, data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Any:
        return JSONResponse(data, status_code=status, headers=_common(headers))

    async def _body(self, request: Request) -> dict[str, Any] | Response:
        raw = await request.body()
        if not raw:
            return {}
        try:
            data = json.loads(raw)
        except ValueError:
            return gh_error(400, "Problems parsing JSON")
        if not isinstance(data, dict):
            return gh_error(400, "Body should be a JSON object")
        return data

    # ---------------------------------------------------------------- app (JWT)
    async def get_app(self, request: Request) -> Response:
        if (refused := self._app(request)) is not None:
            return refused
        app = self.gh.app
        owner = self.gh.world.account(app.owner_login)
        return self._json(
            {
                "id": app.id,
                "slug": app.slug,
                "client_id": app.client_id,
                "name": app.name,
                "owner": self.gh.shapes.account(owner) if owner else None,
                "html_url": f"{self.gh.web_url}/apps/{app.slug}",
                "permissions": dict(app.permissions),
                "events": list(app.events),
                "installations_count": len(self._installations()),
            }
        )

    def _installations(self) -> list[Installation]:
        return [i for i in self.gh.world.installations.values() if not i.deleted]

    async def list_installations(self, request: Request) -> Response:
        if (refused := self._app(request)) is not None:
            return refused
        items = [self.gh.installation_json(i) for i in self._installations()]
        page, headers = paginate(request, items)
        return self._json(page, headers=headers)

    def _find_installation(self, ident: str) -> Installation | None:
        try:
            inst = self.gh.world.installations.get(int(ident))
        except ValueError:
            return None
        return inst if inst is not None and not inst.deleted else None

    async def installation(self, request: Request) -> Response:
        if (refused := self._app(request)) is not None:
            return refused
        inst = self._find_installation(request.path_params["id"])
        if inst is None:
            return gh_error(404, "Not Found")
        if request.method == "DELETE":
            await self.gh.uninstall(inst, None)
            return Response(status_code=204, headers=_common())
        return self._json(self.gh.installation_json(inst))

    async def access_token(self, request: Request) -> Response:
        if (refused := self._app(request)) is not None:
            return refused
        inst = self._find_installation(request.path_params["id"])
        if inst is None:
            return gh_error(404, "Not Found")
        if inst.suspended_at is not None:
            return gh_error(403, "This installation has been suspended")
        body = await self._body(request)
        if isinstance(body, Response):
            return body
        try:
            ids, permissions = self.gh.narrow(
                inst, body.get("repositories"), body.get("repository_ids"), body.get("permissions")
            )
        except GitHubError as exc:
            return gh_error(exc.status, exc.message)
        record = self.gh.tokens.mint_installation(inst.id, ids, permissions)
        data: dict[str, Any] = {
            "token": record.token,
            "expires_at": iso_z(record.expires_at),
            "permissions": permissions,
            "repository_selection": "selected" if ids is not None else inst.repository_selection,
        }
        if ids is not None:
            data["repositories"] = [
                self.gh.shapes.repository(r)
                for r in self.gh.world.installation_repositories(inst)
                if r.id in ids
            ]
        return self._json(data, status=201)

    async def hook_deliveries(self, request: Request) -> Response:
        if (refused := self._app(request)) is not None:
            return refused
        items = [d.summary() for d in reversed(self.gh.webhooks.log)]
        page, headers = paginate(request, items)
        return self._json(page, headers=headers)

    async def hook_delivery(self, request: Request) -> Response:
        if (refused := self._app(request)) is not None:
            return refused
        delivery = self._delivery(request)
        if delivery is None:
            return gh_error(404, "Not Found")
        return self._json(delivery.detail())

    async def hook_redeliver(self, request: Request) -> Response:
        if (refused := self._app(request)) is not None:
            return refused
        delivery = self._delivery(request)
        if delivery is None:
            return gh_error(404, "Not Found")
        await self.gh.webhooks.redeliver(delivery.id)
        return self._json({}, status=202)

    def _delivery(self, request: Request) -> Any:
        try:
            return self.gh.webhooks.find(int(request.path_params["id"]))
        except ValueError:
            return None

    # ---------------------------------------------------------------- installation token
    async def installation_repositories(self, request: Request) -> Response:
        access = self._installation_request(request)
        if isinstance(access, Response):
            return access
        record, limit_headers = access
        inst = self.gh.world.installations[record.installation_id]
        repos = [
            r
            for r in self.gh.world.installation_repositories(inst)
            if record.repository_ids is None or r.id in record.repository_ids
        ]
        selection = "selected" if record.repository_ids is not None else inst.repository_selection
        return self._repository_listing(request, repos, selection, limit_headers)

    def _repository_listing(
        self,
        request: Request,
        repos: list[GhRepository],
        selection: str,
        limit_headers: dict[str, str],
    ) -> Response:
        """`{total_count, repository_selection, repositories}`, one page, with its Link header."""
        repos = sorted(repos, key=lambda r: r.full_name.lower())
        page, headers = paginate(request, [self.gh.shapes.repository(r) for r in repos])
        return self._json(
            {"total_count": len(repos), "repository_selection": selection, "repositories": page},
            headers={**limit_headers, **headers},
        )

    async def revoke_token(self, request: Request) -> Response:
        token = _bearer(request)
        if self.gh.tokens.installation_token(token) is None:
            return gh_error(401, "Bad credentials")
        self.gh.tokens.revoke_token(token)
        return Response(status_code=204, headers=_common())

    def _repository_access(
        self, request: Request, permission: str | None, level: str = "read"
    ) -> tuple[InstallationToken, GhRepository, dict[str, str]] | Response:
        access = self._installation_request(request)
        if isinstance(access, Response):
            return access
        record, limit_headers = access
        repo = self.gh.world.repository(request.path_params["owner"], request.path_params["repo"])
        inst = self.gh.world.installations[record.installation_id]
        if (
            repo is None
            or repo not in self.gh.world.installation_repositories(inst)
            or (record.repository_ids is not None and repo.id not in record.repository_ids)
        ):
            return gh_error(404, "Not Found", headers=limit_headers)
        if permission is not None:
            have = record.permissions.get(permission)
            rank = {"read": 1, "write": 2, "admin": 3}
            if have is None or rank[have] < rank[level]:
                return gh_error(
                    403,
                    "Resource not accessible by integration",
                    headers={
                        **limit_headers,
                        "x-accepted-github-permissions": f"{permission}={level}",
                    },
                )
        return record, repo, limit_headers

    async def get_repository(self, request: Request) -> Response:
        access = self._repository_access(request, "metadata")
        if isinstance(access, Response):
            return access
        _record, repo, headers = access
        return self._json(self.gh.shapes.repository(repo), headers=headers)

    # ---------------------------------------------------------------- check runs
    async def create_check_run(self, request: Request) -> Response:
        access = self._repository_access(request, "checks", "write")
        if isinstance(access, Response):
            return access
        record, repo, headers = access
        body = await self._body(request)
        if isinstance(body, Response):
            return body
        try:
            changes = checks.validate(body, creating=True, current=None)
        except checks.CheckRunInvalid as exc:
            return gh_error(422, exc.message, headers=headers)
        if not await asyncio.to_thread(self._commit_exists, repo, changes["head_sha"]):
            return gh_error(422, f"No commit found for SHA: {changes['head_sha']}", headers=headers)
        now = self.gh.clock.now()
        run = CheckRun(
            id=next(self.gh.world.check_run_ids),
            repository_id=repo.id,
            name=changes["name"],
            head_sha=changes["head_sha"],
            status="queued",
            conclusion=None,
            started_at=now,
            completed_at=None,
            details_url=None,
            external_id=None,
            output={},
            installation_id=record.installation_id,
        )
        checks.apply(run, changes, now)
        self.gh.world.check_runs[run.id] = run
        return self._json(self.gh.shapes.check_run(repo, run), status=201, headers=headers)

    async def commit_check_runs(self, request: Request) -> Response:
        """`GET .../commits/{ref}/check-runs?check_name=`: the runs on a commit (a full SHA
        only here; GitHub also takes a branch or tag name)."""
        access = self._repository_access(request, "checks", "read")
        if isinstance(access, Response):
            return access
        _record, repo, headers = access
        sha = request.path_params["ref"]
        name = request.query_params.get("check_name")
        runs = [
            self.gh.shapes.check_run(repo, run)
            for run in self.gh.world.check_runs.values()
            if run.repository_id == repo.id
            and run.head_sha == sha
            and (name is None or run.name == name)
        ]
        runs.reverse()  # newest first, as GitHub lists them
        return self._json({"total_count": len(runs), "check_runs": runs}, headers=headers)

    def _commit_exists(self, repo: GhRepository, sha: str) -> bool:
        git_dir = git_seed.ensure_built(self.gh.emu.world, repo.git)
        return len(sha) == 40 and gitstore.commit_exists(git_dir, sha)

    def _run(self, request: Request, repo: GhRepository) -> CheckRun | None:
        try:
            run = self.gh.world.check_runs.get(int(request.path_params["id"]))
        except ValueError:
            return None
        return run if run is not None and run.repository_id == repo.id else None

    async def check_run(self, request: Request) -> Response:
        writing = request.method == "PATCH"
        access = self._repository_access(request, "checks", "write" if writing else "read")
        if isinstance(access, Response):
            return access
        _record, repo, headers = access
        run = self._run(request, repo)
        if run is None:
            return gh_error(404, "Not Found", headers=headers)
        if writing:
            body = await self._body(request)
            if isinstance(body, Response):
                return body
            try:
                changes = checks.validate(body, creating=False, current=run)
            except checks.CheckRunInvalid as exc:
                return gh_error(422, exc.message, headers=headers)
            checks.apply(run, changes, self.gh.clock.now())
        return self._json(self.gh.shapes.check_run(repo, run), headers=headers)

    async def check_run_annotations(self, request: Request) -> Response:
        access = self._repository_access(request, "checks", "read")
        if isinstance(access, Response):
            return access
        _record, repo, headers = access
        run = self._run(request, repo)
        if run is None:
            return gh_error(404, "Not Found", headers=headers)
        page, links = paginate(request, run.annotations)
        return self._json(page, headers={**headers, **links})

    # ---------------------------------------------------------------- user token
    def _user_token(self, request: Request) -> UserToken | Response:
        record = self.gh.tokens.user_token(_bearer(request))
        if record is None:
            return gh_error(401, "Bad credentials")
        return record

    async def get_user(self, request: Request) -> Response:
        access = self._user_request(request)
        if isinstance(access, Response):
            return access
        user, headers = access
        return self._json({**self.gh.shapes.account(user), "name": user.name}, headers=headers)

    async def user_installations(self, request: Request) -> Response:
        access = self._user_request(request)
        if isinstance(access, Response):
            return access
        user, limit_headers = access
        visible = [
            self.gh.installation_json(i)
            for i in self._installations()
            if self.gh.world.can_access(user, i)
        ]
        page, headers = paginate(request, visible)
        return self._json(
            {"total_count": len(visible), "installations": page},
            headers={**limit_headers, **headers},
        )

    async def user_installation_repositories(self, request: Request) -> Response:
        """The repositories of one installation the user can reach (404 for any other)."""
        access = self._user_request(request)
        if isinstance(access, Response):
            return access
        user, limit_headers = access
        inst = self._find_installation(request.path_params["id"])
        if inst is None or not self.gh.world.can_access(user, inst):
            return gh_error(404, "Not Found", headers=limit_headers)
        repos = self.gh.world.installation_repositories(inst)
        return self._repository_listing(request, repos, inst.repository_selection, limit_headers)

    async def repository_installation(self, request: Request) -> Response:
        if (refused := self._app(request)) is not None:
            return refused
        repo = self.gh.world.repository(request.path_params["owner"], request.path_params["repo"])
        inst = self.gh.covering_installation(repo) if repo is not None else None
        if inst is None:
            return gh_error(404, "Not Found")
        return self._json(self.gh.installation_json(inst))

    async def rate_limit(self, request: Request) -> Response:
        token = _bearer(request)
        inst_token = self.gh.tokens.installation_token(token)
        user_token = self.gh.tokens.user_token(token)
        if inst_token is not None:
            key = f"installation:{inst_token.installation_id}"
        elif user_token is not None:
            key = f"user:{user_token.user_id}"
        else:
            return gh_error(401, "Bad credentials")
        window = self.gh.limits.state()["windows"]
        used = window.get(key, {"used": 0, "reset": 0}) if isinstance(window, dict) else {}
        core = {
            "limit": self.gh.limits.limit,
            "used": used["used"],
            "remaining": max(0, self.gh.limits.limit - used["used"]),
            "reset": used["reset"],
        }
        return self._json({"resources": {"core": core}, "rate": core})
