"""Function runner: run the app's handlers either as the real JavaScript in Node (through
`forge-app/emulator/run-function.mjs`, see docs/internals/forge-node-runner.md) or natively in
Python.

Both modes reach the platform through the same operations (`invoke_remote`, web trigger URLs),
so the requests Trace receives are identical; `tests/emulator/test_contract.py` proves it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trace_emulator.forge.delivery_log import Outcome
from trace_emulator.forge.function_calls import FunctionContext
from trace_emulator.forge.remote_calls import compact_json

if TYPE_CHECKING:
    from trace_emulator.forge.platform import ForgePlatform

logger = logging.getLogger(__name__)

NONCE_RE = re.compile(r"[A-Za-z0-9_-]{32,128}")
TOKEN_PULL_MODULE = "trace-token-pull"  # noqa: S105 - a module key


def default_forge_app_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "forge-app"


def node_runner_script(forge_app_dir: Path) -> Path:
    return forge_app_dir / "emulator" / "run-function.mjs"


class PlatformApi:
    """What `@forge/api` offers a function, bound to one invocation."""

    def __init__(self, forge: ForgePlatform, ctx: FunctionContext) -> None:
        self._forge = forge
        self._ctx = ctx

    async def invoke_remote(
        self,
        remote_key: str,
        *,
        path: str,
        method: str = "GET",
        headers: dict[str, str] | None = None,
        body: str | None = None,
    ) -> Outcome:
        return await self._forge.function_invoke_remote(
            self._ctx, remote_key, path, method, headers, body
        )

    async def webtrigger_get_url(self, module_key: str, force_create: bool = False) -> str:
        return self._forge.webtrigger_url(self._ctx, module_key, force_create)


# --- the Python equivalent of forge-app/src (index.js, lib/lifecycle.js, lib/push.js,
# lib/token-pull.js) ---
# Kept decision-for-decision in step with the JS; tests/emulator/test_contract.py runs both.
MAX_LIFECYCLE_RETRIES = 4
MAX_TOKEN_PULL_BODY_BYTES = 1024
PUSH_EVENT_TYPE = "avi:bitbucket:push:repository"


def _retryable(status: int) -> bool:
    return status in (401, 408, 429) or status >= 500


def _retry_count(event: Any) -> int:
    ctx = event.get("retryContext") if isinstance(event, dict) else None
    count = ctx.get("retryCount") if isinstance(ctx, dict) else None
    # JS Number.isInteger: 2 and 2.0 are both integers; booleans are not numbers.
    if isinstance(count, bool) or not isinstance(count, (int, float)):
        return 0
    return int(count) if float(count).is_integer() and count > 0 else 0


async def on_lifecycle(api: PlatformApi, event: Any, _context: Any = None) -> Any:
    if not isinstance(event, dict):
        return None
    retry_count = _retry_count(event)

    retry = _retry_or_give_up(retry_count)
    try:
        token_pull_url = await api.webtrigger_get_url(TOKEN_PULL_MODULE)
    except Exception:
        return retry()
    if not isinstance(token_pull_url, str) or not token_pull_url:
        return retry()
    res = await api.invoke_remote(
        "trace",
        path="/forge/v1/lifecycle",
        method="POST",
        headers={"content-type": "application/json"},
        body=compact_json({"event": event, "tokenPullUrl": token_pull_url}),
    )
    return _answer(res.status, retry)


def _retry_or_give_up(retry_count: int) -> Callable[[], Any]:
    def retry() -> Any:
        if retry_count >= MAX_LIFECYCLE_RETRIES:
            return None
        # The InvocationError shape Forge reads (same as the @forge/events stand-in).
        return {
            "_retry": True,
            "retryOptions": {
                "retryAfter": 5 ** (retry_count + 1),
                "retryReason": "FUNCTION_RETRY_REQUEST",
            },
        }

    return retry


def _answer(status: int | None, retry: Callable[[], Any]) -> Any:
    if status is None:  # unreachable / timed out
        return retry()
    if 200 <= status < 300:
        return None
    return retry() if _retryable(status) else None


def push_body(event: dict[str, Any]) -> str:
    """lib/push.js `pushBody`: the event without retryContext and without the commit list."""
    rest = {k: v for k, v in event.items() if k != "retryContext"}
    push = rest.get("push")
    if isinstance(push, dict):
        rest["push"] = {k: v for k, v in push.items() if k != "commits"}
    return compact_json({"event": rest})


async def on_push(api: PlatformApi, event: Any, _context: Any = None) -> Any:
    if not isinstance(event, dict):
        return None
    if "eventType" in event and event["eventType"] != PUSH_EVENT_TYPE:
        return None
    res = await api.invoke_remote(
        "trace",
        path="/forge/v1/push",
        method="POST",
        headers={"content-type": "application/json"},
        body=push_body(event),
    )
    return _answer(res.status, _retry_or_give_up(_retry_count(event)))


def _parse_token_pull(request: Any) -> str | None:
    if not isinstance(request, dict):
        return None
    method = request.get("method")
    if not isinstance(method, str) or method.upper() != "POST":
        return None
    headers = request.get("headers")
    if isinstance(headers, dict):
        for key, value in headers.items():
            if key.lower() != "content-type":
                continue
            first = value[0] if isinstance(value, list) and value else value
            media_type = first.split(";", 1)[0].strip().lower() if isinstance(first, str) else None
            if media_type is not None and media_type != "application/json":
                return None
            break
    body = request.get("body")
    if not isinstance(body, str) or not body:
        return None
    # TextEncoder counts a lone surrogate as 3 bytes; "surrogatepass" does the same.
    if len(body.encode("utf-8", "surrogatepass")) > MAX_TOKEN_PULL_BODY_BYTES:
        return None
    try:
        parsed = json.loads(body)
    except ValueError:
        return None
    if not isinstance(parsed, dict) or list(parsed) != ["nonce"]:
        return None
    nonce = parsed["nonce"]
    # fullmatch: `$` would also accept a trailing newline, which the JS pattern refuses.
    if not isinstance(nonce, str) or not NONCE_RE.fullmatch(nonce):
        return None
    return nonce


async def token_pull(api: PlatformApi, request: Any, _context: Any = None) -> Any:
    nonce = _parse_token_pull(request)
    if nonce is None:
        return {"outputKey": "refused"}
    res = await api.invoke_remote(
        "trace",
        path="/forge/v1/token-delivery",
        method="POST",
        headers={"content-type": "application/json"},
        body=compact_json({"nonce": nonce}),
    )
    status = res.status or 0
    if 200 <= status < 300:
        return {"outputKey": "delivered"}
    if 400 <= status < 500 and status not in (401, 408, 429):
        return {"outputKey": "refused"}
    return {"outputKey": "failed"}


PYTHON_HANDLERS: dict[str, Callable[..., Awaitable[Any]]] = {
    "onLifecycle": on_lifecycle,
    "onPush": on_push,
    "tokenPull": token_pull,
}


class FunctionRunner:
    def __init__(self, forge: ForgePlatform) -> None:
        self.forge = forge
        cfg = forge.config
        self.forge_app_dir = cfg.forge_app_dir or default_forge_app_dir()
        self.script = node_runner_script(self.forge_app_dir)
        if cfg.runner == "node" and not self.node_available():
            raise RuntimeError(f"node runner requested but {self.script} or node is missing")

    def node_available(self) -> bool:
        return shutil.which(self.forge.config.node_binary) is not None and self.script.exists()

    @property
    def mode(self) -> str:
        """Chosen per call, so tests can switch `runner` at runtime (contract test)."""
        runner = self.forge.config.runner
        if runner == "node" or (runner == "auto" and self.node_available()):
            return "node"
        return "python"

    async def run(self, handler: str, args: list[Any], ctx: FunctionContext) -> dict[str, Any]:
        if self.mode == "node":
            if not self.node_available():
                return {"ok": False, "error": "node runner unavailable"}
            return await self._run_node(handler, args, ctx)
        return await self._run_python(handler, args, ctx)

    async def _run_python(
        self, handler: str, args: list[Any], ctx: FunctionContext
    ) -> dict[str, Any]:
        fn = PYTHON_HANDLERS.get(handler)
        if fn is None:
            return {"ok": False, "error": f"handler {handler} is not implemented in python mode"}
        try:
            result = await asyncio.wait_for(
                fn(PlatformApi(self.forge, ctx), *args),
                timeout=self.forge.config.function_timeout,
            )
        except TimeoutError:
            return {"ok": False, "error": "function timed out"}
        return {"ok": True, "result": result}

    async def _run_node(
        self, handler: str, args: list[Any], ctx: FunctionContext
    ) -> dict[str, Any]:
        request = {
            "handler": handler,
            "args": args,
            "bridge": f"{self.forge.base_url}/_emu/bridge/{ctx.invocation_id}",
        }
        proc = await asyncio.create_subprocess_exec(
            self.forge.config.node_binary,
            str(self.script),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            cwd=str(self.forge_app_dir),
        )
        try:
            stdout, stderr = await asyncio.wait_for(
                proc.communicate(json.dumps(request).encode()),
                timeout=self.forge.config.function_timeout,
            )
        except TimeoutError:
            proc.kill()
            await proc.wait()
            return {"ok": False, "error": "function timed out"}
        if stderr:
            logger.debug("node_runner_stderr", extra={"function": ctx.function_key})
        lines = [line for line in stdout.decode(errors="replace").splitlines() if line.strip()]
        if proc.returncode != 0 or not lines:
            return {"ok": False, "error": f"node runner failed (exit {proc.returncode})"}
        try:
            parsed = json.loads(lines[-1])
        except ValueError:
            return {"ok": False, "error": "node runner printed no JSON result"}
        if not isinstance(parsed, dict) or "ok" not in parsed:
            return {"ok": False, "error": "node runner printed an unexpected result"}
        return parsed
