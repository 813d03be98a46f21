"""Event delivery: product and lifecycle events to triggers, retries, scheduled triggers."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from trace_emulator.errors import ControlError
from trace_emulator.forge.delivery_log import Outcome
from trace_emulator.forge.function_calls import FunctionCalls
from trace_emulator.forge.remote_calls import compact_json
from trace_emulator.manifest import ManifestError
from trace_emulator.model import Installation

logger = logging.getLogger(__name__)


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


class EventDelivery(FunctionCalls):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._retries: list[PendingRetry] = []

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
            record = self.delivery_log.record(
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
