"""Running the app's functions, and what they may ask of the platform (remote calls, web
trigger URLs) through the bridge (node) or directly (python)."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from trace_emulator.errors import ControlError
from trace_emulator.forge.delivery_log import Outcome
from trace_emulator.forge.remote_calls import RemoteCalls
from trace_emulator.manifest import ManifestError
from trace_emulator.model import Installation
from trace_emulator.tokens import installation_ari


@dataclass
class FunctionContext:
    """What a running function may do through the bridge (node) or directly (python)."""

    invocation_id: str
    installation_uuid: str
    function_key: str
    deadline: float
    requests: list[dict[str, Any]] = field(default_factory=list)


class FunctionCalls(RemoteCalls):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.functions: dict[str, FunctionContext] = {}
        self.runner: Any = None  # set by the app (functions.FunctionRunner)

    def _function_context(self, inst: Installation) -> dict[str, Any]:
        return {
            "installContext": f"ari:cloud:bitbucket::workspace/{inst.workspace_uuid}",
            "installation": {
                "ari": installation_ari(inst.uuid),
                "contexts": [{"name": "bitbucket", "workspaceId": inst.workspace_uuid}],
            },
            "environmentType": self.config.environment_type,
            "environmentId": self.config.environment_uuid,
        }

    async def run_function(
        self, inst: Installation, function_key: str, args: list[Any]
    ) -> dict[str, Any]:
        function = self.manifest.function(function_key)
        if function is None:
            raise ManifestError(f"unknown function {function_key}")
        handler = str(function.get("handler", "")).split(".")[-1]
        ctx = FunctionContext(
            invocation_id=secrets.token_urlsafe(12),
            installation_uuid=inst.uuid,
            function_key=function_key,
            deadline=time.monotonic() + self.config.function_timeout,
        )
        self.functions[ctx.invocation_id] = ctx
        try:
            result: dict[str, Any] = await self.runner.run(handler, args, ctx)
        finally:
            self.functions.pop(ctx.invocation_id, None)
        return result

    async def function_invoke_remote(
        self,
        ctx: FunctionContext,
        remote_key: str,
        path: str,
        method: str,
        headers: dict[str, str] | None,
        body: str | None,
    ) -> Outcome:
        inst = self.world.installations[ctx.installation_uuid]
        remote = self.manifest.remote(remote_key)
        if remote is None:
            raise ControlError(400, f"unknown remote {remote_key}")
        if "compute" not in (remote.get("operations") or []):
            raise ControlError(400, f"remote {remote_key} lacks the `compute` operation")
        token = None
        if self.manifest.system_token_allowed(remote.get("auth")):
            token = self.tokens.for_function_delivery(
                inst.uuid, inst.scopes, self.config.function_token_ttl
            )
        fit, claims = self.fits.mint(
            app=self._app_claims(inst, self.config.function_module_type, ctx.function_key)
        )
        ctx.requests.append({"path": path, "method": method, "headers": headers, "body": body})
        timeout = max(0.1, ctx.deadline - time.monotonic())
        outcome, _record = await self._send(
            kind="function",
            inst=inst,
            module_key=ctx.function_key,
            url=self.manifest.endpoint_url({"remote": remote_key}, path),
            method=(method or "GET").upper(),
            headers=self._build_headers(inst, fit, token, headers),
            body=body,
            timeout=timeout,
            fit_claims=claims,
            system_token=token,
        )
        return outcome

    def webtrigger_url(self, ctx: FunctionContext, module_key: str, force_create: bool) -> str:
        inst = self.world.installations[ctx.installation_uuid]
        found = self.manifest.module_by_key(module_key)
        if found is None or found[0] != "webtrigger":
            raise ControlError(400, f"no webtrigger module {module_key}")
        if force_create or module_key not in inst.webtrigger_ids:
            inst.webtrigger_ids[module_key] = (
                secrets.token_urlsafe(19).replace("-", "x").replace("_", "y")
            )
        return self.webtrigger_url_for(inst, module_key)

    def webtrigger_url_for(self, inst: Installation, module_key: str) -> str:
        return f"{self.base_url}/wt/{inst.uuid}/public/{inst.webtrigger_ids[module_key]}"

    def delete_webtrigger_url(self, ctx: FunctionContext, url: str) -> None:
        inst = self.world.installations[ctx.installation_uuid]
        for key, wt_id in list(inst.webtrigger_ids.items()):
            if url.rstrip("/").endswith("/" + wt_id):
                del inst.webtrigger_ids[key]
