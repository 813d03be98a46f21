"""Just-in-time app tokens (ARCHITECTURE 3.3).

Worker side, `app_token_pull`: create a TokenRequest (256-bit nonce, only its HMAC stored) → POST
`{nonce}` to the installation's web trigger → Forge runs the app's `token-pull` function, which
calls `/forge/v1/token-delivery` with the app system token → `token_delivery_accept` checks it
and seals it into a single-use exchange → the worker claims the exchange and gets the token in
memory. A web trigger that is gone (404/410), no delivery in time, or Bitbucket rejecting the
token marks the connection inactive with a reason that says what to do.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import httpx
import jwt
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from tracesec.integrations.base import CredentialError, CredentialHalt, InactiveReason
from tracesec.integrations.bitbucket import codes, inactive
from tracesec.integrations.bitbucket.config import hmac_key, webtrigger_url_allowed
from tracesec.integrations.bitbucket.exchange import (
    EXCHANGE_TTL,
    ExchangeUnavailable,
    exchange_claim,
    exchange_store,
    exchanges_purge,
)
from tracesec.integrations.bitbucket.invocation_token import ForgeInvocation
from tracesec.integrations.bitbucket.replay import used_tokens_purge
from tracesec.integrations.models import (
    ForgeInstallation,
    InstallationStatus,
    TokenRequest,
)
from tracesec.integrations.services import connection_deactivate

logger = logging.getLogger(__name__)
_PURPOSE = "nonce"
_CLAIM_WAIT_SECONDS = 5.0


@dataclass(frozen=True)
class AppToken:
    token: str = field(repr=False)
    expires_at: datetime
    api_base_url: str


class DeliveryRefused(Exception):
    """token-delivery refused the call; `code` goes back in the JSON error."""

    def __init__(self, code: str, status: int = 409) -> None:
        super().__init__(code)
        self.code = code
        self.status = status


def token_expiry(token: str) -> datetime:
    """The app token's `exp` (the only claim Forge lets us read; the token is otherwise opaque)."""
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
        return datetime.fromtimestamp(float(claims["exp"]), tz=UTC)
    except (jwt.PyJWTError, KeyError, TypeError, ValueError, OverflowError) as exc:
        raise DeliveryRefused("token_unreadable", 422) from exc


def token_delivery_accept(*, invocation: ForgeInvocation, nonce: object, token: str) -> None:
    """Checks for `/forge/v1/token-delivery`; raises DeliveryRefused with a code on any failure."""
    if not token:
        raise DeliveryRefused("no_token", 400)
    if not codes.is_nonce_shaped(nonce):
        raise DeliveryRefused("bad_nonce", 400)
    assert isinstance(nonce, str)
    digest = codes.keyed_digest(hmac_key(), _PURPOSE, nonce)
    now = timezone.now()
    with transaction.atomic():
        request = (
            TokenRequest.objects.select_for_update()
            .select_related("installation")
            .filter(nonce_hmac=digest, installation__installation_id=invocation.installation_id)
            .first()
        )
        # Same answer whether the nonce is unknown or belongs to another installation.
        if request is None or not codes.digests_match(request.nonce_hmac, digest):
            raise DeliveryRefused("unknown_nonce", 409)
        if request.used_at is not None:
            raise DeliveryRefused("nonce_used", 409)
        if request.expires_at <= now:
            raise DeliveryRefused("nonce_expired", 409)
        installation = request.installation
        if installation.status != InstallationStatus.PAIRED:
            raise DeliveryRefused("installation_not_paired", 409)
        expires_at = token_expiry(token)
        if expires_at - now < timedelta(seconds=settings.TRACE_TOKEN_MIN_TTL_SECONDS):
            raise DeliveryRefused("token_too_short", 422)
        burned = TokenRequest.objects.filter(pk=request.pk, used_at__isnull=True).update(
            used_at=now
        )
        if burned != 1:
            raise DeliveryRefused("nonce_used", 409)
        exchange_store(
            installation=installation,
            token_request=request,
            token=token,
            token_expires_at=expires_at,
        )
    logger.info(
        "forge.token_delivered",
        extra={"installation_id": invocation.installation_id, "token_request_id": request.pk},
    )


def app_token_pull(*, installation: ForgeInstallation, purpose: str) -> AppToken:
    """Get a fresh app token for `installation` (see module doc). Raises CredentialHalt when the
    installation is gone (and marks its connection inactive), CredentialError otherwise."""
    if installation.status != InstallationStatus.PAIRED or installation.connection_id is None:
        raise CredentialHalt("not_paired", "The Bitbucket app is not connected.")
    if not webtrigger_url_allowed(installation.token_pull_url):
        raise CredentialError("bad_trigger_url", "The app's token URL is not allowed.")
    # Opportunistic purge: cheap indexed deletes; correctness never depends on it.
    exchanges_purge()
    used_tokens_purge()
    nonce = codes.generate_nonce()
    request = TokenRequest.objects.create(
        installation=installation,
        nonce_hmac=codes.keyed_digest(hmac_key(), _PURPOSE, nonce),
        purpose=purpose[:80],
        expires_at=timezone.now() + EXCHANGE_TTL,
    )
    try:
        status = _post_nonce(installation.token_pull_url, nonce)
        del nonce
        if status in (404, 410):
            _deactivate(installation, inactive.TRIGGER_GONE)
        if status not in (200, 204):
            raise CredentialError("trigger_failed", f"The app's token trigger answered {status}.")
        token = _claim_with_wait(request.pk)
        if token is None:
            _deactivate(installation, inactive.NO_DELIVERY)
        assert token is not None
        expires_at = token_expiry(token)
    finally:
        TokenRequest.objects.filter(pk=request.pk).delete()
    return AppToken(
        token=token,
        expires_at=expires_at,
        api_base_url=installation.api_base_url or settings.BITBUCKET_API_URL,
    )


def _post_nonce(url: str, nonce: str) -> int:
    try:
        with httpx.Client(
            timeout=float(settings.TRACE_TOKEN_PULL_TIMEOUT_SECONDS), follow_redirects=False
        ) as client:
            return client.post(url, json={"nonce": nonce}).status_code
    except httpx.HTTPError as exc:
        raise CredentialError(
            "trigger_unreachable", f"The app's token trigger is unreachable ({type(exc).__name__})."
        ) from None


def _claim_with_wait(token_request_id: int) -> str | None:
    deadline = time.monotonic() + _CLAIM_WAIT_SECONDS
    while True:
        try:
            return exchange_claim(token_request_id=token_request_id)
        except ExchangeUnavailable as missing:
            if missing.code != "not_found" or time.monotonic() >= deadline:
                return None
        time.sleep(0.1)


def _deactivate(installation: ForgeInstallation, reason: InactiveReason) -> None:
    assert installation.connection_id is not None
    connection_deactivate(connection_id=installation.connection_id, reason=reason)
    raise CredentialHalt(reason.code, reason.message)


def bitbucket_rejected_token(*, installation: ForgeInstallation) -> None:
    """Bitbucket answered 401 to a freshly delivered token: the app is gone or revoked."""
    _deactivate(installation, inactive.TOKEN_REJECTED)
