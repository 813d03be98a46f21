"""The KMS backend interface (the shape of Django's mail backends: a base, a real one, a local one).

A backend encrypts small secrets (app tokens in flight) under a key it manages. The *encryption
context* is a dict of non-secret strings that is cryptographically bound to the ciphertext
(AES-GCM associated data locally, `EncryptionContext` on AWS): decrypting with a different context
fails, so a ciphertext copied into another exchange row or installation is useless.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass


class KmsError(Exception):
    """A KMS operation failed. Messages never contain plaintext or key material."""


class KmsDecryptError(KmsError):
    """The ciphertext could not be authenticated: wrong key, wrong context, or tampered."""


class KmsUnknownKeyError(KmsDecryptError):
    """The ciphertext names a key id this backend does not hold."""


@dataclass(frozen=True)
class Sealed:
    """A ciphertext plus the id of the key that sealed it (both safe to store)."""

    ciphertext: bytes
    key_id: str


def canonical_context(context: Mapping[str, str]) -> bytes:
    """Deterministic bytes for an encryption context (order-independent, typed)."""
    if not context:
        raise KmsError("an encryption context is required")
    for key, value in context.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise KmsError("encryption context keys and values must be strings")
    return json.dumps(dict(context), sort_keys=True, separators=(",", ":")).encode()


class KmsBackend(ABC):
    """Encrypt/decrypt small secrets bound to an encryption context."""

    @abstractmethod
    def encrypt(self, plaintext: bytes, context: Mapping[str, str]) -> Sealed:
        """Seal `plaintext` under the backend's current key."""

    @abstractmethod
    def decrypt(self, ciphertext: bytes, key_id: str, context: Mapping[str, str]) -> bytes:
        """Open a ciphertext sealed by `encrypt` with the same context, or raise KmsDecryptError."""
