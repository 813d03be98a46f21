"""Installation lifecycle: installed/upgraded (upsert), uninstall (disable at once), heartbeat.

An installation is keyed by its `installationId` (new on every reinstall). Nothing here ever
binds an installation to an organization: only a pairing code redeemed by an org admin does.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from django.utils import timezone

from tracesec.common.errors import ApplicationError
from tracesec.integrations.bitbucket import inactive
from tracesec.integrations.bitbucket.client import BitbucketError, check_api_base
from tracesec.integrations.bitbucket.config import allowed_api_bases, webtrigger_url_allowed
from tracesec.integrations.bitbucket.ids import normalize_uuid
from tracesec.integrations.bitbucket.invocation_token import ForgeInvocation
from tracesec.integrations.models import (
    CredentialExchange,
    ForgeInstallation,
    InstallationStatus,
    PairingCode,
    TokenRequest,
)
from tracesec.integrations.services import connection_deactivate

logger = logging.getLogger(__name__)


def _unwrap_event(body: dict[str, Any]) -> dict[str, Any]:
    """Tolerant parsing (§1.3): `{event, tokenPullUrl}`, bare event, or `{payload: event}`."""
    event = body.get("event")
    if isinstance(event, dict):
        return event
    payload = body.get("payload")
    if isinstance(payload, dict) and "eventType" not in body:
        return payload
    return body


def installation_upsert(*, invocation: ForgeInvocation, body: dict[str, Any]) -> ForgeInstallation:
    """Record an installed/upgraded event. The token-pull URL must be a Forge web trigger."""
    event = _unwrap_event(body)
    event_id = event.get("id")
    if event_id is not None and normalize_uuid(str(event_id)) != invocation.installation_id:
        raise ApplicationError("Event installation does not match the token.", code="mismatch")
    url = body.get("tokenPullUrl")
    if not isinstance(url, str) or not webtrigger_url_allowed(url):
        raise ApplicationError("tokenPullUrl is not a Forge web trigger URL.", code="bad_url")
    if not invocation.workspace_id:
        raise ApplicationError("The token names no Bitbucket workspace.", code="no_workspace")
    api_base = ""
    if invocation.api_base_url:
        try:
            api_base = check_api_base(invocation.api_base_url, allowed_api_bases())
        except BitbucketError:
            raise ApplicationError(
                "apiBaseUrl is not an allowed Bitbucket API.", code="bad_api_base"
            ) from None
    permissions = event.get("permissions")
    scopes = permissions.get("scopes") if isinstance(permissions, dict) else None
    installer = event.get("installerAccountId") or event.get("upgraderAccountId") or ""
    with transaction.atomic():
        installation, created = ForgeInstallation.objects.select_for_update().get_or_create(
            installation_id=invocation.installation_id,
            defaults={"workspace_uuid": invocation.workspace_id},
        )
        if installation.status == InstallationStatus.UNINSTALLED:
            # Forge never reuses an installation id; a late retry must not resurrect it.
            raise ApplicationError("This installation was uninstalled.", code="uninstalled")
        if installation.workspace_uuid != invocation.workspace_id:
            raise ApplicationError("Installation workspace changed.", code="mismatch")
        installation.token_pull_url = url
        installation.api_base_url = api_base
        installation.app_version = invocation.app_version[:40]
        installation.environment_type = invocation.environment_type[:20]
        installation.environment_id = invocation.environment_id[:200]
        if isinstance(installer, str) and installer:
            if not installation.installer_account_id:
                installation.installer_account_id = installer[:128]
            if installer not in installation.admin_account_ids:
                installation.admin_account_ids = [*installation.admin_account_ids, installer[:128]][
                    -20:
                ]
        if isinstance(scopes, list):
            installation.scopes = [s for s in scopes if isinstance(s, str)][:50]
        installation.last_seen_at = timezone.now()
        installation.save()
    logger.info(
        "forge.installation.upserted",
        extra={"installation_id": installation.installation_id, "installation_created": created},
    )
    return installation


def installation_uninstall(*, installation_id: str) -> None:
    """preUninstall: stop at once. Connection inactive, nonces/exchanges/codes gone, queue
    cancelled. Idempotent (Forge may deliver twice)."""
    connection_id = None
    with transaction.atomic():
        installation = (
            ForgeInstallation.objects.select_for_update()
            .filter(installation_id=installation_id)
            .first()
        )
        if installation is None:
            return
        if installation.status != InstallationStatus.UNINSTALLED:
            installation.status = InstallationStatus.UNINSTALLED
            installation.uninstalled_at = timezone.now()
            installation.save(update_fields=["status", "uninstalled_at", "updated_at"])
        CredentialExchange.objects.filter(installation=installation).delete()
        TokenRequest.objects.filter(installation=installation).delete()
        PairingCode.objects.filter(installation=installation).delete()
        connection_id = installation.connection_id
    if connection_id is not None and _is_current_installation(installation):
        connection_deactivate(connection_id=connection_id, reason=inactive.APP_UNINSTALLED)
    logger.info("forge.installation.uninstalled", extra={"installation_id": installation_id})


def _is_current_installation(installation: ForgeInstallation) -> bool:
    """An old, superseded installation going away must not disable a re-paired connection."""
    if installation.connection_id is None:
        return False
    newer = ForgeInstallation.objects.filter(
        connection_id=installation.connection_id,
        status=InstallationStatus.PAIRED,
    ).exclude(pk=installation.pk)
    return not newer.exists()


def installation_heartbeat(*, installation_id: str) -> None:
    """Scheduled liveness signal: refresh `last_seen_at`; never pairs or resurrects anything."""
    ForgeInstallation.objects.filter(installation_id=installation_id).exclude(
        status=InstallationStatus.UNINSTALLED
    ).update(last_seen_at=timezone.now())


def installation_current(*, connection_id: int) -> ForgeInstallation | None:
    return (
        ForgeInstallation.objects.filter(
            connection_id=connection_id, status=InstallationStatus.PAIRED
        )
        .order_by("-paired_at", "-pk")
        .first()
    )
