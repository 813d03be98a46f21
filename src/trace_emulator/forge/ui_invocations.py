"""UI invocations: a UI module's `invokeRemote` call, with Forge's response rules."""

from __future__ import annotations

import json
import secrets
from typing import Any

from trace_emulator.errors import ControlError
from trace_emulator.forge.delivery_log import Outcome
from trace_emulator.forge.remote_calls import RemoteCalls, compact_json
from trace_emulator.manifest import SETTINGS_PAGE_TYPE
from trace_emulator.model import braces

UI_401_MESSAGE = "Remote could not verify the Forge Invocation Token"


class UiInvocations(RemoteCalls):
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
            self.delivery_log.record(
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
