"""The GitHub part of the control plane: `/_emu/github/...` (see the package docstring)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from trace_emulator.github.service import GitHubError

if TYPE_CHECKING:
    from trace_emulator.github.service import GitHubService

Handler = Callable[[Request], Awaitable[Any]]


def _handler(fn: Handler) -> Callable[[Request], Awaitable[Response]]:
    async def wrapped(request: Request) -> Response:
        try:
            result = await fn(request)
        except GitHubError as exc:
            return JSONResponse({"error": exc.message}, status_code=exc.status)
        except (ValueError, KeyError, TypeError) as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        return result if isinstance(result, Response) else JSONResponse(result)

    return wrapped


async def _json(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw:
        return {}
    data = json.loads(raw)
    if not isinstance(data, dict):
        raise ValueError("request body must be a JSON object")
    return data


def _files(body: dict[str, Any]) -> dict[str, str | None]:
    files = body.get("files")
    if not isinstance(files, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in files.items()
    ):
        raise ValueError("files must map paths to text (or null to delete)")
    return files


class GitHubControl:
    def __init__(self, gh: GitHubService) -> None:
        self.gh = gh

    def routes(self) -> list[Route]:
        r, h = Route, _handler
        return [
            r("/app", h(self.app), methods=["GET", "POST"]),
            r("/accounts", h(self.accounts), methods=["GET"]),
            r("/installations", h(self.installations), methods=["GET", "POST"]),
            r("/installations/{id}", h(self.installation), methods=["GET", "DELETE"]),
            r("/installations/{id}/suspend", h(self.suspend), methods=["POST"]),
            r("/installations/{id}/unsuspend", h(self.unsuspend), methods=["POST"]),
            r("/installations/{id}/repositories", h(self.repositories), methods=["POST"]),
            r("/accounts/{login}/repositories", h(self.create_repository), methods=["POST"]),
            r("/repos/{owner}/{repo}", h(self.repository), methods=["PATCH", "DELETE"]),
            r("/repos/{owner}/{repo}/commits", h(self.push), methods=["POST"]),
            r("/repos/{owner}/{repo}/pulls", h(self.open_pull), methods=["POST"]),
            r("/repos/{owner}/{repo}/pulls/{number}/commits", h(self.pull_push), methods=["POST"]),
            r("/repos/{owner}/{repo}/pulls/{number}/{state}", h(self.pull_state), methods=["POST"]),
            r("/check-runs", h(self.check_runs), methods=["GET"]),
            r("/check-runs/{id}/rerequest", h(self.rerequest), methods=["POST"]),
            r("/deliveries", h(self.deliveries), methods=["GET", "DELETE"]),
            r("/deliveries/{id}", h(self.delivery), methods=["GET"]),
            r("/deliveries/{id}/redeliver", h(self.redeliver), methods=["POST"]),
            r("/rate-limit", h(self.rate_limit), methods=["GET", "POST"]),
            r("/git-log", h(self.git_log), methods=["GET", "DELETE"]),
            r("/settings", h(self.settings), methods=["GET", "POST"]),
        ]

    async def app(self, request: Request) -> Any:
        if request.method == "POST":
            self.gh.app.update(await _json(request))
        return {**self.gh.app.credentials(), **self.gh.info()}

    async def accounts(self, _request: Request) -> Any:
        world = self.gh.world
        return {
            "accounts": [
                {
                    **self.gh.shapes.account(a),
                    "name": a.name,
                    "members": [
                        {"login": m.login, "id": m.id, "role": role}
                        for uid, role in a.members.items()
                        if (m := world.account_by_id(uid)) is not None
                    ],
                    "repositories": [self.gh.shapes.repository(r) for r in world.owned_by(a)],
                }
                for a in world.accounts.values()
            ]
        }

    async def installations(self, request: Request) -> Any:
        if request.method == "POST":
            body = await _json(request)
            inst, delivery = await self.gh.install(
                str(body["account"]), body.get("installer"), body.get("repositories", "all")
            )
            return {
                "installation": self.gh.installation_json(inst),
                "delivery": delivery.summary() if delivery else None,
            }
        return {
            "installations": [
                {**self.gh.installation_json(i), "deleted": i.deleted}
                for i in self.gh.world.installations.values()
            ]
        }

    async def installation(self, request: Request) -> Any:
        inst = self.gh.installation(request.path_params["id"])
        if request.method == "DELETE":
            by = request.query_params.get("by")
            return await self.gh.uninstall(inst, by)
        return self.gh.installation_json(inst)

    async def suspend(self, request: Request) -> Any:
        body = await _json(request)
        inst = self.gh.installation(request.path_params["id"])
        delivery = await self.gh.suspend(inst, body.get("by"))
        return {"installation": self.gh.installation_json(inst), "delivery": _summary(delivery)}

    async def unsuspend(self, request: Request) -> Any:
        body = await _json(request)
        inst = self.gh.installation(request.path_params["id"])
        delivery = await self.gh.unsuspend(inst, body.get("by"))
        return {"installation": self.gh.installation_json(inst), "delivery": _summary(delivery)}

    async def repositories(self, request: Request) -> Any:
        body = await _json(request)
        inst = self.gh.installation(request.path_params["id"])
        if "selection" in body:
            delivery = await self.gh.configure(inst, body.get("by"), body["selection"])
        else:
            delivery = await self.gh.change_repositories(
                inst, list(body.get("add") or []), list(body.get("remove") or []), body.get("by")
            )
        return {"installation": self.gh.installation_json(inst), "delivery": _summary(delivery)}

    async def create_repository(self, request: Request) -> Any:
        repo = self.gh.create_repository(request.path_params["login"], await _json(request))
        return self.gh.shapes.repository(repo)

    async def repository(self, request: Request) -> Any:
        repo = self.gh.repository(request.path_params["owner"], request.path_params["repo"])
        if request.method == "DELETE":
            self.gh.delete_repository(repo)
            return {"deleted": True}
        body = await _json(request)
        if set(body) - {"name"}:
            raise ValueError("only name can be changed")
        return self.gh.shapes.repository(self.gh.rename_repository(repo, str(body.get("name"))))

    async def push(self, request: Request) -> Any:
        body = await _json(request)
        repo = self.gh.repository(request.path_params["owner"], request.path_params["repo"])
        return await self.gh.push(
            repo, _files(body), str(body.get("message") or "Update"), body.get("author"),
            body.get("branch"), body.get("sender"),
        )  # fmt: skip

    async def open_pull(self, request: Request) -> Any:
        body = await _json(request)
        repo = self.gh.repository(request.path_params["owner"], request.path_params["repo"])
        if not body.get("head"):
            raise ValueError("head (the new branch name) is required")
        return await self.gh.open_pull(
            repo, str(body["head"]), body.get("base"), str(body.get("title") or body["head"]),
            _files(body), str(body.get("message") or "Update"), body.get("author"),
            body.get("sender"),
        )  # fmt: skip

    async def pull_push(self, request: Request) -> Any:
        body = await _json(request)
        repo = self.gh.repository(request.path_params["owner"], request.path_params["repo"])
        pr = self.gh.pull(repo, int(request.path_params["number"]))
        return await self.gh.push(
            repo, _files(body), str(body.get("message") or "Update"), body.get("author"),
            pr.head_ref, body.get("sender"),
        )  # fmt: skip

    async def pull_state(self, request: Request) -> Any:
        body = await _json(request)
        repo = self.gh.repository(request.path_params["owner"], request.path_params["repo"])
        pr = self.gh.pull(repo, int(request.path_params["number"]))
        states = {"close": "closed", "merge": "closed", "reopen": "open"}
        action = request.path_params["state"]
        state = states.get(action)
        if state is None:
            raise GitHubError(404, "use /close, /merge or /reopen")
        # a merge is recorded as such; the base branch is left as it was (no tests need it)
        return await self.gh.set_pull_state(
            repo, pr, state, body.get("sender"), merged=action == "merge"
        )

    async def check_runs(self, request: Request) -> Any:
        out = []
        for run in self.gh.world.check_runs.values():
            repo = self.gh.world.repository_by_id(run.repository_id)
            assert repo is not None
            out.append(
                {
                    **self.gh.shapes.check_run(repo, run),
                    "repository": repo.full_name,
                    "annotations": run.annotations,
                    "annotationBatches": run.annotation_batches,
                }
            )
        return {"checkRuns": out}

    async def rerequest(self, request: Request) -> Any:
        body = await _json(request)
        delivery = await self.gh.rerequest_check_run(int(request.path_params["id"]), body.get("by"))
        return {"delivery": _summary(delivery)}

    async def deliveries(self, request: Request) -> Any:
        if request.method == "DELETE":
            self.gh.webhooks.log.clear()
        q = request.query_params
        items = self.gh.webhooks.log
        if q.get("event"):
            items = [d for d in items if d.event == q["event"]]
        if q.get("installation"):
            items = [d for d in items if str(d.installation_id) == q["installation"]]
        return {"deliveries": [d.detail() for d in items]}

    def _delivery(self, request: Request) -> Any:
        delivery = self.gh.webhooks.find(int(request.path_params["id"]))
        if delivery is None:
            raise GitHubError(404, "no such delivery")
        return delivery

    async def delivery(self, request: Request) -> Any:
        return self._delivery(request).detail()

    async def redeliver(self, request: Request) -> Any:
        again = await self.gh.webhooks.redeliver(self._delivery(request).id)
        return again.detail()

    async def rate_limit(self, request: Request) -> Any:
        limits = self.gh.limits
        if request.method == "POST":
            body = await _json(request)
            if body.get("reset"):
                limits.reset()
            if "limit" in body:
                limits.limit = int(body["limit"])
            if "status" in body:
                if body["status"] not in (403, 429):
                    raise ValueError("status must be 403 or 429")
                limits.status = int(body["status"])
            if "secondaryRetryAfter" in body:
                value = body["secondaryRetryAfter"]
                limits.secondary_retry_after = None if value is None else int(value)
            if "remaining" in body:
                key = None
                if body.get("installation") is not None:
                    key = f"installation:{int(body['installation'])}"
                elif body.get("user") is not None:
                    key = f"user:{self.gh.user(str(body['user'])).id}"
                limits.set_remaining(key, int(body["remaining"]))
        return limits.state()

    async def git_log(self, request: Request) -> Any:
        if request.method == "DELETE":
            self.gh.git_log.clear()
        return {"requests": list(self.gh.git_log)}

    async def settings(self, request: Request) -> Any:
        if request.method == "POST":
            body = await _json(request)
            clock = body.get("jwtClock")
            if clock is not None:
                if clock not in ("wall", "emulator"):
                    raise ValueError("jwtClock must be wall or emulator")
                self.gh.jwt_clock = clock
        return {"jwtClock": self.gh.jwt_clock}


def _summary(delivery: Any) -> Any:
    return delivery.summary() if delivery is not None else None
