"""The single-use credential exchange: an app token, KMS-encrypted, for at most 60 seconds.

Encryption context = {exchange id, installation id}, so a ciphertext moved to another row or
installation cannot be opened. Claiming is one `DELETE ... RETURNING` statement: of any number of
concurrent claimers exactly one gets the row. Expiry is checked after the claim, so nothing
decrypts after 60 s even if the purge is late.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime, timedelta

from django.db import connection as db_connection
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from tracesec.integrations.models import CredentialExchange, ForgeInstallation, TokenRequest
from tracesec.kms import KmsError, get_kms

logger = logging.getLogger(__name__)

EXCHANGE_TTL = timedelta(seconds=60)  # hard limit, deliberately not a setting


class ExchangeUnavailable(Exception):
    """Nothing to claim: never delivered, already claimed, expired, or undecryptable."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _context(exchange_id: uuid.UUID, installation_id: str) -> dict[str, str]:
    return {
        "purpose": "forge-app-token",
        "exchange": str(exchange_id),
        "installation": installation_id,
    }


def exchange_store(
    *,
    installation: ForgeInstallation,
    token_request: TokenRequest,
    token: str,
    token_expires_at: datetime,
) -> CredentialExchange:
    exchange_id = uuid.uuid4()
    sealed = get_kms().encrypt(token.encode(), _context(exchange_id, installation.installation_id))
    return CredentialExchange.objects.create(
        id=exchange_id,
        installation=installation,
        token_request=token_request,
        ciphertext=sealed.ciphertext,
        key_id=sealed.key_id,
        token_expires_at=token_expires_at,
        expires_at=timezone.now() + EXCHANGE_TTL,
    )


def exchange_claim(*, token_request_id: int) -> str:
    """Atomically take (read-and-delete) the exchange for a token request and decrypt it."""
    table = CredentialExchange._meta.db_table
    installation_table = ForgeInstallation._meta.db_table
    sql = (
        f"DELETE FROM {table} WHERE token_request_id = %s "  # noqa: S608 - table names are ours
        "RETURNING id, ciphertext, key_id, expires_at, installation_id"
    )
    with transaction.atomic(), db_connection.cursor() as cursor:
        cursor.execute(sql, [token_request_id])
        row = cursor.fetchone()
        if row is None:
            raise ExchangeUnavailable("not_found")
        exchange_id, ciphertext, key_id, expires_at, installation_pk = row
        cursor.execute(
            f"SELECT installation_id FROM {installation_table} WHERE id = %s",  # noqa: S608
            [installation_pk],
        )
        installation_id = cursor.fetchone()[0]
    expires = _as_datetime(expires_at)
    if expires <= timezone.now():
        logger.warning("exchange.expired_on_claim", extra={"token_request_id": token_request_id})
        raise ExchangeUnavailable("expired")
    if not isinstance(exchange_id, uuid.UUID):
        exchange_id = uuid.UUID(str(exchange_id))
    try:
        plaintext = get_kms().decrypt(
            bytes(ciphertext), str(key_id), _context(exchange_id, str(installation_id))
        )
    except KmsError as exc:
        raise ExchangeUnavailable("undecryptable") from exc
    return plaintext.decode()


def _as_datetime(value: object) -> datetime:
    if isinstance(value, datetime):
        result = value
    else:
        parsed = parse_datetime(str(value))
        if parsed is None:
            raise ExchangeUnavailable("corrupt")
        result = parsed
    if timezone.is_naive(result):
        result = result.replace(tzinfo=UTC)
    return result


def exchanges_purge() -> int:
    """Delete expired exchanges and token requests (periodic; correctness never depends on it)."""
    now = timezone.now()
    deleted, _ = CredentialExchange.objects.filter(expires_at__lte=now).delete()
    stale, _ = TokenRequest.objects.filter(expires_at__lte=now - EXCHANGE_TTL).delete()
    return deleted + stale
