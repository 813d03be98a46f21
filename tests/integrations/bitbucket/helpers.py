"""Builders for Bitbucket integration state (explicit, no magic)."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import jwt
from django.utils import timezone

from tests.integrations.bitbucket.fitkit import INSTALLATION, PRINCIPAL, WORKSPACE
from tracesec.integrations.bitbucket import codes
from tracesec.integrations.bitbucket.config import hmac_key
from tracesec.integrations.models import (
    Connection,
    ForgeInstallation,
    InstallationStatus,
    PairingCode,
    Provider,
    TokenRequest,
)


def installation(
    *,
    installation_id: str = INSTALLATION,
    workspace: str = WORKSPACE,
    url: str = f"https://{INSTALLATION}.webtrigger.atlassian.app/public/abc",
) -> ForgeInstallation:
    return ForgeInstallation.objects.create(
        installation_id=installation_id,
        workspace_uuid=workspace,
        token_pull_url=url,
        installer_account_id=PRINCIPAL,
    )


def paired(org: Any, inst: ForgeInstallation | None = None) -> tuple[ForgeInstallation, Connection]:
    inst = inst or installation()
    connection, _ = Connection.objects.get_or_create(
        organization=org, provider=Provider.BITBUCKET, external_id=inst.workspace_uuid
    )
    inst.connection = connection
    inst.status = InstallationStatus.PAIRED
    inst.paired_at = timezone.now()
    inst.save()
    return inst, connection


def code_for(inst: ForgeInstallation, *, ttl: int = 900, principal: str = "712020:p") -> str:
    raw = codes.generate_code()
    PairingCode.objects.create(
        installation=inst,
        code_hmac=codes.keyed_digest(hmac_key(), "pairing", raw),
        principal=principal,
        expires_at=timezone.now() + timedelta(seconds=ttl),
    )
    return codes.display_code(raw)


def token_request(inst: ForgeInstallation, *, ttl: int = 60) -> tuple[TokenRequest, str]:
    nonce = codes.generate_nonce()
    request = TokenRequest.objects.create(
        installation=inst,
        nonce_hmac=codes.keyed_digest(hmac_key(), "nonce", nonce),
        purpose="test",
        expires_at=timezone.now() + timedelta(seconds=ttl),
    )
    return request, nonce


def app_token(*, ttl: int = 4 * 3600, marker: str = "canary") -> str:
    """A JWT-shaped app system token (only `exp` is meant to be read)."""
    now = int(time.time())
    return jwt.encode(
        {"exp": now + ttl, "iat": now, "sub": marker},
        "emulated-signing-key-0123456789abcdef",
        algorithm="HS256",
    )
