"""Single-use credential exchange: seal, claim once, expiry, context binding, purge, races."""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection as db_connection
from django.db import connections
from django.utils import timezone

from tests.integrations.bitbucket.helpers import app_token, installation, paired, token_request
from tracesec.integrations.bitbucket.exchange import (
    ExchangeUnavailable,
    exchange_claim,
    exchange_store,
    exchanges_purge,
)
from tracesec.integrations.models import CredentialExchange, TokenRequest


def _setup(org_factory: Any) -> tuple[Any, Any, str]:
    from tests.factories import OrganizationFactory

    inst, _ = paired(OrganizationFactory(), installation(installation_id=str(uuid.uuid4())))
    request, _nonce = token_request(inst)
    token = app_token(marker="canary-EXCHANGE-91c2")
    exchange_store(
        installation=inst,
        token_request=request,
        token=token,
        token_expires_at=timezone.now() + timedelta(hours=2),
    )
    return inst, request, token


@pytest.mark.django_db
def test_claim_once(forge_settings: Any) -> None:
    _inst, request, token = _setup(None)
    assert exchange_claim(token_request_id=request.pk) == token
    assert not CredentialExchange.objects.exists()
    with pytest.raises(ExchangeUnavailable) as info:
        exchange_claim(token_request_id=request.pk)
    assert info.value.code == "not_found"


@pytest.mark.django_db
def test_expired_exchange_never_decrypts_even_before_purge(forge_settings: Any) -> None:
    _inst, request, _token = _setup(None)
    CredentialExchange.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    with pytest.raises(ExchangeUnavailable) as info:
        exchange_claim(token_request_id=request.pk)
    assert info.value.code == "expired"
    assert not CredentialExchange.objects.exists()  # and it is gone


@pytest.mark.django_db
def test_ciphertext_moved_to_another_exchange_is_useless(forge_settings: Any) -> None:
    inst, request, _token = _setup(None)
    other_request, _ = token_request(inst)
    exchange_store(
        installation=inst,
        token_request=other_request,
        token=app_token(marker="other"),
        token_expires_at=timezone.now() + timedelta(hours=2),
    )
    stolen = CredentialExchange.objects.get(token_request=request)
    CredentialExchange.objects.filter(token_request=other_request).update(
        ciphertext=bytes(stolen.ciphertext), key_id=stolen.key_id
    )
    with pytest.raises(ExchangeUnavailable) as info:
        exchange_claim(token_request_id=other_request.pk)
    assert info.value.code == "undecryptable"


@pytest.mark.django_db
def test_exchange_lifetime_is_60_seconds(forge_settings: Any) -> None:
    _setup(None)
    exchange = CredentialExchange.objects.get()
    assert (
        timedelta(seconds=59) <= exchange.expires_at - exchange.created_at <= timedelta(seconds=61)
    )


@pytest.mark.django_db
def test_purge(forge_settings: Any) -> None:
    _setup(None)
    assert exchanges_purge() == 0
    CredentialExchange.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    TokenRequest.objects.update(expires_at=timezone.now() - timedelta(minutes=5))
    assert exchanges_purge() >= 2
    assert not CredentialExchange.objects.exists()
    assert not TokenRequest.objects.exists()


@pytest.mark.django_db
def test_no_clear_token_in_any_table(forge_settings: Any) -> None:
    _setup(None)
    assert_not_in_database("canary-EXCHANGE-91c2")


def assert_not_in_database(needle: str) -> None:
    """Scan every column of every table for `needle` (text and bytes)."""
    from django.apps import apps

    for model in apps.get_models():
        for row in model.objects.all().values():
            for value in row.values():
                if isinstance(value, bytes | memoryview):
                    assert needle.encode() not in bytes(value), f"{model.__name__} holds the token"
                else:
                    assert needle not in str(value), f"{model.__name__} holds the token"


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_claims_exactly_one_wins(forge_settings: Any) -> None:
    if db_connection.vendor != "postgresql":
        pytest.skip("run with TRACE_TEST_DATABASE=postgres")
    for _round in range(5):
        _inst, request, token = _setup(None)
        results = _race(request.pk, claimers=8)
        assert results.count(token) == 1, results
        assert results.count("refused:not_found") == 7


def _race(token_request_id: int, *, claimers: int) -> list[str]:
    barrier = threading.Barrier(claimers)
    results: list[str] = []
    lock = threading.Lock()

    def claim() -> None:
        try:
            barrier.wait()
            try:
                value = exchange_claim(token_request_id=token_request_id)
            except ExchangeUnavailable as missing:
                value = f"refused:{missing.code}"
            with lock:
                results.append(value)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=claim) for _ in range(claimers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
