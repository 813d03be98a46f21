"""Forge-facing endpoints (`/forge/v1/...`). Every one verifies the Forge Invocation Token and
authorizes by its claims — module key, presence or absence of UI context, installation — never by
path alone: a UI `invokeRemote` lets the browser choose any path on this remote (§8.1).

Responses: 401 only when the FIT fails (Forge reserves it); every other error is JSON
`{"message", "code"}`. Tokens and request bodies are never logged.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from tracesec.common.errors import ApplicationError
from tracesec.integrations.bitbucket import lifecycle, pairing
from tracesec.integrations.bitbucket.config import verifier
from tracesec.integrations.bitbucket.invocation_token import (
    ForgeInvocation,
    InvalidInvocationToken,
    InvocationTokenUnavailable,
)
from tracesec.integrations.bitbucket.push import push_event_receive
from tracesec.integrations.bitbucket.token_pull import DeliveryRefused, token_delivery_accept
from tracesec.integrations.models import ForgeInstallation, InstallationStatus

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024

# Function / endpoint module keys from forge-app/manifest.yml (function→remote calls carry the
# function key; endpoint-routed triggers carry the trigger module key).
LIFECYCLE_KEYS = frozenset({"on-lifecycle", "trace-lifecycle"})
PUSH_KEYS = frozenset({"on-push", "trace-push"})
TOKEN_PULL_KEYS = frozenset({"token-pull", "trace-token-pull"})
UNINSTALL_KEYS = frozenset({"trace-pre-uninstall", "ep-uninstall"})
HEARTBEAT_KEYS = frozenset({"trace-heartbeat", "ep-heartbeat"})


@dataclass(frozen=True)
class Rule:
    """Who may call an endpoint, stated in FIT claims."""

    ui: bool  # True: only the settings page (UI context + principal); False: never UI
    module_keys: frozenset[str] | None  # None = the configured settings-page key


def _error(status: int, code: str, message: str) -> JsonResponse:
    return JsonResponse({"message": message, "code": code}, status=status)


def _authorize(invocation: ForgeInvocation, rule: Rule) -> JsonResponse | None:
    if rule.ui:
        if not invocation.has_ui_context or not invocation.principal:
            return _error(403, "ui_only", "This endpoint is only for the Trace settings page.")
        if invocation.module_key != settings.FORGE_SETTINGS_MODULE_KEY:
            return _error(403, "wrong_module", "This module may not call this endpoint.")
        if invocation.ui_workspace_id and invocation.ui_workspace_id != invocation.workspace_id:
            return _error(403, "workspace_mismatch", "Workspace does not match the installation.")
        return None
    if invocation.has_ui_context or invocation.principal:
        return _error(403, "not_for_ui", "This endpoint cannot be called from a page.")
    if rule.module_keys is not None and invocation.module_key not in rule.module_keys:
        return _error(403, "wrong_module", "This module may not call this endpoint.")
    return None


Handler = Callable[[HttpRequest, ForgeInvocation, dict[str, Any]], HttpResponse]


def forge_endpoint(rule: Rule, methods: tuple[str, ...] = ("POST",)) -> Callable[[Handler], Any]:
    def decorator(handler: Handler) -> Any:
        @csrf_exempt
        @wraps(handler)
        def view(request: HttpRequest) -> HttpResponse:
            if request.method not in methods:
                return _error(405, "method_not_allowed", "Method not allowed.")
            header = request.headers.get("Authorization", "")
            scheme, _, token = header.partition(" ")
            if scheme.lower() != "bearer" or not token:
                return _error(401, "unauthenticated", "Forge invocation token required.")
            try:
                invocation = verifier().verify(token.strip())
            except InvalidInvocationToken as exc:
                logger.warning("forge.fit_rejected", extra={"code": exc.code, "path": request.path})
                return _error(401, "invalid_token", "Forge invocation token rejected.")
            except InvocationTokenUnavailable:
                logger.error("forge.jwks_unavailable")
                return _error(503, "keys_unavailable", "Cannot verify tokens right now.")
            refusal = _authorize(invocation, rule)
            if refusal is not None:
                logger.warning(
                    "forge.call_refused",
                    extra={
                        "path": request.path,
                        "module_key": invocation.module_key,
                        "installation_id": invocation.installation_id,
                    },
                )
                return refusal
            if len(request.body) > MAX_BODY_BYTES:
                return _error(413, "too_large", "Request body too large.")
            body: dict[str, Any] = {}
            if request.body:
                try:
                    parsed = json.loads(request.body)
                except ValueError:
                    return _error(400, "bad_json", "Body must be a JSON object.")
                if not isinstance(parsed, dict):
                    return _error(400, "bad_json", "Body must be a JSON object.")
                body = parsed
            try:
                return handler(request, invocation, body)
            except ApplicationError as exc:
                status = exc.status_code if exc.status_code != 401 else 400
                return _error(status, exc.code, exc.message)
            except Exception:
                # Forge requires JSON on every non-2xx; the traceback holds no token values.
                logger.exception("forge.endpoint_failed", extra={"path": request.path})
                return _error(500, "internal_error", "Trace could not handle this call.")

        return view

    return decorator


def _installation(invocation: ForgeInvocation) -> ForgeInstallation | None:
    return ForgeInstallation.objects.filter(installation_id=invocation.installation_id).first()


def _known_live(invocation: ForgeInvocation) -> ForgeInstallation | JsonResponse:
    installation = _installation(invocation)
    if installation is None:
        return _error(404, "unknown_installation", "Trace has not seen this installation yet.")
    if installation.status == InstallationStatus.UNINSTALLED:
        return _error(410, "uninstalled", "This installation was uninstalled.")
    if installation.workspace_uuid != invocation.workspace_id:
        return _error(403, "workspace_mismatch", "Workspace does not match the installation.")
    if not _verified_admin(installation, invocation.principal):
        return _error(
            403,
            "not_verified_admin",
            "Only the workspace admin who installed the Trace app can see its pairing code. "
            "Ask them to open this page, or reinstall the app yourself.",
        )
    return installation


def _verified_admin(installation: ForgeInstallation, principal: str) -> bool:
    """Bitbucket shows workspace settings only to admins, but whether Forge refuses a FIT to a
    non-admin is UNCONFIRMED (§10.2) and the app has no scope to ask Bitbucket. What the server
    *can* verify: installing (or upgrading) the app requires workspace admin rights, and Forge
    names that account in the lifecycle event. So, by default, only that account gets codes."""
    if not settings.TRACE_PAIRING_INSTALLER_ONLY:
        return True
    return bool(principal) and principal in installation.verified_admins


@forge_endpoint(Rule(ui=False, module_keys=LIFECYCLE_KEYS))
def lifecycle_view(
    request: HttpRequest, inv: ForgeInvocation, body: dict[str, Any]
) -> HttpResponse:
    lifecycle.installation_upsert(invocation=inv, body=body)
    return HttpResponse(status=204)


@forge_endpoint(Rule(ui=False, module_keys=PUSH_KEYS))
def push_view(request: HttpRequest, inv: ForgeInvocation, body: dict[str, Any]) -> HttpResponse:
    outcome = push_event_receive(invocation=inv, body=body)
    return JsonResponse({"outcome": outcome})


@forge_endpoint(Rule(ui=True, module_keys=None))
def pairing_code_view(
    request: HttpRequest, inv: ForgeInvocation, body: dict[str, Any]
) -> HttpResponse:
    found = _known_live(inv)
    if isinstance(found, JsonResponse):
        return found
    if found.status == InstallationStatus.PAIRED:
        return JsonResponse(pairing.pairing_status(installation=found))
    issued = pairing.pairing_code_issue(installation=found, principal=inv.principal)
    return JsonResponse(
        {"paired": False, "code": issued.code, "expiresAt": issued.expires_at.isoformat()}
    )


@forge_endpoint(Rule(ui=True, module_keys=None), methods=("GET", "POST"))
def status_view(request: HttpRequest, inv: ForgeInvocation, body: dict[str, Any]) -> HttpResponse:
    found = _known_live(inv)
    if isinstance(found, JsonResponse):
        return found
    return JsonResponse(pairing.pairing_status(installation=found))


@forge_endpoint(Rule(ui=False, module_keys=TOKEN_PULL_KEYS))
def token_delivery_view(
    request: HttpRequest, inv: ForgeInvocation, body: dict[str, Any]
) -> HttpResponse:
    token = request.headers.get("x-forge-oauth-system", "").strip()
    if token.lower().startswith("bearer "):
        token = token[7:].strip()
    try:
        token_delivery_accept(invocation=inv, nonce=body.get("nonce"), token=token)
    except DeliveryRefused as refused:
        logger.warning(
            "forge.token_delivery_refused",
            extra={"code": refused.code, "installation_id": inv.installation_id},
        )
        return _error(refused.status, refused.code, "Token delivery refused.")
    return HttpResponse(status=204)


@forge_endpoint(Rule(ui=False, module_keys=UNINSTALL_KEYS))
def uninstall_view(
    request: HttpRequest, inv: ForgeInvocation, body: dict[str, Any]
) -> HttpResponse:
    lifecycle.installation_uninstall(installation_id=inv.installation_id)
    return HttpResponse(status=204)


@forge_endpoint(Rule(ui=False, module_keys=HEARTBEAT_KEYS))
def heartbeat_view(
    request: HttpRequest, inv: ForgeInvocation, body: dict[str, Any]
) -> HttpResponse:
    lifecycle.installation_heartbeat(installation_id=inv.installation_id)
    return HttpResponse(status=204)
