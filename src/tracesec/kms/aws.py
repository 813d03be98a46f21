"""AWS KMS backend: the key never leaves KMS; the context is KMS `EncryptionContext`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tracesec.kms.base import KmsBackend, KmsDecryptError, KmsError, Sealed, canonical_context


class AwsKmsBackend(KmsBackend):
    """Direct KMS Encrypt/Decrypt (tokens are far below the 4 KB plaintext limit)."""

    def __init__(
        self,
        *,
        key_id: str,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        client: Any | None = None,
    ) -> None:
        if not key_id:
            raise KmsError("an AWS KMS key id or ARN is required")
        self._key_id = key_id
        if client is None:
            import boto3
            from botocore.config import Config

            client = boto3.client(
                "kms",
                region_name=region_name,
                endpoint_url=endpoint_url or None,
                config=Config(connect_timeout=5, read_timeout=10, retries={"max_attempts": 3}),
            )
        self._client = client

    def encrypt(self, plaintext: bytes, context: Mapping[str, str]) -> Sealed:
        canonical_context(context)  # same validation as the local backend
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            answer = self._client.encrypt(
                KeyId=self._key_id, Plaintext=plaintext, EncryptionContext=dict(context)
            )
        except (ClientError, BotoCoreError) as exc:
            raise KmsError(f"AWS KMS encrypt failed: {type(exc).__name__}") from exc
        return Sealed(ciphertext=answer["CiphertextBlob"], key_id=str(answer["KeyId"]))

    def decrypt(self, ciphertext: bytes, key_id: str, context: Mapping[str, str]) -> bytes:
        canonical_context(context)
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            answer = self._client.decrypt(
                CiphertextBlob=ciphertext, KeyId=key_id, EncryptionContext=dict(context)
            )
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            if code in {"InvalidCiphertextException", "IncorrectKeyException"}:
                raise KmsDecryptError("ciphertext failed authentication") from exc
            raise KmsError(f"AWS KMS decrypt failed: {code or 'error'}") from exc
        except BotoCoreError as exc:
            raise KmsError(f"AWS KMS decrypt failed: {type(exc).__name__}") from exc
        return bytes(answer["Plaintext"])
