"""API token services and selectors."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from tracesec.api.models import ApiToken
from tracesec.audit.models import AuditAction
from tracesec.audit.services import audit_record
from tracesec.common.errors import ApplicationError, NotFoundError
from tracesec.organizations.models import Membership

TOKEN_PREFIX = "trc_"  # noqa: S105 (a public prefix)
# Writing last_used_at on every request would turn every read into a write; a minute is enough.
LAST_USED_RESOLUTION = timedelta(minutes=1)


def _hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def api_token_create(
    *, actor: Membership, name: str, request: HttpRequest | None = None
) -> tuple[ApiToken, str]:
    """Create a token for the actor in their organization. Returns (token, raw value shown once)."""
    name = name.strip()
    if not name:
        raise ApplicationError("Give the token a name.", code="invalid_name")
    if len(name) > 100:
        raise ApplicationError("Token names are at most 100 characters.", code="invalid_name")
    prefix = secrets.token_hex(4)
    raw = f"{TOKEN_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
    with transaction.atomic():
        token = ApiToken.objects.create(
            organization_id=actor.organization_id,
            user_id=actor.user_id,
            name=name,
            prefix=prefix,
            token_hash=_hash(raw),
        )
        audit_record(
            action=AuditAction.TOKEN_CREATED,
            organization=actor.organization,
            actor=actor.user,
            target=token,
            target_label=f"{name} (trc_{prefix}…)",
            request=request,
        )
    return token, raw


def api_token_list(*, actor: Membership) -> QuerySet[ApiToken]:
    """The actor's own tokens in the current organization."""
    return ApiToken.objects.filter(organization_id=actor.organization_id, user_id=actor.user_id)


def access_api_token_by_id(actor: Membership, token_id: int) -> ApiToken:
    token = ApiToken.objects.filter(
        organization_id=actor.organization_id,
        user_id=actor.user_id,
        pk=token_id,
    ).first()
    if token is None:
        raise NotFoundError("Token not found.")
    return token


def api_token_revoke(
    *, actor: Membership, token: ApiToken, request: HttpRequest | None = None
) -> None:
    with transaction.atomic():
        updated = ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
        if updated:
            audit_record(
                action=AuditAction.TOKEN_REVOKED,
                organization=actor.organization,
                actor=actor.user,
                target=token,
                target_label=str(token),
                request=request,
            )


def api_token_authenticate(*, raw: str) -> tuple[ApiToken, Membership] | None:
    """The active token and the owner's *current* membership, or None.

    A token stops working when it is revoked, the user is deactivated or leaves the organization.
    """
    if not raw.startswith(TOKEN_PREFIX) or len(raw) > 200:
        return None
    token = (
        ApiToken.objects.select_related("user", "organization")
        .filter(token_hash=_hash(raw), revoked_at__isnull=True)
        .first()
    )
    # Equality on the indexed hash already matched; compare again in constant time for form.
    if token is None or not hmac.compare_digest(token.token_hash, _hash(raw)):
        return None
    if not token.user.is_active:
        return None
    membership = (
        Membership.objects.select_related("organization", "user")
        .filter(organization_id=token.organization_id, user_id=token.user_id)
        .first()
    )
    if membership is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token, membership
