"""Pairing: a one-time code shown in Bitbucket's workspace settings binds an installation to
the Trace organization whose admin types it in.

Properties: 58.9-bit codes, only an HMAC stored, one live code per installation, short expiry,
burned on use; redeeming is rate-limited per user, organization and IP and every attempt is
audited; binding happens in one transaction and an installation can never be bound to a second
organization (a conditional update on `connection IS NULL`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from tracesec.audit.services import audit_record, client_ip
from tracesec.common.errors import ApplicationError
from tracesec.common.ratelimit import ratelimit_exceeded, ratelimit_hit, ratelimit_key
from tracesec.integrations.bitbucket import codes
from tracesec.integrations.bitbucket.config import hmac_key
from tracesec.integrations.models import (
    Connection,
    ConnectionStatus,
    ForgeInstallation,
    InstallationStatus,
    PairingCode,
    Provider,
)
from tracesec.organizations.access import require_role
from tracesec.organizations.models import Membership, Role

logger = logging.getLogger(__name__)
_PURPOSE = "pairing"


class PairingError(ApplicationError):
    installation: ForgeInstallation | None = None  # the code's installation, when known


MESSAGES = {
    "invalid": "That is not a pairing code. Codes have 12 letters and digits, like ABCD-EFGH-JKMN.",
    "wrong": "That code is not valid. Check it on the Trace page in your Bitbucket workspace "
    "settings and try again.",
    "expired": "That code has expired. Reload the Trace page in your Bitbucket workspace "
    "settings to get a new one.",
    "used": "That code was already used. Reload the Trace page in your Bitbucket workspace "
    "settings to get a new one.",
    "uninstalled": "The Trace app was uninstalled from that workspace. Reinstall it and use the "
    "new code it shows.",
    "already_bound": "That workspace installation is already connected to an organization. "
    "If that is unexpected, uninstall the Trace app in Bitbucket and install it again.",
    "already_bound_here": "That workspace is already connected to this organization.",
    "rate_limited": "Too many attempts. Wait a few minutes and try again.",
}


@dataclass(frozen=True)
class IssuedCode:
    code: str  # display form, shown once and never stored
    expires_at: datetime


def pairing_code_issue(*, installation: ForgeInstallation, principal: str) -> IssuedCode:
    """A fresh code for an unpaired installation; any earlier unused code dies with it."""
    ttl = timedelta(seconds=settings.TRACE_PAIRING_CODE_TTL_SECONDS)
    raw = codes.generate_code()
    now = timezone.now()
    with transaction.atomic():
        locked = ForgeInstallation.objects.select_for_update().get(pk=installation.pk)
        if locked.status != InstallationStatus.UNPAIRED:
            raise PairingError("Installation is not waiting for pairing.", code="not_unpaired")
        PairingCode.objects.filter(installation=locked).delete()  # one live code
        PairingCode.objects.create(
            installation=locked,
            code_hmac=codes.keyed_digest(hmac_key(), _PURPOSE, raw),
            principal=principal[:128],
            expires_at=now + ttl,
        )
    logger.info("pairing.code_issued", extra={"installation_id": installation.installation_id})
    return IssuedCode(code=codes.display_code(raw), expires_at=now + ttl)


def _limit_keys(actor: Membership, request: HttpRequest | None) -> list[tuple[str, int]]:
    window_user = ratelimit_key("pairing:user", str(actor.user_id))
    window_org = ratelimit_key("pairing:org", str(actor.organization_id))
    keys = [
        (window_user, settings.TRACE_PAIRING_ATTEMPTS_PER_USER),
        (window_org, settings.TRACE_PAIRING_ATTEMPTS_PER_ORG),
    ]
    ip = client_ip(request)
    if ip:
        keys.append((ratelimit_key("pairing:ip", ip), settings.TRACE_PAIRING_ATTEMPTS_PER_IP))
    return keys


def pairing_redeem(
    *, actor: Membership, code_text: str, request: HttpRequest | None = None
) -> Connection:
    """Bind the code's installation to the actor's organization, or raise PairingError."""
    require_role(actor, Role.ADMIN)
    keys = _limit_keys(actor, request)
    window = settings.TRACE_PAIRING_WINDOW_SECONDS
    if any(ratelimit_exceeded(key=k, limit=limit, window_seconds=window) for k, limit in keys):
        _audit_failure(actor, request, "rate_limited", None)
        raise PairingError(MESSAGES["rate_limited"], code="rate_limited", status_code=429)
    for key, _limit in keys:
        ratelimit_hit(key=key)
    try:
        connection = _redeem(actor, code_text, request)
    except PairingError as error:
        _audit_failure(actor, request, error.code, error.installation)
        raise
    return connection


def _audit_failure(
    actor: Membership,
    request: HttpRequest | None,
    reason: str,
    installation: ForgeInstallation | None,
) -> None:
    audit_record(
        action="integration.pairing_failed",
        organization=actor.organization,
        actor=actor.user,
        target=installation,
        data={"provider": Provider.BITBUCKET, "reason": reason},
        request=request,
    )


def _fail(code: str, installation: ForgeInstallation | None = None) -> PairingError:
    error = PairingError(MESSAGES[code], code=code)
    error.installation = installation
    return error


def _redeem(actor: Membership, code_text: str, request: HttpRequest | None) -> Connection:
    try:
        raw = codes.normalize_code(code_text)
    except codes.InvalidCode:
        raise _fail("invalid") from None
    digest = codes.keyed_digest(hmac_key(), _PURPOSE, raw)
    now = timezone.now()
    with transaction.atomic():
        code = (
            PairingCode.objects.select_for_update()
            .select_related("installation")
            .filter(code_hmac=digest)
            .first()
        )
        # The lookup is by keyed hash; compare again in constant time as defence in depth.
        if code is None or not codes.digests_match(code.code_hmac, digest):
            raise _fail("wrong")
        installation = code.installation
        if code.used_at is not None:
            raise _fail("used", installation)
        if code.expires_at <= now:
            raise _fail("expired", installation)
        if installation.status == InstallationStatus.UNINSTALLED:
            raise _fail("uninstalled", installation)
        if installation.connection_id is not None:
            bound_here = Connection.objects.filter(
                pk=installation.connection_id, organization_id=actor.organization_id
            ).exists()
            raise _fail("already_bound_here" if bound_here else "already_bound", installation)
        burned = PairingCode.objects.filter(pk=code.pk, used_at__isnull=True).update(used_at=now)
        if burned != 1:
            raise _fail("used", installation)
        connection, _created = Connection.objects.select_for_update().get_or_create(
            organization_id=actor.organization_id,
            provider=Provider.BITBUCKET,
            external_id=installation.workspace_uuid,
            defaults={"connected_by": actor.user, "connected_at": now},
        )
        bound = ForgeInstallation.objects.filter(
            pk=installation.pk,
            connection__isnull=True,
            status=InstallationStatus.UNPAIRED,
        ).update(
            connection=connection,
            status=InstallationStatus.PAIRED,
            paired_at=now,
            paired_by=actor.user,
            paired_by_principal=code.principal,
            updated_at=now,
        )
        if bound != 1:
            raise _fail("already_bound", installation)
        # A reinstall re-pairs the same connection: older installations are superseded.
        ForgeInstallation.objects.filter(connection=connection).exclude(pk=installation.pk).exclude(
            status=InstallationStatus.UNINSTALLED
        ).update(status=InstallationStatus.UNINSTALLED, uninstalled_at=now)
        connection.status = ConnectionStatus.ACTIVE
        connection.connected_by = actor.user
        connection.connected_at = now
        connection.inactive_reason = ""
        connection.inactive_message = ""
        connection.inactive_at = None
        connection.save()
        PairingCode.objects.filter(installation=installation).exclude(pk=code.pk).delete()
        audit_record(
            action="integration.connected",
            organization=actor.organization,
            actor=actor.user,
            target=connection,
            data={
                "provider": Provider.BITBUCKET,
                "installation_id": installation.installation_id,
                "workspace_uuid": installation.workspace_uuid,
            },
            request=request,
        )
        from tracesec.integrations.bitbucket.tasks import connection_sync_enqueue

        connection_sync_enqueue(connection_id=connection.pk)
    logger.info(
        "pairing.redeemed",
        extra={"connection_id": connection.pk, "installation_id": installation.installation_id},
    )
    return connection


def pairing_status(*, installation: ForgeInstallation) -> dict[str, Any]:
    """What the Bitbucket settings page shows when already paired (spot unexpected bindings)."""
    if installation.status != InstallationStatus.PAIRED or installation.connection_id is None:
        return {"paired": False}
    connection = (
        Connection.objects.select_related("organization")
        .filter(pk=installation.connection_id)
        .first()
    )
    if connection is None:
        return {"paired": False}
    paired_by = installation.paired_by
    return {
        "paired": True,
        "organization": connection.organization.name,
        "pairedBy": (getattr(paired_by, "full_name", "") or getattr(paired_by, "email", ""))
        if paired_by
        else "",
        "pairedAt": installation.paired_at.isoformat() if installation.paired_at else None,
        "connectionStatus": connection.status,
        "lastSync": connection.last_sync_at.isoformat() if connection.last_sync_at else None,
    }
