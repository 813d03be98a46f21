"""RSA signing keys with stable key ids, and the JWKS document.

Two keys: one signs Forge Invocation Tokens (published at /.well-known/jwks.json), the other signs
app system tokens (opaque to apps, so it is not published). With a state directory the keys are
kept on disk, so the `kid` stays stable across restarts.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def _b64(n: int) -> str:
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


class SigningKey:
    def __init__(self, private_key: rsa.RSAPrivateKey) -> None:
        self._key = private_key
        numbers = private_key.public_key().public_numbers()
        self._jwk = {"kty": "RSA", "n": _b64(numbers.n), "e": _b64(numbers.e)}
        # RFC 7638 thumbprint: stable for the key, opaque to clients.
        canonical = json.dumps(
            {"e": self._jwk["e"], "kty": "RSA", "n": self._jwk["n"]}, separators=(",", ":")
        )
        digest = hashlib.sha256(canonical.encode()).digest()
        self.kid = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    @classmethod
    def load_or_create(cls, path: Path | None) -> SigningKey:
        if path is not None and path.exists():
            loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
            if not isinstance(loaded, rsa.RSAPrivateKey):
                raise ValueError(f"{path} does not hold an RSA private key")
            return cls(loaded)
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            pem = key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(pem)
        return cls(key)

    def public_key(self) -> rsa.RSAPublicKey:
        return self._key.public_key()

    def private_pem(self) -> str:
        """PKCS#1 PEM, the format GitHub hands out for an App's private key."""
        return self._key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        ).decode()

    def public_jwk(self) -> dict[str, str]:
        return {**self._jwk, "kid": self.kid, "alg": "RS256", "use": "sig"}

    def sign(self, claims: dict[str, Any]) -> str:
        return jwt.encode(claims, self._key, algorithm="RS256", headers={"kid": self.kid})

    def verify(self, token: str) -> dict[str, Any]:
        """Check our own signature (used for system tokens the emulator issued)."""
        return jwt.decode(
            token,
            self._key.public_key(),
            algorithms=["RS256"],
            options={"verify_aud": False},
        )


def jwks(*keys: SigningKey) -> dict[str, Any]:
    return {"keys": [k.public_jwk() for k in keys]}
