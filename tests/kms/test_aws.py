"""AWS KMS backend against moto's KMS (no network)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from moto import mock_aws

from tracesec.kms.aws import AwsKmsBackend
from tracesec.kms.base import KmsDecryptError, KmsError

CTX = {"exchange": "ex-1", "installation": "inst-1"}


@pytest.fixture
def kms_client(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")
    with mock_aws():
        yield boto3.client("kms", region_name="eu-west-1")


def test_round_trip_with_context(kms_client: Any) -> None:
    key_id = kms_client.create_key()["KeyMetadata"]["KeyId"]
    backend = AwsKmsBackend(key_id=key_id, client=kms_client)
    sealed = backend.encrypt(b"tok", CTX)
    assert b"tok" not in sealed.ciphertext
    assert key_id in sealed.key_id
    assert backend.decrypt(sealed.ciphertext, sealed.key_id, CTX) == b"tok"


def test_wrong_context_refused(kms_client: Any) -> None:
    key_id = kms_client.create_key()["KeyMetadata"]["KeyId"]
    backend = AwsKmsBackend(key_id=key_id, client=kms_client)
    sealed = backend.encrypt(b"tok", CTX)
    with pytest.raises(KmsDecryptError):
        backend.decrypt(sealed.ciphertext, sealed.key_id, {**CTX, "exchange": "ex-2"})


def test_tampered_ciphertext_refused(kms_client: Any) -> None:
    key_id = kms_client.create_key()["KeyMetadata"]["KeyId"]
    backend = AwsKmsBackend(key_id=key_id, client=kms_client)
    sealed = backend.encrypt(b"tok", CTX)
    with pytest.raises(KmsError):
        backend.decrypt(sealed.ciphertext[:-3] + b"xyz", sealed.key_id, CTX)


def test_built_from_settings_style_arguments(kms_client: Any) -> None:
    key_id = kms_client.create_key()["KeyMetadata"]["KeyId"]
    backend = AwsKmsBackend(key_id=key_id, region_name="eu-west-1")
    sealed = backend.encrypt(b"tok", CTX)
    assert backend.decrypt(sealed.ciphertext, sealed.key_id, CTX) == b"tok"


def test_missing_key_id_refused() -> None:
    with pytest.raises(KmsError):
        AwsKmsBackend(key_id="")
