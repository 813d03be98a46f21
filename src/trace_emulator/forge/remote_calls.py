"""Calls from the platform to the app's remote (Trace), as Forge makes them.

Every call goes through `RemoteCalls._send`, which adds the FIT, the B3 trace headers and, when
the manifest allows it, the app system token — exactly as §1.1-§1.3 describe — and records a
redacted copy in the delivery log. The other parts of the platform (installations, event
delivery, UI invocations, functions) build on this class.
"""

from __future__ import annotations

import json
import logging
import secrets
import time
from typing import TYPE_CHECKING, Any

from trace_emulator.clock import Clock
from trace_emulator.config import EmulatorConfig
from trace_emulator.errors import ControlError
from trace_emulator.forge.delivery_log import SECRET_HEADERS, DeliveryLog, Outcome
from trace_emulator.manifest import Manifest
from trace_emulator.model import Installation, World, strip_braces
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


def compact_json(value: Any) -> str:
    """`JSON.stringify` output: no spaces, non-ASCII kept as is."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


class RemoteCalls:
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
        self.delivery_log = DeliveryLog(clock)
        self._client: httpx.AsyncClient | None = None

    @property
    def deliveries(self) -> list[dict[str, Any]]:
        return self.delivery_log.entries

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
        record = self.delivery_log.record(
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

    def _envelope(self, event: dict[str, Any]) -> dict[str, Any]:
        return {"payload": event} if self.config.envelope == "payload" else event
