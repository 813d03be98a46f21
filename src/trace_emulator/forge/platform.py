"""The Forge platform side: installations, the invocation engine and the delivery log.

Every call to the app's remote (Trace) goes through `Engine._send`, which adds the FIT, the
B3 trace headers and, when the manifest allows it, the app system token — exactly as §1.1-§1.3
describe — and records a redacted copy in the delivery log.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
import json
import logging
import secrets
import time
import uuid as uuidlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from trace_emulator.clock import Clock
from trace_emulator.config import EmulatorConfig
from trace_emulator.manifest import SETTINGS_PAGE_TYPE, Manifest, ManifestError
from trace_emulator.model import Installation, World, braces, strip_braces
from trace_emulator.tokens import (
    FitMinter,
    SystemToken,
    SystemTokenService,
    app_ari,
    environment_ari,
    installation_ari,
)

if TYPE_CHECKING:
    import httpx

logger = logging.getLogger(__name__)

REDACTED = "<redacted>"
SECRET_HEADERS = {"authorization", "x-forge-oauth-system", "x-forge-oauth-user"}
MAX_LOGGED_BODY = 8192
UI_401_MESSAGE = "Remote could not verify the Forge Invocation Token"


class ControlError(Exception):
    """A control-plane request that cannot be honoured (maps to an HTTP status)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Outcome:
    """Result of one HTTP call to the remote."""

    status: int | None
    headers: dict[str, str]
    body: str
    error: str | None  # "timeout" | "network" | None
    duration_ms: int


@dataclass
class PendingRetry:
    due: float
    kind: str
    installation_uuid: str
    module_key: str
    event: dict[str, Any]
    retry_count: int
    retry_reason: str
    retry_data: Any = None


@dataclass
class FunctionContext:
    """What a running function may do through the bridge (node) or directly (python)."""

    invocation_id: str
    installation_uuid: str
    function_key: str
    deadline: float
    requests: list[dict[str, Any]] = field(default_factory=list)


