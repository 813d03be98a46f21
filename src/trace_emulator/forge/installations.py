"""Installations: install, upgrade and uninstall, with their lifecycle events."""

from __future__ import annotations

import uuid as uuidlib
from typing import Any

from trace_emulator.errors import ControlError
from trace_emulator.forge.event_delivery import EventDelivery
from trace_emulator.forge.remote_calls import compact_json
from trace_emulator.manifest import ManifestError
from trace_emulator.model import Installation


class Installations(EventDelivery):
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
        return self.delivery_log.record(
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
