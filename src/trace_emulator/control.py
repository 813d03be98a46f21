"""HTTP control plane (`/_emu/...`), the Node runner bridge and the web trigger gateway."""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from trace_emulator.errors import ControlError
from trace_emulator.keys import jwks
from trace_emulator.manifest import ManifestError

if TYPE_CHECKING:
    from trace_emulator.emulator import Emulator

WEBTRIGGER_RATE_LIMIT = 1000  # per minute per trigger URL, surfaced as X-Ratelimit-* headers


async def _json(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ControlError(400, "request body must be JSON") from exc
    if not isinstance(data, dict):
        raise ControlError(400, "request body must be a JSON object")
    return data


def _fail(exc: Exception) -> JSONResponse:
    if isinstance(exc, ControlError):
        return JSONResponse({"error": exc.message}, status_code=exc.status)
    return JSONResponse({"error": str(exc)}, status_code=400)


def handler(fn: Any) -> Any:
    """Map control-plane errors to JSON responses."""

    async def wrapped(request: Request) -> Response:
        try:
            result = await fn(request)
        except (ControlError, ManifestError, ValueError, KeyError, TypeError) as exc:
            return _fail(exc)
        if isinstance(result, Response):
            return result
        return JSONResponse(result)

    return wrapped


class ControlPlane:
    def __init__(self, emu: Emulator) -> None:
        self.emu = emu
        self._wt_hits: dict[str, list[float]] = {}

    def routes(self) -> list[Route]:
        r = Route
        return [
            r("/.well-known/jwks.json", self.jwks, methods=["GET"]),
            r("/_emu/info", handler(self.info), methods=["GET"]),
            r("/_emu/config", handler(self.config), methods=["GET", "POST"]),
            r("/_emu/apps", handler(self.register_app), methods=["POST", "GET"]),
            r("/_emu/workspaces", handler(self.workspaces), methods=["GET"]),
            r(
                "/_emu/workspaces/{ws}/repositories",
                handler(self.repositories),
                methods=["GET", "POST"],
            ),
            r(
                "/_emu/workspaces/{ws}/repositories/{repo}",
                handler(self.repository),
                methods=["PATCH", "DELETE"],
            ),
            r(
                "/_emu/workspaces/{ws}/repositories/{repo}/commits",
                handler(self.push_commit),
                methods=["POST"],
            ),
            r("/_emu/installations", handler(self.installations), methods=["GET", "POST"]),
            r("/_emu/installations/{id}", handler(self.get_installation), methods=["GET"]),
            r("/_emu/installations/{id}/upgrade", handler(self.upgrade), methods=["POST"]),
            r("/_emu/installations/{id}/uninstall", handler(self.uninstall), methods=["POST"]),
            r("/_emu/installations/{id}/ui-invoke", handler(self.ui_invoke), methods=["POST"]),
            r("/_emu/installations/{id}/events", handler(self.events), methods=["POST"]),
            r("/_emu/installations/{id}/tokens", handler(self.mint_token), methods=["POST"]),
            r("/_emu/clock", handler(self.clock), methods=["GET", "POST"]),
            r("/_emu/scheduled/{key}/fire", handler(self.fire_scheduled), methods=["POST"]),
            r("/_emu/retries", handler(self.retries), methods=["GET", "POST"]),
            r("/_emu/deliveries", handler(self.deliveries), methods=["GET", "DELETE"]),
            r("/_emu/git-log", handler(self.git_log), methods=["GET", "DELETE"]),
            r("/_emu/bridge/{inv}/invoke-remote", handler(self.bridge_invoke), methods=["POST"]),
            r(
                "/_emu/bridge/{inv}/webtrigger/get-url",
                handler(self.bridge_wt_url),
                methods=["POST"],
            ),
            r(
                "/_emu/bridge/{inv}/webtrigger/delete-url",
                handler(self.bridge_wt_delete),
                methods=["POST"],
            ),
            r(
                "/_emu/bridge/{inv}/request-bitbucket",
                handler(self.bridge_request_bitbucket),
                methods=["POST"],
            ),
            r(
                "/wt/{inst}/public/{wt_id}",
                self.webtrigger,
                methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            ),
        ]

    # ---------------------------------------------------------------- discovery / settings
    async def jwks(self, _request: Request) -> Response:
        return JSONResponse(jwks(self.emu.fit_key), headers={"Cache-Control": "max-age=300"})

    async def info(self, _request: Request) -> Any:
        return self.emu.info()

    async def config(self, request: Request) -> Any:
        if request.method == "POST":
            self.emu.config.update(await _json(request))
        return self.emu.config.public_dict()

    async def register_app(self, request: Request) -> Any:
        if request.method == "POST":
            body = await _json(request)
            self.emu.register_app(body.get("manifest"), body.get("manifestPath"))
        return self.emu.manifest.summary()

    async def workspaces(self, _request: Request) -> Any:
        return {"workspaces": self.emu.workspaces()}

    async def repositories(self, request: Request) -> Any:
        ws = request.path_params["ws"]
        if request.method == "POST":
            return self.emu.add_repository(ws, await _json(request))
        return {"repositories": self.emu.repositories(ws)}

    async def repository(self, request: Request) -> Any:
        ws, repo = request.path_params["ws"], request.path_params["repo"]
        if request.method == "DELETE":
            self.emu.delete_repository(ws, repo)
            return {"deleted": True}
        body = await _json(request)
        result = None
        if "slug" in body or "name" in body:
            current = self.emu.world.workspace(ws)
            existing = current.find_repository(repo) if current else None
            new_slug = str(body.pop("slug", existing.slug if existing else repo))
            result = self.emu.rename_repository(ws, repo, new_slug, body.pop("name", None))
            repo = new_slug
        if body:
            result = self.emu.update_repository(ws, repo, body)
        return result

    async def push_commit(self, request: Request) -> Any:
        body = await _json(request)
        files = body.get("files")
        if not isinstance(files, dict):
            raise ControlError(400, "files must map paths to text (or null to delete)")
        return await self.emu.push_commit(
            request.path_params["ws"],
            request.path_params["repo"],
            files,
            str(body.get("message") or "Update"),
            body.get("author"),
        )

    # ---------------------------------------------------------------- installations
    async def installations(self, request: Request) -> Any:
        if request.method == "POST":
            body = await _json(request)
            workspace = (
                body.get("workspace") or body.get("workspaceUuid") or body.get("workspaceSlug")
            )
            if not workspace:
                raise ControlError(400, "workspace (slug or uuid) is required")
            return await self.emu.forge.install(
                str(workspace), body.get("installer") or body.get("installerAccountId"),
                body.get("version"),
            )  # fmt: skip
        return {
            "installations": [
                i.public(self.emu.base_url) for i in self.emu.world.installations.values()
            ]
        }

    async def get_installation(self, request: Request) -> Any:
        return self.emu.forge.installation(request.path_params["id"]).public(self.emu.base_url)

    async def upgrade(self, request: Request) -> Any:
        body = await _json(request)
        if not body.get("version"):
            raise ControlError(400, "version is required")
        return await self.emu.forge.upgrade(
            request.path_params["id"],
            str(body["version"]),
            bool(body.get("major")),
            body.get("scopes"),
        )

    async def uninstall(self, request: Request) -> Any:
        return await self.emu.forge.uninstall(request.path_params["id"])

    async def ui_invoke(self, request: Request) -> Any:
        body = await _json(request)
        if not body.get("path"):
            raise ControlError(400, "path is required")
        return await self.emu.forge.ui_invoke(
            request.path_params["id"],
            module_key=str(body.get("moduleKey") or "trace-settings"),
            account=body.get("account") or body.get("accountId"),
            principal=body.get("principal"),
            is_workspace_admin=body.get("isWorkspaceAdmin"),
            path=str(body["path"]),
            method=str(body.get("method") or "POST"),
            body=body.get("body"),
            headers=body.get("headers"),
        )

    async def events(self, request: Request) -> Any:
        body = await _json(request)
        event_type = body.get("eventType")
        if not event_type:
            raise ControlError(400, "eventType is required")
        payload = dict(body.get("payload") or {})
        payload.setdefault("eventType", event_type)
        inst = self.emu.forge.installation(request.path_params["id"])
        deliveries = await self.emu.forge.dispatch_event(inst, str(event_type), payload)
        return {"deliveries": deliveries}

    async def mint_token(self, request: Request) -> Any:
        """Test helper: a system token with an exact lifetime (and optionally other scopes)."""
        body = await _json(request)
        inst = self.emu.forge.installation(request.path_params["id"])
        ttl = int(body.get("ttl", 3600))
        scopes = body.get("scopes")
        record = self.emu.tokens.mint_raw(
            inst.uuid, list(scopes) if scopes is not None else inst.scopes, ttl
        )
        return {"token": record.token, "exp": record.exp, "fingerprint": record.fingerprint}

    # ---------------------------------------------------------------- time, triggers, logs
    async def clock(self, request: Request) -> Any:
        ran: list[dict[str, Any]] = []
        if request.method == "POST":
            body = await _json(request)
            if body.get("freeze"):
                self.emu.clock.freeze(body.get("at"))
            if body.get("unfreeze"):
                self.emu.clock.unfreeze()
            if body.get("advance"):
                self.emu.clock.advance(float(body["advance"]))
                ran = await self.emu.forge.run_due_retries()
        return {**self.emu.clock.state(), "retriesRun": ran}

    async def fire_scheduled(self, request: Request) -> Any:
        body = await _json(request)
        records = await self.emu.forge.fire_scheduled(
            request.path_params["key"], body.get("installation")
        )
        return {"deliveries": records}

    async def retries(self, request: Request) -> Any:
        ran = await self.emu.forge.run_due_retries() if request.method == "POST" else []
        return {"pending": self.emu.forge.pending_retries(), "ran": ran}

    async def deliveries(self, request: Request) -> Any:
        forge = self.emu.forge
        if request.method == "DELETE":
            forge.deliveries.clear()
            return {"deliveries": []}
        q = request.query_params
        items = forge.deliveries
        if q.get("kind"):
            items = [d for d in items if d["kind"] == q["kind"]]
        if q.get("installation"):
            items = [d for d in items if d["installationId"] == q["installation"]]
        if q.get("since"):
            items = [d for d in items if d["id"] > int(q["since"])]
        return {"deliveries": items}

    async def git_log(self, request: Request) -> Any:
        if request.method == "DELETE":
            self.emu.git.log.clear()
        return {"requests": self.emu.git.summary()}

    # ---------------------------------------------------------------- node runner bridge
    def _ctx(self, request: Request) -> Any:
        ctx = self.emu.forge.functions.get(request.path_params["inv"])
        if ctx is None:
            raise ControlError(404, "no running function invocation with this id")
        return ctx

    async def bridge_invoke(self, request: Request) -> Any:
        ctx = self._ctx(request)
        body = await _json(request)
        raw_body = body.get("body")
        if raw_body is not None and not isinstance(raw_body, str):
            raise ControlError(400, "body must be the exact string the app passed, or null")
        outcome = await self.emu.forge.function_invoke_remote(
            ctx,
            str(body.get("remoteKey")),
            str(body.get("path") or "/"),
            str(body.get("method") or "GET"),
            body.get("headers") or {},
            raw_body,
        )
        if outcome.error is not None:
            return JSONResponse({"error": f"invokeRemote failed: {outcome.error}"}, status_code=502)
        return {"status": outcome.status, "headers": outcome.headers, "body": outcome.body}

    async def bridge_wt_url(self, request: Request) -> Any:
        ctx = self._ctx(request)
        body = await _json(request)
        url = self.emu.forge.webtrigger_url(
            ctx, str(body.get("moduleKey")), bool(body.get("forceCreate"))
        )
        return {"url": url}

    async def bridge_wt_delete(self, request: Request) -> Any:
        ctx = self._ctx(request)
        body = await _json(request)
        self.emu.forge.delete_webtrigger_url(ctx, str(body.get("url") or ""))
        return {}

    async def bridge_request_bitbucket(self, request: Request) -> Any:
        """`api.asApp().requestBitbucket` from a function: our own REST with a system token."""
        ctx = self._ctx(request)
        body = await _json(request)
        inst = self.emu.world.installations[ctx.installation_uuid]
        token = self.emu.tokens.for_direct_delivery(inst.uuid, inst.scopes)
        client = await self.emu.forge.client()
        headers = {
            k: v for k, v in (body.get("headers") or {}).items() if k.lower() != "authorization"
        }
        headers["authorization"] = "Bearer " + token.token
        path = str(body.get("path") or "/")
        if not path.startswith("/"):
            raise ControlError(400, "path must start with /")
        resp = await client.request(
            str(body.get("method") or "GET"),
            self.emu.base_url + path,
            headers=headers,
            content=(body.get("body") or "").encode() or None,
        )
        return {"status": resp.status_code, "headers": dict(resp.headers), "body": resp.text}

    # ---------------------------------------------------------------- web triggers
    async def webtrigger(self, request: Request) -> Response:
        forge = self.emu.forge
        inst = self.emu.world.installations.get(request.path_params["inst"])
        wt_id = request.path_params["wt_id"]
        module_key = None
        if inst is not None:
            module_key = next((k for k, v in inst.webtrigger_ids.items() if v == wt_id), None)
        if inst is None or module_key is None:
            return JSONResponse({"message": "Not Found"}, status_code=404)
        if inst.status != "active":
            status = self.emu.config.webtrigger_after_uninstall_status
            return JSONResponse({"message": "Not Found"}, status_code=status)
        found = forge.manifest.module_by_key(module_key)
        if found is None:
            return JSONResponse({"message": "Not Found"}, status_code=404)
        module = found[1]
        limit_headers = self._rate_headers(wt_id)
        if limit_headers.get("X-Ratelimit-Remaining") == "0":
            return JSONResponse({"message": "Too Many Requests"}, 429, headers=limit_headers)
        raw = await request.body()
        headers: dict[str, list[str]] = {}
        for k, v in request.headers.items():
            headers.setdefault(k.lower(), []).append(v)
        forge_request = {
            "method": request.method,
            "headers": headers,
            "body": raw.decode("utf-8", errors="replace"),
            "path": request.url.path.split(f"/wt/{inst.uuid}", 1)[-1],
            "userPath": "",
            "queryParameters": {k: v for k, v in parse_qs(request.url.query).items()},
        }
        result = await forge.run_function(inst, module["function"], [forge_request, {}])
        response = _webtrigger_response(module, result)
        response.headers.update(limit_headers)
        forge.delivery_log.record(
            kind="webtrigger",
            inst=inst,
            module_key=module_key,
            url=str(request.url.path),
            method=request.method,
            headers=None,
            body=None,
            fit_claims=None,
            system_token=None,
            outcome=None,
            extra={"responseStatus": response.status_code, "functionOk": result.get("ok")},
        )
        return response

    def _rate_headers(self, wt_id: str) -> dict[str, str]:
        now = time.monotonic()
        hits = [t for t in self._wt_hits.get(wt_id, []) if t > now - 60]
        allowed = len(hits) < WEBTRIGGER_RATE_LIMIT
        if allowed:
            hits.append(now)
        self._wt_hits[wt_id] = hits
        reset = int(time.time() + 60 - (now - hits[0] if hits else 0))
        return {
            "X-Ratelimit-Limit": str(WEBTRIGGER_RATE_LIMIT),
            "X-Ratelimit-Remaining": str(
                max(0, WEBTRIGGER_RATE_LIMIT - len(hits)) if allowed else 0
            ),
            "X-Ratelimit-Reset": str(reset),
        }


def _webtrigger_response(module: dict[str, Any], result: dict[str, Any]) -> Response:
    """Static responses map `{outputKey}` to a declared output; dynamic pass the object through."""
    if not result.get("ok"):
        return JSONResponse({"message": "Internal Server Error"}, status_code=500)
    value = result.get("result")
    response_cfg = module.get("response") or {}
    if response_cfg.get("type") == "static":
        key = value.get("outputKey") if isinstance(value, dict) else None
        output = next((o for o in response_cfg.get("outputs") or [] if o.get("key") == key), None)
        if output is None:
            return JSONResponse({"message": "Internal Server Error"}, status_code=500)
        status = int(output.get("statusCode", 200))
        body = output.get("body")
        headers = {}
        if output.get("contentType"):
            headers["content-type"] = str(output["contentType"])
        # Nothing from the function's return value reaches the HTTP response.
        return Response(
            content=(body or "").encode() if status != 204 else b"",
            status_code=status,
            headers=headers,
        )
    if not isinstance(value, dict) or "statusCode" not in value:
        return JSONResponse({"message": "Internal Server Error"}, status_code=500)
    headers = {
        k: (", ".join(v) if isinstance(v, list) else str(v))
        for k, v in (value.get("headers") or {}).items()
    }
    return Response(
        content=str(value.get("body") or "").encode(),
        status_code=int(value["statusCode"]),
        headers=headers,
    )