def compact_json(value: Any) -> str:
    """`JSON.stringify` output: no spaces, non-ASCII kept as is."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


class Engine:
    def __init__(
        self,
        config: EmulatorConfig,
        world: World,
        clock: Clock,
        fits: FitMinter,
        tokens: SystemTokenService,
        manifest: Manifest,
    ) -> None:
        self.config = config
        self.world = world
        self.clock = clock
        self.fits = fits
        self.tokens = tokens
        self.manifest = manifest
        self.base_url = f"http://{config.host}:{config.port}"
        self.deliveries: list[dict[str, Any]] = []
        self._delivery_ids = itertools.count(1)
        self._retries: list[PendingRetry] = []
        self.functions: dict[str, FunctionContext] = {}
        self.runner: Any = None  # set by the app (functions.FunctionRunner)
        self._client: httpx.AsyncClient | None = None

    # ------------------------------------------------------------------ plumbing
    @property
    def app_ari(self) -> str:
        return app_ari(self.config.app_uuid)

    @property
    def api_base_url(self) -> str:
        return self.base_url

    @property
    def git_base_url(self) -> str:
        return self.base_url + "/git"

    async def client(self) -> httpx.AsyncClient:
        if self._client is None:
            import httpx  # deferred: importing httpx costs ~0.2 s of start-up

            # Forge does not follow redirects for remotes (3xx is an error for UI calls).
            # No keep-alive: each invocation is its own connection, as Forge's are, and a
            # remote closing an idle pooled connection can never turn into a spurious failure.
            self._client = httpx.AsyncClient(
                follow_redirects=False,
                trust_env=False,
                limits=httpx.Limits(max_keepalive_connections=0),
            )
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def installation(self, ident: str) -> Installation:
        inst = self.world.installations.get(strip_braces(ident.rsplit("/", 1)[-1]))
        if inst is None:
            raise ControlError(404, f"no installation {ident}")
        return inst

    def _app_claims(self, inst: Installation, module_type: str, module_key: str) -> dict[str, Any]:
        inst_ari = installation_ari(inst.uuid)
        return {
            "id": self.app_ari,
            "appVersion": inst.app_version,
            "installationId": inst_ari,
            "apiBaseUrl": self.api_base_url,
            "installation": {
                "id": inst_ari,
                "contexts": [
                    {
                        "name": "bitbucket",
                        "apiBaseUrl": self.api_base_url,
                        "workspaceId": inst.workspace_uuid,
                    }
                ],
            },
            "environment": {
                "type": self.config.environment_type,
                "id": environment_ari(self.config.app_uuid, self.config.environment_uuid),
            },
            "module": {"type": module_type, "key": module_key},
        }

    def _trace_headers(self) -> dict[str, str]:
        trace_id = secrets.token_hex(16)
        span_id = secrets.token_hex(8)
        headers = {"x-b3-traceid": trace_id, "x-b3-spanid": span_id}
        if self.config.send_traceparent:
            headers["traceparent"] = f"00-{trace_id}-{span_id}-01"
        return headers

    def _system_header(self, token: SystemToken) -> str:
        return ("Bearer " + token.token) if self.config.system_token_bearer_prefix else token.token

    async def _send(
        self,
        *,
        kind: str,
        inst: Installation,
        module_key: str,
        url: str,
        method: str,
        headers: dict[str, str],
        body: str | None,
        timeout: float,
        fit_claims: dict[str, Any],
        system_token: SystemToken | None,
        extra: dict[str, Any] | None = None,
    ) -> tuple[Outcome, dict[str, Any]]:
        import httpx

        started = time.monotonic()
        client = await self.client()
        status: int | None = None
        resp_headers: dict[str, str] = {}
        text = ""
        error: str | None = None
        try:
            response = await client.request(
                method,
                url,
                headers=headers,
                content=body.encode() if body is not None else None,
                timeout=timeout,
            )
            status = response.status_code
            resp_headers = {k.lower(): v for k, v in response.headers.items()}
            text = response.text
        except httpx.TimeoutException:
            error = "timeout"
        except httpx.HTTPError as exc:
            error = "network"
            logger.info(
                "remote_call_failed",
                extra={"installation": inst.uuid, "kind": kind, "error": type(exc).__name__},
            )
        outcome = Outcome(
            status, resp_headers, text, error, int((time.monotonic() - started) * 1000)
        )
        record = self.record_delivery(
            kind=kind,
            inst=inst,
            module_key=module_key,
            url=url,
            method=method,
            headers=headers,
            body=body,
            fit_claims=fit_claims,
            system_token=system_token,
            outcome=outcome,
            extra=extra,
        )
        return outcome, record

    def record_delivery(
        self,
        *,
        kind: str,
        inst: Installation | None,
        module_key: str,
        url: str | None,
        method: str | None,
        headers: dict[str, str] | None,
        body: str | None,
        fit_claims: dict[str, Any] | None,
        system_token: SystemToken | None,
        outcome: Outcome | None,
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        redacted = {
            k: (REDACTED if k.lower() in SECRET_HEADERS else v) for k, v in (headers or {}).items()
        }
        record: dict[str, Any] = {
            "id": next(self._delivery_ids),
            "at": self.clock.now(),
            "kind": kind,
            "installationId": inst.uuid if inst else None,
            "module": module_key,
            "url": url,
            "method": method,
            "headers": redacted,
            "body": body[:MAX_LOGGED_BODY] if body is not None else None,
            "fitClaims": copy.deepcopy(fit_claims),
            "systemToken": (
                {"fingerprint": system_token.fingerprint, "exp": system_token.exp}
                if system_token
                else None
            ),
            "status": outcome.status if outcome else None,
            "responseBody": outcome.body[:MAX_LOGGED_BODY] if outcome else None,
            "error": outcome.error if outcome else None,
            "durationMs": outcome.duration_ms if outcome else None,
        }
        if extra:
            record.update(extra)
        self.deliveries.append(record)
        return record

    def _build_headers(
        self,
        inst: Installation,
        fit: str,
        system_token: SystemToken | None,
        custom: dict[str, str] | None = None,
    ) -> dict[str, str]:
        headers: dict[str, str] = {}
        for k, v in (custom or {}).items():
            if k.lower() in SECRET_HEADERS or k.lower().startswith("x-b3-"):
                continue  # the platform owns these
            headers[k.lower()] = str(v)
        headers["authorization"] = "Bearer " + fit
        headers.update(self._trace_headers())
        if system_token is not None:
            headers["x-forge-oauth-system"] = self._system_header(system_token)
        return headers

    # ------------------------------------------------------------------ lifecycle
    async def install(
        self,
        workspace: str,
        installer: str | None = None,
        version: str | None = None,
    ) -> dict[str, Any]:
        ws = self.world.workspace(workspace)
        if ws is None:
            raise ControlError(404, f"no workspace {workspace}")
        installer_id = self._resolve_account(installer, ws, require_admin=True)
        with self.world.lock:
            if self.world.active_installation(ws.uuid) is not None:
                raise ControlError(409, f"the app is already installed in {ws.slug}")
            inst = Installation(
                uuid=str(uuidlib.uuid4()),  # new id every time, reinstall included (§2.2)
                workspace_uuid=ws.uuid,
                installer_account_id=installer_id,
                app_version=version or self.config.app_version,
                scopes=self.manifest.scopes,
                created_at=self.clock.now(),
            )
            self.world.installations[inst.uuid] = inst
        event: dict[str, Any] = {
            "id": inst.uuid,
            "installerAccountId": installer_id,
            "app": {
                "id": self.config.app_uuid,
                "version": inst.app_version,
                "name": "Trace",
                "ownerAccountId": "5ffed3379edf280075d75b20",
            },
            "environment": {"id": self.config.environment_uuid},
        }
        if self.config.lifecycle_extra_fields:
            event["eventType"] = "avi:forge:installed:app"
            event["context"] = f"ari:cloud:bitbucket::workspace/{ws.uuid}"
        deliveries = await self.dispatch_event(inst, "avi:forge:installed:app", event, "lifecycle")
        return {"installation": inst.public(self.base_url), "deliveries": deliveries}

    async def upgrade(
        self, ident: str, version: str, major: bool, scopes: list[str] | None = None
    ) -> dict[str, Any]:
        inst = self.installation(ident)
        if inst.status != "active":
            raise ControlError(409, "installation is not active")
        inst.app_version = version
        deliveries: list[dict[str, Any]] = []
        if scopes is not None:
            inst.scopes = list(scopes)
        if major:  # avi:forge:upgraded:app fires only on major upgrades (§2.2)
            event: dict[str, Any] = {
                "id": inst.uuid,
                "upgraderAccountId": inst.installer_account_id,
                "app": {"id": self.config.app_uuid, "version": version},
                "environment": {"id": self.config.environment_uuid},
                "permissions": {"scopes": list(inst.scopes), "external": {}},
            }
            if self.config.lifecycle_extra_fields:
                event["eventType"] = "avi:forge:upgraded:app"
                event["context"] = f"ari:cloud:bitbucket::workspace/{inst.workspace_uuid}"
            deliveries = await self.dispatch_event(
                inst, "avi:forge:upgraded:app", event, "lifecycle"
            )
        return {"installation": inst.public(self.base_url), "deliveries": deliveries}

    async def uninstall(self, ident: str) -> dict[str, Any]:
        inst = self.installation(ident)
        if inst.status != "active":
            raise ControlError(409, "installation is not active")
        deliveries: list[dict[str, Any]] = []
        for module in self.manifest.modules("preUninstall"):
            deliveries.append(await self._run_pre_uninstall(inst, module))
        inst.status = "uninstalled"
        inst.uninstalled_at = self.clock.now()
        revoked = 0
        if self.config.revoke_on_uninstall:
            revoked = self.tokens.revoke_installation(inst.uuid)
        self._retries = [r for r in self._retries if r.installation_uuid != inst.uuid]
        return {
            "installation": inst.public(self.base_url),
            "deliveries": deliveries,
            "revokedTokens": revoked,
        }

    async def _run_pre_uninstall(
        self, inst: Installation, module: dict[str, Any]
    ) -> dict[str, Any]:
        # Best effort: non-blocking for the uninstall, failures ignored (§2.2).
        payload: dict[str, Any] = {
            "context": {"installContext": f"ari:cloud:bitbucket::workspace/{inst.workspace_uuid}"},
            "moduleKey": module.get("key"),
        }
        if "endpoint" in module:
            endpoint = self.manifest.endpoint(module["endpoint"])
            if endpoint is None:
                raise ManifestError(f"preUninstall names unknown endpoint {module['endpoint']}")
            token = None
            if self.config.pre_uninstall_system_token and self.manifest.system_token_allowed(
                endpoint.get("auth")
            ):
                token = self.tokens.for_direct_delivery(inst.uuid, inst.scopes)
            fit, claims = self.fits.mint(
                app=self._app_claims(inst, "core:endpoint", endpoint["key"])
            )
            headers = self._build_headers(inst, fit, token, {"content-type": "application/json"})
            body = compact_json(self._envelope(payload))
            _outcome, record = await self._send(
                kind="preUninstall",
                inst=inst,
                module_key=str(module.get("key")),
                url=self.manifest.endpoint_url(endpoint),
                method="POST",
                headers=headers,
                body=body,
                timeout=self.config.pre_uninstall_timeout,
                fit_claims=claims,
                system_token=token,
            )
            return record
        result = await self.run_function(inst, module["function"], [payload, {}])
        return self.record_delivery(
            kind="preUninstall-function",
            inst=inst,
            module_key=str(module.get("key")),
            url=None,
            method=None,
            headers=None,
            body=None,
            fit_claims=None,
            system_token=None,
            outcome=None,
            extra={"functionResult": result},
        )

    def _envelope(self, event: dict[str, Any]) -> dict[str, Any]:
        return {"payload": event} if self.config.envelope == "payload" else event

    # ------------------------------------------------------------------ events
    async def dispatch_event(
        self, inst: Installation, event_type: str, event: dict[str, Any], kind: str = "event"
    ) -> list[dict[str, Any]]:
        if inst.status != "active":
            raise ControlError(409, "installation is not active")
        records = []
        for trigger in self.manifest.triggers_for(event_type):
            records.append(await self._deliver(kind, inst, trigger, event, retry_count=0))
        return records

    async def _deliver(
        self,
        kind: str,
        inst: Installation,
        module: dict[str, Any],
        event: dict[str, Any],
        retry_count: int,
        retry_reason: str | None = None,
        retry_data: Any = None,
    ) -> dict[str, Any]:
        body_event = dict(event)
        if retry_count:
            body_event["retryContext"] = {
                "retryCount": retry_count,
                "retryReason": retry_reason,
                "retryData": retry_data,
            }
        module_key = str(module.get("key"))
        if "function" in module:
            result = await self.run_function(
                inst, module["function"], [body_event, self._function_context(inst)]
            )
            retry = _invocation_error(result)
            record = self.record_delivery(
                kind=kind,
                inst=inst,
                module_key=module_key,
                url=None,
                method=None,
                headers=None,
                body=compact_json(body_event),
                fit_claims=None,
                system_token=None,
                outcome=None,
                extra={"target": "function", "attempt": retry_count + 1, "functionResult": result},
            )
            if retry is not None and retry_count < self.config.max_retries:
                delay = float(retry.get("retryAfter") or self.config.retry_delay)
                self._schedule(
                    kind, inst, module_key, event, retry_count + 1,
                    str(retry.get("retryReason") or "FUNCTION_RETRY_REQUEST"),
                    retry.get("retryData"), delay,
                )  # fmt: skip
                record["retryScheduled"] = True
            return record
        endpoint = self.manifest.endpoint(module["endpoint"])
        if endpoint is None:
            raise ManifestError(f"trigger {module_key} names unknown endpoint")
        token = None
        if self.manifest.system_token_allowed(endpoint.get("auth")):
            token = self.tokens.for_direct_delivery(inst.uuid, inst.scopes)
        fit, claims = self.fits.mint(app=self._app_claims(inst, "core:endpoint", endpoint["key"]))
        headers = self._build_headers(inst, fit, token, {"content-type": "application/json"})
        outcome, record = await self._send(
            kind=kind,
            inst=inst,
            module_key=module_key,
            url=self.manifest.endpoint_url(endpoint),
            method="POST",
            headers=headers,
            body=compact_json(self._envelope(body_event)),
            timeout=self.config.event_timeout,
            fit_claims=claims,
            system_token=token,
            extra={"target": "endpoint", "attempt": retry_count + 1},
        )
        reason = _retry_reason(outcome)
        if reason is not None and retry_count < self.config.max_retries:
            self._schedule(
                kind, inst, module_key, event, retry_count + 1, reason, None,
                self.config.retry_delay,
            )  # fmt: skip
            record["retryScheduled"] = True
        return record

    def _schedule(
        self,
        kind: str,
        inst: Installation,
        module_key: str,
        event: dict[str, Any],
        retry_count: int,
        reason: str,
        data: Any,
        delay: float,
    ) -> None:
        self._retries.append(
            PendingRetry(
                due=self.clock.now() + delay,
                kind=kind,
                installation_uuid=inst.uuid,
                module_key=module_key,
                event=event,
                retry_count=retry_count,
                retry_reason=reason,
                retry_data=data,
            )
        )

    def pending_retries(self) -> list[dict[str, Any]]:
        return [
            {
                "due": r.due,
                "installationId": r.installation_uuid,
                "module": r.module_key,
                "retryCount": r.retry_count,
                "retryReason": r.retry_reason,
            }
            for r in self._retries
        ]

    async def run_due_retries(self) -> list[dict[str, Any]]:
        now = self.clock.now()
        due = [r for r in self._retries if r.due <= now]
        self._retries = [r for r in self._retries if r.due > now]
        records = []
        for r in sorted(due, key=lambda r: r.due):
            inst = self.world.installations.get(r.installation_uuid)
            found = self.manifest.module_by_key(r.module_key)
            if inst is None or inst.status != "active" or found is None:
                continue
            records.append(
                await self._deliver(
                    r.kind, inst, found[1], r.event, r.retry_count, r.retry_reason, r.retry_data
                )
            )
        return records

    async def retry_loop(self) -> None:
        while True:
            await asyncio.sleep(0.1)
            if self._retries:
                try:
                    await self.run_due_retries()
                except Exception:
                    logger.exception("retry_loop_failed")

    async def fire_scheduled(
        self, key: str, installation: str | None = None
    ) -> list[dict[str, Any]]:
        module = next(
            (m for m in self.manifest.modules("scheduledTrigger") if m.get("key") == key), None
        )
        if module is None:
            raise ControlError(404, f"no scheduledTrigger {key} in the manifest")
        targets = (
            [self.installation(installation)]
            if installation
            else [i for i in self.world.installations.values() if i.status == "active"]
        )
        records = []
        for inst in targets:
            if inst.status != "active":
                continue
            copies = 2 if self.config.duplicate_scheduled else 1
            for _ in range(copies):
                event = {
                    "context": {
                        "installContext": f"ari:cloud:bitbucket::workspace/{inst.workspace_uuid}"
                    }
                }
                records.append(await self._deliver("scheduled", inst, module, event, 0))
        return records

    # ------------------------------------------------------------------ UI invocations
    async def ui_invoke(
        self,
        ident: str,
        *,
        module_key: str,
        account: str | None = None,
        principal: str | None = None,
        is_workspace_admin: bool | None = None,
        path: str,
        method: str = "POST",
        body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        inst = self.installation(ident)
        if inst.status != "active":
            raise ControlError(404, "the app is not installed in this workspace")
        found = self.manifest.module_by_key(module_key)
        if found is None or not found[0].startswith("bitbucket:"):
            raise ControlError(404, f"no UI module {module_key}")
        module_type, module = found
        ws = self.world.workspace(inst.workspace_uuid)
        assert ws is not None
        if principal is None:
            user = self.world.user(account or "")
            if user is None or user.account_id not in ws.members:
                raise ControlError(403, "the user is not a member of this workspace")
            principal = user.account_id
            is_admin = ws.members[user.account_id]
        else:
            is_admin = bool(is_workspace_admin)
        # Bitbucket shows workspace settings only to admins; strict gating models Forge
        # refusing the FIT, lenient the UNCONFIRMED "Forge still mints" case (§10.2).
        if module_type == SETTINGS_PAGE_TYPE and not is_admin and self.config.gating == "strict":
            self.record_delivery(
                kind="ui-refused",
                inst=inst,
                module_key=module_key,
                url=None,
                method=method,
                headers=None,
                body=None,
                fit_claims=None,
                system_token=None,
                outcome=None,
                extra={"principal": principal},
            )
            raise ControlError(403, "Workspace settings are only available to workspace admins")
        if body is not None and not isinstance(body, dict):
            raise ControlError(400, "invokeRemote body must be a JSON object")
        endpoint_key = (module.get("resolver") or {}).get("endpoint")
        endpoint = self.manifest.endpoint(endpoint_key) if endpoint_key else None
        if endpoint is None:
            raise ControlError(400, f"module {module_key} has no remote resolver endpoint")
        token = None
        if self.manifest.system_token_allowed(endpoint.get("auth")):
            token = self.tokens.for_direct_delivery(inst.uuid, inst.scopes)
        ws_braced = braces(ws.uuid)
        context = {
            "workspaceId": ws_braced,
            "moduleKey": module_key,
            "localId": f"{module_key}-{secrets.token_hex(4)}",
            "extension": {
                "type": module_type,
                "workspace": {"uuid": ws_braced},
                "location": (
                    f"{self.base_url}/{ws.slug}/workspace/settings/forge/"
                    f"{self.config.app_uuid}/{self.config.environment_uuid}/{module_key}"
                ),
            },
        }
        fit, claims = self.fits.mint(
            app=self._app_claims(inst, module_type, module_key),
            context=context,
            principal=principal,
        )
        custom = dict(headers or {})
        text_body = None
        if body is not None and method.upper() not in ("GET", "HEAD"):
            text_body = compact_json(body)
            custom.setdefault("content-type", "application/json")
        outcome, record = await self._send(
            kind="ui",
            inst=inst,
            module_key=module_key,
            url=self.manifest.endpoint_url(endpoint, path),
            method=method.upper(),
            headers=self._build_headers(inst, fit, token, custom),
            body=text_body,
            timeout=self.config.ui_timeout,
            fit_claims=claims,
            system_token=token,
            extra={"principal": principal},
        )
        result = ui_result(outcome)
        record["uiResult"] = {k: v for k, v in result.items() if k != "body"}
        return result

    # ------------------------------------------------------------------ functions
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

    # ------------------------------------------------------------------ web triggers
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

    def _resolve_account(self, ident: str | None, ws: Any, require_admin: bool) -> str:
        if ident is None:
            admins = [a for a, admin in ws.members.items() if admin]
            if not admins:
                raise ControlError(400, f"workspace {ws.slug} has no admin to install the app")
            return str(admins[0])
        user = self.world.user(ident)
        if user is None or user.account_id not in ws.members:
            raise ControlError(403, "the installer is not a member of this workspace")
        if require_admin and not ws.members[user.account_id]:
            # Installing needs admin rights on the workspace (§2.7).
            raise ControlError(403, "only workspace admins can install apps")
        return user.account_id


def _invocation_error(result: dict[str, Any]) -> dict[str, Any] | None:
    """A function asks for redelivery by returning an InvocationError (`retryOptions`)."""
    value = result.get("result") if result.get("ok") else None
    if isinstance(value, dict) and isinstance(value.get("retryOptions"), dict):
        return dict(value["retryOptions"])
    return None


def _retry_reason(outcome: Outcome) -> str | None:
    if outcome.error == "timeout":
        return "TIMEOUT_ERROR"
    if outcome.error is not None:
        return "INVALID_REMOTE_INVOCATION_ERROR"
    assert outcome.status is not None
    if outcome.status == 401:
        return "INVALID_FORGE_INVOCATION_TOKEN"
    if not 200 <= outcome.status < 300:
        return "INVALID_REMOTE_INVOCATION_ERROR"
    return None


def ui_result(outcome: Outcome) -> dict[str, Any]:
    """Apply the UI invokeRemote response rules (§1.1) and shape what the frontend gets."""
    base: dict[str, Any] = {"status": outcome.status, "ok": False, "body": None, "error": None}
    if outcome.error is not None:
        base["error"] = (
            "Remote invocation timed out"
            if outcome.error == "timeout"
            else ("Remote could not be reached")
        )
        return base
    status = outcome.status or 0
    content_type = outcome.headers.get("content-type", "")
    parsed: Any = None
    is_json = False
    if outcome.body:
        try:
            parsed = json.loads(outcome.body)
            is_json = True
        except ValueError:
            parsed = outcome.body
    if 300 <= status < 400:
        base["error"] = "Remote returned a redirect; redirects are not supported"
    elif status == 401:
        base["error"] = UI_401_MESSAGE
    elif 200 <= status < 300:
        base["ok"] = True
        base["body"] = parsed
    elif not is_json or (content_type and not content_type.startswith("application/json")):
        base["error"] = "Remote returned an error without a JSON body"
    else:
        base["error"] = f"Remote returned HTTP {status}"
        base["body"] = parsed
    return base
